#include "MainWindow.h"

#include "BatchPage.h"
#include "CompletePage.h"
#include "ConsoleContext.h"
#include "JournalConnection.h"
#include "JournalPage.h"
#include "ModalAnswer.h"
#include "NotificationDialog.h"
#include "OperationFlow.h"
#include "Palette.h"
#include "ProfileBar.h"
#include "QueryPage.h"
#include "ResultsPane.h"
#include "StaleResults.h"
#include "SyncPage.h"
#include "WheelGuard.h"
#include "WorkspaceModel.h"
#include "WorkspacePage.h"
#include "ui_MainWindow.h"

#include <journal/Journal.h>
#include <payscore/Version.h>

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QScreen>
#include <QStatusBar>
#include <QTabBar>
#include <QTimer>

namespace psc::ui {

MainWindow::MainWindow(ConsoleContext &context, const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
    , m_language(new LanguageSwitcher(this))
    , m_profileActions(new ProfileActions(context, this, [this] { return isBusy(); }))
{
    // The language first: every widget built from here on starts in it (no second pass).
    setLanguage(LanguageSwitcher::startLanguage(language));
    m_ui->setupUi(this);
    // Open within the screen's free area, never larger (a store PC has 1366×768).
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableGeometry().size()));
    m_ui->screens->tabBar()->setStyleSheet(Palette::screenTabsStyleSheet());
    // One guard for every screen and dialog: the wheel scrolls, it never changes a field
    // the mouse happens to pass over.
    qApp->installEventFilter(new WheelGuard(this));
    m_results = new ResultsPane;
    m_results->setObjectName(QStringLiteral("resultsPane"));
    m_ui->resultsScroll->setWidget(m_results);
    m_ui->splitter->setSizes({ 720, 520 });
    m_profileBar = new ProfileBar(
        m_context, { m_ui->profileCombo, m_ui->environmentBadge, m_ui->profileDetails }, this);
    m_screens = new ScreenDeck(m_ui->screens);
    m_flow = new OperationFlow(
        m_context, { m_results, [this] { return m_screens->show<QueryPage>(); } }, this);
    connect(m_screens, &ScreenDeck::built, this, &MainWindow::screenBuilt);
    addScreens();
    connect(m_ui->screens, &QTabWidget::currentChanged, this, &MainWindow::nameSendKey);
    connect(m_ui->screens, &QTabWidget::currentChanged, m_results, &ResultsPane::markStale);
    // The journal has its own detail pane and nothing to send: it gets the window's whole
    // width, so that its columns show whole at 1366×768 (a 32-character order number too).
    connect(m_ui->screens, &QTabWidget::currentChanged, this, [this] {
        m_ui->resultsScroll->setVisible(
            !qobject_cast<JournalPage *>(m_ui->screens->currentWidget()));
    });
    connect(m_flow, &OperationFlow::busyChanged, this, &MainWindow::updateSendingEnabled);
    connect(m_flow, &OperationFlow::finished, this, &MainWindow::operationFinished);
    // An outcome nobody knows is counted on the Journal tab: its page comes into being.
    connect(m_flow, &OperationFlow::finished, this, [this](const payscore::OperationResult &r) {
        if (r.outcome == payscore::OperationResult::Outcome::Unknown)
            screen<JournalPage>();
    });
    connect(m_flow, &OperationFlow::statusMessage, statusBar(), &QStatusBar::showMessage);
    setUpMenus();
    connect(m_profileBar, &ProfileBar::profileChosen, this, &MainWindow::openProfile);
    connect(&m_context, &ConsoleContext::sessionChanged, this, &MainWindow::sessionChanged);
    connect(&m_context, &ConsoleContext::journalStatusChanged, this, [this](const QString &status) {
        if (!status.isEmpty())
            statusBar()->showMessage(status);
    });
    connect(&m_context, &ConsoleContext::sandboxStateChanged, this, [this] {
        if (m_context.sandboxState() == ConsoleContext::SandboxState::Failed)
            statusBar()->showMessage(m_context.sandboxError());
        updateSendingEnabled();
    });
    retranslate();
    updateSendingEnabled();
}

