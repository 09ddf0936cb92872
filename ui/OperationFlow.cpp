#include "OperationFlow.h"

#include "CompletePage.h"
#include "ConfirmWriteDialog.h"
#include "ConsoleContext.h"
#include "JournalPage.h"
#include "ModalAnswer.h"
#include "QueryPage.h"
#include "ResultsPane.h"
#include "SyncPage.h"
#include "TypedTime.h"
#include "WorkspacePage.h"

#include <apiv3/ApiClient.h>
#include <journal/Journal.h>
#include <journal/JournalFilter.h>
#include <journal/JournalWriteHook.h>
#include <journal/PayScoreOrderLookup.h>
#include <journal/Reconciler.h>
#include <payscore/OperationRunner.h>
#include <payscore/OrderActions.h>
#include <payscore/PendingOperation.h>
#include <refund/RefundLedger.h>
#include <refund/RefundNumber.h>
#include <refund/RefundRequest.h>
#include <refund/RefundablePayments.h>

#include <QShortcut>

namespace psc::ui {

using payscore::Mode;
using payscore::Operation;

namespace {

// One name for the three corrections, so that sendCorrection() is written once.
payscore::PendingOperation *start(
    payscore::OperationRunner *runner, const payscore::CancelRequest &request)
{
    return runner->cancel(request);
}
payscore::PendingOperation *start(
    payscore::OperationRunner *runner, const payscore::ModifyRequest &request)
{
    return runner->modify(request);
}
payscore::PendingOperation *start(
    payscore::OperationRunner *runner, const payscore::CollectRequest &request)
{
    return runner->collect(request);
}

// What will change, for the confirmation: figures from the request that will be sent and the
// order as the fresh query found it.
QList<ConfirmWriteDialog::Change> changesOf(
    const payscore::CancelRequest &request, const payscore::OrderView &)
{
    return { { QStringLiteral("change"), OperationFlow::tr("Will change:"),
                 OperationFlow::tr("The order will be cancelled (REVOKED); nothing is charged.") },
        { QStringLiteral("reason"), OperationFlow::tr("Reason the customer sees:"),
            request.reason.toHtmlEscaped() } };
}
QList<ConfirmWriteDialog::Change> changesOf(
    const payscore::ModifyRequest &request, const payscore::OrderView &order)
{
    const payscore::Money oldTotal = order.totalAmount.value_or(payscore::Money());
    const payscore::Money newTotal = request.totalAmount.value_or(payscore::Money());
    return {
        { QStringLiteral("oldTotal"), OperationFlow::tr("Current total:"), oldTotal.display() },
        { QStringLiteral("newTotal"), OperationFlow::tr("New total:"),
            QStringLiteral("<b>%1</b>").arg(newTotal.display()) },
        { QStringLiteral("difference"), OperationFlow::tr("Difference:"),
            (newTotal - oldTotal).display() },
        { QStringLiteral("lines"), OperationFlow::tr("Lines sent:"),
            OperationFlow::tr("fee lines: %1, discount lines: %2")
                .arg(request.postPayments.size())
                .arg(request.postDiscounts.size()) },
        { QStringLiteral("reason"), OperationFlow::tr("Reason:"), request.reason.toHtmlEscaped() }
    };
}
QList<ConfirmWriteDialog::Change> changesOf(
    const payscore::CollectRequest &, const payscore::OrderView &order)
{
    const std::optional<payscore::Money> paying
        = order.collection ? order.collection->payingAmount : std::nullopt;
    return { { QStringLiteral("charge"), OperationFlow::tr("Will be charged now:"),
        QStringLiteral("<b>%1</b>")
            .arg(paying ? paying->display() : OperationFlow::tr("unknown")) } };
}

payscore::ValidationReport checkAgainst(
    const payscore::CancelRequest &, const payscore::OrderView &)
{
    return {};
}
payscore::ValidationReport checkAgainst(
    const payscore::ModifyRequest &request, const payscore::OrderView &order)
{
    return request.checkAgainst(order);
}
payscore::ValidationReport checkAgainst(
    const payscore::CollectRequest &, const payscore::OrderView &)
{
    return {};
}

} // namespace

OperationFlow::OperationFlow(ConsoleContext &context, const Screens &screens, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_screens(screens)
    , m_dialogParent(dialogParent)
{
    // Esc anywhere in the window stops waiting.
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), dialogParent);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, &OperationFlow::stopWaiting);
    // "Query this refund now": the same refund number again, never a new refund.
    connect(screens.results, &ResultsPane::refundQueryRequested, this, &OperationFlow::queryRefund);
    connect(screens.results, &ResultsPane::cancelRequested, this, &OperationFlow::stopWaiting);
    // "Query this order now": a write's outcome is unknown; a verified answer settles it.
    connect(screens.results, &ResultsPane::queryRequested, this,
        [this](Mode mode, const QString &outOrderNo) {
            QueryPage *query = m_screens.showQuery();
            query->setOrder(mode, outOrderNo);
            if (query->checkBeforeSending())
                sendQuery(query->query(), true);
        });
}

