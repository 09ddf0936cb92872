#pragma once

// The application icon, embedded by the payscore_icons library (resources/icons).
// Header-only so that the library itself stays free of QtGui for the command-line program.

#include <QIcon>
#include <QString>

namespace psc::resources {

// The sizes a window needs, so that title bars, task bars and the About dialog each get a
// sharp bitmap instead of a scaled one (up to 64 px at 200 %). Not 256 and 512: an X11 window
// manager is handed every size the icon has, decoded (2.5 MiB of a start's memory); the
// installers' .ico and .icns carry the large ones.
inline QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128 })
        icon.addFile(
            QStringLiteral(":/icons/payscore-console-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace psc::resources
