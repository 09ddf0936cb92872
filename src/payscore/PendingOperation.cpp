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
    if (job.isWrite() && m_runner->journal()) {
        m_record = writeRecordFor(*m_runner, job);
        QString reason;
        if (!m_runner->journal()->beforeSend(m_record, &reason)) {
            OperationResult refused;
            refused.mode = job.mode;
            refused.operation = job.operation;
            refused.outcome = OperationResult::Outcome::Invalid;
            refused.validation = job.report;
            refused.error.code = QStringLiteral("JOURNAL_REFUSED");
            refused.error.message = reason;
            refused.error.hint = PayScoreOperation::tr(
                "Nothing was sent. The journal could not record this write, or the same write "
                "is still unsettled: query the order first.");
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
    apiv3::ApiResult notSent; // start() has not run yet: nothing was sent
    notSent.error = apiv3::ApiError::client(QString::fromLatin1(apiv3::ClientCode::Cancelled),
        PayScoreOperation::tr("Cancelled before anything was sent."));
    finish(AnswerDecoder::decode(notSent, m_job->mode, m_job->operation));
}

void PendingOperation::onAnswer(const OperationResult &answer)
{
    m_result = answer;
    m_result.validation = m_job->report; // warnings only by now ('|' in an order number, …)
    const bool needsState = m_job->isWrite() && !isRefundOperation(m_job->operation)
        && m_result.succeeded() && !(m_result.order && m_result.order->hasState());
    if (needsState && m_runner->followUpEnabled() && !m_cancelled) {
        startFollowUp();
        return;
    }
    finish(m_result);
}

void PendingOperation::startFollowUp()
{
    OrderQuery query;
    query.key = m_job->key;
    const apiv3::ApiRequest request = PayScoreEndpoints::query(query);
    apiv3::ApiCall *call = m_runner->client()->send(request);
    m_call = call;
    connect(call, &apiv3::ApiCall::finished, this, [this, call](const apiv3::ApiResult &api) {
        call->deleteLater();
        m_call = nullptr;
        onFollowUp(AnswerDecoder::decode(api, m_job->mode, Operation::Query));
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
