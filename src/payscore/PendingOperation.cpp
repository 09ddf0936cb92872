#include "PendingOperation.h"

#include "AnswerDecoder.h"
#include "OperationJob.h"
#include "OperationRunner.h"
#include "PayScoreEndpoints.h"
#include "TranslationContexts.h"

#include <apiv3/ApiCall.h>
#include <apiv3/ApiClient.h>

#include <QUuid>

namespace psc::payscore {

namespace {

WriteRecord writeRecordFor(const OperationRunner &runner, const OperationJob &job)
{
    WriteRecord record;
    record.id = QUuid::createUuid();
    record.operatorName = runner.operatorName();
    record.profileName = runner.profileName();
    record.mode = modeName(job.mode);
    record.operation = operationName(job.operation);
    record.outOrderNo = job.key.outOrderNo;
    record.requestBody = job.request.body();
    record.amountFen = job.amountFen;
    return record;
}

// The result of a write the journal stopped: nothing was sent, and the operator is told why
// and what to do next.
OperationResult journalRefusal(const OperationJob &job, const WriteRefusal &refusal)
{
    OperationResult refused;
    refused.mode = job.mode;
    refused.operation = job.operation;
    refused.validation = job.report;
    refused.error.message = refusal.reason;
    refused.error.sentence = refusal.sentence;
    if (refusal.kind == WriteRefusal::Kind::Unsettled) {
        refused.outcome = OperationResult::Outcome::Invalid;
        refused.error.code = QLatin1String(JournalUnsettledCode);
        refused.error.hintSentence = Sentence("PayScoreOperation",
            QT_TR_NOOP("Nothing was sent. The same write is still unsettled: query the order "
                       "first."));
    } else {
        refused.outcome = OperationResult::Outcome::ConfigError;
        refused.error.code = QLatin1String(JournalUnavailableCode);
        refused.error.hintSentence = Sentence("PayScoreOperation",
            QT_TR_NOOP("Nothing was sent, because the journal could not record this write "
                       "first. Queries still work. Free disk space, fix the journal file's "
                       "permissions or the team journal's connection, then send it again."));
    }
    refused.error.hint = refused.error.hintSentence.toString();
    return refused;
}

} // namespace

PendingOperation::PendingOperation(OperationRunner *runner, std::unique_ptr<OperationJob> job)
    : QObject(runner)
    , m_runner(runner)
    , m_job(std::move(job))
{
}

PendingOperation::~PendingOperation() = default;

void PendingOperation::start()
{
    if (m_finished)
        return; // cancelled before it started
    OperationJob &job = *m_job;
    if (job.report.hasErrors()) {
        finish(OperationRunner::invalidResult(job.mode, job.operation, job.report));
        return;
    }
    if (job.stateCheck) {
        queryOrder(&PendingOperation::onStateCheck);
        return;
    }
    send();
}

void PendingOperation::onStateCheck(const OperationResult &query)
{
    OperationJob &job = *m_job;
    m_stateCheck = std::make_shared<const OperationResult>(query);
    if (m_cancelled) {
        finish(cancelledBeforeSending()); // only the query may have left, never the write
        return;
    }
    if (!query.succeeded() || !query.order || !query.order->hasState()) {
        // Without a verified, fresh state nothing is sent: the query's own outcome and error
        // say why (ORDER_NOT_EXIST, a timeout, …).
        OperationResult refused = query;
        refused.operation = job.operation;
        if (refused.outcome == OperationResult::Outcome::Succeeded)
            refused.outcome = OperationResult::Outcome::Invalid; // answered without a state
        refused.warnings.prepend(
            PayScoreOperation::tr("The order could not be queried before the %1, so nothing "
                                  "was sent.")
                .arg(operationName(job.operation)));
        refused.stateCheck = m_stateCheck;
        finish(refused);
        return;
    }
    const ValidationReport verdict = job.stateCheck(*query.order, job);
    if (verdict.hasErrors()) {
        OperationResult refused = OperationRunner::invalidResult(job.mode, job.operation, verdict);
        if (verdict.firstError().pointer == QLatin1String("/state")) {
            refused.error.code = QStringLiteral("INVALID_ORDER_STATE");
            refused.error.hint = PayScoreOperation::tr(
                "Nothing was sent: the order's current state does not allow this.");
        }
        refused.order = query.order;
        refused.stateCheck = m_stateCheck;
        finish(refused);
        return;
    }
    job.report.merge(verdict); // its warnings, if any
    send();
}

void PendingOperation::send()
{
    OperationJob &job = *m_job;
    if (job.isWrite() && m_runner->journal()) {
        m_record = writeRecordFor(*m_runner, job);
        WriteRefusal refusal;
        if (!m_runner->journal()->beforeSend(m_record, &refusal)) {
            OperationResult refused = journalRefusal(job, refusal);
            refused.stateCheck = m_stateCheck;
            finish(refused);
            return;
        }
        m_journaled = true;
    }
    apiv3::ApiCall *call = m_runner->client()->send(job.request);
    m_call = call;
    connect(call, &apiv3::ApiCall::finished, this, [this, call](const apiv3::ApiResult &api) {
        call->deleteLater();
        m_call = nullptr;
        onAnswer(AnswerDecoder::decode(api, m_job->mode, m_job->operation));
    });
}

void PendingOperation::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_call) {
        m_call->cancel(); // its finished() arrives now and ends this operation
        return;
    }
    finish(cancelledBeforeSending()); // start() has not run yet: nothing was sent
}

