#pragma once

#include <payscore/Mode.h>
#include <payscore/OperationResult.h>
#include <payscore/OrderQuery.h>
#include <refund/RefundRunner.h>

#include "ConfirmWriteDialog.h"
#include "ShownResult.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QWidget;

namespace psc::payscore {
class OperationRunner;
class PendingOperation;
} // namespace psc::payscore

namespace psc::ui {

using ConfirmSummary = ConfirmWriteDialog::Summary;

class CompletePage;
class ConsoleContext;
class FormPage;
class JournalPage;
class QueryPage;
class ResultsPane;
class SyncPage;
class WorkspacePage;

// Sending, for every screen: each page's request goes to the open session's runner, one at a
// time. A write is never sent straight away: the order is queried first, its fresh state is
// judged (OrderActions: a write the state does not allow is refused with the reason, nothing
// sent) and the operator confirms what will change (ConfirmWriteDialog);
// the result goes to the results pane, the field it names is highlighted on the page that
// sent it, and the journal page is refreshed. A query made because a write's outcome is
// unknown ("Query this order now") settles the journal when its answer is verified.
// Refunds take the same path (fresh query, the refund rules against the journal's earlier
// refunds, confirmation) and are sent by refund::RefundRunner, as payscore-cli refund does:
// journaled before they leave, an unknown one resumed under its own number.
class OperationFlow : public QObject {
    Q_OBJECT
public:
    struct Screens {
        ResultsPane *results = nullptr;
        // Brings the Query page forward (built on first use), for "Query this order now".
        std::function<QueryPage *()> showQuery;
    };
    // `dialogParent`: the window the confirmation and warnings belong to.
    OperationFlow(ConsoleContext &context, const Screens &screens, QWidget *dialogParent);
    // A screen as it is built (the main window builds each on first use): its requests are
    // sent from now on. The sync, complete and query forms; the workspace (cancel, modify,
    // collect, refund; refreshed after a write); the journal page (refreshed after every answer).
    void attach(QWidget *page);

    // One write as a screen hands it over: which order, which operation, how to describe it
    // once the order's fresh state is known, and how to send it once confirmed.
    struct Write {
        payscore::Operation operation = payscore::Operation::Sync;
        payscore::OrderKey key;
        FormPage *source = nullptr; // its field is highlighted when the result names one
        QString what; // "Syncing order X…"
        std::function<ConfirmSummary(const payscore::OrderView &fresh)> summarize;
        std::function<payscore::PendingOperation *(payscore::OperationRunner &runner)> send;
    };
    // Query → state check → confirmation → send. Any screen's write goes through here.
    void checkThenSend(const Write &write);

    bool isBusy() const { return !m_pending.isNull() || (m_refunds && m_refunds->isBusy()); }
    // Esc: aborts the request in flight; the outcome becomes unknown if it may have left.
    void stopWaiting();
    // Ends with the window: a request still in flight reports to nobody.
    void detach();

signals:
    void busyChanged(bool busy);
    void finished(const psc::payscore::OperationResult &result);
    void statusMessage(const QString &message, int timeoutMs);

private:
    template<typename Completion> void sendComplete(const Completion &request);
    void afterStateCheck(const Write &write, const payscore::OperationResult &fresh);
    void refuse(const Write &write, const payscore::OperationResult &fresh,
        const payscore::ValidationReport &why);
    void sendQuery(const payscore::OrderQuery &query, bool settlesJournal);
    // The workspace's corrections: a fresh query, the state check (payscore::OrderActions),
    // a confirmation of what will change, then the journaled write; the workspace shows the
    // order again afterwards.
    template<typename Request>
    void sendCorrection(payscore::Operation operation, const Request &request);
    template<typename Request>
    void confirmAndSend(payscore::Operation operation, const Request &request,
        const payscore::OperationResult &fresh);
    // Refunds: fresh query → rules → confirmation → RefundRunner; "query this refund".
    void sendRefund(const refund::RefundInput &input);
    void confirmRefund(refund::RefundInput input, const payscore::OperationResult &fresh);
    void queryRefund(payscore::Mode mode, const QString &outRefundNo);
    void startRefundRunner(const payscore::OrderKey &key);
    void showRefund(const refund::RefundOutcome &outcome);
    // The order queried afresh (busy meanwhile; Esc drops it), then `then` with the answer.
    void queryFresh(const payscore::OrderKey &key,
        const std::function<void(const payscore::OperationResult &)> &then);
    bool ensureSession();
    void showBusy(const QString &what, payscore::Mode mode);
    // The confirmation before a write, with the results pane saying that nothing has been sent
    // while it waits for the operator (not "sending…" with a countdown). True: confirmed.
    bool confirm(const ConfirmSummary &summary);
    void present(const ShownResult &shown, FormPage *source);
    void run(payscore::PendingOperation *operation, payscore::Mode mode, const QString &outOrderNo,
        FormPage *source, const QString &what, bool settlesJournal = false);
    // Records a verified query's finding on the order's unknown writes; which write it
    // settled and the order state found, when it settled one.
    std::optional<std::pair<payscore::Operation, QString>> settleJournal(
        const payscore::OperationResult &result, payscore::Mode mode, const QString &outOrderNo);
    // After the journal page's reconciliation: the unknown outcome on screen, if it settled.
    void showSettled();
    void refreshWorkspace();

    ConsoleContext &m_context;
    Screens m_screens;
    // The screens built so far (null until then).
    CompletePage *m_complete = nullptr;
    QueryPage *m_query = nullptr;
    JournalPage *m_journal = nullptr;
    WorkspacePage *m_workspace = nullptr;
    QWidget *m_dialogParent;
    QPointer<payscore::PendingOperation> m_pending;
    std::unique_ptr<refund::RefundRunner> m_refunds; // the refund on its way, or the last one
    payscore::OrderKey m_refundKey; // the order (and sub_mchid) of the refund on screen
};

} // namespace psc::ui
