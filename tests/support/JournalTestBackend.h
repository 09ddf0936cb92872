#pragma once

// Which journal back end one run of a journal test suite exercises. The same executable is
// registered twice with ctest (payscore_add_qtest … BACKENDS sqlite postgres): once as is
// (SQLite, a file in a temporary folder) and once with PAYSCORE_TEST_JOURNAL_BACKEND=postgres
// (a fresh database on a PostgresServer that this object starts and stops).
#include "PostgresServer.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace psc::test {

class JournalTestBackend {
public:
    static bool isPostgres()
    {
        return qEnvironmentVariable("PAYSCORE_TEST_JOURNAL_BACKEND") == QLatin1String("postgres");
    }

    // Starts the server when the run is against PostgreSQL.
    bool setUp(QString *error)
    {
        if (!isPostgres() || m_server)
            return true;
        m_server = std::make_unique<PostgresServer>();
        return m_server->start(error);
    }
    PostgresServer *server() const { return m_server.get(); }

    // A new, empty journal: a file under `dir`, or a new database.
    QString newLocation(
        const QTemporaryDir &dir, const QString &fileName = QStringLiteral("journal.sqlite"))
    {
        if (!m_server)
            return dir.filePath(QStringLiteral("sub/") + fileName);
        m_database = m_server->createDatabase();
        return m_server->url(m_database);
    }

    // Runs SQL straight on the journal's storage, behind the program's back (as an older or
    // newer program, or an inspector, would).
    bool exec(const QString &location, const QString &sql)
    {
        if (m_server)
            return m_server->exec(sql, QUrl(location).path().mid(1));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(
                QStringLiteral("QSQLITE"), QStringLiteral("journal-test-raw"));
            db.setDatabaseName(location);
            ok = db.open() && QSqlQuery(db).exec(sql);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("journal-test-raw"));
        return ok;
    }

    // Every byte the journal keeps: the SQLite files (database, WAL, shared memory), or every
    // row of every table on the server.
    QByteArray storedBytes(const QString &location)
    {
        QByteArray bytes;
        if (m_server) {
            const QString database = QUrl(location).path().mid(1);
            for (const char *table : { "entries", "journal_meta", "journal_schema" })
                bytes += m_server
                             ->scalar(QStringLiteral("SELECT string_agg(t::text, ' ') FROM %1 t")
                                          .arg(QLatin1String(table)),
                                 database)
                             .toUtf8();
            return bytes;
        }
        const QDir folder = QFileInfo(location).absoluteDir();
        for (const QString &file : folder.entryList(QDir::Files)) {
            QFile f(folder.filePath(file));
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }

private:
    std::unique_ptr<PostgresServer> m_server;
    QString m_database;
};

} // namespace psc::test