OperationResult PendingOperation::cancelledBeforeSending() const
{
    apiv3::ApiResult notSent;
    notSent.error = apiv3::ApiError::client(QString::fromLatin1(apiv3::ClientCode::Cancelled),
        PayScoreOperation::tr("Cancelled before anything was sent."));
    OperationResult result = AnswerDecoder::decode(notSent, m_job->mode, m_job->operation);
    result.stateCheck = m_stateCheck;
    return result;
}

void PendingOperation::onAnswer(const OperationResult &answer)
{
    m_result = answer;
    m_result.validation = m_job->report; // warnings only by now ('|' in an order number, …)
    m_result.stateCheck = m_stateCheck;
    const bool needsState = m_job->isWrite() && !isRefundOperation(m_job->operation)
        && m_result.succeeded() && !(m_result.order && m_result.order->hasState());
    if (needsState && m_runner->followUpEnabled() && !m_cancelled) {
        queryOrder(&PendingOperation::onFollowUp);
        return;
    }
    finish(m_result);
}

void PendingOperation::queryOrder(void (PendingOperation::*done)(const OperationResult &))
{
    OrderQuery query;
    query.key = m_job->key;
    const apiv3::ApiRequest request = PayScoreEndpoints::query(query);
    apiv3::ApiCall *call = m_runner->client()->send(request);
    m_call = call;
    connect(call, &apiv3::ApiCall::finished, this, [this, call, done](const apiv3::ApiResult &api) {
        call->deleteLater();
        m_call = nullptr;
        (this->*done)(AnswerDecoder::decode(api, m_job->mode, Operation::Query));
    });
}

void PendingOperation::onFollowUp(const OperationResult &followUp)
{
    m_result.followUp = std::make_shared<const OperationResult>(followUp);
    if (followUp.succeeded() && followUp.order) {
        m_result.order = followUp.order; // the order's state, as the write's answer lacked it
    } else {
        m_result.warnings.append(
            PayScoreOperation::tr("The %1 succeeded, but the follow-up query failed (%2): the "
                                  "order's state is not shown.")
                .arg(operationName(m_job->operation),
                    followUp.error.code.isEmpty() ? outcomeName(followUp.outcome)
                                                  : followUp.error.code));
    }
    finish(m_result);
}

void PendingOperation::finish(OperationResult result)
{
    m_result = std::move(result);
    if (m_journaled && m_runner->journal())
        m_runner->journal()->afterOutcome(m_record, m_result);
    m_finished = true;
    emit finished(m_result);
    emit m_runner->operationFinished(m_result);
}

} // namespace psc::payscore
