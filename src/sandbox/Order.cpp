#include "Order.h"

#include "SandboxIdentity.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace psc::sandbox {

namespace {

const QString kState = QStringLiteral("state");
const QString kStateDescription = QStringLiteral("state_description");
const QString kCollection = QStringLiteral("collection");

// Stable, realistic-looking WeChat Pay order ids derived from the merchant order number.
QString derivedId(const QString &prefix, const QString &outOrderNo)
{
    const QByteArray hash
        = QCryptographicHash::hash(outOrderNo.toUtf8(), QCryptographicHash::Sha256);
    QString digits = prefix;
    for (int i = 0; digits.size() < 30; ++i)
        digits += QChar(u'0' + static_cast<unsigned char>(hash.at(i % hash.size())) % 10);
    return digits;
}

} // namespace

QString modeName(OrderMode mode)
{
    switch (mode) {
    case OrderMode::ServiceOrder:
        return QStringLiteral("serviceorder");
    case OrderMode::PayAfter:
        return QStringLiteral("payafter");
    case OrderMode::Oversea:
        return QStringLiteral("oversea");
    case OrderMode::Partner:
        return QStringLiteral("partner");
    }
    return {};
}

std::optional<OrderMode> modeFromName(const QString &name)
{
    for (OrderMode mode :
        { OrderMode::ServiceOrder, OrderMode::PayAfter, OrderMode::Oversea, OrderMode::Partner }) {
        if (modeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

Order Order::create(OrderMode mode, const QString &outOrderNo, const SandboxIdentity &identity,
    const QString &serviceIntroduction, qint64 riskFundFen)
{
    Order order;
    order.mode = mode;
    order.queryId = derivedId(QStringLiteral("Q"), outOrderNo + QLatin1Char('#') + modeName(mode));
    QJsonObject &d = order.data;
    d.insert(QStringLiteral("out_order_no"), outOrderNo);
    d.insert(QStringLiteral("service_id"), identity.serviceId);
    if (mode != OrderMode::Oversea)
        d.insert(QStringLiteral("appid"), identity.appid);
    d.insert(QStringLiteral("mchid"), identity.mchid);
    if (mode == OrderMode::Oversea || mode == OrderMode::Partner)
        d.insert(QStringLiteral("sub_mchid"), identity.subMchid);
    d.insert(QStringLiteral("service_introduction"), serviceIntroduction);
    d.insert(kState, QStringLiteral("CREATED"));
    d.insert(QStringLiteral("risk_fund"),
        QJsonObject { { QStringLiteral("name"), QStringLiteral("ESTIMATE_ORDER_COST") },
            { QStringLiteral("amount"), riskFundFen },
            { QStringLiteral("description"), QStringLiteral("预估订单费用") } });
    d.insert(QStringLiteral("total_amount"), 0);
    d.insert(QStringLiteral("need_collection"), true);
    d.insert(QStringLiteral("openid"), QStringLiteral("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
    d.insert(QStringLiteral("order_id"),
        derivedId(QStringLiteral("1000000000"), outOrderNo + modeName(mode)));
    d.insert(QStringLiteral("notify_url"),
        QStringLiteral("https://merchant.example.invalid/payscore/notify"));
    return order;
}

QString Order::outOrderNo() const
{
    return data.value(QStringLiteral("out_order_no")).toString();
}

QString Order::state() const
{
    return data.value(kState).toString();
}

QString Order::stateDescription() const
{
    return data.value(kStateDescription).toString();
}

QString Order::collectionState() const
{
    return data.value(kCollection).toObject().value(kState).toString();
}

bool Order::isCollecting() const
{
    return state() == QLatin1String("DOING") && stateDescription() == QLatin1String("MCH_COMPLETE")
        && collectionState() == QLatin1String("USER_PAYING");
}

void Order::confirm(const QString &startTimeBeijing)
{
    data.insert(kState, QStringLiteral("DOING"));
    data.insert(kStateDescription, QStringLiteral("USER_CONFIRM"));
    QJsonObject range = data.value(QStringLiteral("time_range")).toObject();
    range.insert(QStringLiteral("start_time"), startTimeBeijing);
    data.insert(QStringLiteral("time_range"), range);
}

void Order::complete(const QJsonObject &fields, qint64 totalFen)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isObject() && data.value(it.key()).isObject()) {
            // time_range, location: the completion adds to what the order already knew.
            QJsonObject merged = data.value(it.key()).toObject();
            const QJsonObject update = it.value().toObject();
            for (auto field = update.begin(); field != update.end(); ++field)
                merged.insert(field.key(), field.value());
            data.insert(it.key(), merged);
        } else {
            data.insert(it.key(), it.value());
        }
    }
    data.insert(QStringLiteral("total_amount"), totalFen);
    data.insert(kCollection,
        QJsonObject { { kState, QStringLiteral("USER_PAYING") },
            { QStringLiteral("total_amount"), totalFen },
            { QStringLiteral("paying_amount"), totalFen }, { QStringLiteral("paid_amount"), 0 },
            { QStringLiteral("details"), QJsonArray() } });
    data.insert(kState, QStringLiteral("DOING"));
    data.insert(kStateDescription, QStringLiteral("MCH_COMPLETE"));
    if (totalFen == 0) {
        QJsonObject collection = data.value(kCollection).toObject();
        collection.insert(kState, QStringLiteral("USER_PAID"));
        data.insert(kCollection, collection);
        data.insert(kState, QStringLiteral("DONE"));
        data.remove(kStateDescription);
    }
}

void Order::markPaid(const QString &paidType, const QString &paidTime, qint64 amountFen,
    const QString &transactionId)
{
    QJsonObject collection = data.value(kCollection).toObject();
    QJsonArray details = collection.value(QStringLiteral("details")).toArray();
    QJsonObject detail { { QStringLiteral("seq"), details.size() + 1 },
        { QStringLiteral("amount"), amountFen }, { QStringLiteral("paid_type"), paidType },
        { QStringLiteral("paid_time"), paidTime } };
    if (!transactionId.isEmpty())
        detail.insert(QStringLiteral("transaction_id"), transactionId);
    details.append(detail);
    const qint64 paid = collection.value(QStringLiteral("paid_amount")).toInteger() + amountFen;
    collection.insert(QStringLiteral("details"), details);
    collection.insert(QStringLiteral("paid_amount"), paid);
    collection.insert(QStringLiteral("paying_amount"), 0);
    collection.insert(kState, QStringLiteral("USER_PAID"));
    data.insert(kCollection, collection);
    data.insert(kState, QStringLiteral("DONE"));
    data.remove(kStateDescription);
    deducting = false;
}

void Order::modifyTotal(const QJsonArray &payments, const QJsonArray &discounts, qint64 totalFen)
{
    data.insert(QStringLiteral("post_payments"), payments);
    if (discounts.isEmpty())
        data.remove(QStringLiteral("post_discounts"));
    else
        data.insert(QStringLiteral("post_discounts"), discounts);
    data.insert(QStringLiteral("total_amount"), totalFen);
    QJsonObject collection = data.value(kCollection).toObject();
    const qint64 paid = collection.value(QStringLiteral("paid_amount")).toInteger();
    collection.insert(QStringLiteral("total_amount"), totalFen);
    collection.insert(QStringLiteral("paying_amount"), qMax<qint64>(0, totalFen - paid));
    data.insert(kCollection, collection);
}

QString Order::transactionIdFor(const QString &paidTime) const
{
    return derivedId(QStringLiteral("4200000000"), outOrderNo() + QLatin1Char('@') + paidTime);
}

void Order::revoke()
{
    data.insert(kState, QStringLiteral("REVOKED"));
    data.remove(kStateDescription);
}

void Order::expire()
{
    data.insert(kState, QStringLiteral("EXPIRED"));
    data.remove(kStateDescription);
}

QJsonObject Order::toJson() const
{
    QJsonObject json { { QStringLiteral("mode"), modeName(mode) },
        { QStringLiteral("order"), data }, { QStringLiteral("deducting"), deducting },
        { QStringLiteral("query_id"), queryId } };
    if (!completeRequest.isEmpty()) {
        json.insert(QStringLiteral("complete_request"), QString::fromUtf8(completeRequest));
        json.insert(QStringLiteral("complete_answer"), QString::fromUtf8(completeAnswer));
    }
    return json;
}

std::optional<Order> Order::fromJson(const QJsonObject &json)
{
    const auto mode = modeFromName(json.value(QStringLiteral("mode")).toString());
    const QJsonObject data = json.value(QStringLiteral("order")).toObject();
    if (!mode || data.value(QStringLiteral("out_order_no")).toString().isEmpty())
        return std::nullopt;
    Order order;
    order.mode = *mode;
    order.data = data;
    order.deducting = json.value(QStringLiteral("deducting")).toBool();
    order.queryId = json.value(QStringLiteral("query_id")).toString();
    order.completeRequest = json.value(QStringLiteral("complete_request")).toString().toUtf8();
    order.completeAnswer = json.value(QStringLiteral("complete_answer")).toString().toUtf8();
    return order;
}

QJsonObject Order::summary() const
{
    QJsonObject entry { { QStringLiteral("mode"), modeName(mode) },
        { QStringLiteral("out_order_no"), outOrderNo() }, { QStringLiteral("state"), state() },
        { QStringLiteral("state_description"), stateDescription() },
        { QStringLiteral("service_introduction"),
            data.value(QStringLiteral("service_introduction")) },
        { QStringLiteral("total_amount"), data.value(QStringLiteral("total_amount")) },
        { QStringLiteral("order_id"), data.value(QStringLiteral("order_id")) },
        { QStringLiteral("query_id"), queryId }, { QStringLiteral("deducting"), deducting } };
    if (data.contains(kCollection)) {
        entry.insert(QStringLiteral("collection_state"), collectionState());
    }
    return entry;
}

} // namespace psc::sandbox
