#include "BatchRunner.h"

#include "BatchResume.h"
#include "BatchText.h"

#include <apiv3/RawHeaders.h>
#include <journal/PayScoreOrderLookup.h>
#include <journal/Reconciler.h>
#include <payscore/OperationRunner.h>

#include <algorithm>
#include <cmath>

namespace psc::batch {

using payscore::OperationResult;

namespace {

constexpr int kProgressIntervalMs = 100;
constexpr int kAnswersBeforeSpeedUp = 20;
constexpr double kMinimumRate = 0.2;
constexpr qint64 kDefaultHoldMs = 1000;
constexpr qint64 kMaximumHoldMs = 60'000;

RowOutcome rowOutcomeOf(OperationResult::Outcome outcome)
{
    switch (outcome) {
    case OperationResult::Outcome::Succeeded:
        return RowOutcome::Succeeded;
    case OperationResult::Outcome::Rejected:
        return RowOutcome::Rejected;
    case OperationResult::Outcome::Invalid:
        return RowOutcome::Invalid;
    case OperationResult::Outcome::Unknown:
        return RowOutcome::Unknown;
    case OperationResult::Outcome::ConfigError:
        return RowOutcome::ConfigError;
    }
    return RowOutcome::Unknown;
}

QString stateOf(const OperationResult &result)
{
    const payscore::OrderView *order = result.order ? &*result.order : nullptr;
    if (!order && result.followUp && result.followUp->order)
        order = &*result.followUp->order;
    if (!order || !order->hasState())
        return {};
    return order->stateDescription.isEmpty()
        ? order->state
        : order->state + QLatin1Char('/') + order->stateDescription;
}

bool isRateLimited(const OperationResult &result)
{
    return result.outcome == OperationResult::Outcome::Rejected && result.httpStatus == 429;
}

} // namespace

BatchRunner::BatchRunner(const BatchPlan &plan, RunnerSource runners, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_runners(std::move(runners))
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &BatchRunner::pump);
    m_progressTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { emit progressChanged(progress()); });
}

BatchRunner::~BatchRunner() = default;

void BatchRunner::setJournal(std::shared_ptr<journal::Journal> journal, const QString &profileName,
    const QString &operatorName)
{
    m_journal = std::move(journal);
    m_profileName = profileName;
    m_operatorName = operatorName;
}

void BatchRunner::setConcurrency(int concurrency)
{
    m_concurrency = std::max(1, concurrency);
    pump();
}

void BatchRunner::setRatePerSecond(double rate)
{
    m_rate = std::max(kMinimumRate, rate);
    m_currentRate = m_rate; // the operator's choice wins; the next 429 lowers it again
    pump();
}

void BatchRunner::setState(State state)
{
    if (state == m_state)
        return;
    const bool wasActive = m_state == State::Running || m_state == State::Reconciling;
    const bool isActive = state == State::Running || state == State::Reconciling;
    if (wasActive && !isActive && m_resumedAtMs >= 0) {
        m_activeMs += nowMs() - m_resumedAtMs;
        m_resumedAtMs = -1;
    } else if (!wasActive && isActive) {
        m_resumedAtMs = nowMs();
    }
    m_state = state;
    emit stateChanged(state);
}

void BatchRunner::start(std::shared_ptr<const BatchResume> resume)
{
    if (m_state != State::Idle)
        return;
    m_resume = std::move(resume);
    m_clock.start();
    m_results = QList<BatchRowResult>(m_plan.rowCount());
    for (qsizetype row = 0; row < m_plan.rowCount(); ++row) {
        const RowCheck &check = m_plan.check(row);
        if (check.isSendable())
            continue;
        BatchRowResult result;
        result.outcome = RowOutcome::Invalid;
        if (check.excluded) {
            result.errorMessage = PayScoreBatch::tr("Excluded from the batch.");
        } else if (check.report.hasErrors()) {
            const payscore::ValidationIssue issue = check.report.firstError();
            result.errorCode = QStringLiteral("INVALID_INPUT");
            result.errorMessage = issue.message;
        } else {
            result.errorCode = QStringLiteral("DUPLICATE_ROW");
            result.errorMessage
                = PayScoreBatch::tr("The same order as line %1: sent once, not twice.")
                      .arg(m_plan.table().lineNumbers.value(check.duplicateOf));
        }
        settle(row, result);
    }
    classifyRows();
    if (!m_toReconcile.isEmpty()) {
        setState(State::Reconciling);
        reconcileNext();
    } else {
        setState(State::Running);
        pump();
    }
    scheduleProgress();
}

