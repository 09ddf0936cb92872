#pragma once

#include "EnvironmentBadge.h"

#include <payscore/Mode.h>
#include <payscore/Money.h>
#include <payscore/PayAfterCompletion.h>
#include <payscore/ServiceOrderCompletion.h>

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

// "Send this complete?" — the last look before money is collected: order number, mode,
// profile and environment (red badge in production), every fee and discount, and the total.
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
        QString outOrderNo;
        payscore::Mode mode = payscore::Mode::PayAfter;
        QString profileName;
        Environment environment = Environment::Sandbox;
        std::optional<bool> serviceUsed; // pay-after: finish_type 2 (true) or 1; else none
        QList<Line> lines;
        payscore::Money total;

        // Built from the very request that will be sent (never re-read from the forms), so
        // the operator confirms exactly the figures that go on the wire. The caller adds the
        // profile name and environment.
        static Summary of(const payscore::PayAfterCompletion &request);
        static Summary of(const payscore::ServiceOrderCompletion &request);
    };

    explicit ConfirmCompleteDialog(const Summary &summary, QWidget *parent = nullptr);
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
