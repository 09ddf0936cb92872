#include "RefundView.h"

#include "RefundTexts.h"

namespace psc::refund {

namespace {

std::optional<payscore::Money> fenOf(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return payscore::Money::fromFen(value.toInteger());
}

} // namespace

RefundView RefundView::fromJson(const QJsonObject &answer)
{
    RefundView view;
    view.refundId = answer.value(QStringLiteral("refund_id")).toString();
    view.outRefundNo = answer.value(QStringLiteral("out_refund_no")).toString();
    view.transactionId = answer.value(QStringLiteral("transaction_id")).toString();
    view.outTradeNo = answer.value(QStringLiteral("out_trade_no")).toString();
    view.status = answer.value(QStringLiteral("status")).toString();
    if (view.status.isEmpty()) // notifications call it refund_status
        view.status = answer.value(QStringLiteral("refund_status")).toString();
    const QJsonObject amount = answer.value(QStringLiteral("amount")).toObject();
    view.refund = fenOf(amount, QStringLiteral("refund"));
    view.total = fenOf(amount, QStringLiteral("total"));
    view.payerRefund = fenOf(amount, QStringLiteral("payer_refund"));
    view.createTime = answer.value(QStringLiteral("create_time")).toString();
    view.successTime = answer.value(QStringLiteral("success_time")).toString();
    view.userReceivedAccount = answer.value(QStringLiteral("user_received_account")).toString();
    return view;
}

QJsonObject RefundView::toJson() const
{
    QJsonObject object;
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("out_refund_no", outRefundNo);
    put("refund_id", refundId);
    put("transaction_id", transactionId);
    put("status", status);
    QJsonObject amount;
    if (refund)
        amount.insert(QStringLiteral("refund"), refund->fen());
    if (total)
        amount.insert(QStringLiteral("total"), total->fen());
    if (payerRefund)
        amount.insert(QStringLiteral("payer_refund"), payerRefund->fen());
    if (!amount.isEmpty())
        object.insert(QStringLiteral("amount"), amount);
    put("create_time", createTime);
    put("success_time", successTime);
    put("user_received_account", userReceivedAccount);
    return object;
}

QString RefundView::statusText(const QString &status)
{
    if (status == QLatin1String("SUCCESS"))
        return RefundRules::tr("Refunded");
    if (status == QLatin1String("PROCESSING"))
        return RefundRules::tr("Refund in progress");
    if (status == QLatin1String("ABNORMAL"))
        return RefundRules::tr("Refund failed to reach the customer's account (abnormal): handle "
                               "it in the merchant platform");
    if (status == QLatin1String("CLOSED"))
        return RefundRules::tr("Refund closed: no money was refunded");
    return status;
}

QString RefundView::statusLabel(const QString &status)
{
    const QString meaning = statusText(status);
    return meaning == status ? status : RefundRules::tr("%1 (%2)").arg(meaning, status);
}

} // namespace psc::refund