void OperationFlow::attach(QWidget *page)
{
    if (auto *sync = qobject_cast<SyncPage *>(page)) {
        connect(sync, &SyncPage::syncRequested, this,
            [this, sync](const payscore::SyncRequest &request) {
                checkThenSend({ payscore::Operation::Sync, request.key, sync,
                    tr("Syncing order %1…").arg(request.key.outOrderNo),
                    [request](const payscore::OrderView &fresh) {
                        return ConfirmSummary::of(request, fresh);
                    },
                    [request](
                        payscore::OperationRunner &runner) { return runner.sync(request); } });
            });
    } else if (auto *complete = qobject_cast<CompletePage *>(page)) {
        m_complete = complete;
        connect(complete, &CompletePage::payAfterCompletionRequested, this,
            [this](const payscore::PayAfterCompletion &request) { sendComplete(request); });
        connect(complete, &CompletePage::serviceOrderCompletionRequested, this,
            [this](const payscore::ServiceOrderCompletion &request) { sendComplete(request); });
    } else if (auto *query = qobject_cast<QueryPage *>(page)) {
        m_query = query;
        connect(query, &QueryPage::queryRequested, this,
            [this](const payscore::OrderQuery &request) { sendQuery(request, false); });
    } else if (auto *journal = qobject_cast<JournalPage *>(page)) {
        m_journal = journal;
        // The journal page's reconciliation may have settled the unknown outcome on screen.
        connect(journal, &JournalPage::reconcileFinished, this, &OperationFlow::showSettled);
    } else if (auto *workspace = qobject_cast<WorkspacePage *>(page)) {
        m_workspace = workspace;
        connect(workspace, &WorkspacePage::cancelRequested, this,
            [this](const payscore::CancelRequest &request) {
                sendCorrection(Operation::Cancel, request);
            });
        connect(workspace, &WorkspacePage::modifyRequested, this,
            [this](const payscore::ModifyRequest &request) {
                sendCorrection(Operation::Modify, request);
            });
        connect(workspace, &WorkspacePage::collectRequested, this,
            [this](const payscore::CollectRequest &request) {
                sendCorrection(Operation::Collect, request);
            });
        connect(workspace, &WorkspacePage::refundRequested, this, &OperationFlow::sendRefund);
    }
}

// The confirmation shows the request that will be sent, and that request is sent.
template<typename Completion> void OperationFlow::sendComplete(const Completion &request)
{
    checkThenSend({ payscore::Operation::Complete, request.key, m_complete,
        tr("Completing order %1…").arg(request.key.outOrderNo),
        [request](const payscore::OrderView &fresh) {
            return ConfirmSummary::of(request).withOrder(fresh);
        },
        [request](payscore::OperationRunner &runner) { return runner.complete(request); } });
}

void OperationFlow::checkThenSend(const Write &write)
{
    if (isBusy() || !ensureSession())
        return;
    payscore::OrderQuery query;
    query.key = write.key;
    payscore::PendingOperation *check = m_context.session()->runner(write.key.mode)->query(query);
    m_pending = check;
    showBusy(tr("Checking order %1 before changing it…").arg(write.key.outOrderNo), write.key.mode);
    connect(check, &payscore::PendingOperation::finished, this,
        [this, check, write](const payscore::OperationResult &fresh) {
            check->deleteLater();
            if (check != m_pending)
                return; // stopped (Esc): nothing was sent
            m_pending = nullptr;
            emit busyChanged(false);
            afterStateCheck(write, fresh);
        });
}

