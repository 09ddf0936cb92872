#pragma once

#include "JournalBackend.h"

namespace psc::journal {

// The team journal on PostgreSQL (Qt's QPSQL driver over libpq). A write's check-and-insert
// holds a transaction-scoped advisory lock on the write's key, so two PCs sending the same
// write queue up and the second one sees the first one's pending entry.
class PostgresJournalBackend : public JournalBackend {
public:
    explicit PostgresJournalBackend(const JournalLocation &location);

    // The group roles the DBA script creates; the migrations grant them their rights.
    static constexpr const char *operatorRole = "payscore_operator";
    static constexpr const char *auditorRole = "payscore_auditor";

    QString driverName() const override { return QStringLiteral("QPSQL"); }
    bool configure(QSqlDatabase &db, const QString &password, QString *error) const override;
    bool afterOpen(QSqlDatabase &db, QString *error) const override;
    QStringList beginMigration() const override;
    int readVersion(QSqlDatabase &db, QString *error) const override;
    QList<QStringList> migrations() const override;
    QString writeVersion(int version) const override;
    QStringList afterMigration() const override;
    QString beginWriteTransaction() const override { return QStringLiteral("BEGIN"); }
    QString lockWriteKey() const override
    {
        return QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))");
    }
    QString containsCondition(const QString &column) const override;
    bool reconnectsAfterFailure() const override { return true; }

private:
    JournalLocation m_location;
};

} // namespace psc::journal
