#pragma once

#include "Order.h"
#include "SandboxRefund.h"

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace psc::sandbox {

// Every order the sandbox knows, per mode and merchant order number, and every refund made
// against their payments, kept in a JSON state file written atomically (QSaveFile) after each
// change, with orders.json beside it listing the orders for people and GUI tests.
class OrderBook {
public:
    OrderBook(QString stateFile, QString listingFile);

    // false when there is no state file yet (the caller seeds the demo orders).
    Result<bool> load();
    Result<bool> save() const;

    Order *find(OrderMode mode, const QString &outOrderNo);
    Order *findByQueryId(OrderMode mode, const QString &queryId);
    Order &insert(const Order &order); // replaces an order with the same mode and number
    const QList<Order> &orders() const { return m_orders; }

    SandboxRefund *findRefund(const QString &outRefundNo);
    SandboxRefund &insertRefund(const SandboxRefund &refund);
    const QList<SandboxRefund> &refunds() const { return m_refunds; }
    // The order and the collection detail that carry this transaction_id (null when none).
    Order *findByTransaction(const QString &transactionId, QJsonObject *detail = nullptr);

private:
    static QString keyOf(OrderMode mode, const QString &outOrderNo);

    QString m_stateFile;
    QString m_listingFile;
    QList<Order> m_orders;
    QHash<QString, qsizetype> m_index;
    QList<SandboxRefund> m_refunds;
};

} // namespace psc::sandbox
