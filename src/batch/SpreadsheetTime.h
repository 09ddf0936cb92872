#pragma once

#include <QString>
#include <QTimeZone>

namespace psc::batch {

// Times as spreadsheets write them. "2026-11-28 10:00:00", "2026/11/28 10:00" and
// "2026/1/5 9:05" carry no offset: they are read as the PC's local time and rewritten as
// ISO 8601 with that offset, so the request model's own time rules (BusinessTime) judge every
// row; the preview says that local time was assumed. Any other text (ISO 8601 with an offset,
// the API's yyyyMMddHHmmss Beijing time, garbage) is passed on unchanged for those rules.
struct SpreadsheetTime {
    QString text; // what the request model gets
    bool readAsLocal = false;

    static SpreadsheetTime normalise(
        const QString &cell, const QTimeZone &zone = QTimeZone::systemTimeZone());
};

} // namespace psc::batch
