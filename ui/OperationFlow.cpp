#include "OperationFlow.h"

#include "CompletePage.h"
#include "ConfirmCompleteDialog.h"
#include "ConsoleContext.h"
#include "JournalPage.h"
#include "ModalAnswer.h"
#include "QueryPage.h"
#include "ResultsPane.h"
#include "SyncPage.h"

#include <journal/Journal.h>
#include <journal/PayScoreOrderLookup.h>
#include <journal/Reconciler.h>
#include <payscore/OperationRunner.h>
#include <payscore/PendingOperation.h>

#include <QTabWidget>

namespace psc::ui {

using payscore::Mode;

OperationFlow::OperationFlow(ConsoleContext &context, const Screens &screens, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_screens(screens)
    , m_dialogParent(dialogParent)
{
    connect(
        screens.sync, &SyncPage::syncRequested, this, [this](const payscore::SyncRequest &request) {
            if (isBusy() || !ensureSession())
                return;
            run(m_context.session()->runner(request.key.mode)->sync(request), request.key.mode,
                request.key.outOrderNo, m_screens.sync,
                tr("Syncing order %1…").arg(request.key.outOrderNo));
        });
    connect(screens.complete, &CompletePage::payAfterCompletionRequested, this,
        [this](const payscore::PayAfterCompletion &request) { sendComplete(request); });
    connect(screens.complete, &CompletePage::serviceOrderCompletionRequested, this,
        [this](const payscore::ServiceOrderCompletion &request) { sendComplete(request); });
    connect(screens.query, &QueryPage::queryRequested, this,
        [this](const payscore::OrderQuery &query) { sendQuery(query, false); });
    connect(screens.results, &ResultsPane::cancelRequested, this, &OperationFlow::stopWaiting);
    // "Query this order now": a write's outcome is unknown; a verified answer settles it.
    connect(screens.results, &ResultsPane::queryRequested, this,
        [this](Mode mode, const QString &outOrderNo) {
            m_screens.tabs->setCurrentWidget(m_screens.query);
            m_screens.query->setOrder(mode, outOrderNo);
            if (m_screens.query->checkBeforeSending())
                sendQuery(m_screens.query->query(), true);
        });
}

// The confirmation shows the request that will be sent, and that request is sent.
template<typename Completion> void OperationFlow::sendComplete(const Completion &request)
{
    if (isBusy() || !ensureSession())
        return;
    auto summary = ConfirmCompleteDialog::Summary::of(request);
    summary.profileName = m_context.session()->info().name;
    summary.environment = m_context.session()->info().environment;
    if (!ConfirmCompleteDialog::confirm(summary, m_dialogParent)) {
        emit statusMessage(tr("Complete not sent."), 5000);
        return;
    }
    run(m_context.session()->runner(request.key.mode)->complete(request), request.key.mode,
        request.key.outOrderNo, m_screens.complete,
        tr("Completing order %1…").arg(request.key.outOrderNo));
}

void OperationFlow::sendQuery(const payscore::OrderQuery &query, bool settlesJournal)
{
    if (isBusy() || !ensureSession())
        return;
    const QString number = query.key.outOrderNo.isEmpty() ? query.queryId : query.key.outOrderNo;
    run(m_context.session()->runner(query.key.mode)->query(query), query.key.mode,
        query.key.outOrderNo, m_screens.query, tr("Querying order %1…").arg(number),
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
    m_screens.results->showBusy(what);
    emit busyChanged(true);
    const QPointer<FormPage> page(source);
    connect(operation, &payscore::PendingOperation::finished, this,
        [this, operation, mode, outOrderNo, settlesJournal, page](
            const payscore::OperationResult &result) {
            operation->deleteLater();
            if (settlesJournal)
                settleJournal(result, mode, outOrderNo);
            if (operation != m_pending)
                return; // not the one on screen (a guard): the journal has its outcome
            m_pending = nullptr;
            emit busyChanged(false);
            m_screens.results->showResult(result, mode, outOrderNo);
            if (page)
                page->highlightFieldOf(result);
            m_screens.journal->refresh();
            emit finished(result);
        });
}

void OperationFlow::stopWaiting()
{
    // Aborts the request (and a follow-up query): the operation finishes from within cancel(),
    // and run()'s handler shows its outcome (unknown when the request may have left) at once.
    if (m_pending)
        m_pending->cancel();
}

void OperationFlow::detach()
{
    if (m_pending)
        m_pending->disconnect(this);
    m_pending = nullptr;
}

void OperationFlow::settleJournal(
    const payscore::OperationResult &result, Mode mode, const QString &outOrderNo)
{
    const journal::OrderFinding finding = journal::PayScoreOrderLookup::findingFor(result);
    journal::Journal *journal = m_context.journal().get();
    const session::MerchantSession *session = m_context.session();
    if (!journal || !session || finding.kind == journal::OrderFinding::Kind::Failed)
        return; // no verified answer: the writes stay unknown and blocked
    const payscore::OperationRunner *runner = session->runner(mode);
    const journal::Reconciliation reconciliation
        = journal::Reconciler::reconciliationFor(finding, runner->operatorName());
    int settled = 0;
    for (const journal::JournalEntry &entry : journal->outcomeUnknown()) {
        if (entry.write.profileName == runner->profileName()
            && entry.write.mode == payscore::modeName(mode) && entry.write.outOrderNo == outOrderNo
            && journal->recordReconciliation(entry.id, reconciliation))
            ++settled;
    }
    if (settled > 0)
        emit statusMessage(tr("Order %1: the unknown outcome is settled in the journal (%2).")
                               .arg(outOrderNo, reconciliation.orderState),
            10000);
}

} // namespace psc::ui
