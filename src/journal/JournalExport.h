#pragma once

#include "JournalEntry.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace psc::journal {

// The journal as files for people and scripts. Both formats have the same columns, in the
// same order; money is integer fen (plus yuan text in CSV for people).
class JournalExport {
public:
    static QStringList columns();
    // UTF-8 with a byte-order mark and CRLF line ends, so that Excel opens Chinese text
    // correctly; cells that a spreadsheet would run as a formula are prefixed with '.
    static QByteArray toCsv(const QList<JournalEntry> &entries);
    // {"entries": [ {column: value, ...}, ... ]}; request_body is embedded as JSON.
    static QByteArray toJson(const QList<JournalEntry> &entries);
};

} // namespace psc::journal
