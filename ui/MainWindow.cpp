#include "MainWindow.h"

#include "CompletePage.h"
#include "ConfirmCompleteDialog.h"
#include "JournalConnection.h"
#include "JournalPage.h"
#include "JournalSettingsDialog.h"
#include "LanguageSwitcher.h"
#include "LineItemTableModel.h"
#include "ModeLabels.h"
#include "ProfileDialog.h"
#include "QueryPage.h"
#include "ResultsPane.h"
#include "SyncPage.h"
#include "ui_MainWindow.h"

#include <journal/Journal.h>
#include <journal/OperatorIdentity.h>
#include <journal/PayScoreOrderLookup.h>
#include <payscore/OperationRunner.h>
#include <payscore/Version.h>
#include <profile/Profile.h>
#include <sandbox/Sandbox.h>

#include <Translations.h>

#include <QActionGroup>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>

namespace psc::ui {

using payscore::Mode;

namespace {

// QSettings key of the profile file opened last, reopened on the next start.
const char kLastProfileKey[] = "profile/last";

// Fields at fault are framed in red (errors) or amber (warnings) wherever they are.
const char kStyleSheet[] = R"(
*[pscProblem="error"] { border: 2px solid #d32f2f; background: #fff3f3; }
*[pscProblem="warning"] { border: 2px solid #f9a825; background: #fffbe6; }
QTabWidget#screens > QTabBar::tab { padding: 8px 18px; font-size: 11pt; }
)";

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Options(), parent)
{
}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_language(new LanguageSwitcher(this))
{
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = defaultDataDir();
    QDir().mkpath(m_options.dataDir);
    m_ui->setupUi(this);
    setStyleSheet(QLatin1String(kStyleSheet));
    m_ui->environmentBadge->setMinimumWidth(140);

    setUpScreens();
    setUpMenus();

    m_journalConnection = new JournalConnection(this);
    connect(m_journalConnection, &JournalConnection::reachabilityChanged, this,
        &MainWindow::showJournalReachability);
    openJournal(JournalConnection::locationFor(m_options.journalPath));
    m_journalPage->setOperatorName(journal::OperatorIdentity::session().name());

    QString language = m_options.language;
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString();
    if (!resources::Translations::languages().contains(language))
        language = LanguageSwitcher::systemLanguage();
    setLanguage(language);
    // Read before the sandbox opens (and becomes the last profile itself).
    const QString lastProfile = QSettings().value(QLatin1String(kLastProfileKey)).toString();
    if (m_options.startSandbox)
        startSandbox();
    listSavedProfiles();
    reopenLastProfile(lastProfile);
    refreshProfileBar();
}

void MainWindow::reopenLastProfile(const QString &path)
{
    // The profile the operator worked with last time; a file since removed (or no longer
    // usable) leaves the console on the sandbox it opened first.
    if (path.isEmpty() || (m_session && m_session->info().path == path) || !QFileInfo::exists(path))
        return;
    if (!openProfile(path))
        statusBar()->showMessage(m_lastError);
}

MainWindow::~MainWindow()
{
    // Requests still in flight end with the session; nothing may call back into the pages.
    if (m_pending)
        m_pending->disconnect(this);
    m_session.reset();
    if (m_sandbox)
        m_sandbox->stop();
}

void MainWindow::setUpScreens()
{
    m_sync = new SyncPage;
    m_complete = new CompletePage;
    m_query = new QueryPage;
    m_journalPage = new JournalPage;
    m_results = new ResultsPane;
    m_sync->setObjectName(QStringLiteral("syncPage"));
    m_complete->setObjectName(QStringLiteral("completePage"));
    m_query->setObjectName(QStringLiteral("queryPage"));
    m_journalPage->setObjectName(QStringLiteral("journalPage"));
    m_results->setObjectName(QStringLiteral("resultsPane"));
    m_ui->screens->addTab(m_sync, QString());
    m_ui->screens->addTab(m_complete, QString());
    m_ui->screens->addTab(m_query, QString());
    m_ui->screens->addTab(m_journalPage, QString());
    m_ui->resultsHostLayout->addWidget(m_results);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({ 720, 520 });

    connect(m_sync, &SyncPage::submitRequested, this, &MainWindow::submitSync);
    connect(m_complete, &CompletePage::submitRequested, this, &MainWindow::submitComplete);
    connect(m_query, &QueryPage::submitRequested, this, [this] { submitQuery(); });
    connect(m_results, &ResultsPane::cancelRequested, this, &MainWindow::stopWaiting);
    connect(m_results, &ResultsPane::queryRequested, this, &MainWindow::queryOrder);
    connect(m_results, &ResultsPane::fieldAtFault, this,
        [this](const QString &field, const QString &message) {
            if (m_lastSource == m_sync)
                m_sync->highlightField(field, message);
            else if (m_lastSource == m_complete)
                m_complete->highlightField(field, message);
            else if (m_lastSource == m_query)
                m_query->highlightField(field, message);
        });
    // The name typed on the Journal page goes into every write from now on; sessions opened
    // later read it from the session identity.
    connect(m_journalPage, &JournalPage::operatorNameChanged, this, [this](const QString &name) {
        if (m_session)
            m_session->setOperatorName(name);
    });
    connect(m_journalPage, &JournalPage::unknownCountChanged, this, [this](int count) {
        m_unknownCount = count;
        retranslate();
    });

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (isBusy())
            stopWaiting();
    });
    connect(m_ui->profileCombo, &QComboBox::activated, this, [this](int index) {
        const QString path = m_ui->profileCombo->itemData(index).toString();
        if (!path.isEmpty() && (!m_session || m_session->info().path != path))
            openProfile(path);
    });
}

