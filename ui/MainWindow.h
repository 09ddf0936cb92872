#pragma once

#include <payscore/Mode.h>
#include <payscore/OperationResult.h>

#include <QMainWindow>

#include <memory>

class QAction;

namespace Ui {
class MainWindow;
}

namespace psc::ui {

class BatchPage;
class CompletePage;
class ConsoleContext;
class FormPage;
class JournalPage;
class LanguageSwitcher;
class OperationFlow;
class ProfileActions;
class ProfileBar;
class QueryPage;
class ResultsPane;
class SyncPage;
class WorkspacePage;

// PayScore Console / 支付分订单运营台: lays out the profile bar with its environment badge, the
// screens (the order workspace first, then Sync, Complete, Query, Journal), the results pane beside
// them and the menus. What the screens work with comes from the ConsoleContext; sending goes
// through an OperationFlow.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `language`: "zh_CN" / "en"; empty: the one chosen last, else the system's.
    explicit MainWindow(
        ConsoleContext &context, const QString &language = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Call once the window is shown: opens the journal and the last profile, and starts the
    // sandbox in the background (see ConsoleContext::start).
    void start();

    // Makes a profile file current (added to the selector if new); refused while busy.
    bool openProfile(const QString &path);
    QString lastError() const;
    ConsoleContext *context() const { return &m_context; }

    void setLanguage(const QString &language);
    QString language() const;

    bool isBusy() const;
    void stopWaiting(); // Esc

    WorkspacePage *workspacePage() const { return m_workspace; }
    SyncPage *syncPage() const { return m_sync; }
    CompletePage *completePage() const { return m_complete; }
    QueryPage *queryPage() const { return m_query; }
    JournalPage *journalPage() const { return m_journalPage; }
    BatchPage *batchPage() const { return m_batch; }
    ResultsPane *resultsPane() const { return m_results; }
    Ui::MainWindow *form() const { return m_ui.get(); }

signals:
    void operationFinished(const psc::payscore::OperationResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpScreens();
    void setUpSending();
    void nameSendKey();
    void setUpMenus();
    // The workspace hands sync and complete over to their own screens, pre-filled.
    void connectWorkspace();
    // After the journal was opened or reopened: the Journal page, and unknown outcomes first.
    void showJournal();
    void showJournalReachability();
    void sessionChanged();
    void refreshProfileBar();
    void updateSendingEnabled();
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConsoleContext &m_context;
    OperationFlow *m_flow = nullptr;
    QAction *m_decryptNotification = nullptr; // File → Decrypt a notification…
    ProfileBar *m_profileBar = nullptr;
    LanguageSwitcher *m_language;
    ProfileActions *m_profileActions;
    WorkspacePage *m_workspace = nullptr;
    SyncPage *m_sync = nullptr;
    CompletePage *m_complete = nullptr;
    QueryPage *m_query = nullptr;
    JournalPage *m_journalPage = nullptr;
    BatchPage *m_batch = nullptr;
    ResultsPane *m_results = nullptr;
    int m_unknownCount = 0; // journal entries whose outcome is unknown (tab badge)
};

} // namespace psc::ui
