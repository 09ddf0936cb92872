#pragma once

#include <payscore/OperationResult.h>

#include "LanguageSwitcher.h"
#include "ProfileActions.h"
#include "ScreenDeck.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace psc::ui {

class ConsoleContext;
class OperationFlow;
class ProfileBar;
class ResultsPane;

// PayScore Console / 支付分订单运营台: lays out the profile bar with its environment badge, the
// screens (the order workspace first, then Sync, Complete, Query, Journal, Batch), the results
// pane beside them and the menus. Only the screen shown first is built with the window; each
// other one the first time it is needed (ScreenDeck). What the screens work with comes from
// the ConsoleContext; sending goes through an OperationFlow.
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
    bool openProfile(const QString &path) { return m_profileActions->openProfile(path); }
    QString lastError() const { return m_profileActions->lastError(); }
    ConsoleContext *context() const { return &m_context; }

    void setLanguage(const QString &language) { m_language->setLanguage(language); }
    QString language() const { return m_language->language(); }

    bool isBusy() const;
    void stopWaiting(); // Esc

    // A screen (WorkspacePage, SyncPage, …), built now if it was not yet, the way choosing its
    // tab builds it.
    template<typename Page> Page *screen() const { return m_screens->page<Page>(); }
    ResultsPane *resultsPane() const { return m_results; }
    ScreenDeck *screens() const { return m_screens; }
    Ui::MainWindow *form() const { return m_ui.get(); }

signals:
    void operationFinished(const psc::payscore::OperationResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addScreens();
    // A screen just built: its defaults, busy state and the way its requests are sent.
    void screenBuilt(QWidget *page);
    void nameSendKey();
    void setUpMenus();
    // After the journal was opened or reopened: the Journal page, and unknown outcomes first.
    void showJournal();
    void sessionChanged();
    void refreshProfileBar();
    void updateSendingEnabled();
    void retranslate();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ConsoleContext &m_context;
    ResultsPane *m_results = nullptr;
    ScreenDeck *m_screens = nullptr;
    OperationFlow *m_flow = nullptr;
    ProfileBar *m_profileBar = nullptr;
    LanguageSwitcher *m_language;
    ProfileActions *m_profileActions;
    int m_unknownCount = 0; // journal entries whose outcome is unknown (tab badge)
};

} // namespace psc::ui
