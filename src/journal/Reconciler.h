#pragma once

#include "Journal.h"

#include <QObject>

#include <functional>

namespace psc::journal {

// What a query of the order found, in the journal's own terms.
struct OrderFinding {
    enum class Kind {
        Found, // the server answered with the order (verified)
        NotFound, // ORDER_NOT_EXIST: the write did not create or change anything
        Failed, // no verified answer either: still unknown, try again later
    };
    Kind kind = Kind::Failed;
    QString state; // "DONE", "DOING" ...
    QString stateDescription; // "MCH_COMPLETE" ...
    QString orderId;
    QString summary; // one line for people: what was found, or why the query failed
};

// Queries one order for a journal entry. Implemented with payscore's query operation (see
// PayScoreOrderLookup); tests give a scripted one. `done` is called exactly once.
class OrderLookup {
public:
    virtual ~OrderLookup() = default;
    virtual void lookup(const JournalEntry &entry, std::function<void(OrderFinding)> done) = 0;
};

// Settles unknown outcomes: for each entry it queries the order, one at a time, and records
// what was found. An entry whose query fails stays unknown (and keeps blocking its write).
class Reconciler : public QObject {
    Q_OBJECT

public:
    Reconciler(
        Journal &journal, OrderLookup &lookup, QString operatorName, QObject *parent = nullptr);

    // Reconciles `entries`, or every unsettled entry of the journal when none are given.
    void start(const QList<JournalEntry> &entries);
    void start() { start(m_journal.outcomeUnknown()); }
    // The same, waiting in a local event loop (payscore-cli).
    void run(const QList<JournalEntry> &entries);
    bool isRunning() const { return m_running; }

    int settledCount() const { return m_settled; }
    int failedCount() const { return m_failed; }

    static Reconciliation reconciliationFor(
        const OrderFinding &finding, const QString &operatorName);

signals:
    void entryDone(qint64 id, const psc::journal::OrderFinding &finding, bool recorded);
    void finished(int settled, int failed);

private:
    void next();

    Journal &m_journal;
    OrderLookup &m_lookup;
    QString m_operatorName;
    QList<JournalEntry> m_queue;
    bool m_running = false;
    int m_settled = 0;
    int m_failed = 0;
};

} // namespace psc::journal
