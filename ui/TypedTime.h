#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace psc::ui {

// A time as the operator typed it, read as a whole in local time: "2026-11-28 14:30:00" or
// "2026-11-28 14:30" ("/" or "." between the date's parts, "T" before the time also do).
// An impossible date or time (2026-02-30, 25:00, a moment a clock change skips) is no time at
// all — never moved to a nearby one, as a section-by-section date editor with limits would.
class TypedTime {
public:
    static std::optional<QDateTime> parse(const QString &text);
    // The form's own spelling, "yyyy-MM-dd HH:mm:ss", in local time.
    static QString format(const QDateTime &instant);
    // A business time as the API or the operator gave it ("20261129043453" is Beijing time,
    // ISO 8601 with an offset) shown as every screen shows times: local time, and Beijing
    // time beside it when the local zone differs. Text that is no time stays as it is.
    static QString shown(const QString &apiOrTyped);
};

} // namespace psc::ui
