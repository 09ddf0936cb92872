#include "MainWindow.h"

#include "BatchPage.h"
#include "CompletePage.h"
#include "ConsoleContext.h"
#include "FormPage.h"
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
#include "StaleResults.h"
#include "SyncPage.h"
#include "WheelGuard.h"
#include "WorkspaceModel.h"
#include "WorkspacePage.h"
#include "ui_MainWindow.h"

#include <journal/Journal.h>
#include <journal/OperatorIdentity.h>
#include <payscore/Version.h>

#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>

namespace psc::ui {

MainWindow::MainWindow(ConsoleContext &context, const QString &language, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_context(context)
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
    m_ui->environmentBadge->setMinimumWidth(140);
    setUpScreens();
    setUpSending();
    setUpMenus();
    connect(&m_context, &ConsoleContext::sessionChanged, this, &MainWindow::sessionChanged);
    connect(m_context.journalConnection(), &JournalConnection::reachabilityChanged, this,
        &MainWindow::showJournalReachability);
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
    m_journalPage->setOperatorName(journal::OperatorIdentity::session().name());
    m_profileBar->listSavedProfiles();
    refreshProfileBar();
    updateSendingEnabled();
    if (m_ui->screens->currentWidget() == m_workspace)
        m_workspace->orderEdit()->setFocus();
}

void MainWindow::setUpScreens()
{
    const auto addScreen = [this](QWidget *page, const char *name) {
        page->setObjectName(QLatin1String(name));
        m_ui->screens->addTab(page, QString());
    };
    addScreen(
        m_workspace = new WorkspacePage(new WorkspaceModel(m_context, this)), "workspacePage");
    addScreen(m_sync = new SyncPage, "syncPage");
    addScreen(m_complete = new CompletePage, "completePage");
    addScreen(m_query = new QueryPage, "queryPage");
    addScreen(m_journalPage = new JournalPage, "journalPage");
    // The batch screen sends through its own runners (BatchLanes), not the OperationFlow.
    addScreen(m_batch = new BatchPage(m_context), "batchPage");
    m_results = new ResultsPane;
    m_results->setObjectName(QStringLiteral("resultsPane"));
    // A long answer scrolls within its side of the window; it never makes the window taller
    // than a 1366×768 screen.
    auto *resultsScroll = new QScrollArea;
    resultsScroll->setObjectName(QStringLiteral("resultsScroll"));
    resultsScroll->setWidgetResizable(true);
    resultsScroll->setFrameShape(QFrame::NoFrame);
    resultsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    resultsScroll->setWidget(m_results);
    m_ui->resultsHostLayout->addWidget(resultsScroll);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({ 720, 520 });

    // The name typed on the Journal page goes into every write from now on.
    connect(m_journalPage, &JournalPage::operatorNameChanged, &m_context,
        &ConsoleContext::setOperatorName);
    connect(m_journalPage, &JournalPage::operatorNameChanged, m_batch, &BatchPage::setOperatorName);
    connect(m_journalPage, &JournalPage::unknownCountChanged, this, [this](int count) {
        m_unknownCount = count;
        retranslate();
    });
    m_profileBar = new ProfileBar(
        m_context, { m_ui->profileCombo, m_ui->environmentBadge, m_ui->profileDetails }, this);
    connect(m_profileBar, &ProfileBar::profileChosen, this,
        [this](const QString &path) { openProfile(path); });
}

// The empty results pane names the key that sends from the screen showing: Ctrl+Enter on the
// form screens, the workspace's "Review and send…" mnemonic; none where nothing is sent.
void MainWindow::nameSendKey()
{
    QWidget *screen = m_ui->screens->currentWidget();
    QString key;
    if (qobject_cast<FormPage *>(screen)) {
        key = QStringLiteral("Ctrl+Enter");
    } else if (screen == m_workspace) {
        const QString button = m_workspace->submitButton()->text();
        const QKeySequence mnemonic = QKeySequence::mnemonic(button);
        // The button as it reads, without its own key: "核对并发送(&V)…" is "核对并发送",
        // not "Alt+V（核对并发送(V)）".
        static const QRegularExpression shortcut(QStringLiteral("\\(&.\\)|&|…"));
        if (!mnemonic.isEmpty())
            key = tr("%1 (%2)").arg(mnemonic.toString(QKeySequence::NativeText),
                QString(button).remove(shortcut).trimmed());
    }
    m_results->setSendKey(key);
}

void MainWindow::setUpSending()
{
    m_flow = new OperationFlow(m_context,
        { m_sync, m_complete, m_query, m_journalPage, m_results, m_ui->screens, m_workspace },
        this);
    connectWorkspace();
    dimResultsOnEdits(m_results, m_ui->screens, { m_workspace, m_sync, m_complete, m_query });
    connect(m_ui->screens, &QTabWidget::currentChanged, this, &MainWindow::nameSendKey);
    // The journal has its own detail pane and nothing to send: it gets the window's whole
    // width, so that its columns show whole at 1366×768 (a 32-character order number too).
    connect(m_ui->screens, &QTabWidget::currentChanged, this,
        [this] { m_ui->resultsHost->setVisible(m_ui->screens->currentWidget() != m_journalPage); });
    connect(m_flow, &OperationFlow::busyChanged, this, &MainWindow::updateSendingEnabled);
    connect(m_flow, &OperationFlow::finished, this, &MainWindow::operationFinished);
    connect(m_flow, &OperationFlow::finished, m_complete, &CompletePage::operationFinished);
    connect(m_flow, &OperationFlow::statusMessage, statusBar(), &QStatusBar::showMessage);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, m_flow, &OperationFlow::stopWaiting);
}