MainWindow::~MainWindow()
{
    // Requests still in flight end with the session; nothing may call back into the pages.
    m_flow->detach();
}

void MainWindow::start()
{
    m_context.start();
    showJournal();
    m_profileBar->listSavedProfiles();
    refreshProfileBar();
    updateSendingEnabled();
    if (auto *workspace = qobject_cast<WorkspacePage *>(m_ui->screens->currentWidget()))
        workspace->orderEdit()->setFocus();
}

// In tab order; only the first is built with the window.
void MainWindow::addScreens()
{
    m_screens->add<WorkspacePage>("workspacePage", [this] {
        auto *workspace = new WorkspacePage(new WorkspaceModel(m_context, this));
        // Sync and complete are handed over to their own screens, pre-filled.
        connect(workspace, &WorkspacePage::syncRequested, this,
            [this](payscore::Mode mode, const QString &outOrderNo,
                const std::optional<payscore::Money> &paidAmount) {
                m_screens->show<SyncPage>()->prefill(mode, outOrderNo, paidAmount);
            });
        connect(workspace, &WorkspacePage::completeRequested, this,
            [this](payscore::Mode mode, const QString &outOrderNo) {
                screen<CompletePage>()->prefill(mode, outOrderNo);
                m_screens->show<CompletePage>();
            });
        return workspace;
    });
    m_screens->add<SyncPage>("syncPage", [] { return new SyncPage; });
    m_screens->add<CompletePage>("completePage", [this] {
        auto *complete = new CompletePage;
        connect(m_flow, &OperationFlow::finished, complete, &CompletePage::operationFinished);
        return complete;
    });
    m_screens->add<QueryPage>("queryPage", [] { return new QueryPage; });
    m_screens->add<JournalPage>("journalPage", [this] {
        auto *journal = new JournalPage;
        // The tab's badge; the page counts again after every answer.
        connect(journal, &JournalPage::unknownCountChanged, this, [this](int count) {
            m_unknownCount = count;
            retranslate();
        });
        // The name typed on the Journal page goes into every write from now on.
        connect(journal, &JournalPage::operatorNameChanged, &m_context,
            &ConsoleContext::setOperatorName);
        journal->setOperatorName(m_context.operatorName());
        journal->setOrderLookup(m_context.orderLookup());
        journal->setConnectionProblem(m_context.journalConnection()->problem());
        connect(m_context.journalConnection(), &JournalConnection::reachabilityChanged, journal,
            [this, journal] {
                journal->setConnectionProblem(m_context.journalConnection()->problem());
                journal->refresh();
            });
        journal->setJournal(m_context.journal());
        return journal;
    });
    // The batch screen sends through its own runners (BatchLanes), not the OperationFlow.
    m_screens->add<BatchPage>("batchPage", [this] { return new BatchPage(m_context); });
}

void MainWindow::screenBuilt(QWidget *page)
{
    m_flow->attach(page);
    auto *form = qobject_cast<FormPage *>(page);
    auto *workspace = qobject_cast<WorkspacePage *>(page);
    if (form || workspace)
        dimResultsOnEdits(m_results, page);
    if (workspace) // its send key comes and goes with its forms
        connect(workspace, &WorkspacePage::sendKeyChanged, this, &MainWindow::nameSendKey);
    if (const session::MerchantSession *session = m_context.session()) {
        if (form)
            form->setDefaults(session->info().defaults);
        else if (workspace)
            workspace->setDefaults(session->info().defaults);
    }
    updateSendingEnabled();
}

