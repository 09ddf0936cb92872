#pragma once

#include <QDateTime>

#include <functional>

namespace psc::payscore {

// Where "now" comes from for the "not in the future" rules. Tests inject a fixed instant so
// that no test depends on the second it runs in.
using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace psc::payscore
