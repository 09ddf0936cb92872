#include "RefundablePayments.h"

#include "RefundTexts.h"

#include <payscore/FieldRules.h>
#include <payscore/OrderActions.h>

namespace psc::refund {

namespace rules = payscore::rules;

QJsonObject RefundablePayment::toJson() const
{
    return QJsonObject {
        { QStringLiteral("seq"), seq },
        { QStringLiteral("transaction_id"), transactionId },
        { QStringLiteral("amount"), amount.fen() },
        { QStringLiteral("paid_time"), paidTime },
        { QStringLiteral("refunded"), refunded.fen() },
        { QStringLiteral("remaining"), remaining().fen() },
    };
}

RefundablePayments::RefundablePayments(const payscore::OrderView &order, const RefundLedger &ledger)
    : m_outOrderNo(order.outOrderNo)
    , m_state(order.state)
{
    m_paid = payscore::OrderActions::isPaid(order);
    if (!order.collection)
        return;
    for (const auto &detail : order.collection->details) {
        if (detail.transactionId.isEmpty() || !detail.amount) {
            m_hasMerchantPayments = true;
            continue;
        }
        RefundablePayment payment;
        payment.seq = detail.seq.value_or(0);
        payment.transactionId = detail.transactionId;
        payment.amount = *detail.amount;
        payment.paidTime = detail.paidTime;
        payment.refunded = ledger.refundedOn(detail.transactionId);
        m_payments.append(payment);
    }
}

void RefundablePayments::checkOrder(payscore::ValidationReport &report) const
{
    const QString pointer = QStringLiteral("/out_order_no");
    if (!m_paid) {
        report.addError(pointer,
            RefundRules::tr("Order %1 is not paid (state %2): only a DONE order, or one whose "
                            "collection is USER_PAID, can be refunded. To lower an unpaid "
                            "order, modify its amount instead.")
                .arg(m_outOrderNo, m_state.isEmpty() ? QStringLiteral("-") : m_state));
        return;
    }
    if (m_payments.isEmpty()) {
        report.addError(pointer,
            m_hasMerchantPayments
                ? RefundRules::tr("Order %1 was paid outside WeChat Pay (synced as paid): there "
                                  "is no WeChat Pay payment to refund. Refund the customer the "
                                  "way they paid.")
                      .arg(m_outOrderNo)
                : RefundRules::tr("Order %1 lists no payment with a transaction_id: there is "
                                  "nothing to refund.")
                      .arg(m_outOrderNo));
    }
}

std::optional<RefundablePayment> RefundablePayments::choose(
    payscore::ValidationReport &report, const QString &transactionId) const
{
    const QString pointer = QStringLiteral("/transaction_id");
    if (!transactionId.isEmpty()) {
        for (const RefundablePayment &payment : m_payments) {
            if (payment.transactionId == transactionId)
                return payment;
        }
        report.addError(pointer,
            RefundRules::tr("%1 %2 is not a payment of order %3.")
                .arg(rules::displayName(pointer), transactionId, m_outOrderNo));
        return std::nullopt;
    }
    if (m_payments.size() == 1)
        return m_payments.first();
    if (m_payments.size() > 1) {
        QStringList listed;
        for (const RefundablePayment &payment : m_payments) {
            listed.append(RefundRules::tr("%1 (%2, paid %3, %4 left to refund)")
                              .arg(payment.transactionId, payment.amount.display(),
                                  payment.paidTime, payment.remaining().display()));
        }
        report.addError(pointer,
            RefundRules::tr("Order %1 has %2 payments: choose the one to refund by its %3: %4.")
                .arg(m_outOrderNo)
                .arg(m_payments.size())
                .arg(rules::displayName(pointer), listed.join(QStringLiteral("; "))));
    }
    return std::nullopt;
}

void RefundablePayments::checkAmount(payscore::ValidationReport &report,
    const RefundablePayment &payment, const std::optional<payscore::Money> &refund)
{
    const QString pointer = QStringLiteral("/amount/refund");
    if (!refund) {
        rules::missing(report, pointer);
        return;
    }
    if (refund->fen() <= 0) {
        report.addError(pointer,
            RefundRules::tr("%1 must be more than ¥0.00; it is %2.")
                .arg(rules::displayName(pointer), refund->display()));
        return;
    }
    if (*refund > payment.remaining()) {
        report.addError(pointer,
            RefundRules::tr("%1 (%2) is more than what remains refundable on payment %3: %4 "
                            "(paid %5, already refunded %6).")
                .arg(rules::displayName(pointer), refund->display(), payment.transactionId,
                    payment.remaining().display(), payment.amount.display(),
                    payment.refunded.display()));
    }
}

} // namespace psc::refund
