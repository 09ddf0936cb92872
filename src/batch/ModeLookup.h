#pragma once

#include "BatchRequest.h"
#include "BatchRunner.h"

#include <payscore/Mode.h>
#include <payscore/OrderDefaults.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

namespace psc::payscore {
class OrderFinder;
struct FindResult;
} // namespace psc::payscore

namespace psc::batch {

// Finds the mode of each order of a batch whose file has no mode column, exactly as
// `payscore-cli find` and the order workspace do: payscore::OrderFinder queries the order in
// every mode the profile can use. Queries only — nothing is written. Paced like a batch:
// at most `concurrency` orders looked up at once and `ratePerSecond` queries per second (one
// order costs one query per mode); a 429 holds the lookup (Retry-After) and asks again.
//
//   ModeLookup lookup(OrderFinder::modesFor(defaults, baseUrl), runners, defaults);
//   connect(&lookup, &ModeLookup::finished, [&] { plan.addModeFindings(lookup.findings(), now); });
//   lookup.start(plan.ordersToLookUp());
class ModeLookup : public QObject {
    Q_OBJECT
public:
    ModeLookup(QList<payscore::Mode> modes, BatchRunner::RunnerSource runners,
        payscore::OrderDefaults defaults, QObject *parent = nullptr);
    ~ModeLookup() override;

    void setConcurrency(int concurrency) { m_concurrency = std::max(1, concurrency); }
    void setRatePerSecond(double rate) { m_rate = std::max(0.2, rate); }

    // Destroying the lookup abandons the orders still being looked up (no finding for them).
    void start(const QStringList &orders);
    bool isRunning() const { return m_running; }
    const QHash<QString, ModeFinding> &findings() const { return m_findings; }
    qsizetype total() const { return m_total; }

    // The finding for one FindResult (also what a single find would tell the operator).
    static ModeFinding findingOf(const payscore::FindResult &result);

signals:
    void progressChanged(qsizetype done, qsizetype total);
    void finished();

private:
    void pump();
    void onFound(int lane, const payscore::FindResult &result);
    void finishIfDone();

    QList<payscore::Mode> m_modes;
    BatchRunner::RunnerSource m_runners;
    payscore::OrderDefaults m_defaults;
    int m_concurrency = BatchRunner::kDefaultConcurrency;
    double m_rate = BatchRunner::kDefaultRatePerSecond;
    std::vector<std::unique_ptr<payscore::OrderFinder>> m_finders; // one per lane
    QList<bool> m_laneBusy;
    std::deque<QString> m_queue;
    QHash<QString, int> m_attempts;
    QHash<QString, ModeFinding> m_findings;
    qsizetype m_total = 0;
    bool m_running = false;
    QElapsedTimer m_clock;
    qint64 m_nextStartMs = 0;
    QTimer m_pumpTimer;
};

} // namespace psc::batch