void OperationFlow::afterStateCheck(const Write &write, const payscore::OperationResult &fresh)
{
    const Mode mode = write.key.mode;
    const QString &number = write.key.outOrderNo;
    if (!fresh.succeeded() || !fresh.order || !fresh.order->hasState()) {
        payscore::ValidationReport why;
        const QString reason = fresh.error.isEmpty() ? tr("the answer carried no order state")
            : fresh.error.message.isEmpty()          ? fresh.error.code
                                            : fresh.error.code + u' ' + fresh.error.message;
        why.addError(fresh.error.code == QLatin1String("ORDER_NOT_EXIST")
                ? QStringLiteral("/out_order_no")
                : QStringLiteral("/state"),
            tr("Order %1 could not be checked before the write (%2), so nothing was sent.")
                .arg(number, reason));
        refuse(write, fresh, why);
        return;
    }
    const payscore::OrderView &order = *fresh.order;
    if (write.operation == payscore::Operation::Sync && order.state == QLatin1String("DONE")) {
        present(ShownResult::nothingToDoAfter(fresh, mode, number,
                    tr("Order %1 is already paid — nothing to do. Nothing was sent.").arg(number)),
            write.source);
        return;
    }
    const payscore::ValidationReport allowed
        = payscore::OrderActions(mode, order).check(write.operation);
    if (allowed.hasErrors()) {
        refuse(write, fresh, allowed);
        return;
    }
    ConfirmSummary summary = write.summarize(order);
    summary.profileName = m_context.profileDisplayName();
    summary.environment = m_context.session()->info().environment;
    if (!confirm(summary)) {
        m_screens.results->clear();
        emit statusMessage(tr("Not sent: order %1 was left as it is.").arg(number), 5000);
        return;
    }
    run(write.send(*m_context.session()->runner(mode)), mode, number, write.source, write.what);
}

// Nothing was sent: the write is shown as refused, with the query that decided it.
void OperationFlow::refuse(const Write &write, const payscore::OperationResult &fresh,
    const payscore::ValidationReport &why)
{
    payscore::OperationResult refused
        = payscore::OperationRunner::invalidResult(write.key.mode, write.operation, why);
    if (why.firstError().pointer == QLatin1String("/state"))
        refused.error.code = QStringLiteral("INVALID_ORDER_STATE");
    refused.order = fresh.order;
    refused.stateCheck = std::make_shared<const payscore::OperationResult>(fresh);
    present(ShownResult::of(refused, write.key.mode, write.key.outOrderNo), write.source);
}

// Every answer reaches the screen here: the results pane renders it, the field it names is
// highlighted on the page that sent it, and the journal page shows what was recorded.
void OperationFlow::present(const ShownResult &shown, FormPage *source)
{
    m_screens.results->display(shown);
    if (source)
        source->highlightFieldOf(shown.result);
    if (m_journal)
        m_journal->refresh();
    emit finished(shown.result);
}

void OperationFlow::showBusy(const QString &what, Mode mode)
{
    if (const session::MerchantSession *session = m_context.session())
        if (const apiv3::ApiClient *client = session->client(mode))
            m_screens.results->setWaitLimit(client->config().transferTimeout);
    m_screens.results->showBusy(what);
    emit busyChanged(true);
}

bool OperationFlow::confirm(const ConfirmSummary &summary)
{
    m_screens.results->awaitConfirmation(summary.outOrderNo);
    return ConfirmWriteDialog::confirm(summary, m_dialogParent);
}

template<typename Request>
void OperationFlow::sendCorrection(Operation operation, const Request &request)
{
    if (isBusy() || !ensureSession())
        return;
    queryFresh(request.key, [this, operation, request](const payscore::OperationResult &result) {
        confirmAndSend(operation, request, result);
    });
}

void OperationFlow::queryFresh(const payscore::OrderKey &key,
    const std::function<void(const payscore::OperationResult &)> &then)
{
    // The confirmation shows the state as it is now, never as the panel last saw it.
    payscore::OrderQuery query;
    query.key = key;
    payscore::PendingOperation *fresh = m_context.session()->runner(key.mode)->query(query);
    m_pending = fresh;
    showBusy(tr("Checking the state of order %1…").arg(key.outOrderNo), key.mode);
    connect(fresh, &payscore::PendingOperation::finished, this,
        [this, fresh, then](const payscore::OperationResult &result) {
            fresh->deleteLater();
            if (fresh != m_pending)
                return;
            m_pending = nullptr;
            emit busyChanged(false);
            then(result);
        });
}