// Settled rows are skipped, rows whose earlier write is unknown are queried first, the rest
// are queued in file order.
void BatchRunner::classifyRows()
{
    const QList<qsizetype> rows = m_plan.sendableRows();
    if (!m_journal || !isWrite(m_plan.operation())) {
        m_queue.assign(rows.cbegin(), rows.cend());
        return;
    }
    if (!m_resume)
        m_resume
            = std::make_shared<const BatchResume>(*m_journal, m_profileName, m_plan.operation());
    const BatchResume &resume = *m_resume;
    for (const qsizetype row : rows) {
        const BatchRequest request = m_plan.request(row);
        const auto decision = resume.decide(*request.mode, request.outOrderNo);
        switch (decision.action) {
        case BatchResume::Action::Skip: {
            BatchRowResult result;
            result.outcome = RowOutcome::Skipped;
            result.note = decision.note;
            if (const auto entry = resume.entry(*request.mode, request.outOrderNo)) {
                result.requestId = entry->result.requestId;
                result.httpStatus = entry->result.httpStatus;
                result.state = entry->reconciliation ? entry->reconciliation->orderState
                                                     : entry->result.state;
            }
            settle(row, result);
            break;
        }
        case BatchResume::Action::QueryFirst:
            m_toReconcile.append(row);
            break;
        case BatchResume::Action::Send:
            m_queue.push_back(row);
            break;
        }
    }
}

// Rows whose earlier write has an unknown outcome: the journal's own reconciliation queries
// each order and records what it found, before any row of the batch is sent.
void BatchRunner::reconcileNext()
{
    QList<journal::JournalEntry> entries;
    QHash<qint64, qsizetype> rowOf;
    const BatchResume &resume = *m_resume; // read by classifyRows just before
    for (const qsizetype row : std::as_const(m_toReconcile)) {
        const BatchRequest request = m_plan.request(row);
        const auto entry = resume.entry(*request.mode, request.outOrderNo);
        if (!entry || !m_runners(*request.mode, 0)) {
            BatchRowResult result;
            result.outcome = RowOutcome::ConfigError;
            result.errorMessage
                = PayScoreBatch::tr("The order cannot be queried with this profile.");
            settle(row, result);
            continue;
        }
        entries.append(*entry);
        rowOf.insert(entry->id, row);
    }
    m_lookup = std::make_unique<journal::PayScoreOrderLookup>(
        [this](payscore::Mode mode) -> payscore::OperationRunner & { return *m_runners(mode, 0); },
        m_plan.defaults());
    m_reconciler = std::make_unique<journal::Reconciler>(*m_journal, *m_lookup, m_operatorName);
    connect(m_reconciler.get(), &journal::Reconciler::entryDone, this,
        [this, rowOf](qint64 id, const journal::OrderFinding &finding, bool recorded) {
            Q_UNUSED(recorded)
            const qsizetype row = rowOf.value(id, -1);
            if (row < 0)
                return;
            BatchRowResult result;
            result.state = finding.stateDescription.isEmpty()
                ? finding.state
                : finding.state + QLatin1Char('/') + finding.stateDescription;
            if (finding.kind == journal::OrderFinding::Kind::Failed) {
                result.outcome = RowOutcome::Unknown;
                result.errorCode = QStringLiteral("QUERY_FAILED");
                result.errorMessage = PayScoreBatch::tr(
                    "The earlier write's outcome is unknown and the query failed: not sent "
                    "again. Query the order later. %1")
                                          .arg(finding.summary);
                settle(row, result);
            } else if (finding.kind == journal::OrderFinding::Kind::Found
                && BatchResume::tookEffect(
                    m_plan.operation(), finding.state, finding.stateDescription)) {
                result.outcome = RowOutcome::Skipped;
                result.note = PayScoreBatch::tr(
                    "The earlier write's outcome was unknown; the query shows it took effect, "
                    "so it was not sent again. %1")
                                  .arg(finding.summary);
                settle(row, result);
            } else {
                m_results[row].note = PayScoreBatch::tr(
                    "The earlier write's outcome was unknown; the query shows it did not take "
                    "effect, so it was sent again. %1")
                                          .arg(finding.summary);
                m_queue.push_front(row);
            }
        });
    connect(m_reconciler.get(), &journal::Reconciler::finished, this, [this] {
        // Queried rows were pushed to the front one by one: put them back in file order.
        std::sort(m_queue.begin(), m_queue.end());
        m_toReconcile.clear();
        if (m_state == State::Reconciling)
            setState(State::Running);
        pump();
    });
    m_reconciler->start(entries);
}

