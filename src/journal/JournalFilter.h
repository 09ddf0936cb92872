#pragma once

#include "JournalEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace psc::journal {

// A query over the journal; empty members do not filter. Text members match exactly except
// outOrderNo, which also matches a substring so a partial number typed in a search box works.
struct JournalFilter {
    QString outOrderNo;
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    QString operatorName;
    QString profileName;
    QString osAccount;
    QString hostName;
    QList<Outcome> outcomes;
    bool onlyOutcomeUnknown = false; // pending or unknown, not reconciled
    int limit = 0; // 0: no limit; newest first either way
};

} // namespace psc::journal
