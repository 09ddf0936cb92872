#pragma once

#include <core/Result.h>

#include <QString>

namespace psc::journal {

class Journal;

// Copies one journal into another: a store's local journal into the chain's team journal when
// the store joins it, so its history (and its unknown outcomes) come along. Each entry is
// marked with where it came from, "<kind>:<journal id>:<entry id>", so running the copy again
// copies nothing twice; entries that were copied into `from` keep their first origin.
class JournalMigration {
public:
    struct Report {
        int read = 0; // entries in the source
        int copied = 0; // new in the target
        int alreadyThere = 0; // copied by an earlier run
    };
    static Result<Report> copy(const Journal &from, Journal &to);
};

} // namespace psc::journal