void BatchRunner::pump()
{
    if (m_state == State::Running) {
        while (m_inFlight.size() < m_concurrency && !m_queue.empty()) {
            const qint64 now = nowMs();
            const qint64 wait = std::max(m_nextStartMs, m_holdUntilMs) - now;
            if (wait > 0) {
                m_pumpTimer.start(int(wait));
                return;
            }
            int lane = 0;
            while (m_inFlight.contains(lane))
                ++lane;
            const qsizetype row = m_queue.front();
            m_queue.pop_front();
            m_nextStartMs = std::max(m_nextStartMs, now) + qint64(1000.0 / m_currentRate);
            dispatch(row, lane);
        }
    }
    maybeFinish();
}

void BatchRunner::dispatch(qsizetype row, int lane)
{
    const BatchRequest request = m_plan.request(row);
    payscore::OperationRunner *runner = m_runners(*request.mode, lane);
    payscore::PendingOperation *operation = runner ? request.start(*runner) : nullptr;
    if (!operation) {
        BatchRowResult result;
        result.outcome = RowOutcome::ConfigError;
        result.errorCode = QStringLiteral("CONFIG_ERROR");
        result.errorMessage = runner
            ? PayScoreBatch::tr("This build cannot send %1 rows yet.")
                  .arg(batchOperationName(m_plan.operation()))
            : PayScoreBatch::tr("No client for the %1 mode in this profile.")
                  .arg(payscore::modeName(*request.mode));
        settle(row, result);
        return;
    }
    ++m_results[row].attempts;
    m_inFlight.insert(lane, operation);
    emit rowStarted(row);
    connect(operation, &payscore::PendingOperation::finished, this,
        [this, operation, row, lane](const OperationResult &result) {
            operation->deleteLater();
            onRowFinished(row, lane, result);
        });
}

void BatchRunner::onRowFinished(qsizetype row, int lane, const OperationResult &result)
{
    m_inFlight.remove(lane);
    ++m_sentFinished;
    if (isRateLimited(result) && m_results.at(row).attempts < kMaxRateLimitedAttempts
        && m_state != State::Cancelling && m_state != State::Finished) {
        slowDown(result);
        m_queue.push_front(row); // not failed: sent again once the hold is over
        scheduleProgress();
        pump();
        return;
    }
    if (++m_answersSince429 >= kAnswersBeforeSpeedUp && m_currentRate < m_rate) {
        m_currentRate = std::min(m_rate, m_currentRate * 1.1);
        m_answersSince429 = 0;
    }
    BatchRowResult settled = m_results.at(row);
    settled.outcome = rowOutcomeOf(result.outcome);
    settled.httpStatus = result.httpStatus;
    settled.requestId = result.requestId;
    settled.state = stateOf(result);
    settled.errorCode = result.error.code;
    settled.errorMessage = result.error.message;
    settled.retryable = result.error.retryable;
    if (!result.error.hint.isEmpty() && settled.note.isEmpty())
        settled.note = result.error.hint;
    settle(row, settled);
    pump();
}

