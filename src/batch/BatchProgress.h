#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace psc::batch {

// The figures a progress bar shows. Rates are over sent rows only; `secondsLeft` is -1 until
// there is a rate to go by.
struct BatchProgress {
    qsizetype total = 0; // rows in the file
    qsizetype toSend = 0; // rows the batch sends (valid, not duplicates, not excluded)
    qsizetype succeeded = 0;
    qsizetype rejected = 0;
    qsizetype unknown = 0;
    qsizetype skipped = 0; // settled earlier: journal or query
    qsizetype invalid = 0; // held back by the preview (invalid, duplicate, excluded)
    qsizetype configError = 0;
    qsizetype inFlight = 0;
    qsizetype notSent = 0; // waiting, or left when the batch was cancelled
    double rowsPerSecond = 0;
    double currentRateLimit = 0; // requests per second now (lowered after a 429)
    qint64 secondsLeft = -1;
    qint64 elapsedMs = 0;

    qsizetype done() const { return succeeded + rejected + unknown + skipped + configError; }
};

} // namespace psc::batch

Q_DECLARE_METATYPE(psc::batch::BatchProgress)
