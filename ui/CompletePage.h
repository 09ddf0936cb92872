#pragma once

#include "FormPage.h"

#include <payscore/Clock.h>
#include <payscore/Money.h>
#include <payscore/OrderDefaults.h>
#include <payscore/PayAfterCompletion.h>
#include <payscore/ServiceOrderCompletion.h>

#include <memory>

class QDateTimeEdit;

namespace Ui {
class CompletePage;
}

namespace psc::ui {

class LineItemTableModel;

// 完结订单: finish an order with what the customer owes. Pay-after orders have the finish_type
// toggle (service used: fee and discount tables; not used: a cancel reason, total 0); service
// orders have post_payments and post_discounts. The total Σ fees − Σ discounts is shown live;
// a negative total or an invalid cell blocks sending, with the reason beside the total.
class CompletePage : public FormPage {
    Q_OBJECT
public:
    explicit CompletePage(QWidget *parent = nullptr);
    ~CompletePage() override;

    void setDefaults(const payscore::OrderDefaults &defaults) override;
    void setClock(payscore::Clock clock);
    // Handed over from the order workspace: only the order's number and mode; the lines are
    // for the operator to type.
    void prefill(payscore::Mode mode, const QString &outOrderNo);
    // After a write: a complete that succeeded empties the lines it sent, so that they never
    // carry over to the next order.
    void operationFinished(const payscore::OperationResult &result);
    // The order number the fee and discount lines were typed for (empty: no lines, or typed
    // before any number).
    QString linesOrder() const { return m_linesOrder; }

    payscore::Mode mode() const;
    QString outOrderNo() const;
    bool serviceUsed() const; // finish_type 2 (pay-after); always true for service orders
    void setServiceUsed(bool used);

    payscore::PayAfterCompletion payAfterRequest() const;
    payscore::ServiceOrderCompletion serviceOrderRequest() const;
    payscore::ValidationReport validate() const;
    // What will be sent as total_amount: Σ fees − Σ discounts, nullopt when it overflows.
    std::optional<payscore::Money> total() const;

    // Why the form cannot be sent right now (blocking table/total problems), or empty.
    QString blockingReason() const;
    bool checkBeforeSending() override;

    LineItemTableModel *fees() const { return m_fees; }
    LineItemTableModel *discounts() const { return m_discounts; }

    Ui::CompletePage *form() const { return m_ui.get(); }

signals:
    // One of the two, by mode; the request is built once and is what the confirmation shows.
    void payAfterCompletionRequested(const psc::payscore::PayAfterCompletion &request);
    void serviceOrderCompletionRequested(const psc::payscore::ServiceOrderCompletion &request);

protected:
    void changeEvent(QEvent *event) override;
    void emitRequest() override;

private:
    void retranslate();
    void updateModeFields();
    void revalidate() override;
    bool canSubmit() const override { return m_blockingReason.isEmpty(); }
    void applyRowLimits();
    QString timeText(const QDateTimeEdit *edit) const;
    bool hasLines() const;
    void clearLines();
    // The lines belong to the order (number and mode) on screen. When either changed since
    // they were typed, asks whether to keep them; "no" (the default) empties the tables.
    // False when they were emptied.
    bool linesBelongHere();
    QWidget *showCellProblem(
        LineItemTableModel *model, const QString &rest, const QString &message);

    std::unique_ptr<Ui::CompletePage> m_ui;
    LineItemTableModel *m_fees;
    LineItemTableModel *m_discounts;
    payscore::Clock m_clock = payscore::systemClock();
    QString m_blockingReason;
    QString m_linesOrder;
    payscore::Mode m_linesMode = payscore::Mode::PayAfter;
    QString m_sentOrder; // the order of the complete on its way
    bool m_asking = false;
};

} // namespace psc::ui