void OperationFlow::sendRefund(const refund::RefundInput &input)
{
    if (isBusy() || !ensureSession())
        return;
    queryFresh(input.key,
        [this, input](const payscore::OperationResult &result) { confirmRefund(input, result); });
}

// The refund rules against the fresh order and the journal's earlier refunds, then the
// figures to confirm: the payment it comes from, what was already refunded on it, the amount
// (large), what remains afterwards, the reason and the refund number that any resend reuses.
void OperationFlow::confirmRefund(refund::RefundInput input, const payscore::OperationResult &fresh)
{
    using payscore::Money;
    const Mode mode = input.key.mode;
    const QString number = input.key.outOrderNo;
    if (!fresh.succeeded() || !fresh.order || !m_context.session()) {
        present(ShownResult::of(fresh, mode, number), nullptr); // why the state is not known
        return;
    }
    const payscore::OrderView &order = *fresh.order;
    const payscore::OperationRunner *runner = m_context.session()->runner(mode);
    const journal::Journal *journal = m_context.journal().get();
    const refund::RefundLedger ledger = journal ? refund::RefundLedger::load(*journal,
                                            runner->profileName(), payscore::modeName(mode), number)
                                                : refund::RefundLedger();
    const refund::RefundablePayments payments(order, ledger);
    const std::optional<refund::RecordedRefund> earlier = ledger.resumable();
    payscore::ValidationReport check;
    std::optional<refund::RefundablePayment> payment;
    if (refund::RefundRequest::checkMode(check, mode) && earlier) {
        // An earlier refund's outcome is unknown: it is resumed as it was, never replaced.
        input.transactionId = earlier->transactionId;
        input.amount = earlier->amount;
        input.outRefundNo.clear();
        for (const refund::RefundablePayment &candidate : payments.payments())
            if (candidate.transactionId == earlier->transactionId)
                payment = candidate;
    } else if (!check.hasErrors()) {
        payments.checkOrder(check);
        if (!check.hasErrors())
            payment = payments.choose(check, input.transactionId);
        if (payment)
            refund::RefundablePayments::checkAmount(check, *payment, input.amount);
        input.outRefundNo = refund::RefundNumber::generate();
    }
    if (check.hasErrors()) {
        ModalAnswer::warning(m_dialogParent, tr("Not sent"),
            tr("Nothing was refunded on order %1: %2").arg(number, check.firstError().message));
        refreshWorkspace();
        return;
    }

    const Money amount = input.amount.value_or(Money());
    ConfirmWriteDialog::Summary summary;
    summary.operation = Operation::Refund;
    summary.outOrderNo = number;
    summary.mode = mode;
    summary.state = payscore::OrderActions::describeState(order).toHtmlEscaped();
    summary.changes.append({ QStringLiteral("payment"), tr("From payment (transaction):"),
        payment ? tr("%1 — #%2, paid %3 at %4")
                      .arg(payment->transactionId)
                      .arg(payment->seq)
                      .arg(payment->amount.display(), TypedTime::shown(payment->paidTime))
                : input.transactionId });
    if (payment)
        summary.changes.append({ QStringLiteral("refunded"), tr("Already refunded on it:"),
            payment->refunded.display() });
    summary.changes.append({ QStringLiteral("amount"), tr("Amount to refund:"),
        QStringLiteral("<span style='font-size:20pt'><b>%1</b></span>").arg(amount.display()) });
    if (payment)
        // A resumed refund is already counted in what was refunded.
        summary.changes.append({ QStringLiteral("remainingAfter"), tr("Left to refund afterwards:"),
            (earlier ? payment->remaining() : payment->remaining() - amount).display() });
    summary.changes.append({ QStringLiteral("reason"), tr("Reason the customer sees:"),
        input.reason.trimmed().toHtmlEscaped() });
    summary.changes.append({ QStringLiteral("refundNumber"), tr("Refund number:"),
        earlier ? tr("%1 — reused: its earlier outcome is unknown, so it is queried first and "
                     "sent again unchanged only if it never reached WeChat Pay")
                      .arg(earlier->outRefundNo)
                : tr("%1 — journaled before sending; a resend always reuses it")
                      .arg(input.outRefundNo) });
    summary.profileName = m_context.profileDisplayName();
    summary.environment = m_context.session()->info().environment;
    if (!confirm(summary)) {
        m_screens.results->clear();
        emit statusMessage(tr("Order %1: nothing refunded.").arg(number), 5000);
        return;
    }
    startRefundRunner(input.key);
    m_refunds->refund(input);
}

