#include "OperationRunner.h"

#include "OperationJob.h"
#include "OrderActions.h"
#include "PayScoreEndpoints.h"
#include "TranslationContexts.h"

#include <QEventLoop>
#include <QTimer>

namespace psc::payscore {

namespace {

std::unique_ptr<OperationJob> jobFor(Mode mode, Operation operation, const OrderKey &key)
{
    auto job = std::make_unique<OperationJob>();
    job->mode = mode;
    job->operation = operation;
    job->key = key;
    return job;
}

// Both completion models share the shape: validate, build, carry total_amount for the journal.
template<typename Completion>
std::unique_ptr<OperationJob> completionJob(const Completion &completion, const QDateTime &now)
{
    auto job = jobFor(completion.key.mode, Operation::Complete, completion.key);
    job->report = completion.validate(now);
    if (!job->report.hasErrors())
        job->request = PayScoreEndpoints::complete(completion);
    if (completion.totalAmount)
        job->amountFen = completion.totalAmount->fen();
    return job;
}

// Cancel, modify and collect: built like any write, judged against the order's fresh state.
template<typename Request>
std::unique_ptr<OperationJob> stateCheckedJob(
    Operation operation, const Request &request, apiv3::ApiRequest (*build)(const Request &))
{
    auto job = jobFor(request.key.mode, operation, request.key);
    job->report = request.validate();
    if (!job->report.hasErrors())
        job->request = build(request);
    job->stateCheck = [](const OrderView &order, OperationJob &checked) {
        return OrderActions(checked.mode, order).check(checked.operation);
    };
    return job;
}

} // namespace

OperationRunner::OperationRunner(apiv3::ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    qRegisterMetaType<psc::payscore::OperationResult>();
}

OperationRunner::~OperationRunner() = default;

void OperationRunner::setWriteIdentity(const QString &operatorName, const QString &profileName)
{
    m_operatorName = operatorName;
    m_profileName = profileName;
}

PendingOperation *OperationRunner::sync(const SyncRequest &request)
{
    auto job = jobFor(request.key.mode, Operation::Sync, request.key);
    job->report = request.validate(m_clock());
    if (!job->report.hasErrors())
        job->request = PayScoreEndpoints::sync(request);
    if (request.paidAmount)
        job->amountFen = request.paidAmount->fen();
    return run(std::move(job));
}

PendingOperation *OperationRunner::complete(const ServiceOrderCompletion &completion)
{
    return run(completionJob(completion, m_clock()));
}

PendingOperation *OperationRunner::complete(const PayAfterCompletion &completion)
{
    return run(completionJob(completion, m_clock()));
}

PendingOperation *OperationRunner::query(const OrderQuery &query)
{
    auto job = jobFor(query.key.mode, Operation::Query, query.key);
    job->report = query.validate();
    if (!job->report.hasErrors())
        job->request = PayScoreEndpoints::query(query);
    return run(std::move(job));
}

PendingOperation *OperationRunner::cancel(const CancelRequest &request)
{
    return run(stateCheckedJob(Operation::Cancel, request, &PayScoreEndpoints::cancel));
}

PendingOperation *OperationRunner::modify(const ModifyRequest &request)
{
    auto job = stateCheckedJob(Operation::Modify, request, &PayScoreEndpoints::modify);
    if (request.totalAmount)
        job->amountFen = request.totalAmount->fen();
    job->stateCheck = [request](const OrderView &order, OperationJob &checked) {
        ValidationReport report = OrderActions(checked.mode, order).check(checked.operation);
        if (!report.hasErrors())
            report.merge(request.checkAgainst(order));
        return report;
    };
    return run(std::move(job));
}

PendingOperation *OperationRunner::collect(const CollectRequest &request)
{
    auto job = stateCheckedJob(Operation::Collect, request, &PayScoreEndpoints::collect);
    job->stateCheck = [](const OrderView &order, OperationJob &checked) {
        // The journal records what will be charged: the fresh paying_amount.
        if (order.collection && order.collection->payingAmount)
            checked.amountFen = order.collection->payingAmount->fen();
        return OrderActions(checked.mode, order).check(checked.operation);
    };
    return run(std::move(job));
}

PendingOperation *OperationRunner::run(std::unique_ptr<OperationJob> job)
{
    auto *operation = new PendingOperation(this, std::move(job));
    // Queued: finished() must never fire before the caller could connect to it.
    QTimer::singleShot(0, operation, [operation] { operation->start(); });
    return operation;
}

OperationResult OperationRunner::wait(PendingOperation *operation)
{
    if (!operation->isFinished()) {
        QEventLoop loop;
        connect(operation, &PendingOperation::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return operation->result();
}

OperationResult OperationRunner::invalidResult(
    Mode mode, Operation operation, const ValidationReport &report)
{
    OperationResult result;
    result.mode = mode;
    result.operation = operation;
    result.outcome = OperationResult::Outcome::Invalid;
    result.validation = report;
    const ValidationIssue first = report.firstError();
    result.error.code = QStringLiteral("INVALID_INPUT");
    result.error.message = first.message;
    result.error.field = first.pointer;
    result.error.issue = first.message;
    result.error.hint = PayScoreOperation::tr("Nothing was sent. Correct the field and try again.");
    return result;
}

} // namespace psc::payscore
