#pragma once

#include "Order.h"
#include "SandboxRefund.h"

#include "core/Result.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace psc::sandbox {

// Every order the sandbox knows, per mode and merchant order number, and every refund made
// against their payments. On disk: a JSON snapshot (state.json, written atomically) plus a
// change log beside it (state.json.log, one changed order or one new refund per line,
// appended). A change costs one appended line whatever the number of orders; the snapshot is
// rewritten (and the log emptied) when the log holds as many lines as there are orders and
// refunds, so the rewrites cost O(1) per change on average. orders.json lists the orders
// for people and GUI tests; it is written with every snapshot (start, stop, compaction).
class OrderBook {
public:
    OrderBook(QString stateFile, QString listingFile);
    ~OrderBook();

    // false when there is no state file yet (the caller seeds the demo orders).
    Result<bool> load();
    Result<bool> save(); // snapshot + listing; empties the change log
    Result<bool> record(const Order &changed); // appends one change (or compacts)
    QString logFile() const { return m_stateFile + QStringLiteral(".log"); }

    Order *find(OrderMode mode, const QString &outOrderNo);
    Order *findByQueryId(OrderMode mode, const QString &queryId);
    Order &insert(const Order &order); // replaces an order with the same mode and number
    const QList<Order> &orders() const { return m_orders; }

    SandboxRefund *findRefund(const QString &outRefundNo);
    SandboxRefund &insertRefund(const SandboxRefund &refund);
    Result<bool> recordRefund(const SandboxRefund &added); // appends one refund (or compacts)
    const QList<SandboxRefund> &refunds() const { return m_refunds; }
    // The order and the collection detail that carry this transaction_id (null when none).
    Order *findByTransaction(const QString &transactionId, QJsonObject *detail = nullptr);

private:
    static QString keyOf(OrderMode mode, const QString &outOrderNo);

    Result<bool> appendOrCompact(const QJsonObject &line);

    QString m_stateFile;
    std::unique_ptr<QFile> m_log; // open for appending between snapshots
    qsizetype m_logLines = 0;
    QString m_listingFile;
    QList<Order> m_orders;
    QHash<QString, qsizetype> m_index;
    QList<SandboxRefund> m_refunds;
};

} // namespace psc::sandbox
