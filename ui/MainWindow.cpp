#include "MainWindow.h"

#include "BatchPage.h"
#include "CompletePage.h"
#include "ConsoleContext.h"
#include "JournalConnection.h"
#include "JournalPage.h"
#include "LanguageSwitcher.h"
#include "ModalAnswer.h"
#include "NotificationDialog.h"
#include "OperationFlow.h"
#include "Palette.h"
#include "ProfileActions.h"
#include "ProfileBar.h"
#include "QueryPage.h"
#include "ResultsPane.h"
#include "ScreenDeck.h"
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
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>

namespace psc::ui {

namespace {

// The screens' object names, in tab order.
constexpr const char *kWorkspace = "workspacePage";
constexpr const char *kSync = "syncPage";
constexpr const char *kComplete = "completePage";
constexpr const char *kQuery = "queryPage";
constexpr const char *kJournal = "journalPage";
constexpr const char *kBatch = "batchPage";

} // namespace

MainWindow::MainWindow(ConsoleContext &context, const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
    , m_results(new ResultsPane)
    , m_language(new LanguageSwitcher(this))
    , m_profileActions(new ProfileActions(context, this, [this] { return isBusy(); }))
{
    m_ui->setupUi(this);
    // Open within the screen's free area, never larger (a store PC has 1366×768).
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(size().boundedTo(screen->availableGeometry().size()));
    setStyleSheet(Palette::windowStyleSheet());
    // One guard for every screen and dialog: the wheel scrolls, it never changes a field
    // the mouse happens to pass over.
    qApp->installEventFilter(new WheelGuard(this));
    m_results->setObjectName(QStringLiteral("resultsPane"));
    m_ui->resultsScroll->setWidget(m_results);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({ 720, 520 });
    m_screens = new ScreenDeck(m_ui->screens);
    m_flow = new OperationFlow(
        m_context, { m_results, [this] { return m_screens->page<QueryPage>(kQuery); } }, this);
    connect(m_screens, &ScreenDeck::built, this, &MainWindow::screenBuilt);
    addScreens();
    m_profileBar = new ProfileBar(
        m_context, { m_ui->profileCombo, m_ui->environmentBadge, m_ui->profileDetails }, this);
    connect(m_profileBar, &ProfileBar::profileChosen, this,
        [this](const QString &path) { openProfile(path); });
    // The empty results pane names the key that sends from the screen showing, if any.
    connect(m_ui->screens, &QTabWidget::currentChanged, this,
        [this] { m_results->setSendKey(m_ui->screens->currentWidget()->property("sendKey").toString()); });
    connect(m_ui->screens, &QTabWidget::currentChanged, m_results, &ResultsPane::markStale);
    connect(m_flow, &OperationFlow::busyChanged, this, &MainWindow::updateSendingEnabled);
    connect(m_flow, &OperationFlow::finished, this, &MainWindow::operationFinished);
    connect(m_flow, &OperationFlow::statusMessage, statusBar(), &QStatusBar::showMessage);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, m_flow, &OperationFlow::stopWaiting);
    setUpMenus();
    connect(&m_context, &ConsoleContext::sessionChanged, this, &MainWindow::sessionChanged);
    connect(m_context.journalConnection(), &JournalConnection::reachabilityChanged, this,
        &MainWindow::showJournalStatus);
    connect(&m_context, &ConsoleContext::sandboxStateChanged, this, [this] {
        if (m_context.sandboxState() == ConsoleContext::SandboxState::Failed)
            statusBar()->showMessage(m_context.sandboxError());
        updateSendingEnabled();
    });

    setLanguage(LanguageSwitcher::startLanguage(language));
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
    if (m_ui->screens->currentWidget() == workspacePage())
        workspacePage()->orderEdit()->setFocus();
}

void MainWindow::addScreens()
{
    m_screens->add(kWorkspace, [this] {
        auto *workspace = new WorkspacePage(new WorkspaceModel(m_context, this));
        // Sync and complete are handed over to their own screens, pre-filled.
        connect(workspace, &WorkspacePage::syncRequested, this,
            [this](payscore::Mode mode, const QString &outOrderNo,
                const std::optional<payscore::Money> &paidAmount) {
                m_screens->show(kSync);
                syncPage()->prefill(mode, outOrderNo, paidAmount);
            });
        connect(workspace, &WorkspacePage::completeRequested, this,
            [this](payscore::Mode mode, const QString &outOrderNo) {
                completePage()->prefill(mode, outOrderNo);
                m_screens->show(kComplete);
            });
        return workspace;
    });
    m_screens->add(kSync, [] { return new SyncPage; });
    m_screens->add(kComplete, [this] {
        auto *complete = new CompletePage;
        connect(m_flow, &OperationFlow::finished, complete, &CompletePage::operationFinished);
        return complete;
    });
    m_screens->add(kQuery, [] { return new QueryPage; });
    m_screens->add(kJournal, [this] {
        auto *journal = new JournalPage;
        setUpJournalPage(journal);
        return journal;
    });
    // The batch screen sends through its own runners (BatchLanes), not the OperationFlow.
    m_screens->add(kBatch, [this] {
        auto *batch = new BatchPage(m_context);
        batch->setOperatorName(m_context.operatorName());
        return batch;
    });
}

void MainWindow::screenBuilt(QWidget *page)
{
    m_flow->attach(page);
    auto *form = qobject_cast<FormPage *>(page);
    auto *workspace = qobject_cast<WorkspacePage *>(page);
    if (form || workspace)
        dimResultsOnEdits(m_results, page);
    if (const session::MerchantSession *session = m_context.session()) {
        if (form)
            form->setDefaults(session->info().defaults);
        if (workspace)
            workspace->setDefaults(session->info().defaults);
    }
    retitleTabs();
    updateSendingEnabled();
}

void MainWindow::setUpJournalPage(JournalPage *page)
{
    page->setJournal(m_context.journal());
    page->setOperatorName(m_context.operatorName());
    page->setOrderLookup(m_context.orderLookup());
    page->setConnectionProblem(m_context.journalConnection()->problem());
    // The name typed on the Journal page goes into every write from now on.
    connect(page, &JournalPage::operatorNameChanged, this, [this](const QString &name) {
        m_context.setOperatorName(name);
        if (auto *batch = m_screens->builtPage<BatchPage>(kBatch))
            batch->setOperatorName(name);
    });
    connect(page, &JournalPage::unknownCountChanged, this, [this](int count) {
        m_unknownCount = count;
        retitleTabs();
    });
}

void MainWindow::showJournal()
{
    const auto &journal = m_context.journal();
    if (auto *page = m_screens->builtPage<JournalPage>(kJournal))
        page->setJournal(journal);
    showJournalStatus();
    // Writes left with an unknown outcome (a crash, a lost answer) come first: the
    // operator sees them before sending anything else.
    if (journal && !journal->outcomeUnknown().isEmpty())
        m_screens->show(kJournal);
}

void MainWindow::showJournalStatus()
{
    const QString status = m_context.journalStatus();
    if (!status.isEmpty())
        statusBar()->showMessage(status);
    if (auto *page = m_screens->builtPage<JournalPage>(kJournal)) {
        page->setConnectionProblem(m_context.journalConnection()->problem());
        page->refresh();
    }
}

void MainWindow::setUpMenus()
{
    connect(m_ui->actionJournalSettings, &QAction::triggered, m_profileActions,
        &ProfileActions::editJournalLocation);
    connect(m_profileActions, &ProfileActions::journalReopened, this, &MainWindow::showJournal);
    m_language->attachMenu(m_ui->actionChinese, m_ui->actionEnglish);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    // Paste a callback (PayScore or refund) from the server's log: decrypted and verified.
    m_decryptNotification = new QAction(this);
    m_decryptNotification->setObjectName(QStringLiteral("actionDecryptNotification"));
    m_ui->fileMenu->insertAction(m_ui->actionJournalSettings, m_decryptNotification);
    connect(m_decryptNotification, &QAction::triggered, this, [this] {
        NotificationDialog dialog(m_context.session(), this);
        ModalAnswer::exec(dialog);
    });
    connect(m_ui->actionOpenProfile, &QAction::triggered, m_profileActions,
        &ProfileActions::openProfileFromFile);
    connect(m_ui->actionNewProfile, &QAction::triggered, m_profileActions,
        [this] { m_profileActions->editProfile(true); });
    connect(m_ui->actionEditProfiles, &QAction::triggered, m_profileActions,
        [this] { m_profileActions->editProfile(false); });
    connect(m_ui->editProfileButton, &QPushButton::clicked, m_profileActions,
        &ProfileActions::editCurrentOrNew);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        ModalAnswer::about(this, tr("About PayScore Console"),
            tr("<h3>PayScore Console %1</h3><p>Sync, complete and query WeChat Pay PayScore "
               "orders.</p><p>The built-in sandbox simulates WeChat Pay on this computer.</p>")
                .arg(QStringLiteral(PAYSCORE_VERSION)));
    });
}

