#include "WheelGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>

namespace psc::ui {

namespace {

bool isField(const QObject *watched)
{
    return qobject_cast<const QAbstractSpinBox *>(watched)
        || qobject_cast<const QComboBox *>(watched);
}

} // namespace

bool WheelGuard::guards(const QObject *watched)
{
    return isField(watched) && !static_cast<const QWidget *>(watched)->hasFocus();
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        // A wheel would otherwise give the field the focus first (Qt::WheelFocus), and a
        // focused field takes the wheel.
        if (isField(watched)) {
            auto *field = static_cast<QWidget *>(watched);
            if (field->focusPolicy() == Qt::WheelFocus)
                field->setFocusPolicy(Qt::StrongFocus);
        }
    } else if (event->type() == QEvent::Wheel && guards(watched)) {
        // Ignored, not eaten: Qt hands the wheel on to the parent, so the page scrolls.
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace psc::ui
