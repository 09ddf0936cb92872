#include "Reconciler.h"

#include <QEventLoop>
#include <QTimer>

namespace psc::journal {

Reconciler::Reconciler(Journal &journal, OrderLookup &lookup, QString operatorName, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_lookup(lookup)
    , m_operatorName(std::move(operatorName))
{
}

Reconciliation Reconciler::reconciliationFor(
    const OrderFinding &finding, const QString &operatorName)
{
    Reconciliation r;
    r.kind = ReconciliationKind::Query;
    r.operatorName = operatorName;
    r.orderId = finding.orderId;
    if (finding.kind == OrderFinding::Kind::NotFound) {
        r.orderState = QStringLiteral("ORDER_NOT_EXIST");
    } else {
        r.orderState = finding.state;
        if (!finding.stateDescription.isEmpty())
            r.orderState += QLatin1Char('/') + finding.stateDescription;
    }
    r.note = finding.summary;
    return r;
}

void Reconciler::start(const QList<JournalEntry> &entries)
{
    if (m_running)
        return;
    m_queue = entries;
    m_settled = 0;
    m_failed = 0;
    m_running = true;
    // Queued, so that a caller connecting to finished() after start() still hears it.
    QTimer::singleShot(0, this, &Reconciler::next);
}

void Reconciler::run(const QList<JournalEntry> &entries)
{
    QEventLoop loop;
    connect(this, &Reconciler::finished, &loop, &QEventLoop::quit);
    start(entries);
    if (m_running)
        loop.exec();
}

void Reconciler::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        emit finished(m_settled, m_failed);
        return;
    }
    const JournalEntry entry = m_queue.takeFirst();
    m_lookup.lookup(entry, [this, id = entry.id](const OrderFinding &finding) {
        bool recorded = false;
        if (finding.kind == OrderFinding::Kind::Failed) {
            ++m_failed;
        } else {
            recorded
                = m_journal.recordReconciliation(id, reconciliationFor(finding, m_operatorName));
            recorded ? ++m_settled : ++m_failed;
        }
        emit entryDone(id, finding, recorded);
        QTimer::singleShot(0, this, &Reconciler::next);
    });
}

} // namespace psc::journal
