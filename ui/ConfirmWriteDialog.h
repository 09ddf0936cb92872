#pragma once

#include "EnvironmentBadge.h"

#include <payscore/Mode.h>

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;

namespace psc::ui {

// "Send this correction?" — the last look before the workspace's cancel, modify, collect or
// refund is sent: the order number, its mode, its state in plain words as a fresh query just found
// it, what will change (old total → new total and the difference, the amount that will be
// charged, the reason the customer will see), the profile and the environment (red in
// production). "Go back" is the default button: Enter never sends. Shown through
// ModalAnswer::exec, so GUI tests read its figures and answer it without a modal loop.
class ConfirmWriteDialog : public QDialog {
    Q_OBJECT
public:
    struct Change {
        QString key; // object name of the value label ("newTotal"), for tests and tools
        QString label; // "New total"
        QString value; // "¥500.00"
    };
    struct Summary {
        payscore::Operation operation = payscore::Operation::Cancel;
        QString outOrderNo;
        payscore::Mode mode = payscore::Mode::ServiceOrder;
        QString state; // the fresh state, in plain words
        QList<Change> changes;
        QString profileName;
        Environment environment = Environment::Sandbox;
    };

    explicit ConfirmWriteDialog(const Summary &summary, QWidget *parent = nullptr);

    // True when the operator chose to send.
    static bool confirm(const Summary &summary, QWidget *parent);

    const Summary &summary() const { return m_summary; }
    // The value shown for a change ("newTotal"), as the operator reads it.
    QString valueOf(const QString &key) const;
    QPushButton *sendButton() const { return m_send; }
    QPushButton *backButton() const { return m_back; }

private:
    QString question() const;

    Summary m_summary;
    QPushButton *m_send;
    QPushButton *m_back;
};

} // namespace psc::ui
