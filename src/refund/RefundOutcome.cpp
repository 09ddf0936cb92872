#include "RefundOutcome.h"

#include <QJsonArray>

namespace psc::refund {

QJsonObject RefundOutcome::toJson() const
{
    QJsonObject object = result.toJson();
    if (order)
        object.insert(QStringLiteral("order"), order->toJson());
    if (!outRefundNo.isEmpty())
        object.insert(QStringLiteral("out_refund_no"), outRefundNo);
    if (refund)
        object.insert(QStringLiteral("refund"), refund->toJson());
    if (!payments.isEmpty()) {
        QJsonArray list;
        for (const RefundablePayment &payment : payments)
            list.append(payment.toJson());
        object.insert(QStringLiteral("payments"), list);
    }
    object.insert(QStringLiteral("reused_out_refund_no"), reusedNumber);
    object.insert(QStringLiteral("resent"), resent);
    return object;
}

} // namespace psc::refund
