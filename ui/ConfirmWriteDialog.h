#pragma once

#include "EnvironmentBadge.h"

#include <payscore/Mode.h>
#include <payscore/Money.h>
#include <payscore/OrderView.h>
#include <payscore/PayAfterCompletion.h>
#include <payscore/ServiceOrderCompletion.h>
#include <payscore/SyncRequest.h>

#include <QDialog>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace Ui {
class ConfirmWriteDialog;
}

namespace psc::ui {

// "Send this write?" — the one last look before an order is changed, for every write (sync,
// complete, and the workspace's cancel, modify, collect and refund): order number, mode, the
// order's current state as a fresh query found it, what will change (a sentence, figure rows,
// and for a complete every fee and discount with its count and line total, and the total),
// profile and environment (red badge in production). Going back is the default: Enter alone
// never sends.
class ConfirmWriteDialog : public QDialog {
    Q_OBJECT
public:
    struct Line {
        bool discount = false;
        QString name;
        QString count; // empty when the list has no count
        payscore::Money amount;
        QString description;
    };
    struct Change {
        QString key; // object name of the value label (key + "Value"), for tests and tools
        QString label; // "New total:"
        QString value; // "¥500.00" (rich text: callers escape what the operator typed)
    };
    struct Summary {
        payscore::Operation operation = payscore::Operation::Complete;
        QString outOrderNo;
        payscore::Mode mode = payscore::Mode::PayAfter;
        QString profileName;
        Environment environment = Environment::Sandbox;
        QString state; // the order's current state in plain words, from the fresh query
        QString change; // "will be marked paid ¥120.00 at 2026-11-28 14:30"
        QList<Change> changes; // figures: old and new total, the amount charged, the reason…
        std::optional<bool> serviceUsed; // pay-after complete: finish_type 2 (true) or 1
        QList<Line> lines; // a complete's fees and discounts
        payscore::Money total;
        bool showsTotal = false; // a complete shows its total in large type

        // Built from the very request that will be sent (never re-read from the forms), so
        // the operator confirms exactly the figures that go on the wire. The caller adds the
        // profile name and environment.
        static Summary of(const payscore::PayAfterCompletion &request);
        static Summary of(const payscore::ServiceOrderCompletion &request);
        // A sync: what the order owes (from its fresh state) will be marked paid at the time
        // the request carries, shown in local time and, when different, Beijing time.
        static Summary of(const payscore::SyncRequest &request, const payscore::OrderView &order);
        // Adds the order's current state in plain words (from the query made just before).
        Summary &withOrder(const payscore::OrderView &order);
    };

    explicit ConfirmWriteDialog(const Summary &summary, QWidget *parent = nullptr);
    ~ConfirmWriteDialog() override;

    // Shows the dialog modally (through ModalAnswer::exec); true when the operator confirmed.
    static bool confirm(const Summary &summary, QWidget *parent);

    // Test hook (as KeePassXC's MessageBox::setNextAnswer): while set, confirm() builds the
    // dialog, hands it to `inspect` (to read its figures or grab a screenshot), and returns
    // `answer` without running a modal loop. Unset, ModalAnswer's queue answers it.
    static void setNextAnswer(
        std::optional<bool> answer, std::function<void(ConfirmWriteDialog &)> inspect = {});

    const Summary &summary() const { return m_summary; }
    // The value shown for a row ("order", "state", "newTotal"), as the operator reads it.
    QString valueOf(const QString &key) const;
    QPushButton *sendButton() const { return m_send; }
    QPushButton *backButton() const { return m_back; }
    Ui::ConfirmWriteDialog *form() const { return m_ui.get(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fillLines();
    QString question() const;

    std::unique_ptr<Ui::ConfirmWriteDialog> m_ui;
    QPushButton *m_send = nullptr;
    QPushButton *m_back = nullptr;
    QHash<QString, QLabel *> m_changeValues;
    QList<QLabel *> m_changeLabels;
    Summary m_summary;
};

} // namespace psc::ui
