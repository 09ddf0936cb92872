#pragma once

#include "MerchantSession.h"

#include <batch/BatchProgress.h>
#include <batch/BatchRowResult.h>
#include <batch/BatchRunner.h>
#include <journal/Journal.h>
#include <profile/SecretSnapshot.h>

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

namespace psc::session {

// A batch sent from a thread of its own, for a window. Everything that sending a row costs
// happens there: the journal's two commits per row (each an fsync before the request may
// leave), the signing, the network and the verification, and the resume read of the
// journal's earlier entries. The thread that owns this object — the one that paints — only
// receives the runner's signals, in the order the runner emitted them, and passes the
// operator's choices on; it never waits for the disk or the network.
//
//   BatchRunnerThread::Setup setup;            // the plan, the profile, the journal's opener
//   auto run = std::make_unique<BatchRunnerThread>(std::move(setup));
//   connect(run.get(), &BatchRunnerThread::rowFinished, model, &Model::setResult);
//   run->start();
//
// The runner, its lanes (one QNetworkAccessManager each), the MerchantSessions and a journal
// connection of its own (SQLite and PostgreSQL connections belong to the thread that opened
// them) are all made and destroyed on that thread. A write batch reads the journal before
// its first row; a journal that cannot be opened or read sends nothing (`refused`).
class BatchRunnerThread : public QObject {
    Q_OBJECT
public:
    using State = batch::BatchRunner::State;

    struct Setup {
        std::shared_ptr<const batch::BatchPlan> plan; // nobody changes it while it runs
        QString profilePath;
        QString profileName; // whose journal entries settle the rows (resume)
        // The lanes' options. Their `journal` must stay null: the journal is opened on the
        // thread through `journal`, and `secrets` is set from `secretSnapshot`.
        MerchantSession::Options session;
        profile::SecretSnapshot secretSnapshot; // taken on the owner's thread
        // A write batch's journal (Journal::opener of the owner's journal); empty when there
        // is none (a write batch then refuses every row, as the lanes do) or for a query batch.
        journal::Journal::Opener journal;
        int concurrency = batch::BatchRunner::kDefaultConcurrency;
        double ratePerSecond = batch::BatchRunner::kDefaultRatePerSecond;
    };

    explicit BatchRunnerThread(Setup setup, QObject *parent = nullptr);
    // Lets the batch go without waiting for it: nothing more is reported, and its thread
    // tears it down on its own (joining the network threads and closing the journal take
    // tens of milliseconds). Rows in flight are abandoned: their journal entries stay
    // pending, so the next run queries them first. waitForAllLetGo() (run as the application
    // object is destroyed) waits for threads still tearing down.
    ~BatchRunnerThread() override;
    static void waitForAllLetGo();
    BatchRunnerThread(const BatchRunnerThread &) = delete;
    BatchRunnerThread &operator=(const BatchRunnerThread &) = delete;

    void start();
    // The runner's controls, carried over to its thread.
    void pause();
    void resume();
    void cancel(bool abortInFlight = false);
    void setConcurrency(int concurrency);
    void setRatePerSecond(double rate);

    // As the thread last reported them (the controls above take effect there a moment later).
    State state() const { return m_state; }
    batch::BatchProgress progress() const { return m_progress; }
    int concurrency() const { return m_concurrency; }
    double ratePerSecond() const { return m_rate; }
    // A write batch between start() and its first step: the journal is being read.
    bool isReadingJournal() const { return m_started && !m_refused && m_state == State::Idle; }

signals:
    void stateChanged(psc::batch::BatchRunner::State state);
    void rowFinished(qsizetype row, const psc::batch::BatchRowResult &result);
    void progressChanged(const psc::batch::BatchProgress &progress);
    void rateLimited(int holdMs, double newRate);
    void finished(const psc::batch::BatchProgress &progress);
    // Nothing was sent: the journal could not be opened or read.
    void refused(const QString &error);

private:
    class Worker;
    struct Link; // the worker's way back to this object, cut when it is destroyed
    // Runs `call` with the worker on the batch's thread.
    void onWorker(std::function<void(Worker &)> call);

    std::shared_ptr<Link> m_link;
    QThread *m_thread; // let go (not deleted) with this object; see waitForAllLetGo
    Worker *m_worker; // lives on m_thread; deleted there when it finishes
    State m_state = State::Idle;
    batch::BatchProgress m_progress;
    int m_concurrency;
    double m_rate;
    bool m_started = false;
    bool m_refused = false;
};

} // namespace psc::session
