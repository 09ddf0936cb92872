#include "BusinessTime.h"

#include <QRegularExpression>

namespace psc::payscore {

namespace {

std::optional<QDateTime> fromParts(
    int year, int month, int day, int hour, int minute, int second, int offsetSeconds)
{
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const QDateTime local(date, QTime(hour, minute, second), Qt::OffsetFromUTC, offsetSeconds);
    if (!local.isValid())
        return std::nullopt;
    return local.toUTC();
}

} // namespace

std::optional<QDateTime> BusinessTime::parse(QStringView input)
{
    const QString text = input.trimmed().toString();
    static const QRegularExpression apiFormat(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})$"));
    static const QRegularExpression isoFormat(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.\\d{1,9})?"
                       "(Z|z|[+-]\\d{2}:?\\d{2})$"));

    QRegularExpressionMatch match = apiFormat.match(text);
    int offset = kBeijingOffsetSeconds;
    if (!match.hasMatch()) {
        match = isoFormat.match(text);
        if (!match.hasMatch())
            return std::nullopt;
        const QString zone = match.captured(7);
        if (zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0) {
            offset = 0;
        } else {
            const QString digits = zone.mid(1).remove(u':');
            const int hours = digits.left(2).toInt();
            const int minutes = digits.mid(2).toInt();
            if (hours > 14 || minutes > 59)
                return std::nullopt;
            offset = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
        }
    }
    return fromParts(match.captured(1).toInt(), match.captured(2).toInt(),
        match.captured(3).toInt(), match.captured(4).toInt(), match.captured(5).toInt(),
        match.captured(6).toInt(), offset);
}

QString BusinessTime::toApiTime(const QDateTime &instant)
{
    return instant.toOffsetFromUtc(kBeijingOffsetSeconds)
        .toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString BusinessTime::toRfc3339(const QDateTime &instant)
{
    return instant.toOffsetFromUtc(kBeijingOffsetSeconds)
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral("+08:00");
}

} // namespace psc::payscore