void MainWindow::showJournal()
{
    const auto &journal = m_context.journal();
    if (auto *page = m_screens->builtPage<JournalPage>())
        page->setJournal(journal);
    // Writes left with an unknown outcome (a crash, a lost answer) come first: the
    // operator sees them before sending anything else.
    if (journal && !journal->outcomeUnknown().isEmpty())
        m_screens->show<JournalPage>();
}

void MainWindow::setUpMenus()
{
    m_profileActions->attach({ m_ui->actionNewProfile, m_ui->actionEditProfiles,
        m_ui->actionOpenProfile, m_ui->actionJournalSettings, m_ui->editProfileButton });
    connect(m_profileActions, &ProfileActions::journalReopened, this, &MainWindow::showJournal);
    m_language->attachMenu(m_ui->actionChinese, m_ui->actionEnglish);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    // Paste a callback (PayScore or refund) from the server's log: decrypted and verified.
    connect(m_ui->actionDecryptNotification, &QAction::triggered, this, [this] {
        NotificationDialog dialog(m_context.session(), this);
        ModalAnswer::exec(dialog);
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        ModalAnswer::about(this, tr("About PayScore Console"),
            tr("<h3>PayScore Console %1</h3><p>Sync, complete and query WeChat Pay PayScore "
               "orders.</p><p>The built-in sandbox simulates WeChat Pay on this computer.</p>")
                .arg(QStringLiteral(PAYSCORE_VERSION)));
    });
}

// The open profile's ids on every screen built so far (the others get them when built).
void MainWindow::sessionChanged()
{
    const payscore::OrderDefaults &defaults = m_context.session()->info().defaults;
    for (FormPage *form : m_ui->screens->findChildren<FormPage *>())
        form->setDefaults(defaults);
    if (auto *workspace = m_screens->builtPage<WorkspacePage>()) {
        workspace->setDefaults(defaults);
        workspace->model()->clear();
    }
    if (auto *journal = m_screens->builtPage<JournalPage>())
        journal->setOrderLookup(m_context.orderLookup());
    m_profileBar->showSession();
    m_results->clear();
    refreshProfileBar();
    updateSendingEnabled();
}

void MainWindow::refreshProfileBar()
{
    m_profileBar->refresh();
    setWindowTitle(m_profileBar->windowTitle());
}

// Nothing can be sent while a request is in flight, nor while the sandbox is still starting
// and no other profile is open.
void MainWindow::updateSendingEnabled()
{
    const bool waiting = m_flow->isBusy()
        || (!m_context.session()
            && m_context.sandboxState() == ConsoleContext::SandboxState::Starting);
    for (FormPage *form : m_ui->screens->findChildren<FormPage *>())
        form->setBusy(waiting);
    if (auto *workspace = m_screens->builtPage<WorkspacePage>())
        workspace->setBusy(waiting);
    m_ui->profileCombo->setEnabled(!m_flow->isBusy());
}

bool MainWindow::isBusy() const
{
    return m_flow->isBusy();
}

void MainWindow::stopWaiting()
{
    m_flow->stopWaiting();
}

// The empty results pane names the key that sends from the screen showing, if any.
void MainWindow::nameSendKey()
{
    m_results->setSendKey(m_ui->screens->currentWidget()->property("sendKey").toString());
}

void MainWindow::retranslate()
{
    const QString titles[] = { tr("Order workspace (订单工作台)"), tr("Sync (同步订单)"),
        tr("Complete (完结订单)"), tr("Query (查询订单)"),
        m_unknownCount > 0 ? tr("Journal (%1 unknown)").arg(m_unknownCount) : tr("Journal"),
        tr("Batch (批量处理)") };
    for (int i = 0; i < m_ui->screens->count(); ++i)
        m_ui->screens->setTabText(i, titles[i]);
    // After the workspace has retranslated its button (and its Alt key with it).
    QTimer::singleShot(0, this, &MainWindow::nameSendKey);
    refreshProfileBar();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_screens) { // not before the window is built
        statusBar()->clearMessage(); // a message in the old language would stay behind
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace psc::ui
