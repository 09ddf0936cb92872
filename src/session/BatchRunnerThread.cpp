#include "BatchRunnerThread.h"

#include "BatchLanes.h"

#include <batch/BatchResume.h>
#include <core/BackgroundPriority.h>

#include <QCoreApplication>
#include <QMutex>

namespace psc::session {

struct BatchRunnerThread::Link {
    QMutex mutex;
    BatchRunnerThread *owner = nullptr; // null once the owner is being destroyed
};

namespace {

// Threads of batches that were let go, each tearing its batch down on its own. Deleted once
// finished: at the next let-go, or as the application object is destroyed.
QMutex lettingGoMutex;
QList<QThread *> lettingGo;

void deleteFinished(bool wait)
{
    const QMutexLocker lock(&lettingGoMutex);
    for (auto it = lettingGo.begin(); it != lettingGo.end();) {
        if (wait)
            (*it)->wait();
        if ((*it)->isFinished()) {
            delete *it;
            it = lettingGo.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace

using batch::BatchProgress;
using batch::BatchRowResult;
using batch::BatchRunner;

// What lives on the batch's thread. Members are destroyed in reverse: the runner first (it
// holds operations of the lanes' runners), then the lanes (their sessions hold the journal
// hook), then the journal connection.
class BatchRunnerThread::Worker : public QObject {
public:
    Worker(BatchRunnerThread::Setup setup, std::shared_ptr<Link> link)
        : m_setup(std::move(setup))
        , m_link(std::move(link))
    {
    }
    ~Worker() override
    {
        if (m_runner)
            m_runner->disconnect(this); // nothing is reported from a batch being torn down
    }

    void begin();
    BatchRunner *runner() const { return m_runner.get(); }
    void setConcurrency(int concurrency)
    {
        m_setup.concurrency = concurrency;
        if (m_runner)
            m_runner->setConcurrency(concurrency);
    }
    void setRatePerSecond(double rate)
    {
        m_setup.ratePerSecond = rate;
        if (m_runner)
            m_runner->setRatePerSecond(rate);
    }

private:
    // Runs `report` on the owner's thread, after everything reported before it; nothing once
    // the owner has let the batch go (what was posted before goes with it).
    void report(std::function<void(BatchRunnerThread &)> report)
    {
        const QMutexLocker lock(&m_link->mutex);
        BatchRunnerThread *owner = m_link->owner;
        if (!owner)
            return;
        QMetaObject::invokeMethod(
            owner, [owner, report = std::move(report)] { report(*owner); }, Qt::QueuedConnection);
    }
    void forwardSignals();

    BatchRunnerThread::Setup m_setup;
    std::shared_ptr<Link> m_link; // only report() reaches the owner
    std::shared_ptr<journal::Journal> m_journal;
    std::unique_ptr<BatchLanes> m_lanes;
    std::unique_ptr<BatchRunner> m_runner;
};

void BatchRunnerThread::Worker::begin()
{
    runBelowTheWindow();
    const batch::BatchOperation operation = m_setup.plan->operation();
    const bool write = batch::isWrite(operation);
    std::shared_ptr<const batch::BatchResume> resume;
    if (write && m_setup.journal) {
        auto opened = m_setup.journal();
        auto read = opened
            ? batch::BatchResume::read(**opened, m_setup.profileName, operation)
            : Result<std::shared_ptr<const batch::BatchResume>>::failure(opened.error());
        if (!read) {
            report([error = read.error()](BatchRunnerThread &owner) {
                owner.m_refused = true;
                emit owner.refused(error);
            });
            return;
        }
        m_journal = std::move(opened).value();
        resume = std::move(read).value();
    }
    MerchantSession::Options options = m_setup.session;
    options.journal = m_journal;
    options.secrets = &m_setup.secretSnapshot;
    m_lanes = std::make_unique<BatchLanes>(m_setup.profilePath,
        batch::payscoreOperation(operation).value_or(payscore::Operation::Query), options);
    m_runner = std::make_unique<BatchRunner>(
        *m_setup.plan, [lanes = m_lanes.get()](payscore::Mode mode, int lane) {
            return lanes->runner(mode, lane);
        });
    if (m_journal)
        m_runner->setJournal(m_journal, m_setup.profileName, m_setup.session.operatorName);
    m_runner->setConcurrency(m_setup.concurrency);
    m_runner->setRatePerSecond(m_setup.ratePerSecond);
    forwardSignals();
    m_runner->start(std::move(resume));
}

// Each signal is carried to the owner's thread with the figures of the moment it was emitted.
void BatchRunnerThread::Worker::forwardSignals()
{
    BatchRunner *runner = m_runner.get();
    connect(runner, &BatchRunner::stateChanged, this, [this, runner](BatchRunner::State state) {
        report([state, progress = runner->progress()](BatchRunnerThread &owner) {
            owner.m_state = state;
            owner.m_progress = progress;
            emit owner.stateChanged(state);
        });
    });
    connect(runner, &BatchRunner::rowFinished, this,
        [this](qsizetype row, const BatchRowResult &result) {
            report(
                [row, result](BatchRunnerThread &owner) { emit owner.rowFinished(row, result); });
        });
    connect(runner, &BatchRunner::progressChanged, this, [this](const BatchProgress &progress) {
        report([progress](BatchRunnerThread &owner) {
            owner.m_progress = progress;
            emit owner.progressChanged(progress);
        });
    });
    connect(runner, &BatchRunner::rateLimited, this, [this](int holdMs, double newRate) {
        report([holdMs, newRate](
                   BatchRunnerThread &owner) { emit owner.rateLimited(holdMs, newRate); });
    });
    connect(runner, &BatchRunner::finished, this, [this](const BatchProgress &progress) {
        report([progress](BatchRunnerThread &owner) {
            owner.m_state = State::Finished;
            owner.m_progress = progress;
            emit owner.finished(progress);
        });
    });
}

BatchRunnerThread::BatchRunnerThread(Setup setup, QObject *parent)
    : QObject(parent)
    , m_link(std::make_shared<Link>())
    , m_thread(new QThread)
    , m_concurrency(setup.concurrency)
    , m_rate(setup.ratePerSecond)
{
    // Once per process. (Not std::call_once: its thread-local state would make the console
    // need the dynamic loader by name, which the .deb's dependency check refuses.)
    [[maybe_unused]] static const bool registered = [] {
        qAddPostRoutine(&BatchRunnerThread::waitForAllLetGo);
        return true;
    }();
    m_link->owner = this;
    setup.session.journal.reset(); // the owner's connection must not be used over there
    m_worker = new Worker(std::move(setup), m_link);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("batch"));
    m_thread->start();
}

BatchRunnerThread::~BatchRunnerThread()
{
    {
        const QMutexLocker lock(&m_link->mutex);
        m_link->owner = nullptr;
    }
    m_thread->quit();
    deleteFinished(false);
    const QMutexLocker lock(&lettingGoMutex);
    lettingGo.append(m_thread);
}

void BatchRunnerThread::waitForAllLetGo()
{
    deleteFinished(true);
}

void BatchRunnerThread::onWorker(std::function<void(Worker &)> call)
{
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, call = std::move(call)] { call(*worker); }, Qt::QueuedConnection);
}

void BatchRunnerThread::start()
{
    if (m_started)
        return;
    m_started = true;
    onWorker([](Worker &worker) { worker.begin(); });
}

void BatchRunnerThread::pause()
{
    onWorker([](Worker &worker) {
        if (worker.runner())
            worker.runner()->pause();
    });
}

void BatchRunnerThread::resume()
{
    onWorker([](Worker &worker) {
        if (worker.runner())
            worker.runner()->resume();
    });
}

void BatchRunnerThread::cancel(bool abortInFlight)
{
    onWorker([abortInFlight](Worker &worker) {
        if (worker.runner())
            worker.runner()->cancel(abortInFlight);
    });
}

void BatchRunnerThread::setConcurrency(int concurrency)
{
    m_concurrency = std::max(1, concurrency);
    onWorker([concurrency](Worker &worker) { worker.setConcurrency(concurrency); });
}

void BatchRunnerThread::setRatePerSecond(double rate)
{
    m_rate = rate;
    onWorker([rate](Worker &worker) { worker.setRatePerSecond(rate); });
}

} // namespace psc::session
