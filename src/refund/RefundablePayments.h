#pragma once

#include "RefundLedger.h"

#include <payscore/OrderView.h>
#include <payscore/ValidationReport.h>

#include <QJsonObject>
#include <QList>

namespace psc::refund {

// One payment of a paid order (collection.details[] with a transaction_id) and what is left
// to refund on it.
struct RefundablePayment {
    qint64 seq = 0;
    QString transactionId;
    payscore::Money amount; // what the customer paid with this payment
    QString paidTime;
    payscore::Money refunded; // counted refunds already recorded for it
    payscore::Money remaining() const { return amount - refunded; }
    QJsonObject toJson() const; // {seq, transaction_id, amount, paid_time, refunded, remaining}
};

// The refund rules that need the order: it is paid (DONE or collection USER_PAID), the payment
// refunded is one of its own, and the amount is more than 0 and at most what remains on it.
class RefundablePayments {
public:
    RefundablePayments(const payscore::OrderView &order, const RefundLedger &ledger);

    const QList<RefundablePayment> &payments() const { return m_payments; }
    bool isPaid() const { return m_paid; }

    // The order's state allows a refund and it has a WeChat Pay payment to refund.
    void checkOrder(payscore::ValidationReport &report) const;
    // The payment to refund: the one named, or the only one. Errors at /transaction_id when
    // the name is not a payment of this order or when several exist and none is named (the
    // message lists them).
    std::optional<RefundablePayment> choose(
        payscore::ValidationReport &report, const QString &transactionId) const;
    // refund > 0 and ≤ payment.remaining(), errors at /amount/refund.
    static void checkAmount(payscore::ValidationReport &report, const RefundablePayment &payment,
        const std::optional<payscore::Money> &refund);

private:
    QString m_outOrderNo;
    QString m_state;
    bool m_paid = false;
    bool m_hasMerchantPayments = false; // paid another way (sync): nothing to refund here
    QList<RefundablePayment> m_payments;
};

} // namespace psc::refund
