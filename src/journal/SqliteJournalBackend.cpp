#include "SqliteJournalBackend.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace psc::journal {

SqliteJournalBackend::SqliteJournalBackend(const JournalLocation &location)
    : m_path(location.path())
{
}

bool SqliteJournalBackend::configure(QSqlDatabase &db, const QString &, QString *error) const
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the journal folder %1")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    db.setDatabaseName(m_path);
    // Another process may hold the write lock for a moment: wait rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    return true;
}

bool SqliteJournalBackend::afterOpen(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    // WAL: a commit is one append to the log, readers never block the writer, and a crash at
    // any point leaves the last committed state. FULL: the log is fsynced at every commit, so
    // "committed" means "on disk" before the request is allowed to leave.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("WAL mode refused: %1").arg(query.lastError().text());
        return false;
    }
    for (const char *pragma : { "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON" }) {
        if (!query.exec(QString::fromLatin1(pragma))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

int SqliteJournalBackend::readVersion(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

QList<QStringList> SqliteJournalBackend::migrations() const
{
    return sharedMigrations(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"),
        QStringLiteral("lower(hex(randomblob(16)))"));
}

QString SqliteJournalBackend::writeVersion(int version) const
{
    return QStringLiteral("PRAGMA user_version=%1").arg(version);
}

QString SqliteJournalBackend::containsCondition(const QString &column) const
{
    return QStringLiteral("instr(%1, ?) > 0").arg(column);
}

} // namespace psc::journal