bool MainWindow::openProfile(const QString &path)
{
    return m_profileActions->openProfile(path);
}

QString MainWindow::lastError() const
{
    return m_profileActions->lastError();
}

void MainWindow::sessionChanged()
{
    const payscore::OrderDefaults &defaults = m_context.session()->info().defaults;
    for (int i = 0; i < m_ui->screens->count(); ++i) {
        QWidget *page = m_ui->screens->widget(i);
        if (auto *form = qobject_cast<FormPage *>(page))
            form->setDefaults(defaults);
        else if (auto *journal = qobject_cast<JournalPage *>(page))
            journal->setOrderLookup(m_context.orderLookup());
    }
    workspacePage()->setDefaults(defaults);
    workspacePage()->model()->clear();
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
    for (int i = 0; i < m_ui->screens->count(); ++i) {
        if (auto *form = qobject_cast<FormPage *>(m_ui->screens->widget(i)))
            form->setBusy(waiting);
    }
    if (auto *workspace = m_screens->builtPage<WorkspacePage>(kWorkspace))
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

void MainWindow::setLanguage(const QString &language)
{
    m_language->setLanguage(language);
}

QString MainWindow::language() const
{
    return m_language->language();
}

WorkspacePage *MainWindow::workspacePage() const
{
    return m_screens->page<WorkspacePage>(kWorkspace);
}

SyncPage *MainWindow::syncPage() const
{
    return m_screens->page<SyncPage>(kSync);
}

CompletePage *MainWindow::completePage() const
{
    return m_screens->page<CompletePage>(kComplete);
}

QueryPage *MainWindow::queryPage() const
{
    return m_screens->page<QueryPage>(kQuery);
}

JournalPage *MainWindow::journalPage() const
{
    return m_screens->page<JournalPage>(kJournal);
}

BatchPage *MainWindow::batchPage() const
{
    return m_screens->page<BatchPage>(kBatch);
}

void MainWindow::retitleTabs()
{
    QTabWidget *tabs = m_ui->screens;
    const std::pair<const char *, QString> titles[] = {
        { kWorkspace, tr("Order workspace (订单工作台)") },
        { kSync, tr("Sync (同步订单)") },
        { kComplete, tr("Complete (完结订单)") },
        { kQuery, tr("Query (查询订单)") },
        { kJournal,
            m_unknownCount > 0 ? tr("Journal (%1 unknown)").arg(m_unknownCount) : tr("Journal") },
        { kBatch, tr("Batch (批量处理)") },
    };
    for (const auto &[name, title] : titles)
        tabs->setTabText(m_screens->indexOf(name), title);
}

void MainWindow::retranslate()
{
    retitleTabs();
    m_decryptNotification->setText(tr("&Decrypt a notification…"));
    // After the workspace has retranslated its button (and its Alt key with it).
    QTimer::singleShot(0, this, [this] {
        m_results->setSendKey(m_ui->screens->currentWidget()->property("sendKey").toString());
    });
    refreshProfileBar();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        statusBar()->clearMessage(); // a message in the old language would stay behind
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace psc::ui
