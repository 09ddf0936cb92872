#pragma once

#include "BatchPlan.h"
#include "BatchProgress.h"
#include "BatchRowResult.h"

#include <payscore/Mode.h>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace psc::payscore {
class OperationRunner;
class PendingOperation;
struct OperationResult;
} // namespace psc::payscore

namespace psc::journal {
class Journal;
class Reconciler;
class PayScoreOrderLookup;
} // namespace psc::journal

namespace psc::batch {

// Sends a checked BatchPlan without blocking the thread it lives on (a screen drives it with
// signals; the CLI waits in an event loop):
//
//   BatchRunner runner(plan, [&](Mode mode, int lane) { return lanes.runner(mode, lane); });
//   runner.setJournal(journal, profileName);   // resume: settled rows skipped, unknown queried
//   connect(&runner, &BatchRunner::rowFinished, model, &BatchResultsModel::updateRow);
//   runner.start();                        // or start(resume), read on a worker
//
// - Every row is a single operation on an OperationRunner (validated, journaled before it
//   leaves, verified), so a batch write is journaled exactly like a write from a form.
// - `lane` is 0 … concurrency−1: give each lane its own connections (its own
//   QNetworkAccessManager) so concurrency is not capped by the per-host connection limit.
// - Pace: at most `concurrency` rows in flight and `ratePerSecond` rows started per second;
//   both can change while it runs. A 429 FREQUENCY_LIMITED answer fails no row: the row goes
//   back to the front of the queue, the whole batch holds for Retry-After (1 s when absent)
//   and the rate is halved; it climbs back by a tenth after every 20 answers without a 429.
// - pause() stops starting rows (those in flight finish); cancel() stops for good: waiting
//   rows stay not_sent, rows in flight finish — or, with abortInFlight, are aborted and become
//   unknown when they may have reached WeChat Pay (apiv3 decides), not_sent otherwise.
class BatchResume;

class BatchRunner : public QObject {
    Q_OBJECT
public:
    using RunnerSource = std::function<payscore::OperationRunner *(payscore::Mode mode, int lane)>;
    enum class State { Idle, Reconciling, Running, Paused, Cancelling, Finished };
    Q_ENUM(State)

    static constexpr int kDefaultConcurrency = 4;
    static constexpr double kDefaultRatePerSecond = 10;
    static constexpr int kMaxRateLimitedAttempts = 8;

    BatchRunner(const BatchPlan &plan, RunnerSource runners, QObject *parent = nullptr);
    ~BatchRunner() override;

    // The journal rows are settled against (writes). Without it nothing is skipped or queried
    // first — only for query batches and tests.
    void setJournal(std::shared_ptr<journal::Journal> journal, const QString &profileName,
        const QString &operatorName);
    void setConcurrency(int concurrency);
    void setRatePerSecond(double rate);
    int concurrency() const { return m_concurrency; }
    double ratePerSecond() const { return m_rate; }

    // `resume`: the journal already read (BatchResume::read on a worker); without it a write
    // batch reads the journal here, on this thread, before the first row.
    void start(std::shared_ptr<const BatchResume> resume = {});
    void pause();
    void resume();
    void cancel(bool abortInFlight = false);

    State state() const { return m_state; }
    const BatchPlan &plan() const { return m_plan; }
    const QList<BatchRowResult> &results() const { return m_results; }
    BatchProgress progress() const;
    // Rows to send again: rejected rows whose error is retryable (a new run resends them).
    QList<qsizetype> retryableRows() const;

signals:
    void stateChanged(psc::batch::BatchRunner::State state);
    void rowStarted(qsizetype row);
    void rowFinished(qsizetype row, const psc::batch::BatchRowResult &result);
    // At most every 100 ms while rows finish, and once at the end.
    void progressChanged(const psc::batch::BatchProgress &progress);
    // A 429: the batch holds for `holdMs` and continues at `newRate` requests per second.
    void rateLimited(int holdMs, double newRate);
    void finished(const psc::batch::BatchProgress &progress);

private:
    void setState(State state);
    void classifyRows();
    void reconcileNext();
    void pump();
    void dispatch(qsizetype row, int lane);
    void onRowFinished(qsizetype row, int lane, const payscore::OperationResult &result);
    void slowDown(const payscore::OperationResult &result);
    void settle(qsizetype row, BatchRowResult result);
    void maybeFinish();
    void scheduleProgress();
    qint64 nowMs() const { return m_clock.elapsed(); }

    const BatchPlan &m_plan;
    RunnerSource m_runners;
    std::shared_ptr<journal::Journal> m_journal;
    std::shared_ptr<const BatchResume> m_resume; // read once per run, at its start
    QString m_profileName;
    QString m_operatorName;
    int m_concurrency = kDefaultConcurrency;
    double m_rate = kDefaultRatePerSecond; // asked for
    double m_currentRate = kDefaultRatePerSecond; // in force (lowered after a 429)
    int m_answersSince429 = 0;

    State m_state = State::Idle;
    QList<BatchRowResult> m_results;
    std::deque<qsizetype> m_queue; // rows to send, front first
    QList<qsizetype> m_toReconcile; // rows whose last write is unknown: query first
    QHash<int, QPointer<payscore::PendingOperation>> m_inFlight; // lane → operation
    QElapsedTimer m_clock;
    qint64 m_nextStartMs = 0; // the rate limit: no row starts before this
    qint64 m_holdUntilMs = 0; // after a 429
    qint64 m_sentFinished = 0; // rows answered (for the rate)
    qint64 m_activeMs = 0; // running time without pauses
    qint64 m_resumedAtMs = -1;
    QTimer m_pumpTimer;
    QTimer m_progressTimer;
    std::unique_ptr<journal::PayScoreOrderLookup> m_lookup;
    std::unique_ptr<journal::Reconciler> m_reconciler;
};

} // namespace psc::batch
