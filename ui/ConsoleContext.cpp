#include "ConsoleContext.h"

#include "JournalConnection.h"

#include <core/BackgroundPriority.h>
#include <journal/Journal.h>
#include <journal/OperatorIdentity.h>
#include <journal/PayScoreOrderLookup.h>
#include <payscore/OperationRunner.h>
#include <profile/Profile.h>
#include <sandbox/Sandbox.h>

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>

namespace psc::ui {

namespace {

// QSettings key of the profile file opened last, reopened on the next start.
const char kLastProfileKey[] = "profile/last";

} // namespace

ConsoleContext::ConsoleContext(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
    , m_journalConnection(new JournalConnection(this))
    , m_operatorName(journal::OperatorIdentity::session().name())
{
    if (m_options.dataDir.isEmpty())
        m_options.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    connect(m_journalConnection, &JournalConnection::reachabilityChanged, this,
        [this] { emit journalStatusChanged(journalStatus()); });
}

ConsoleContext::~ConsoleContext()
{
    // The runners go before the network and the sandbox they talk to.
    m_orderLookup.reset();
    m_session.reset();
    if (m_sandboxThread) {
        // Waits for a start still generating keys, then stops and deletes the sandbox on its
        // own thread (its sockets belong there).
        sandbox::Sandbox *sandbox = m_sandbox;
        QMetaObject::invokeMethod(
            sandbox,
            [sandbox] {
                sandbox->stop();
                delete sandbox;
            },
            Qt::BlockingQueuedConnection);
        m_sandboxThread->quit();
        m_sandboxThread->wait();
        delete m_sandboxThread;
    }
}

void ConsoleContext::start()
{
    QDir().mkpath(m_options.dataDir);
    openJournal();

    // Read before the sandbox opens (and becomes the last profile itself). A profile other
    // than the sandbox's opens at once; the sandbox's opens when the sandbox is up.
    const QString last = QSettings().value(QLatin1String(kLastProfileKey)).toString();
    if (m_options.startSandbox)
        startSandbox();
    if (!last.isEmpty() && last != sandboxProfilePath() && QFileInfo::exists(last))
        openProfile(last);
}

void ConsoleContext::openJournal()
{
    // A team journal that cannot be reached is opened all the same: its writes are refused
    // until it can be, and the connection keeps trying.
    auto opened = m_journalConnection->open(JournalConnection::locationFor(m_options.journalPath));
    m_journal = opened ? opened.value() : nullptr;
    m_journalError = opened ? QString() : opened.error();
    emit journalStatusChanged(journalStatus());
}

QString ConsoleContext::journalStatus() const
{
    if (!m_journal)
        return tr("The audit journal cannot be opened: %1").arg(m_journalError);
    QString problem = m_journalConnection->problem();
    if (!problem.isEmpty() || !m_journal->location().isTeamJournal())
        return problem;
    return tr("The team journal is connected (%1).").arg(m_journal->location().displayName());
}

void ConsoleContext::reopenJournal()
{
    openJournal();
    if (m_session)
        openProfile(m_session->info().path);
}

QString ConsoleContext::sandboxProfilePath() const
{
    return QDir(QDir(m_options.dataDir).filePath(QStringLiteral("sandbox")))
        .filePath(sandbox::Sandbox::profileFileName());
}

void ConsoleContext::startSandbox()
{
    m_sandboxThread = new QThread;
    m_sandboxThread->setObjectName(QStringLiteral("sandbox"));
    m_sandbox = new sandbox::Sandbox;
    m_sandbox->moveToThread(m_sandboxThread);
    m_sandboxThread->start();
    m_sandboxState = SandboxState::Starting;

    sandbox::SandboxOptions options;
    options.dir = QDir(m_options.dataDir).filePath(QStringLiteral("sandbox"));
    sandbox::Sandbox *sandbox = m_sandbox;
    QMetaObject::invokeMethod(sandbox, [this, sandbox, options] {
        runBelowTheWindow();
        const Result<QUrl> started = sandbox->start(options);
        // Back on the UI thread; dropped if this context is gone by then.
        QMetaObject::invokeMethod(
            this, [this, started] { sandboxStarted(started); }, Qt::QueuedConnection);
    });
}

void ConsoleContext::sandboxStarted(const Result<QUrl> &started)
{
    if (!started) {
        m_sandboxError = tr("The built-in sandbox could not start: %1").arg(started.error());
        m_sandboxState = SandboxState::Failed;
    } else {
        m_sandboxState = SandboxState::Ready;
        if (!m_session && !openProfile(sandboxProfilePath()))
            m_sandboxError = m_lastError;
    }
    emit sandboxStateChanged(m_sandboxState);
}

bool ConsoleContext::openProfile(const QString &path)
{
    session::MerchantSession::Options options;
    options.network = m_network;
    options.journal = m_journal; // null: every write is refused (never one without its entry)
    options.operatorName = m_operatorName;
    auto opened = session::MerchantSession::open(path, options);
    if (!opened) {
        m_lastError = tr("Profile %1 cannot be used: %2")
                          .arg(QDir::toNativeSeparators(path), opened.error());
        return false;
    }
    m_orderLookup.reset(); // it holds the old session's runners
    m_session = std::move(opened.value());
    QSettings().setValue(QLatin1String(kLastProfileKey), path);
    m_orderLookup = std::make_unique<journal::PayScoreOrderLookup>(
        [merchant = m_session.get()](
            payscore::Mode mode) -> payscore::OperationRunner & { return *merchant->runner(mode); },
        m_session->info().defaults);
    emit sessionChanged();
    return true;
}

bool ConsoleContext::isBuiltInSandbox() const
{
    return !m_session || m_session->info().path == sandboxProfilePath();
}

QString ConsoleContext::builtInSandboxName()
{
    return tr("Sandbox (built-in)");
}

QString ConsoleContext::profileDisplayName() const
{
    if (!m_session)
        return {};
    return isBuiltInSandbox() ? builtInSandboxName() : m_session->info().name;
}

void ConsoleContext::setOperatorName(const QString &name)
{
    m_operatorName = name;
    if (m_session)
        m_session->setOperatorName(name);
}

QString ConsoleContext::profilesDir() const
{
    return QDir(m_options.dataDir).filePath(QStringLiteral("profiles"));
}

QList<QPair<QString, QString>> ConsoleContext::savedProfiles() const
{
    QList<QPair<QString, QString>> found;
    const QDir dir(profilesDir());
    for (const QFileInfo &file :
        dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const auto loaded = profile::Profile::load(file.absoluteFilePath());
        found.append({ loaded && !loaded->name.isEmpty() ? loaded->name : file.completeBaseName(),
            file.absoluteFilePath() });
    }
    return found;
}

bool ConsoleContext::saveAndOpen(const profile::Profile &profile, QString path)
{
    if (path.isEmpty()) {
        QString base = profile.name;
        base.replace(QRegularExpression(QStringLiteral("[^\\w-]+"),
                         QRegularExpression::UseUnicodePropertiesOption),
            QStringLiteral("_"));
        QDir().mkpath(profilesDir());
        path = QDir(profilesDir())
                   .filePath((base.isEmpty() ? QStringLiteral("profile") : base)
                       + QStringLiteral(".json"));
    }
    if (const QString error = profile.save(path); !error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    return openProfile(path);
}

} // namespace psc::ui
