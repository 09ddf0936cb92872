#include "OrderView.h"

#include <QJsonArray>

namespace psc::payscore {

namespace {

std::optional<Money> moneyField(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return Money::fromFen(value.toInteger());
}

void putMoney(QJsonObject &object, const QString &key, const std::optional<Money> &money)
{
    if (money)
        object.insert(key, money->fen());
}

void putText(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

} // namespace

OrderView OrderView::fromJson(const QJsonObject &answer)
{
    OrderView view;
    view.outOrderNo = answer.value(QStringLiteral("out_order_no")).toString();
    view.orderId = answer.value(QStringLiteral("order_id")).toString();
    view.serviceId = answer.value(QStringLiteral("service_id")).toString();
    view.appid = answer.value(QStringLiteral("appid")).toString();
    view.mchid = answer.value(QStringLiteral("mchid")).toString();
    view.subMchid = answer.value(QStringLiteral("sub_mchid")).toString();
    view.state = answer.value(QStringLiteral("state")).toString();
    view.stateDescription = answer.value(QStringLiteral("state_description")).toString();
    view.totalAmount = moneyField(answer, QStringLiteral("total_amount"));
    const QJsonValue collection = answer.value(QStringLiteral("collection"));
    if (collection.isObject()) {
        const QJsonObject object = collection.toObject();
        Collection decoded;
        decoded.state = object.value(QStringLiteral("state")).toString();
        decoded.totalAmount = moneyField(object, QStringLiteral("total_amount"));
        decoded.payingAmount = moneyField(object, QStringLiteral("paying_amount"));
        decoded.paidAmount = moneyField(object, QStringLiteral("paid_amount"));
        for (const QJsonValue &entry : object.value(QStringLiteral("details")).toArray()) {
            const QJsonObject detail = entry.toObject();
            CollectionDetail row;
            if (detail.value(QStringLiteral("seq")).isDouble())
                row.seq = detail.value(QStringLiteral("seq")).toInteger();
            row.amount = moneyField(detail, QStringLiteral("amount"));
            row.paidType = detail.value(QStringLiteral("paid_type")).toString();
            row.paidTime = detail.value(QStringLiteral("paid_time")).toString();
            row.transactionId = detail.value(QStringLiteral("transaction_id")).toString();
            decoded.details.append(row);
        }
        view.collection = decoded;
    }
    return view;
}

QJsonObject OrderView::toJson() const
{
    QJsonObject object;
    putText(object, QStringLiteral("out_order_no"), outOrderNo);
    putText(object, QStringLiteral("order_id"), orderId);
    putText(object, QStringLiteral("service_id"), serviceId);
    putText(object, QStringLiteral("appid"), appid);
    putText(object, QStringLiteral("mchid"), mchid);
    putText(object, QStringLiteral("sub_mchid"), subMchid);
    putText(object, QStringLiteral("state"), state);
    putText(object, QStringLiteral("state_description"), stateDescription);
    putMoney(object, QStringLiteral("total_amount"), totalAmount);
    if (collection) {
        QJsonObject decoded;
        putText(decoded, QStringLiteral("state"), collection->state);
        putMoney(decoded, QStringLiteral("total_amount"), collection->totalAmount);
        putMoney(decoded, QStringLiteral("paying_amount"), collection->payingAmount);
        putMoney(decoded, QStringLiteral("paid_amount"), collection->paidAmount);
        QJsonArray details;
        for (const CollectionDetail &row : collection->details) {
            QJsonObject detail;
            if (row.seq)
                detail.insert(QStringLiteral("seq"), *row.seq);
            putMoney(detail, QStringLiteral("amount"), row.amount);
            putText(detail, QStringLiteral("paid_type"), row.paidType);
            putText(detail, QStringLiteral("paid_time"), row.paidTime);
            putText(detail, QStringLiteral("transaction_id"), row.transactionId);
            details.append(detail);
        }
        if (!details.isEmpty())
            decoded.insert(QStringLiteral("details"), details);
        object.insert(QStringLiteral("collection"), decoded);
    }
    return object;
}

bool OrderView::isPaid() const
{
    return state == QLatin1String("DONE")
        || (collection && collection->state == QLatin1String("USER_PAID"));
}

} // namespace psc::payscore
