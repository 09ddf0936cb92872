#include "Palette.h"

namespace psc::ui {

QColor Palette::background(Role role)
{
    switch (role) {
    case Role::Success:
        return QColor(0x2e, 0x7d, 0x32);
    case Role::Rejected:
    case Role::Production:
        return QColor(0xc6, 0x28, 0x28);
    case Role::Unknown:
        return QColor(0xff, 0xb3, 0x00);
    case Role::Invalid:
        return QColor(0x6a, 0x1b, 0x9a);
    case Role::NotSent:
        return QColor(0x4e, 0x34, 0x2e);
    case Role::Sandbox:
        return QColor(0x2e, 0x7d, 0x6b);
    case Role::Busy:
        return QColor(0xe3, 0xf2, 0xfd);
    case Role::Empty:
        return QColor(0xec, 0xef, 0xf1);
    case Role::Neutral:
        return QColor(0x75, 0x75, 0x75);
    case Role::Detail:
        return QColor(0x45, 0x5a, 0x64);
    case Role::InProgress:
        return QColor(0x15, 0x65, 0xc0);
    case Role::Idle:
        return QColor(0x54, 0x6e, 0x7a);
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor Palette::foreground(Role role)
{
    switch (role) {
    case Role::Unknown:
        return QColor(0x3e, 0x27, 0x23);
    case Role::Busy:
        return QColor(0x0d, 0x47, 0xa1);
    case Role::Empty:
        return QColor(0x37, 0x47, 0x4f);
    default:
        return QColor(Qt::white);
    }
}

QColor Palette::border(Role role)
{
    return role == Role::Unknown ? QColor(0xc6, 0x84, 0x00) : background(role).darker(130);
}

QColor Palette::text(Text text)
{
    switch (text) {
    case Text::Error:
        return QColor(0xb0, 0x00, 0x20);
    case Text::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case Text::Good:
        return QColor(0x1b, 0x6e, 0x20);
    }
    return QColor(0xb0, 0x00, 0x20);
}

QString Palette::textStyle(Text text)
{
    return QStringLiteral("color: %1;").arg(Palette::text(text).name());
}

QString Palette::problemStyle()
{
    return textStyle(Text::Error) + QStringLiteral(" font-weight: bold;");
}

QString Palette::noticeStyle(Text text)
{
    struct Notice {
        QColor background, foreground, border;
    };
    const Notice notice = [text]() -> Notice {
        switch (text) {
        case Text::Warning:
            return { QColor(0xff, 0xf4, 0xd6), QColor(0x6a, 0x4a, 0x00), QColor(0xe0, 0xc0, 0x70) };
        case Text::Good:
            return { QColor(0xe8, 0xf5, 0xe9), QColor(0x1b, 0x5e, 0x20), QColor(0xa5, 0xd6, 0xa7) };
        case Text::Error:
            break;
        }
        return { QColor(0xfd, 0xec, 0xea), QColor(0x8a, 0x10, 0x20), QColor(0xe0, 0xa0, 0xa8) };
    }();
    return QStringLiteral(
        "QLabel { background: %1; color: %2; border: 1px solid %3; padding: 6px; }")
        .arg(notice.background.name(), notice.foreground.name(), notice.border.name());
}

QColor Palette::errorCell()
{
    return QColor(0xff, 0xd6, 0xd6);
}

QString Palette::badgeStyle(Role role)
{
    // Not bold: the badge is on the first frame, and a bold Chinese face costs the start 5 MiB
    // of font file (issue 17's memory goal). Size and colour carry it.
    return QStringLiteral("QLabel { background: %1; color: %2; font-size: 14pt; "
                          "padding: 4px 14px; border-radius: 4px; }")
        .arg(background(role).name(), foreground(role).name());
}

QString Palette::fieldProblemStyleSheet()
{
    return QStringLiteral(
        "*[pscProblem=\"error\"] { border: 2px solid #d32f2f; background: #fff3f3; }\n"
        "*[pscProblem=\"warning\"] { border: 2px solid #f9a825; background: #fffbe6; }\n");
}

QString Palette::screenTabsStyleSheet()
{
    return QStringLiteral("QTabBar::tab { padding: 8px 18px; font-size: 11pt; }");
}

} // namespace psc::ui