void MainWindow::openJournal(const QString &location)
{
    auto journal = m_journalConnection->open(location);
    m_journal = journal ? journal.value() : nullptr;
    m_journalPage->setJournal(m_journal);
    showJournalReachability();
    if (!journal) {
        statusBar()->showMessage(tr("The audit journal cannot be opened: %1").arg(journal.error()));
        return;
    }
    // Writes left with an unknown outcome (a crash, a lost answer) come first: the
    // operator sees them before sending anything else.
    if (!m_journal->outcomeUnknown().isEmpty())
        m_ui->screens->setCurrentWidget(m_journalPage);
}

void MainWindow::showJournalReachability()
{
    const QString problem = m_journalConnection->problem();
    m_journalPage->setConnectionProblem(problem);
    if (!problem.isEmpty()) {
        statusBar()->showMessage(problem);
        return;
    }
    if (m_journal && m_journal->location().isTeamJournal()) {
        statusBar()->showMessage(
            tr("The team journal is connected (%1).").arg(m_journal->location().displayName()));
        m_journalPage->refresh();
    }
}

void MainWindow::editJournalSettings()
{
    if (isBusy()) {
        QMessageBox::information(this, tr("Journal location"),
            tr("Wait for the answer (or press Esc) before changing the journal."));
        return;
    }
    JournalSettingsDialog dialog(this);
    dialog.setTeamUrl(JournalSettingsDialog::storedTeamUrl());
    if (dialog.exec() != QDialog::Accepted)
        return;
    openJournal(JournalConnection::locationFor(m_options.journalPath));
    // The session's write hook holds the journal: the profile is opened again on the new one.
    if (m_session)
        openProfile(m_session->info().path);
}

void MainWindow::setUpMenus()
{
    connect(
        m_ui->actionJournalSettings, &QAction::triggered, this, &MainWindow::editJournalSettings);
    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->actionChinese);
    languages->addAction(m_ui->actionEnglish);
    // A language picked in the menu is remembered for the next start.
    const auto choose = [this](const QString &language) {
        setLanguage(language);
        QSettings().setValue(QStringLiteral("ui/language"), language);
    };
    connect(m_ui->actionChinese, &QAction::triggered, this,
        [choose] { choose(QStringLiteral("zh_CN")); });
    connect(
        m_ui->actionEnglish, &QAction::triggered, this, [choose] { choose(QStringLiteral("en")); });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionOpenProfile, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open a merchant profile"), profilesDir(), tr("Profiles (*.json)"));
        if (!path.isEmpty() && !openProfile(path))
            QMessageBox::warning(this, tr("Profile"), m_lastError);
    });
    connect(m_ui->actionNewProfile, &QAction::triggered, this, [this] { editProfile(true); });
    connect(m_ui->actionEditProfiles, &QAction::triggered, this, [this] { editProfile(false); });
    // The built-in sandbox profile is not edited: the button then starts a new profile.
    connect(m_ui->editProfileButton, &QPushButton::clicked, this,
        [this] { editProfile(isBuiltInSandbox()); });
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About PayScore Console"),
            tr("<h3>PayScore Console %1</h3><p>Sync, complete and query WeChat Pay PayScore "
               "orders.</p><p>The built-in sandbox simulates WeChat Pay on this computer.</p>")
                .arg(QStringLiteral(PAYSCORE_VERSION)));
    });
}

