#pragma once

// The application icon, embedded by the payscore_icons library (resources/icons).
// Header-only so that the library itself stays free of QtGui for the command-line program.

#include <QIcon>
#include <QString>

namespace psc::resources {

// Every embedded size, so that title bars, task bars and the About dialog each get a sharp
// bitmap instead of a scaled one.
inline QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256, 512 })
        icon.addFile(
            QStringLiteral(":/icons/payscore-console-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace psc::resources
