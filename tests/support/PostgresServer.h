#pragma once

// A real PostgreSQL 15 server for tests, started in a temporary directory on 127.0.0.1 and a
// free port, stopped when this object goes (also when a test fails). Every PostgreSQL test
// uses this one class.
//
// initdb refuses to run as root; CI and developers' containers often are root, so the server
// then runs as the `postgres` account (runuser). The superuser `postgres` and every role a test
// creates have password PostgresServer::password, which start() puts in PGPASSWORD so that
// the program under test (and payscore-cli children) find it the way a store PC would.
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace psc::test {

class PostgresServer {
public:
    static constexpr const char *password = "payscore-test-pw";

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    bool start(QString *error);
    bool stop(); // fast shutdown; start() brings it back on the same port with the same data
    bool isRunning() const { return m_running; }
    int port() const { return m_port; }

    // postgresql://USER@127.0.0.1:PORT/DATABASE
    QString url(const QString &database, const QString &user = QStringLiteral("postgres")) const;
    // A new, empty database owned by `owner`; its name.
    QString createDatabase(const QString &owner = QStringLiteral("postgres"));
    // Runs SQL as the superuser in `database`; false (with the reason in lastError) on failure.
    bool exec(const QString &sql, const QString &database = QStringLiteral("postgres"));
    // Runs a file of SQL with psql as the superuser (the DBA script).
    bool runScript(const QString &file, const QString &database);
    // The first column of the first row, as text.
    QString scalar(const QString &sql, const QString &database);
    QString lastError() const { return m_lastError; }

private:
    bool runTool(const QString &tool, const QStringList &arguments, int timeoutMs = 60000);
    QSqlDatabase connection(const QString &database);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dataDir;
    int m_port = 0;
    bool m_running = false;
    bool m_watchdog = false;
    int m_databases = 0;
    QString m_lastError;
};

} // namespace psc::test
