#pragma once

#include <payscore/Mode.h>
#include <payscore/OperationResult.h>
#include <payscore/OrderQuery.h>

#include <QObject>
#include <QPointer>

class QTabWidget;
class QWidget;

namespace psc::payscore {
class PendingOperation;
}

namespace psc::ui {

class CompletePage;
class ConsoleContext;
class FormPage;
class JournalPage;
class QueryPage;
class ResultsPane;
class SyncPage;

// Sending, for every screen: each page's request goes to the open session's runner (a
// complete only after the operator confirmed the request that will be sent), one at a time;
// the result goes to the results pane, the field it names is highlighted on the page that
// sent it, and the journal page is refreshed. A query made because a write's outcome is
// unknown ("Query this order now") settles the journal when its answer is verified.
class OperationFlow : public QObject {
    Q_OBJECT
public:
    struct Screens {
        SyncPage *sync = nullptr;
        CompletePage *complete = nullptr;
        QueryPage *query = nullptr;
        JournalPage *journal = nullptr;
        ResultsPane *results = nullptr;
        QTabWidget *tabs = nullptr; // to bring the Query page forward
    };
    // `dialogParent`: the window the confirmation and warnings belong to.
    OperationFlow(ConsoleContext &context, const Screens &screens, QWidget *dialogParent);

    bool isBusy() const { return !m_pending.isNull(); }
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
    void sendQuery(const payscore::OrderQuery &query, bool settlesJournal);
    bool ensureSession();
    void run(payscore::PendingOperation *operation, payscore::Mode mode, const QString &outOrderNo,
        FormPage *source, const QString &what, bool settlesJournal = false);
    void settleJournal(
        const payscore::OperationResult &result, payscore::Mode mode, const QString &outOrderNo);

    ConsoleContext &m_context;
    Screens m_screens;
    QWidget *m_dialogParent;
    QPointer<payscore::PendingOperation> m_pending;
};

} // namespace psc::ui
