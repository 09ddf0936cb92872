#include "RefundRunner.h"

#include "RefundJobs.h"
#include "RefundNumber.h"
#include "RefundTexts.h"

#include <journal/Journal.h>
#include <journal/OperatorIdentity.h>
#include <payscore/FieldRules.h>
#include <payscore/OperationRunner.h>
#include <payscore/OrderQuery.h>
#include <payscore/PendingOperation.h>

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace psc::refund {

using payscore::Operation;
using payscore::OperationResult;

namespace {

const QString kNotFound = QStringLiteral("RESOURCE_NOT_EXISTS");

bool isNotFound(const OperationResult &result)
{
    return result.outcome == OperationResult::Outcome::Rejected && result.error.code == kNotFound;
}

} // namespace

RefundRunner::RefundRunner(
    payscore::OperationRunner &runner, journal::Journal *journal, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_journal(journal)
{
    qRegisterMetaType<psc::refund::RefundOutcome>();
}

RefundRunner::~RefundRunner() = default;

void RefundRunner::refund(const RefundInput &input)
{
    if (m_busy)
        return;
    m_busy = true;
    m_input = input;
    m_outcome = RefundOutcome();
    m_outcome.outRefundNo = input.outRefundNo;

    // What can be judged without the order is judged before anything is sent, even the query.
    payscore::ValidationReport report;
    RefundRequest::checkMode(report, input.key.mode);
    payscore::rules::checkOutOrderNo(report, QStringLiteral("/out_order_no"), input.key.outOrderNo);
    payscore::rules::checkText(report, QStringLiteral("/reason"), input.reason.trimmed(),
        RefundRequest::kReasonMaxLength, true);
    if (!input.amount || input.amount->fen() <= 0) // missing or not positive
        RefundablePayments::checkAmount(report, RefundablePayment(), input.amount);
    if (!input.outRefundNo.isEmpty())
        RefundNumber::check(report, QStringLiteral("/out_refund_no"), input.outRefundNo);
    if (report.hasErrors()) {
        QTimer::singleShot(0, this, [this, report] { finishInvalid(report); });
        return;
    }

    emit stepChanged(RefundRules::tr("Reading order %1…").arg(input.key.outOrderNo));
    payscore::OrderQuery query;
    query.key = input.key;
    await(m_runner.query(query), [this](const OperationResult &result) { onOrder(result); });
}

template<typename Handler>
void RefundRunner::await(payscore::PendingOperation *operation, Handler handler)
{
    m_inFlight = operation;
    connect(operation, &payscore::PendingOperation::finished, this,
        [this, operation, handler](const OperationResult &result) {
            operation->deleteLater();
            m_inFlight = nullptr;
            handler(result);
        });
}

void RefundRunner::cancel()
{
    if (m_inFlight)
        m_inFlight->cancel();
}

void RefundRunner::onOrder(const OperationResult &result)
{
    if (!result.succeeded() || !result.order) {
        OperationResult stopped = result;
        stopped.operation = Operation::Refund;
        // The refund itself was never sent: a query that went unanswered (or answered without
        // an order) leaves nothing unknown about it, so it is not reported as `unknown`.
        if (stopped.outcome == OperationResult::Outcome::Unknown
            || stopped.outcome == OperationResult::Outcome::Succeeded)
            stopped.outcome = OperationResult::Outcome::ConfigError;
        stopped.warnings.prepend(RefundRules::tr(
            "Nothing was refunded: the order could not be read, so the refund was not sent."));
        finishWith(stopped);
        return;
    }
    m_outcome.order = result.order;
    const RefundLedger ledger = m_journal ? RefundLedger::load(*m_journal, m_runner.profileName(),
                                    payscore::modeName(m_input.key.mode), m_input.key.outOrderNo)
                                          : RefundLedger();
    const RefundablePayments payments(*result.order, ledger);
    m_outcome.payments = payments.payments();
    if (const auto earlier = ledger.resumable()) {
        resume(*earlier);
        return;
    }
    sendNew(payments);
}

void RefundRunner::resume(const RecordedRefund &earlier)
{
    m_outcome.outRefundNo = earlier.outRefundNo;
    m_outcome.reusedNumber = true;
    if (!m_input.outRefundNo.isEmpty() && m_input.outRefundNo != earlier.outRefundNo) {
        payscore::ValidationReport report;
        report.addError(QStringLiteral("/out_refund_no"),
            RefundRules::tr("Refund %1 of this order (journal entry %2) has an unknown outcome: "
                            "a new refund number would risk refunding twice. Run the refund "
                            "again without a number (it resumes %1), or query %1 first.")
                .arg(earlier.outRefundNo)
                .arg(earlier.entryId));
        finishInvalid(report);
        return;
    }
    if (earlier.neverArrived) { // already known: it has to go again, unchanged
        resend(earlier);
        return;
    }
    emit stepChanged(
        RefundRules::tr("Querying refund %1, whose outcome is unknown…").arg(earlier.outRefundNo));
    await(startQuery(m_input.key.mode, earlier.outRefundNo, m_input.key.subMchid),
        [this, earlier](const OperationResult &result) { onEarlierQueried(earlier, result); });
}

void RefundRunner::onEarlierQueried(const RecordedRefund &earlier, const OperationResult &result)
{
    settle(earlier.entryId, result);
    if (result.succeeded()) {
        // WeChat Pay has it: that refund is the answer, nothing is sent again.
        OperationResult found = result;
        found.warnings.prepend(
            RefundRules::tr("Refund %1 (journal entry %2) had an unknown outcome; the query "
                            "shows it reached WeChat Pay. Nothing was sent again.")
                .arg(earlier.outRefundNo)
                .arg(earlier.entryId));
        finishWith(found);
        return;
    }
    if (!isNotFound(result)) {
        OperationResult still = result;
        still.warnings.prepend(
            RefundRules::tr("Refund %1 (journal entry %2) still has an unknown outcome and was "
                            "not sent again. Query it later; a resend will reuse this number.")
                .arg(earlier.outRefundNo)
                .arg(earlier.entryId));
        if (still.outcome != OperationResult::Outcome::ConfigError)
            still.outcome = OperationResult::Outcome::Unknown;
        finishWith(still);
        return;
    }

    resend(earlier);
}

void RefundRunner::resend(const RecordedRefund &earlier)
{
    // It never arrived: send exactly the journaled request again, with the same number.
    auto request = RefundRequest::fromJson(QJsonDocument::fromJson(earlier.requestBody).object());
    payscore::ValidationReport report;
    if (!request) {
        report.addError(QStringLiteral("/out_refund_no"),
            RefundRules::tr("The journal entry %1 of refund %2 cannot be read back.")
                .arg(earlier.entryId)
                .arg(earlier.outRefundNo));
        finishInvalid(report);
        return;
    }
    request->mode = m_input.key.mode;
    request->outOrderNo = m_input.key.outOrderNo;
    // The operator asked for a refund; the resend is the earlier one, unchanged. Different
    // figures would make WeChat Pay refuse the number (INVALID_REQUEST) — say so instead.
    if (m_input.amount && *m_input.amount != request->refund.value_or(payscore::Money())) {
        report.addError(QStringLiteral("/amount/refund"),
            RefundRules::tr("Refund %1 of %2, whose outcome was unknown, never reached WeChat "
                            "Pay. It must be sent again unchanged, with the same number: ask for "
                            "%2, then refund the difference separately.")
                .arg(earlier.outRefundNo, request->refund.value_or(payscore::Money()).display()));
    }
    if (!m_input.transactionId.isEmpty() && m_input.transactionId != request->transactionId) {
        report.addError(QStringLiteral("/transaction_id"),
            RefundRules::tr("Refund %1, whose outcome was unknown, is for payment %2: it must be "
                            "sent again unchanged before another payment is refunded.")
                .arg(earlier.outRefundNo, request->transactionId));
    }
    if (report.hasErrors()) {
        finishInvalid(report);
        return;
    }
    m_outcome.resent = true;
    report.addWarning(QStringLiteral("/out_refund_no"),
        RefundRules::tr("Refund %1 never reached WeChat Pay: it is sent again with the same "
                        "number.")
            .arg(earlier.outRefundNo));
    send(*request, report);
}

void RefundRunner::sendNew(const RefundablePayments &payments)
{
    payscore::ValidationReport report;
    payments.checkOrder(report);
    std::optional<RefundablePayment> payment;
    if (!report.hasErrors())
        payment = payments.choose(report, m_input.transactionId);
    if (payment)
        RefundablePayments::checkAmount(report, *payment, m_input.amount);
    if (report.hasErrors()) {
        finishInvalid(report);
        return;
    }
    RefundRequest request;
    request.mode = m_input.key.mode;
    request.outOrderNo = m_input.key.outOrderNo;
    request.subMchid = m_input.key.subMchid;
    request.transactionId = payment->transactionId;
    request.outRefundNo = m_input.outRefundNo.isEmpty() ? RefundNumber::generate(m_runner.clock()())
                                                        : m_input.outRefundNo;
    request.reason = m_input.reason;
    request.refund = m_input.amount;
    request.total = payment->amount;
    send(request, report);
}

void RefundRunner::send(const RefundRequest &request, const payscore::ValidationReport &report)
{
    m_outcome.outRefundNo = request.outRefundNo;
    emit stepChanged(
        RefundRules::tr("Sending refund %1 of %2…")
            .arg(request.outRefundNo, request.refund.value_or(payscore::Money()).display()));
    await(m_runner.run(RefundJobs::refund(request, report)),
        [this](const OperationResult &result) { finishWith(result); });
}

void RefundRunner::query(payscore::Mode mode, const QString &outRefundNo, const QString &subMchid)
{
    if (m_busy)
        return;
    m_busy = true;
    m_input = RefundInput();
    m_input.key.mode = mode;
    m_outcome = RefundOutcome();
    m_outcome.outRefundNo = outRefundNo;
    emit stepChanged(RefundRules::tr("Querying refund %1…").arg(outRefundNo));
    await(startQuery(mode, outRefundNo, subMchid),
        [this, outRefundNo](const OperationResult &result) {
            if (m_journal) {
                if (const auto earlier = RefundLedger::unsettledByNumber(*m_journal, outRefundNo)) {
                    m_outcome.reusedNumber = true;
                    settle(earlier->entryId, result);
                }
            }
            finishWith(result);
        });
}

payscore::PendingOperation *RefundRunner::startQuery(
    payscore::Mode mode, const QString &outRefundNo, const QString &subMchid)
{
    return m_runner.run(RefundJobs::query(mode, outRefundNo, subMchid));
}

void RefundRunner::settle(qint64 entryId, const OperationResult &query)
{
    if (!m_journal || (!query.succeeded() && !isNotFound(query)))
        return; // no verified finding: the entry stays unknown
    const RefundView view = RefundView::fromJson(query.response);
    journal::Reconciliation reconciliation;
    reconciliation.kind = journal::ReconciliationKind::Query;
    reconciliation.operatorName = m_runner.operatorName().isEmpty()
        ? journal::OperatorIdentity::session().name()
        : m_runner.operatorName();
    if (query.succeeded()) {
        reconciliation.orderState = view.status;
        reconciliation.orderId = view.refundId;
        reconciliation.note = RefundRules::tr("Refund query: %1 (%2).")
                                  .arg(view.status, RefundView::statusText(view.status));
    } else {
        reconciliation.orderState = kNotFound;
        reconciliation.note = RefundRules::tr(
            "Refund query: no such refund; it never reached WeChat Pay and may be sent again "
            "with the same number.");
    }
    if (!m_journal->recordReconciliation(entryId, reconciliation))
        qWarning("refund: could not settle journal entry %lld: %s", entryId,
            qPrintable(m_journal->lastError()));
}

void RefundRunner::finishInvalid(const payscore::ValidationReport &report)
{
    finishWith(
        payscore::OperationRunner::invalidResult(m_input.key.mode, Operation::Refund, report));
}

void RefundRunner::finishWith(OperationResult result)
{
    if (result.hasResponse && payscore::isRefundOperation(result.operation)
        && (result.succeeded() || !result.response.contains(QStringLiteral("code")))) {
        const RefundView view = RefundView::fromJson(result.response);
        if (!view.isEmpty())
            m_outcome.refund = view;
    }
    m_outcome.result = std::move(result);
    m_busy = false;
    emit finished(m_outcome);
}

RefundOutcome RefundRunner::waitFor()
{
    RefundOutcome done;
    QEventLoop loop;
    const auto connection = connect(
        this, &RefundRunner::finished, &loop, [&loop, &done](const RefundOutcome &outcome) {
            done = outcome;
            loop.quit();
        });
    loop.exec();
    disconnect(connection);
    return done;
}

RefundOutcome RefundRunner::refundAndWait(const RefundInput &input)
{
    if (m_busy)
        return {};
    // Connected before starting: finished() is always queued after refund() returns.
    refund(input);
    return waitFor();
}

RefundOutcome RefundRunner::queryAndWait(
    payscore::Mode mode, const QString &outRefundNo, const QString &subMchid)
{
    if (m_busy)
        return {};
    query(mode, outRefundNo, subMchid);
    return waitFor();
}

} // namespace psc::refund
