#pragma once

#include <QString>

namespace psc::payscore {

// The merchant ids a request takes from the profile when the operator does not give them.
// payscore does not read profiles itself (profile sits beside it); the caller fills this in.
struct OrderDefaults {
    QString appid;
    QString serviceId;
    QString subMchid;
};

} // namespace psc::payscore
