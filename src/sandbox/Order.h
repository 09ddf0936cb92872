#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace psc::sandbox {

class SandboxIdentity;

// The four PayScore order families the sandbox serves; the names are those of the CLI's --mode.
enum class OrderMode { ServiceOrder, PayAfter, Oversea, Partner };
QString modeName(OrderMode mode);
std::optional<OrderMode> modeFromName(const QString &name);

// One order in the book: the API object a query returns, plus what the sandbox needs to play
// the server (a deduction running, the accepted complete request and its answer for replays).
struct Order {
    OrderMode mode = OrderMode::ServiceOrder;
    QJsonObject data;
    bool deducting = false;
    QString queryId;
    QByteArray completeRequest; // compact JSON of the accepted complete body
    QByteArray completeAnswer; // and the answer body it got

    // A new order in state CREATED for the sandbox's merchant.
    static Order create(OrderMode mode, const QString &outOrderNo, const SandboxIdentity &identity,
        const QString &serviceIntroduction, qint64 riskFundFen);

    QString outOrderNo() const;
    QString state() const;
    QString stateDescription() const;
    QString collectionState() const;
    bool isCollecting() const; // DOING / MCH_COMPLETE with collection USER_PAYING

    // Moves to DOING/USER_CONFIRM (the user confirmed in WeChat).
    void confirm(const QString &startTimeBeijing);
    // Completion by the merchant: DOING/MCH_COMPLETE collecting `total` (DONE when it is 0).
    void complete(const QJsonObject &fields, qint64 totalFen);
    // Money received: DONE with a details[] entry paid by `paidType`.
    void markPaid(const QString &paidType, const QString &paidTime, qint64 amountFen,
        const QString &transactionId = {});
    // 修改订单金额: new lines and a lower total; what is still to pay shrinks with it.
    void modifyTotal(const QJsonArray &payments, const QJsonArray &discounts, qint64 totalFen);
    // A WeChat Pay transaction id for a charge made at `paidTime` (stable per order and time).
    QString transactionIdFor(const QString &paidTime) const;
    void revoke();
    void expire();

    QJsonObject toJson() const; // persistence
    static std::optional<Order> fromJson(const QJsonObject &json);
    QJsonObject summary() const; // one entry of orders.json
};

} // namespace psc::sandbox
