#pragma once

#include "JournalLocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace psc::journal {

// What differs between the two places a journal can live; everything else (the entries, the
// filters, the rules) is one piece of SQL in Journal. A backend knows how to connect, how its
// schema version is stored, the migrations that bring a database to the current version, and
// how one write's check-and-insert is serialised against every other writer.
class JournalBackend {
public:
    virtual ~JournalBackend() = default;
    static std::unique_ptr<JournalBackend> create(const JournalLocation &location);

    virtual QString driverName() const = 0; // QSQLITE, QPSQL
    // Names the database on `db` before it is opened; false with the reason when it cannot be.
    virtual bool configure(QSqlDatabase &db, const QString &password, QString *error) const = 0;
    // Right after open, outside any transaction (SQLite: WAL, synchronous=FULL).
    virtual bool afterOpen(QSqlDatabase &db, QString *error) const = 0;

    // Opens the transaction that migrations run in, serialised against every other program
    // migrating the same database at once.
    virtual QStringList beginMigration() const = 0;
    // The schema version stored in the database; 0 for an empty one; -1 on error.
    virtual int readVersion(QSqlDatabase &db, QString *error) const = 0;
    // migrations()[n] brings version n to version n + 1.
    virtual QList<QStringList> migrations() const = 0;
    virtual QString writeVersion(int version) const = 0;
    // Run after any migration, inside its transaction, and again at every open in a
    // transaction opened by beginMigration (PostgreSQL: the roles' grants, idempotent).
    virtual QStringList afterMigration() const { return {}; }

    // Opens the transaction of one write's check-and-insert.
    virtual QString beginWriteTransaction() const = 0;
    // Serialises that transaction per write key (`?` is the key); empty when beginning the
    // transaction already serialises all writers.
    virtual QString lockWriteKey() const = 0;
    // A condition true when `column` contains the bound text.
    virtual QString containsCondition(const QString &column) const = 0;
    // True when a failed statement may mean the connection is gone, so it is re-opened.
    virtual bool reconnectsAfterFailure() const = 0;

protected:
    // The schema both back ends share, step by step; only the id column is spelt differently.
    static QList<QStringList> sharedMigrations(const QString &idColumn, const QString &newId);
};

} // namespace psc::journal
