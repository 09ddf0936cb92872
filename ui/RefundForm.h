#pragma once

#include <payscore/OrderKey.h>
#include <payscore/OrderView.h>
#include <payscore/ValidationReport.h>
#include <refund/RefundLedger.h>
#include <refund/RefundRunner.h>
#include <refund/RefundablePayments.h>

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace psc::ui {

// The workspace's refund form for a paid order. A PayScore order is refunded against one of
// its payments (collection.details[].transaction_id), not its order number: the operator
// picks the payment (with its amount, time and what the journal says was already refunded on
// it), types the amount in yuan (default: all that remains on it) and the reason the customer
// sees. When an earlier refund of the order has an unknown outcome, the form offers no new
// refund: it shows that one (number, payment, amount), which the refund runner queries and
// only sends again, unchanged and with the same number, if it never reached WeChat Pay.
class RefundForm : public QWidget {
    Q_OBJECT
public:
    explicit RefundForm(QWidget *parent = nullptr);

    void setOrder(const payscore::OrderKey &key, const payscore::OrderView &order,
        const refund::RefundLedger &ledger);

    // What would be sent, from what was typed (the amount parsed from yuan to integer fen).
    refund::RefundInput input() const;
    // The rules that can be judged on screen: mode, paid order, the payment, 0 < amount ≤ what
    // remains on it, the reason. Errors name the field (/amount/refund, /reason, …).
    payscore::ValidationReport check() const;
    void focusField(const QString &pointer);
    // The earlier refund the form resumes (its outcome is unknown), if any.
    const std::optional<refund::RecordedRefund> &resumable() const { return m_resumable; }

    QComboBox *paymentCombo() const { return m_payment; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *paymentFacts() const { return m_facts; }
    QLabel *notice() const { return m_notice; }

signals:
    void edited(); // the operator changed a field (the form's problem line is cleared)

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The chosen payment's figures; `defaultAmount`: fill in all that remains on it, unless
    // the clerk typed an amount that fits it.
    void showPayment(bool defaultAmount);
    // The clerk typed the amount (not a default) and it is valid for `payment` on its own.
    bool typedAmountFits(const refund::RefundablePayment &payment) const;
    void showRemainingAfter();
    std::optional<refund::RefundablePayment> chosen() const;
    std::optional<payscore::Money> typedAmount() const;

    payscore::OrderKey m_key;
    payscore::OrderView m_order;
    refund::RefundLedger m_ledger;
    QList<refund::RefundablePayment> m_payments;
    std::optional<refund::RecordedRefund> m_resumable;
    QString m_resumedReason;

    QLabel *m_notice;
    QLabel *m_paymentLabel;
    QComboBox *m_payment;
    QLabel *m_facts;
    QLabel *m_amountLabel;
    QLineEdit *m_amount;
    QLabel *m_after;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
};

} // namespace psc::ui
