#pragma once

#include "EnvironmentBadge.h"

#include <payscore/Mode.h>
#include <payscore/Money.h>
#include <payscore/OrderView.h>
#include <payscore/PayAfterCompletion.h>
#include <payscore/ServiceOrderCompletion.h>
#include <payscore/SyncRequest.h>

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ConfirmCompleteDialog;
}

namespace psc::ui {

// "Send this write?" — the last look before an order is changed, for every write (sync,
// complete, and the workspace's cancel/modify/collect): order number, mode, the order's
// current state as a fresh query found it, what will change, profile and environment (red
// badge in production), every fee and discount with its count and line total, and the total.
// Going back is the default: Enter alone never sends.
class ConfirmCompleteDialog : public QDialog {
    Q_OBJECT
public:
    struct Line {
        bool discount = false;
        QString name;
        QString count; // empty when the list has no count
        payscore::Money amount;
        QString description;
    };
    struct Summary {
        payscore::Operation operation = payscore::Operation::Complete;
        QString outOrderNo;
        payscore::Mode mode = payscore::Mode::PayAfter;
        QString profileName;
        Environment environment = Environment::Sandbox;
        std::optional<bool> serviceUsed; // pay-after: finish_type 2 (true) or 1; else none
        QList<Line> lines;
        payscore::Money total;
        bool showsTotal = true; // a sync has no total of its own (the change says the amount)
        QString currentState; // plain words, from the fresh query (withOrder())
        QString change; // "will be marked paid ¥120.00 at 2026-11-28 14:30"

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

    explicit ConfirmCompleteDialog(const Summary &summary, QWidget *parent = nullptr);

    // A request's time ("2026-11-28T06:30:00Z", "20261128143000") as the operator reads it:
    // local time, plus Beijing time when the two differ.
    static QString timeText(const QString &requestTime);
    ~ConfirmCompleteDialog() override;

    // Shows the dialog modally; true when the operator confirmed.
    static bool confirm(const Summary &summary, QWidget *parent);

    // Test hook (as KeePassXC's MessageBox::setNextAnswer): while set, confirm() builds the
    // dialog, hands it to `inspect` (to read its figures or grab a screenshot), and returns
    // `answer` without running a modal loop, so GUI tests never hang on it.
    static void setNextAnswer(
        std::optional<bool> answer, std::function<void(ConfirmCompleteDialog &)> inspect = {});

    const Summary &summary() const { return m_summary; }
    Ui::ConfirmCompleteDialog *form() const { return m_ui.get(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::ConfirmCompleteDialog> m_ui;
    QPushButton *m_send = nullptr;
    QPushButton *m_back = nullptr;
    Summary m_summary;
};

} // namespace psc::ui
