#pragma once

#include "JournalBackend.h"

namespace psc::journal {

// The local journal: one SQLite file (WAL, synchronous=FULL). BEGIN IMMEDIATE takes the
// file's write lock, so a check-and-insert is serialised against every process on this PC.
class SqliteJournalBackend : public JournalBackend {
public:
    explicit SqliteJournalBackend(const JournalLocation &location);

    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    bool configure(QSqlDatabase &db, const QString &password, QString *error) const override;
    bool afterOpen(QSqlDatabase &db, QString *error) const override;
    QStringList beginMigration() const override { return { QStringLiteral("BEGIN IMMEDIATE") }; }
    int readVersion(QSqlDatabase &db, QString *error) const override;
    QList<QStringList> migrations() const override;
    QString writeVersion(int version) const override;
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString lockWriteKey() const override { return {}; }
    QString containsCondition(const QString &column) const override;
    bool reconnectsAfterFailure() const override { return false; }

private:
    QString m_path;
};

} // namespace psc::journal