void OperationFlow::queryRefund(Mode mode, const QString &outRefundNo)
{
    if (isBusy() || !ensureSession() || outRefundNo.isEmpty())
        return;
    payscore::OrderKey key = m_refundKey;
    key.mode = mode;
    startRefundRunner(key);
    m_refunds->query(mode, outRefundNo, key.subMchid);
}

void OperationFlow::startRefundRunner(const payscore::OrderKey &key)
{
    if (m_refunds)
        m_refunds.release()->deleteLater(); // done: it may still be unwinding its signal
    journal::JournalWriteHook *hook = m_context.session()->journalHook();
    m_refunds = std::make_unique<refund::RefundRunner>(
        *m_context.session()->runner(key.mode), hook ? &hook->journal() : nullptr);
    m_refundKey = key;
    connect(m_refunds.get(), &refund::RefundRunner::stepChanged, m_screens.results,
        &ResultsPane::showBusy);
    connect(m_refunds.get(), &refund::RefundRunner::finished, this, &OperationFlow::showRefund);
    showBusy(tr("Refund for order %1…").arg(key.outOrderNo), key.mode);
}

void OperationFlow::showRefund(const refund::RefundOutcome &outcome)
{
    emit busyChanged(false);
    // The panel lists the order's refunds as the journal has them now.
    WorkspaceModel *model = m_workspace ? m_workspace->model() : nullptr;
    if (model && model->outOrderNo() == m_refundKey.outOrderNo && !m_refundKey.outOrderNo.isEmpty())
        model->refresh();
    present(ShownResult::of(outcome, m_refundKey.mode, m_refundKey.outOrderNo), nullptr);
}

template<typename Request>
void OperationFlow::confirmAndSend(
    Operation operation, const Request &request, const payscore::OperationResult &fresh)
{
    const Mode mode = request.key.mode;
    const QString number = request.key.outOrderNo;
    if (!fresh.succeeded() || !fresh.order || !m_context.session()) {
        present(ShownResult::of(fresh, mode, number), nullptr); // why the state is not known
        return;
    }
    const payscore::OrderView &order = *fresh.order;
    payscore::ValidationReport check = payscore::OrderActions(mode, order).check(operation);
    check.merge(checkAgainst(request, order));
    if (check.hasErrors()) {
        ModalAnswer::warning(m_dialogParent, tr("Not sent"),
            tr("Order %1 was not changed: %2").arg(number, check.firstError().message));
        m_screens.results->clear(); // the state check is over: nothing is on its way
        refreshWorkspace();
        return;
    }
    ConfirmWriteDialog::Summary summary;
    summary.operation = operation;
    summary.outOrderNo = number;
    summary.mode = mode;
    summary.state = payscore::OrderActions::describeState(order).toHtmlEscaped();
    summary.changes = changesOf(request, order);
    summary.profileName = m_context.profileDisplayName();
    summary.environment = m_context.session()->info().environment;
    if (!confirm(summary)) {
        m_screens.results->clear(); // nothing is on its way
        emit statusMessage(tr("Order %1: nothing sent.").arg(number), 5000);
        return;
    }
    payscore::PendingOperation *write = start(m_context.session()->runner(mode), request);
    run(write, mode, number, nullptr,
        tr("Sending %1 for order %2…").arg(payscore::OrderActions::label(operation), number));
    // The panel shows the order as a new query finds it (the state the write left).
    connect(write, &payscore::PendingOperation::finished, this, &OperationFlow::refreshWorkspace);
}

void OperationFlow::sendQuery(const payscore::OrderQuery &query, bool settlesJournal)
{
    if (isBusy() || !ensureSession())
        return;
    const QString number = query.key.outOrderNo.isEmpty() ? query.queryId : query.key.outOrderNo;
    run(m_context.session()->runner(query.key.mode)->query(query), query.key.mode,
        query.key.outOrderNo, m_query, tr("Querying order %1…").arg(number),
        settlesJournal && !query.key.outOrderNo.isEmpty());
}

