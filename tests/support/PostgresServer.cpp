#include "PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace psc::test {

namespace {

// Debian's PostgreSQL 15; CI on Windows and macOS names its own (PAYSCORE_PG_BINDIR).
QString binDir()
{
    const QString configured = qEnvironmentVariable("PAYSCORE_PG_BINDIR");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : configured;
}

// initdb and the server refuse to run as root: they then run as the `postgres` account.
bool isRoot()
{
#ifdef Q_OS_WIN
    return false;
#else
    return geteuid() == 0;
#endif
}

int freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("pg-test-")))
            QSqlDatabase::removeDatabase(name);
    }
}

bool PostgresServer::runTool(const QString &tool, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    const QString program = binDir() + QLatin1Char('/') + tool;
    if (isRoot())
        process.start(QStringLiteral("runuser"),
            QStringList {
                QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_lastError = tool + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll())
            + process.errorString();
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    if (m_running)
        return true;
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/payscore-pg-XXXXXX"));
        m_dataDir = m_dir->filePath(QStringLiteral("data"));
        QFile pwfile(m_dir->filePath(QStringLiteral("pw")));
        if (!m_dir->isValid() || !pwfile.open(QIODevice::WriteOnly) || pwfile.write(password) < 0) {
            *error = QStringLiteral("cannot prepare a folder for PostgreSQL");
            return false;
        }
        pwfile.close();
        if (isRoot()) {
            // The server runs as `postgres`: it owns the folder.
            QProcess::execute(QStringLiteral("chown"),
                { QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir->path() });
        }
        if (!runTool(QStringLiteral("initdb"),
                { QStringLiteral("-D"), m_dataDir, QStringLiteral("-U"), QStringLiteral("postgres"),
                    QStringLiteral("--pwfile=") + m_dir->filePath(QStringLiteral("pw")),
                    QStringLiteral("--auth-local=scram-sha-256"),
                    QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"),
                    QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                    QStringLiteral("--no-sync") })) {
            *error = m_lastError;
            return false;
        }
        m_port = freeLoopbackPort();
    }
    // Loopback only; the socket lives in our folder, never in /var/run.
    // fsync off: durability is the server's own business, and tests must stay fast on a busy box.
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_port)
                                .arg(m_dir->path());
    if (!runTool(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), m_dataDir, QStringLiteral("-o"), options, QStringLiteral("-l"),
                m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start") })) {
        *error = m_lastError;
        return false;
    }
    m_running = true;
    qputenv("PGPASSWORD", password);
#ifndef Q_OS_WIN
    if (!m_watchdog) {
        // A test that crashes never runs the destructor: a watchdog stops the server when this
        // process is gone, so no server outlives its test.
        const QString stopCommand
            = QStringLiteral("%1%2/pg_ctl -D '%3' -m immediate stop")
                  .arg(isRoot() ? QStringLiteral("runuser -u postgres -- ") : QString(), binDir(),
                      m_dataDir);
        m_watchdog = QProcess::startDetached(QStringLiteral("sh"),
            { QStringLiteral("-c"),
                QStringLiteral("while [ -d /proc/%1 ]; do sleep 1; done; %2 >/dev/null 2>&1")
                    .arg(QCoreApplication::applicationPid())
                    .arg(stopCommand) });
    }
#endif
    return true;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    // Open test connections would hold a "fast" shutdown up for nothing: drop them first.
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("pg-test-")))
            QSqlDatabase::database(name, false).close();
    }
    m_running = !runTool(QStringLiteral("pg_ctl"),
        { QStringLiteral("-D"), m_dataDir, QStringLiteral("-m"), QStringLiteral("fast"),
            QStringLiteral("-w"), QStringLiteral("stop") });
    return !m_running;
}

QString PostgresServer::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
}

QSqlDatabase PostgresServer::connection(const QString &database)
{
    const QString name = QStringLiteral("pg-test-") + database;
    QSqlDatabase db = QSqlDatabase::contains(name)
        ? QSqlDatabase::database(name, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isOpen()) {
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(QStringLiteral("postgres"));
        db.setPassword(QString::fromLatin1(password));
        if (!db.open())
            m_lastError = db.lastError().text();
    }
    return db;
}

QString PostgresServer::createDatabase(const QString &owner)
{
    const QString name = QStringLiteral("journal_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++m_databases);
    return exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, owner)) ? name : QString();
}

bool PostgresServer::exec(const QString &sql, const QString &database)
{
    QSqlQuery query(connection(database));
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QString PostgresServer::scalar(const QString &sql, const QString &database)
{
    QSqlQuery query(connection(database));
    if (!query.exec(sql) || !query.next()) {
        m_lastError = query.lastError().text();
        return QString();
    }
    return query.value(0).toString();
}

bool PostgresServer::runScript(const QString &file, const QString &database)
{
    QProcess psql;
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(QStringLiteral("psql"),
        { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
            QStringLiteral("postgres"), QStringLiteral("-d"), database, QStringLiteral("-f"),
            file });
    if (!psql.waitForFinished(60000) || psql.exitCode() != 0) {
        m_lastError = QString::fromLocal8Bit(psql.readAll());
        return false;
    }
    return true;
}

} // namespace psc::test