void MainWindow::connectWorkspace()
{
    connect(m_workspace, &WorkspacePage::syncRequested, this,
        [this](payscore::Mode mode, const QString &outOrderNo,
            const std::optional<payscore::Money> &paidAmount) {
            m_ui->screens->setCurrentWidget(m_sync);
            m_sync->prefill(mode, outOrderNo, paidAmount);
        });
    connect(m_workspace, &WorkspacePage::completeRequested, this,
        [this](payscore::Mode mode, const QString &outOrderNo) {
            m_complete->prefill(mode, outOrderNo);
            m_ui->screens->setCurrentWidget(m_complete);
        });
}

void MainWindow::showJournal()
{
    const auto &journal = m_context.journal();
    m_journalPage->setJournal(journal);
    showJournalReachability();
    if (!journal) {
        statusBar()->showMessage(
            tr("The audit journal cannot be opened: %1").arg(m_context.journalError()));
        return;
    }
    // Writes left with an unknown outcome (a crash, a lost answer) come first: the
    // operator sees them before sending anything else.
    if (!journal->outcomeUnknown().isEmpty())
        m_ui->screens->setCurrentWidget(m_journalPage);
}

void MainWindow::showJournalReachability()
{
    const QString problem = m_context.journalConnection()->problem();
    m_journalPage->setConnectionProblem(problem);
    if (!problem.isEmpty()) {
        statusBar()->showMessage(problem);
        return;
    }
    const auto &journal = m_context.journal();
    if (journal && journal->location().isTeamJournal()) {
        statusBar()->showMessage(
            tr("The team journal is connected (%1).").arg(journal->location().displayName()));
        m_journalPage->refresh();
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
    const session::MerchantSession::Info &info = m_context.session()->info();
    m_workspace->setDefaults(info.defaults);
    m_workspace->model()->clear();
    m_sync->setDefaults(info.defaults);
    m_complete->setDefaults(info.defaults);
    m_query->setDefaults(info.defaults);
    m_journalPage->setOrderLookup(m_context.orderLookup());
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
    m_workspace->setBusy(waiting);
    m_sync->setBusy(waiting);
    m_complete->setBusy(waiting);
    m_query->setBusy(waiting);
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

void MainWindow::retranslate()
{
    statusBar()->clearMessage(); // a message in the old language would stay behind
    QTabWidget *tabs = m_ui->screens;
    tabs->setTabText(tabs->indexOf(m_workspace), tr("Order workspace (订单工作台)"));
    tabs->setTabText(tabs->indexOf(m_sync), tr("Sync (同步订单)"));
    tabs->setTabText(tabs->indexOf(m_complete), tr("Complete (完结订单)"));
    tabs->setTabText(tabs->indexOf(m_query), tr("Query (查询订单)"));
    tabs->setTabText(tabs->indexOf(m_journalPage),
        m_unknownCount > 0 ? tr("Journal (%1 unknown)").arg(m_unknownCount) : tr("Journal"));
    tabs->setTabText(tabs->indexOf(m_batch), tr("Batch (批量处理)"));
    m_decryptNotification->setText(tr("&Decrypt a notification…"));
    // After the workspace has retranslated its button (and its Alt key with it).
    QTimer::singleShot(0, this, &MainWindow::nameSendKey);
    refreshProfileBar();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

} // namespace psc::ui