QString MainWindow::profilesDir() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("profiles"));
}

bool MainWindow::isBuiltInSandbox() const
{
    return !m_session || (m_sandbox && m_session->info().path == m_sandbox->profilePath());
}

void MainWindow::listSavedProfiles()
{
    const QDir dir(profilesDir());
    for (const QFileInfo &file :
        dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        if (m_ui->profileCombo->findData(file.absoluteFilePath()) >= 0)
            continue;
        const auto loaded = profile::Profile::load(file.absoluteFilePath());
        m_ui->profileCombo->addItem(
            loaded && !loaded->name.isEmpty() ? loaded->name : file.completeBaseName(),
            file.absoluteFilePath());
    }
}

void MainWindow::editProfile(bool createNew)
{
    if (isBusy())
        return;
    ProfileDialog dialog(this);
    QString path;
    if (!createNew && !isBuiltInSandbox()) {
        path = m_session->info().path;
        if (const auto loaded = profile::Profile::load(path))
            dialog.setProfile(loaded.value());
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const profile::Profile edited = dialog.profile();
    if (path.isEmpty()) {
        QString base = edited.name;
        base.replace(QRegularExpression(QStringLiteral("[^\\w-]+"),
                         QRegularExpression::UseUnicodePropertiesOption),
            QStringLiteral("_"));
        QDir().mkpath(profilesDir());
        path = QDir(profilesDir())
                   .filePath((base.isEmpty() ? QStringLiteral("profile") : base)
                       + QStringLiteral(".json"));
    }
    if (const QString error = edited.save(path); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Profile"), error);
        return;
    }
    if (!openProfile(path))
        QMessageBox::warning(this, tr("Profile"), m_lastError);
}

void MainWindow::startSandbox()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    sandbox::SandboxOptions options;
    options.dir = QDir(m_options.dataDir).filePath(QStringLiteral("sandbox"));
    const auto started = m_sandbox->start(options);
    if (!started) {
        m_sandboxError = started.error();
        m_sandbox.reset();
        statusBar()->showMessage(
            tr("The built-in sandbox could not start: %1").arg(m_sandboxError));
        return;
    }
    if (!openProfile(m_sandbox->profilePath()))
        statusBar()->showMessage(m_lastError);
}

bool MainWindow::openProfile(const QString &path)
{
    if (isBusy()) {
        m_lastError = tr("Wait for the answer (or press Esc) before switching profiles.");
        return false;
    }
    auto session = ConsoleSession::open(
        path, m_network, m_journal, journal::OperatorIdentity::session().name());
    if (!session) {
        m_lastError = tr("Profile %1 cannot be used: %2")
                          .arg(QDir::toNativeSeparators(path), session.error());
        return false;
    }
    m_journalPage->setOrderLookup(nullptr);
    m_orderLookup.reset(); // it holds the old session's runner
    m_session = std::move(session.value());
    QSettings().setValue(QLatin1String(kLastProfileKey), path);
    const ConsoleSession::Info &info = m_session->info();
    m_sync->setDefaults(info.defaults);
    m_complete->setDefaults(info.defaults);
    m_query->setDefaults(info.defaults);
    m_orderLookup = std::make_unique<journal::PayScoreOrderLookup>(
        [session = m_session.get()](
            Mode mode) -> payscore::OperationRunner & { return *session->runner(mode); },
        info.defaults);
    m_journalPage->setOrderLookup(m_orderLookup.get());
    int index = m_ui->profileCombo->findData(path);
    if (index < 0) {
        m_ui->profileCombo->addItem(info.name, path);
        index = m_ui->profileCombo->count() - 1;
    }
    m_ui->profileCombo->setCurrentIndex(index);
    m_results->clear();
    refreshProfileBar();
    return true;
}

