#pragma once

#include "Money.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace psc::payscore {

// What an operator needs to see of an order, decoded from any order-shaped answer (the full
// service order, a pay-after query, or the ids-only answers of pay-after writes). Fields the
// answer lacks stay empty; money stays integer fen.
struct OrderView {
    struct CollectionDetail {
        std::optional<qint64> seq;
        std::optional<Money> amount;
        QString paidType; // NEWTON (PayScore) or MCH (paid another way, what sync records)
        QString paidTime;
        QString transactionId;
    };
    struct Collection {
        QString state; // USER_PAYING, USER_PAID
        std::optional<Money> totalAmount;
        std::optional<Money> payingAmount;
        std::optional<Money> paidAmount;
        QList<CollectionDetail> details;
    };

    QString outOrderNo;
    QString orderId;
    QString serviceId;
    QString appid;
    QString mchid;
    QString subMchid;
    QString state; // CREATED, DOING, DONE, REVOKED, EXPIRED
    QString stateDescription; // USER_CONFIRM, MCH_COMPLETE
    std::optional<Money> totalAmount;
    std::optional<Collection> collection;

    static OrderView fromJson(const QJsonObject &answer);
    bool isEmpty() const { return outOrderNo.isEmpty() && orderId.isEmpty() && state.isEmpty(); }
    bool hasState() const { return !state.isEmpty(); }
    // The customer has paid (DONE, or the collection is USER_PAID): what a refund needs.
    bool isPaid() const;
    // {out_order_no, order_id, state, state_description, total_amount, collection{…}}: only
    // the fields present; money as JSON integers.
    QJsonObject toJson() const;
};

} // namespace psc::payscore
