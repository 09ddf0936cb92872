#include "DemoOrders.h"

#include "SandboxIdentity.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace psc::sandbox {

namespace {

// Beijing time `hoursAgo` hours before now, in the API's yyyyMMddHHmmss.
QString beijingHoursAgo(int hoursAgo)
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(-qint64(hoursAgo) * 3600)
        .toTimeZone(QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyyMMddHHmmss"));
}

QJsonObject item(const QString &name, qint64 amount, const QString &description, int count = 1)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("amount"), amount },
        { QStringLiteral("description"), description }, { QStringLiteral("count"), count } };
}

// A service-order style completion: payments minus discounts.
QJsonObject serviceCompletion(
    const QJsonArray &payments, const QJsonArray &discounts, qint64 *total)
{
    qint64 sum = 0;
    for (const auto &p : payments)
        sum += p.toObject().value(QStringLiteral("amount")).toInteger();
    for (const auto &d : discounts)
        sum -= d.toObject().value(QStringLiteral("amount")).toInteger();
    *total = sum;
    QJsonObject fields { { QStringLiteral("post_payments"), payments } };
    if (!discounts.isEmpty())
        fields.insert(QStringLiteral("post_discounts"), discounts);
    fields.insert(QStringLiteral("time_range"),
        QJsonObject { { QStringLiteral("end_time"), beijingHoursAgo(1) } });
    return fields;
}

QJsonObject payAfterCompletion(const QString &feeName, qint64 fee, qint64 discount, qint64 *total)
{
    *total = fee - discount;
    QJsonObject fields { { QStringLiteral("finish_type"), 2 },
        { QStringLiteral("fees"),
            QJsonArray { QJsonObject { { QStringLiteral("fee_name"), feeName },
                { QStringLiteral("fee_count"), 1 }, { QStringLiteral("fee_amount"), fee },
                { QStringLiteral("fee_desc"), QStringLiteral("按实际使用计费") } } } },
        { QStringLiteral("real_service_end_time"), beijingHoursAgo(1) } };
    if (discount > 0)
        fields.insert(QStringLiteral("discounts"),
            QJsonArray {
                QJsonObject { { QStringLiteral("discount_name"), QStringLiteral("新用户立减") },
                    { QStringLiteral("discount_amount"), discount },
                    { QStringLiteral("discount_desc"), QStringLiteral("首单优惠") } } });
    return fields;
}

} // namespace