void MainWindow::refreshProfileBar()
{
    if (!m_session) {
        m_ui->environmentBadge->setText(tr("NO PROFILE"));
        m_ui->environmentBadge->setStyleSheet(QStringLiteral(
            "QLabel { background: #757575; color: white; font-weight: bold; padding: 4px 14px; }"));
        m_ui->profileDetails->setText(m_sandboxError);
        return;
    }
    const ConsoleSession::Info &info = m_session->info();
    for (int i = 0; i < m_ui->profileCombo->count(); ++i) {
        if (m_sandbox && m_ui->profileCombo->itemData(i).toString() == m_sandbox->profilePath())
            m_ui->profileCombo->setItemText(i, tr("Sandbox (built-in)"));
    }
    EnvironmentBadge::apply(m_ui->environmentBadge, info.environment);
    m_ui->profileDetails->setText(info.environment == Environment::Sandbox
            ? tr("simulator at %1 — no real money").arg(info.baseUrl.toString())
            : tr("%1 — real money").arg(info.baseUrl.host()));
    setWindowTitle(info.environment == Environment::Production
            ? QStringLiteral("PayScore Console / 支付分订单运营台 — %1 [%2]")
                  .arg(info.name, EnvironmentBadge::text(info.environment))
            : QStringLiteral("PayScore Console / 支付分订单运营台"));
}

bool MainWindow::ensureSession()
{
    if (m_session)
        return true;
    m_results->clear();
    QMessageBox::warning(this, tr("No profile"),
        tr("Choose a merchant profile first (File → Open profile file…, or New merchant profile…).")
            + u'\n' + m_sandboxError);
    return false;
}

void MainWindow::submitSync()
{
    if (isBusy() || !ensureSession())
        return;
    const payscore::SyncRequest request = m_sync->request();
    run(m_session->runner(request.key.mode)->sync(request), request.key.mode,
        request.key.outOrderNo, m_sync, tr("Syncing order %1…").arg(request.key.outOrderNo));
}

void MainWindow::submitComplete()
{
    if (isBusy() || !ensureSession())
        return;
    const ConsoleSession::Info &info = m_session->info();
    ConfirmCompleteDialog::Summary summary;
    summary.outOrderNo = m_complete->outOrderNo();
    summary.mode = m_complete->mode();
    summary.profileName = info.name;
    summary.environment = info.environment;
    if (m_complete->mode() == Mode::PayAfter) {
        summary.serviceUsed = m_complete->serviceUsed();
    }
    if (m_complete->serviceUsed()) {
        for (const LineItemTableModel *model : { m_complete->fees(), m_complete->discounts() }) {
            const bool discount = model == m_complete->discounts();
            for (const auto &row : model->rows()) {
                summary.lines.append({ discount, row.name.trimmed(),
                    model->hasCount() ? row.count.trimmed() : QString(),
                    payscore::Money::parseYuan(row.amount).value_or(payscore::Money()),
                    row.description.trimmed() });
            }
        }
    }
    summary.total = m_complete->total();
    if (!ConfirmCompleteDialog::confirm(summary, this)) {
        statusBar()->showMessage(tr("Complete not sent."), 5000);
        return;
    }
    const QString what = tr("Completing order %1…").arg(summary.outOrderNo);
    if (m_complete->mode() == Mode::PayAfter)
        run(m_session->runner(Mode::PayAfter)->complete(m_complete->payAfterRequest()),
            Mode::PayAfter, summary.outOrderNo, m_complete, what);
    else
        run(m_session->runner(Mode::ServiceOrder)->complete(m_complete->serviceOrderRequest()),
            Mode::ServiceOrder, summary.outOrderNo, m_complete, what);
}

