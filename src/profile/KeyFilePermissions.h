#pragma once

#include <QString>

namespace psc::profile {

// The merchant private key must be readable by its owner only. This check does not refuse
// the key (the operator may not be able to change a shared drive's rights at once) but says
// plainly what is wrong and how to fix it.
class KeyFilePermissions {
public:
    // Empty when the file is private to its owner (or the platform has no POSIX modes);
    // otherwise a translated warning naming the file.
    static QString warningFor(const QString &path);
    static bool isReadableByOthers(const QString &path);
};

} // namespace psc::profile
