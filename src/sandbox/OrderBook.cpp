#include "OrderBook.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace psc::sandbox {

namespace {

Result<bool> writeJson(const QString &path, const QJsonDocument &document)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(document.toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Result<bool>::failure(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace

// The log is compacted into the snapshot once it has this many lines or as many as there are
// orders, whichever is more.
constexpr qsizetype kMinimumLogLines = 256;

OrderBook::OrderBook(QString stateFile, QString listingFile)
    : m_stateFile(std::move(stateFile))
    , m_listingFile(std::move(listingFile))
{
}

OrderBook::~OrderBook() = default;

QString OrderBook::keyOf(OrderMode mode, const QString &outOrderNo)
{
    return modeName(mode) + QLatin1Char('\n') + outOrderNo;
}

Result<bool> OrderBook::load()
{
    m_orders.clear();
    m_index.clear();
    m_refunds.clear();
    QFile file(m_stateFile);
    if (!file.exists())
        return false;
    if (!file.open(QIODevice::ReadOnly))
        return Result<bool>::failure(
            QStringLiteral("cannot read %1: %2").arg(m_stateFile, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return Result<bool>::failure(QStringLiteral("%1 is not a sandbox state file: %2")
                                         .arg(m_stateFile, error.errorString()));
    const QJsonArray orders = document.object().value(QStringLiteral("orders")).toArray();
    for (const auto &value : orders) {
        if (const auto order = Order::fromJson(value.toObject()))
            insert(*order);
    }
    for (const auto &value : document.object().value(QStringLiteral("refunds")).toArray()) {
        if (const auto refund = SandboxRefund::fromJson(value.toObject()))
            m_refunds.append(*refund);
    }
    // Changes since the snapshot, oldest first: a changed order, or {"refund": …} for a refund
    // made. A line cut short by a crash does not parse and is skipped: the change it held was
    // never answered as done.
    QFile log(logFile());
    if (log.open(QIODevice::ReadOnly)) {
        while (!log.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(log.readLine()).object();
            if (line.contains(QStringLiteral("refund"))) {
                const auto refund
                    = SandboxRefund::fromJson(line.value(QStringLiteral("refund")).toObject());
                if (refund && !findRefund(refund->outRefundNo))
                    m_refunds.append(*refund);
            } else if (const auto order = Order::fromJson(line)) {
                insert(*order);
            }
        }
    }
    return true;
}

Result<bool> OrderBook::record(const Order &changed)
{
    return appendOrCompact(changed.toJson());
}

Result<bool> OrderBook::recordRefund(const SandboxRefund &added)
{
    return appendOrCompact(QJsonObject { { QStringLiteral("refund"), added.toJson() } });
}

Result<bool> OrderBook::appendOrCompact(const QJsonObject &change)
{
    if (m_logLines + 1 >= std::max(kMinimumLogLines, m_orders.size() + m_refunds.size()))
        return save();
    if (!m_log) {
        m_log = std::make_unique<QFile>(logFile());
        if (!m_log->open(QIODevice::WriteOnly | QIODevice::Append)) {
            const QString reason = m_log->errorString();
            m_log.reset();
            return Result<bool>::failure(
                QStringLiteral("cannot write %1: %2").arg(logFile(), reason));
        }
    }
    const QByteArray line = QJsonDocument(change).toJson(QJsonDocument::Compact) + '\n';
    if (m_log->write(line) != line.size() || !m_log->flush())
        return Result<bool>::failure(
            QStringLiteral("cannot write %1: %2").arg(logFile(), m_log->errorString()));
    ++m_logLines;
    return true;
}

Result<bool> OrderBook::save()
{
    QJsonArray state;
    QJsonArray listing;
    for (const Order &order : m_orders) {
        state.append(order.toJson());
        listing.append(order.summary());
    }
    QJsonArray refunds;
    for (const SandboxRefund &refund : m_refunds)
        refunds.append(refund.toJson());
    if (auto written = writeJson(m_stateFile,
            QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 },
                { QStringLiteral("orders"), state }, { QStringLiteral("refunds"), refunds } }));
        !written)
        return written;
    // The snapshot holds every change now: the log starts again empty.
    m_log.reset();
    if (QFile::exists(logFile()) && !QFile::remove(logFile()))
        return Result<bool>::failure(QStringLiteral("cannot empty %1").arg(logFile()));
    m_logLines = 0;
    return writeJson(m_listingFile, QJsonDocument(listing));
}

Order *OrderBook::find(OrderMode mode, const QString &outOrderNo)
{
    const auto it = m_index.constFind(keyOf(mode, outOrderNo));
    return it == m_index.cend() ? nullptr : &m_orders[*it];
}

Order *OrderBook::findByQueryId(OrderMode mode, const QString &queryId)
{
    for (Order &order : m_orders) {
        if (order.mode == mode && order.queryId == queryId)
            return &order;
    }
    return nullptr;
}

Order &OrderBook::insert(const Order &order)
{
    const QString key = keyOf(order.mode, order.outOrderNo());
    if (const auto it = m_index.constFind(key); it != m_index.cend()) {
        m_orders[*it] = order;
        return m_orders[*it];
    }
    m_index.insert(key, m_orders.size());
    m_orders.append(order);
    return m_orders.last();
}

SandboxRefund *OrderBook::findRefund(const QString &outRefundNo)
{
    for (SandboxRefund &refund : m_refunds) {
        if (refund.outRefundNo == outRefundNo)
            return &refund;
    }
    return nullptr;
}

SandboxRefund &OrderBook::insertRefund(const SandboxRefund &refund)
{
    m_refunds.append(refund);
    return m_refunds.last();
}

Order *OrderBook::findByTransaction(const QString &transactionId, QJsonObject *detail)
{
    for (Order &order : m_orders) {
        const QJsonArray details = order.data.value(QStringLiteral("collection"))
                                       .toObject()
                                       .value(QStringLiteral("details"))
                                       .toArray();
        for (const auto &value : details) {
            const QJsonObject candidate = value.toObject();
            if (candidate.value(QStringLiteral("transaction_id")).toString() == transactionId) {
                if (detail)
                    *detail = candidate;
                return &order;
            }
        }
    }
    return nullptr;
}

} // namespace psc::sandbox