void MainWindow::submitQuery(bool settlesJournal)
{
    if (isBusy() || !ensureSession())
        return;
    const payscore::OrderQuery query = m_query->query();
    const QString number = query.key.outOrderNo.isEmpty() ? query.queryId : query.key.outOrderNo;
    run(m_session->runner(query.key.mode)->query(query), query.key.mode, query.key.outOrderNo,
        m_query, tr("Querying order %1…").arg(number),
        settlesJournal && !query.key.outOrderNo.isEmpty());
}

void MainWindow::queryOrder(Mode mode, const QString &outOrderNo)
{
    m_ui->screens->setCurrentWidget(m_query);
    m_query->setOrder(mode, outOrderNo);
    // The operator asked because a write's outcome is unknown: a verified answer settles it.
    if (m_query->checkBeforeSending())
        submitQuery(true);
}

void MainWindow::run(payscore::PendingOperation *operation, Mode mode, const QString &outOrderNo,
    QWidget *source, const QString &what, bool settlesJournal)
{
    m_pending = operation;
    m_lastSource = source;
    setBusy(true);
    m_results->showBusy(what);
    connect(operation, &payscore::PendingOperation::finished, this,
        [this, operation, mode, outOrderNo, settlesJournal](
            const payscore::OperationResult &result) {
            operation->deleteLater();
            if (settlesJournal)
                settleJournal(result, mode, outOrderNo);
            if (operation != m_pending)
                return; // not the one on screen (a guard): the journal has its outcome
            m_pending = nullptr;
            setBusy(false);
            m_results->showResult(result, mode, outOrderNo);
            m_journalPage->refresh();
            emit operationFinished(result);
        });
}

void MainWindow::settleJournal(
    const payscore::OperationResult &result, Mode mode, const QString &outOrderNo)
{
    const journal::OrderFinding finding = journal::PayScoreOrderLookup::findingFor(result);
    if (!m_journal || !m_session || finding.kind == journal::OrderFinding::Kind::Failed)
        return; // no verified answer: the writes stay unknown and blocked
    const payscore::OperationRunner *runner = m_session->runner(mode);
    const journal::Reconciliation reconciliation
        = journal::Reconciler::reconciliationFor(finding, runner->operatorName());
    int settled = 0;
    for (const journal::JournalEntry &entry : m_journal->outcomeUnknown()) {
        if (entry.write.profileName == runner->profileName()
            && entry.write.mode == payscore::modeName(mode) && entry.write.outOrderNo == outOrderNo
            && m_journal->recordReconciliation(entry.id, reconciliation))
            ++settled;
    }
    if (settled > 0)
        statusBar()->showMessage(tr("Order %1: the unknown outcome is settled in the journal (%2).")
                                     .arg(outOrderNo, reconciliation.orderState),
            10000);
}

void MainWindow::stopWaiting()
{
    // Aborts the request (and a follow-up query): the operation finishes from within cancel(),
    // and run()'s handler shows its outcome (unknown when the request may have left) at once.
    if (m_pending)
        m_pending->cancel();
}

void MainWindow::setBusy(bool busy)
{
    m_sync->setBusy(busy);
    m_complete->setBusy(busy);
    m_query->setBusy(busy);
    m_ui->profileCombo->setEnabled(!busy);
}

void MainWindow::setLanguage(const QString &language)
{
    m_language->setLanguage(language);
    m_ui->actionChinese->setChecked(language == QLatin1String("zh_CN"));
    m_ui->actionEnglish->setChecked(language != QLatin1String("zh_CN"));
    retranslate();
}

QString MainWindow::language() const
{
    return m_language->language();
}

void MainWindow::retranslate()
{
    statusBar()->clearMessage(); // a message in the old language would stay behind
    m_ui->screens->setTabText(0, tr("Sync (同步订单)"));
    m_ui->screens->setTabText(1, tr("Complete (完结订单)"));
    m_ui->screens->setTabText(2, tr("Query (查询订单)"));
    m_ui->screens->setTabText(
        3, m_unknownCount > 0 ? tr("Journal (%1 unknown)").arg(m_unknownCount) : tr("Journal"));
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
