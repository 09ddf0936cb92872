#include "SpreadsheetTime.h"

#include <QDateTime>
#include <QRegularExpression>

namespace psc::batch {

SpreadsheetTime SpreadsheetTime::normalise(const QString &cell, const QTimeZone &zone)
{
    const QString text = cell.trimmed();
    // Date and time separated by one space, no offset: the spreadsheet's local wall time.
    static const QRegularExpression spreadsheet(QStringLiteral(
        "^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch match = spreadsheet.match(text);
    if (!match.hasMatch())
        return { text, false };
    const QDate date(
        match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
        match.captured(6).isEmpty() ? 0 : match.captured(6).toInt());
    const QDateTime local(date, time, zone);
    if (!date.isValid() || !time.isValid() || !local.isValid())
        return { text, false }; // 2026-02-30: the time rules name the field and refuse it
    return { local.toString(Qt::ISODate), true };
}

} // namespace psc::batch