void BatchRunner::slowDown(const OperationResult &result)
{
    bool ok = false;
    const qint64 seconds
        = apiv3::headerValue(result.api.headers, "Retry-After").trimmed().toLongLong(&ok);
    const qint64 holdMs
        = ok && seconds >= 0 ? std::min(seconds * 1000, kMaximumHoldMs) : kDefaultHoldMs;
    m_holdUntilMs = std::max(m_holdUntilMs, nowMs() + holdMs);
    m_currentRate = std::max(kMinimumRate, m_currentRate / 2);
    m_answersSince429 = 0;
    emit rateLimited(int(holdMs), m_currentRate);
}

void BatchRunner::settle(qsizetype row, BatchRowResult result)
{
    if (result.note.isEmpty())
        result.note = m_results.at(row).note;
    result.attempts = std::max(result.attempts, m_results.at(row).attempts);
    m_results[row] = std::move(result);
    emit rowFinished(row, m_results.at(row));
    scheduleProgress();
}

void BatchRunner::pause()
{
    if (m_state != State::Running)
        return;
    m_pumpTimer.stop();
    setState(State::Paused);
    emit progressChanged(progress());
}

void BatchRunner::resume()
{
    if (m_state != State::Paused)
        return;
    setState(State::Running);
    pump();
}

void BatchRunner::cancel(bool abortInFlight)
{
    if (m_state == State::Idle || m_state == State::Finished)
        return;
    m_pumpTimer.stop();
    m_queue.clear(); // waiting rows stay not_sent
    setState(State::Cancelling);
    if (abortInFlight) {
        const auto inFlight = m_inFlight.values();
        for (const QPointer<payscore::PendingOperation> &operation : inFlight) {
            if (operation)
                operation->cancel(); // finishes at once: unknown when it may have left
        }
    }
    maybeFinish();
}

void BatchRunner::maybeFinish()
{
    if (m_state != State::Running && m_state != State::Cancelling)
        return;
    if (!m_queue.empty() || !m_inFlight.isEmpty() || !m_toReconcile.isEmpty())
        return;
    setState(State::Finished);
    m_progressTimer.stop();
    const BatchProgress figures = progress();
    emit progressChanged(figures);
    emit finished(figures);
}

void BatchRunner::scheduleProgress()
{
    if (!m_progressTimer.isActive())
        m_progressTimer.start(kProgressIntervalMs);
}

BatchProgress BatchRunner::progress() const
{
    BatchProgress p;
    p.total = m_plan.rowCount();
    p.inFlight = m_inFlight.size();
    for (const BatchRowResult &result : m_results) {
        switch (result.outcome) {
        case RowOutcome::Succeeded:
            ++p.succeeded;
            break;
        case RowOutcome::Rejected:
            ++p.rejected;
            break;
        case RowOutcome::Unknown:
            ++p.unknown;
            break;
        case RowOutcome::Invalid:
            ++p.invalid;
            break;
        case RowOutcome::Skipped:
            ++p.skipped;
            break;
        case RowOutcome::ConfigError:
            ++p.configError;
            break;
        case RowOutcome::NotSent:
            ++p.notSent;
            break;
        }
    }
    p.notSent -= p.inFlight;
    p.toSend = p.total - p.invalid;
    p.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    const qint64 activeMs = m_activeMs + (m_resumedAtMs >= 0 ? nowMs() - m_resumedAtMs : 0);
    if (activeMs > 0 && m_sentFinished > 0) {
        p.rowsPerSecond = double(m_sentFinished) * 1000.0 / double(activeMs);
        if (m_state != State::Finished)
            p.secondsLeft = std::llround(double(p.notSent + p.inFlight) / p.rowsPerSecond);
    }
    p.currentRateLimit = m_currentRate;
    return p;
}

QList<qsizetype> BatchRunner::retryableRows() const
{
    return batch::retryableRows(m_results);
}

} // namespace psc::batch
