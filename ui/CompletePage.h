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

    void setDefaults(const payscore::OrderDefaults &defaults);
    void setClock(payscore::Clock clock);

    payscore::Mode mode() const;
    QString outOrderNo() const;
    bool serviceUsed() const; // finish_type 2 (pay-after); always true for service orders
    void setServiceUsed(bool used);

    payscore::PayAfterCompletion payAfterRequest() const;
    payscore::ServiceOrderCompletion serviceOrderRequest() const;
    payscore::ValidationReport validate() const;
    payscore::Money total() const; // what will be sent as total_amount

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
    QWidget *showCellProblem(
        LineItemTableModel *model, const QString &rest, const QString &message);

    std::unique_ptr<Ui::CompletePage> m_ui;
    LineItemTableModel *m_fees;
    LineItemTableModel *m_discounts;
    payscore::Clock m_clock = payscore::systemClock();
    QString m_blockingReason;
};

} // namespace psc::ui
