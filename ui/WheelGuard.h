#pragma once

#include <QObject>

namespace psc::ui {

// Fields change only when the operator means it: a wheel turned over a spin box, a date or
// time field or a combo box that does not have the focus scrolls the page instead of changing
// the value (a service end once went from 2026 to 2025 that way). Installed once on the
// application, it covers every screen and dialog the console opens.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // True when `watched` is a field the wheel must leave alone right now.
    static bool guards(const QObject *watched);

    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace psc::ui
