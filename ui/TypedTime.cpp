#include "TypedTime.h"

#include <payscore/BusinessTime.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace psc::ui {

std::optional<QDateTime> TypedTime::parse(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
        R"(^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$)"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(
        match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
        match.captured(6).isEmpty() ? 0 : match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QDateTime local(date, time, Qt::LocalTime);
    // A moment the clock skips (spring forward) would be moved by QDateTime: refuse it.
    if (!local.isValid() || local.date() != date || local.time() != time)
        return std::nullopt;
    return local;
}

QString TypedTime::format(const QDateTime &instant)
{
    return instant.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString TypedTime::shown(const QString &apiOrTyped)
{
    const std::optional<QDateTime> instant = payscore::BusinessTime::parse(apiOrTyped);
    if (!instant)
        return apiOrTyped;
    const QDateTime local = instant->toLocalTime();
    const QDateTime beijing
        = instant->toTimeZone(QTimeZone(payscore::BusinessTime::kBeijingOffsetSeconds));
    if (local.offsetFromUtc() == beijing.offsetFromUtc())
        return format(local);
    return QCoreApplication::translate("psc::ui::TypedTime", "%1 local time (%2 Beijing time)")
        .arg(format(local), beijing.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace psc::ui
