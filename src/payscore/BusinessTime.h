#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace psc::payscore {

// Business times (paid_time, time_range, real_service_*). People type them as ISO 8601 with
// an offset ("2026-11-22T10:15:00+08:00", "…Z") or in the API's own yyyyMMddHHmmss, which is
// Beijing time by definition. Domestic modes send yyyyMMddHHmmss Beijing time, the oversea
// mode RFC 3339; converting through one instant keeps UTC and Beijing time from being mixed.
class BusinessTime {
public:
    static constexpr int kBeijingOffsetSeconds = 8 * 3600;

    // nullopt for anything else, for impossible dates (2026-02-30, 25:00) and for ISO text
    // without an offset (it would be ambiguous).
    static std::optional<QDateTime> parse(QStringView text);

    static QString toApiTime(const QDateTime &instant); // "20261122101500" (Beijing)
    static QString toRfc3339(const QDateTime &instant); // "2026-11-22T10:15:00+08:00"
};

} // namespace psc::payscore