bool OperationFlow::ensureSession()
{
    if (m_context.session())
        return true;
    m_screens.results->clear();
    ModalAnswer::warning(m_dialogParent, tr("No profile"),
        tr("Choose a merchant profile first (File → Open profile file…, or New merchant profile…).")
            + u'\n' + m_context.sandboxError());
    return false;
}

void OperationFlow::run(payscore::PendingOperation *operation, Mode mode, const QString &outOrderNo,
    FormPage *source, const QString &what, bool settlesJournal)
{
    m_pending = operation;
    showBusy(what, mode);
    const QPointer<FormPage> page(source);
    connect(operation, &payscore::PendingOperation::finished, this,
        [this, operation, mode, outOrderNo, settlesJournal, page](
            const payscore::OperationResult &result) {
            operation->deleteLater();
            ShownResult shown = ShownResult::of(result, mode, outOrderNo);
            if (settlesJournal)
                if (const auto settled = settleJournal(result, mode, outOrderNo))
                    shown = shown.settledBy(settled->first, settled->second);
            if (operation != m_pending)
                return; // not the one on screen (a guard): the journal has its outcome
            m_pending = nullptr;
            emit busyChanged(false);
            present(shown, page);
        });
}

void OperationFlow::stopWaiting()
{
    // Aborts the request (and a follow-up query): the operation finishes from within cancel(),
    // and run()'s handler shows its outcome (unknown when the request may have left) at once.
    if (m_pending)
        m_pending->cancel();
    else if (m_refunds && m_refunds->isBusy())
        m_refunds->cancel();
}

void OperationFlow::refreshWorkspace()
{
    if (m_workspace)
        m_workspace->model()->refresh();
}

void OperationFlow::detach()
{
    if (m_pending)
        m_pending->disconnect(this);
    m_pending = nullptr;
    if (m_refunds)
        m_refunds->disconnect(this);
}

std::optional<std::pair<Operation, QString>> OperationFlow::settleJournal(
    const payscore::OperationResult &result, Mode mode, const QString &outOrderNo)
{
    const journal::OrderFinding finding = journal::PayScoreOrderLookup::findingFor(result);
    journal::Journal *journal = m_context.journal().get();
    const session::MerchantSession *session = m_context.session();
    if (!journal || !session || finding.kind == journal::OrderFinding::Kind::Failed)
        return std::nullopt; // no verified answer: the writes stay unknown and blocked
    const payscore::OperationRunner *runner = session->runner(mode);
    const journal::Reconciliation reconciliation
        = journal::Reconciler::reconciliationFor(finding, runner->operatorName());
    int settled = 0;
    std::optional<std::pair<Operation, QString>> what;
    for (const journal::JournalEntry &entry : journal->outcomeUnknown()) {
        if (entry.write.profileName == runner->profileName()
            && entry.write.mode == payscore::modeName(mode) && entry.write.outOrderNo == outOrderNo
            && journal->recordReconciliation(entry.id, reconciliation)) {
            ++settled;
            if (const auto operation = payscore::operationFromName(entry.write.operation))
                what = { *operation, reconciliation.orderState };
        }
    }
    if (settled > 0)
        emit statusMessage(tr("Order %1: the unknown outcome is settled in the journal (%2).")
                               .arg(outOrderNo, reconciliation.orderState),
            10000);
    return what;
}

void OperationFlow::showSettled()
{
    const ShownResult *shown = m_screens.results->shown();
    journal::Journal *journal = m_context.journal().get();
    const session::MerchantSession *session = m_context.session();
    if (!shown || !shown->awaitsQuery() || !journal || !session)
        return;
    journal::JournalFilter filter;
    filter.outOrderNo = shown->outOrderNo;
    filter.profileName = session->runner(shown->mode)->profileName();
    // Newest first: the reconciliation of this order's latest write in this mode.
    for (const journal::JournalEntry &entry : journal->entries(filter)) {
        if (entry.write.mode != payscore::modeName(shown->mode))
            continue;
        const auto operation = payscore::operationFromName(entry.write.operation);
        if (entry.reconciliation && operation)
            m_screens.results->settle(
                shown->mode, shown->outOrderNo, *operation, entry.reconciliation->orderState);
        return;
    }
}

} // namespace psc::ui
