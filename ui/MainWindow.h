#pragma once

#include "ConsoleSession.h"

#include <payscore/Mode.h>
#include <payscore/OperationResult.h>

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}
namespace psc::journal {
class Journal;
class OrderLookup;
} // namespace psc::journal
namespace psc::payscore {
class PendingOperation;
}
namespace psc::sandbox {
class Sandbox;
}

namespace psc::ui {

class CompletePage;
class JournalPage;
class LanguageSwitcher;
class QueryPage;
class JournalConnection;
class ResultsPane;
class SyncPage;

// PayScore Console / 支付分订单运营台: the profile bar with its environment badge, the screens
// (Sync, Complete, Query, Journal) and the results pane beside them.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        QString dataDir; // sandbox folder, profiles; default: the platform's app-data folder
        QString journalPath; // default: JournalConnection::locationFor()
        QString language; // "zh_CN" / "en"; default: the system's
        bool startSandbox = true; // serve the built-in Sandbox profile in-process
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a profile file and makes it current (added to the selector if new).
    bool openProfile(const QString &path);
    QString lastError() const { return m_lastError; }
    const ConsoleSession *session() const { return m_session.get(); }
    sandbox::Sandbox *sandbox() const { return m_sandbox.get(); }

    void setLanguage(const QString &language);
    QString language() const;

    bool isBusy() const { return !m_pending.isNull(); }
    // Esc: aborts the request in flight; the outcome becomes unknown if it may have left.
    void stopWaiting();

    SyncPage *syncPage() const { return m_sync; }
    CompletePage *completePage() const { return m_complete; }
    QueryPage *queryPage() const { return m_query; }
    JournalPage *journalPage() const { return m_journalPage; }
    ResultsPane *resultsPane() const { return m_results; }
    Ui::MainWindow *form() const { return m_ui.get(); }

signals:
    void operationFinished(const psc::payscore::OperationResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpScreens();
    void setUpMenus();
    void openJournal(const QString &location);
    void showJournalReachability();
    void editJournalSettings();
    void startSandbox();
    void reopenLastProfile(const QString &path);
    QString profilesDir() const;
    bool isBuiltInSandbox() const;
    void listSavedProfiles();
    void editProfile(bool createNew);
    void refreshProfileBar();
    void submitSync();
    void submitComplete();
    void submitQuery(bool settlesJournal = false);
    void queryOrder(payscore::Mode mode, const QString &outOrderNo);
    void run(payscore::PendingOperation *operation, payscore::Mode mode, const QString &outOrderNo,
        QWidget *source, const QString &what, bool settlesJournal = false);
    // Records a verified query answer as the reconciliation of the order's unsettled writes.
    void settleJournal(
        const payscore::OperationResult &result, payscore::Mode mode, const QString &outOrderNo);
    void setBusy(bool busy);
    void retranslate();
    bool ensureSession();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Options m_options;
    QNetworkAccessManager *m_network;
    LanguageSwitcher *m_language;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::shared_ptr<journal::Journal> m_journal;
    JournalConnection *m_journalConnection = nullptr;
    std::unique_ptr<journal::OrderLookup> m_orderLookup;
    std::unique_ptr<ConsoleSession> m_session;
    SyncPage *m_sync = nullptr;
    CompletePage *m_complete = nullptr;
    QueryPage *m_query = nullptr;
    JournalPage *m_journalPage = nullptr;
    ResultsPane *m_results = nullptr;
    QPointer<payscore::PendingOperation> m_pending;
    QPointer<QWidget> m_lastSource;
    QString m_lastError;
    QString m_sandboxError;
    int m_unknownCount = 0; // journal entries whose outcome is unknown (tab badge)
};

} // namespace psc::ui