QList<Order> demoOrders(const SandboxIdentity &id)
{
    QList<Order> orders;
    auto add = [&](OrderMode mode, const QString &number, const QString &introduction,
                   qint64 riskFund) -> Order & {
        orders.append(Order::create(mode, number, id, introduction, riskFund));
        return orders.last();
    };
    auto confirmed = [&](OrderMode mode, const QString &number, const QString &introduction,
                         qint64 riskFund) -> Order & {
        Order &order = add(mode, number, introduction, riskFund);
        order.confirm(beijingHoursAgo(3));
        return order;
    };
    auto collecting = [&](OrderMode mode, const QString &number, const QString &introduction,
                          const QJsonArray &payments, const QJsonArray &discounts) -> Order & {
        Order &order = confirmed(mode, number, introduction, 99900);
        qint64 total = 0;
        const QJsonObject fields = serviceCompletion(payments, discounts, &total);
        order.complete(fields, total);
        return order;
    };

    const auto S = OrderMode::ServiceOrder;
    add(S, QStringLiteral("DEMO-RENT-CREATED-001"), QStringLiteral("免押租借充电宝（待用户确认）"),
        9900);
    confirmed(S, QStringLiteral("DEMO-RENT-CONFIRMED-001"), QStringLiteral("免押租借充电宝"), 9900);
    confirmed(S, QStringLiteral("DEMO-RENT-CONFIRMED-002"), QStringLiteral("免押租借雨伞"), 4900);
    collecting(S, QStringLiteral("DEMO-STAY-COLLECTING-001"), QStringLiteral("免押速住·豪华大床房"),
        { item(QStringLiteral("房费"), 39800, QStringLiteral("豪华大床房1晚")),
            item(QStringLiteral("迷你吧"), 6000, QStringLiteral("矿泉水与零食"), 3) },
        { item(QStringLiteral("会员折扣"), 2000, QStringLiteral("金卡会员立减")) });
    collecting(S, QStringLiteral("DEMO-STAY-COLLECTING-002"), QStringLiteral("免押速住·标准间"),
        { item(QStringLiteral("房费"), 12000, QStringLiteral("标准间1晚")) }, {});
    // Two more collecting orders for the corrections of a completed order: modify the amount,
    // collect (催收扣款); a failed charge is FAULT-DECLINE-….
    collecting(S, QStringLiteral("DEMO-STAY-COLLECTING-003"), QStringLiteral("免押速住·家庭房"),
        { item(QStringLiteral("房费"), 45800, QStringLiteral("家庭房1晚")),
            item(QStringLiteral("加床"), 8000, QStringLiteral("加床1张")) },
        {});
    collecting(S, QStringLiteral("DEMO-RENT-COLLECTING-004"),
        QStringLiteral("免押租借充电宝（待扣款）"),
        { item(QStringLiteral("租借费"), 800, QStringLiteral("每小时2元，共4小时"), 4) }, {});
    collecting(S, QStringLiteral("DEMO|PIPE*COLLECTING-001"),
        QStringLiteral("免押租借·特殊单号（含|和*）"),
        { item(QStringLiteral("租借费"), 300, QStringLiteral("每小时1元，共3小时"), 3) }, {});
    {
        Order &order = collecting(S, QStringLiteral("DEMO-RETAIL-DONE-001"),
            QStringLiteral("智慧零售·无人货柜"),
            { item(QStringLiteral("商品"), 1550, QStringLiteral("饮料与零食")) }, {});
        order.markPaid(QStringLiteral("NEWTON"), beijingHoursAgo(1), 1550,
            QStringLiteral("4200000000202611220000000001"));
    }
    confirmed(S, QStringLiteral("DEMO-RENT-REVOKED-001"),
        QStringLiteral("免押租借充电宝（已取消）"), 9900)
        .revoke();
    add(S, QStringLiteral("DEMO-RENT-EXPIRED-001"), QStringLiteral("免押租借充电宝（已过期）"),
        9900)
        .expire();
    collecting(S, QStringLiteral("DEMO-RENT-DEDUCTING-001"),
        QStringLiteral("免押租借充电宝（扣款中）"),
        { item(QStringLiteral("租借费"), 600, QStringLiteral("每小时2元，共3小时"), 3) }, {})
        .deducting
        = true;

    const auto P = OrderMode::PayAfter;
    confirmed(P, QStringLiteral("DEMO-PAYAFTER-CONFIRMED-001"),
        QStringLiteral("先享后付·共享单车骑行"), 19900);
    {
        Order &order = confirmed(P, QStringLiteral("DEMO-PAYAFTER-COLLECTING-001"),
            QStringLiteral("先享后付·自助洗车"), 19900);
        qint64 total = 0;
        const QJsonObject fields = payAfterCompletion(QStringLiteral("洗车费"), 2500, 500, &total);
        order.complete(fields, total);
    }
    {
        Order &order = confirmed(P, QStringLiteral("DEMO-PAYAFTER-DONE-001"),
            QStringLiteral("先享后付·自助咖啡"), 19900);
        qint64 total = 0;
        const QJsonObject fields = payAfterCompletion(QStringLiteral("咖啡"), 1800, 0, &total);
        order.complete(fields, total);
        order.markPaid(QStringLiteral("NEWTON"), beijingHoursAgo(1), total,
            QStringLiteral("4200000000202611220000000002"));
    }

    add(P, QStringLiteral("DEMO-PAYAFTER-CREATED-001"),
        QStringLiteral("先享后付·充电桩（待用户确认）"), 19900);

    const auto O = OrderMode::Oversea;
    confirmed(O, QStringLiteral("DEMO-OVERSEA-CONFIRMED-001"),
        QStringLiteral("境外机构·香港共享雨伞"), 5000);
    collecting(O, QStringLiteral("DEMO-OVERSEA-COLLECTING-001"),
        QStringLiteral("境外机构·香港充电宝租借"),
        { item(QStringLiteral("租借费"), 1500, QStringLiteral("港币计价，以分为单位")) }, {});
    {
        Order &order = collecting(O, QStringLiteral("DEMO-OVERSEA-DONE-001"),
            QStringLiteral("境外机构·澳门共享单车"),
            { item(QStringLiteral("骑行费"), 800, QStringLiteral("30分钟")) }, {});
        order.markPaid(QStringLiteral("NEWTON"), beijingHoursAgo(1), 800,
            QStringLiteral("4200000000202611220000000003"));
    }

    const auto R = OrderMode::Partner;
    confirmed(R, QStringLiteral("DEMO-PARTNER-CONFIRMED-001"),
        QStringLiteral("服务商·子商户充电宝租借"), 9900);
    collecting(R, QStringLiteral("DEMO-PARTNER-COLLECTING-001"),
        QStringLiteral("服务商·子商户免押速住"),
        { item(QStringLiteral("房费"), 26800, QStringLiteral("大床房1晚")) }, {});
    add(R, QStringLiteral("DEMO-PARTNER-CREATED-001"),
        QStringLiteral("服务商·子商户共享单车（待确认）"), 9900);
    collecting(R, QStringLiteral("DEMO-PARTNER-COLLECTING-002"),
        QStringLiteral("服务商·子商户自助洗衣"),
        { item(QStringLiteral("洗衣费"), 1200, QStringLiteral("标准洗")),
            item(QStringLiteral("烘干费"), 800, QStringLiteral("40分钟")) },
        {});
    return orders;
}

} // namespace psc::sandbox
