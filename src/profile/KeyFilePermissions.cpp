#include "KeyFilePermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace psc::profile {

bool KeyFilePermissions::isReadableByOthers(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path)
    return false; // NTFS ACLs are not POSIX modes; QFileInfo cannot tell reliably
#else
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    const QFile::Permissions others
        = QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
    return (info.permissions() & others) != 0;
#endif
}

QString KeyFilePermissions::warningFor(const QString &path)
{
    if (!isReadableByOthers(path))
        return {};
    return QCoreApplication::translate("KeyFilePermissions",
        "The private key file %1 can be read by other users of this computer. "
        "Make it readable by your account only (for example: chmod 600 \"%1\").")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace psc::profile
