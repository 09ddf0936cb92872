#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace psc::batch {

// What became of one row. NotSent: still waiting, or the batch was cancelled before it; Skipped:
// the journal says this write already succeeded (or a query showed it had taken effect), so
// it was not sent again.
enum class RowOutcome { NotSent, Succeeded, Rejected, Unknown, Invalid, Skipped, ConfigError };

QString rowOutcomeName(RowOutcome outcome); // "not_sent", "succeeded", … (JSON, CSV)
QString rowOutcomeText(RowOutcome outcome); // translated, for people

struct BatchRowResult {
    RowOutcome outcome = RowOutcome::NotSent;
    int httpStatus = 0;
    QString requestId;
    QString state; // the order's state ("DONE", "DOING/MCH_COMPLETE") when known
    QString errorCode;
    QString errorMessage; // the error's meaning (catalogue text), or why the row was held back
    bool retryable = false; // safe to send again unchanged
    QString note; // how a skipped or reconciled row was settled, in one line
    int attempts = 0; // times sent (a 429 answer sends it again after the pause)
};

// The rows to send again: rejected rows whose error is retryable (a new run resends them).
QList<qsizetype> retryableRows(const QList<BatchRowResult> &results);

} // namespace psc::batch

Q_DECLARE_METATYPE(psc::batch::BatchRowResult)
