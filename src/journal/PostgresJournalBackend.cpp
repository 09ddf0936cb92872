#include "PostgresJournalBackend.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace psc::journal {

namespace {

// The columns an operator may change after the insert: the outcome and the reconciliation.
// Who wrote what, and when, stays as it was inserted.
const char *const outcomeColumns
    = "outcome, http_status, request_id, error_code, error_message, order_id, state, "
      "elapsed_ms, finished_at, reconciled_at, reconciliation, reconciled_by, reconciled_state, "
      "reconciled_order_id, reconciled_note";

} // namespace

PostgresJournalBackend::PostgresJournalBackend(const JournalLocation &location)
    : m_location(location)
{
}

bool PostgresJournalBackend::configure(QSqlDatabase &db, const QString &password, QString *) const
{
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setDatabaseName(m_location.database());
    db.setUserName(m_location.userName());
    // Empty: libpq looks in PGPASSWORD and PGPASSFILE (~/.pgpass) itself.
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(m_location.connectOptions());
    return true;
}

bool PostgresJournalBackend::afterOpen(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    // Entries hold Chinese names and notes: the connection speaks UTF-8 whatever the
    // server's default is.
    if (!query.exec(QStringLiteral("SET client_encoding TO 'UTF8'"))) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

QStringList PostgresJournalBackend::beginMigration() const
{
    // Several PCs may start at once on a fresh database: one migrates, the others wait and
    // then find the schema current.
    return { QStringLiteral("BEGIN"),
        QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('payscore journal schema'))") };
}

int PostgresJournalBackend::readVersion(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('journal_schema') IS NOT NULL"))
        || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT max(version) FROM journal_schema")) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

QList<QStringList> PostgresJournalBackend::migrations() const
{
    QList<QStringList> steps
        = sharedMigrations(QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"),
            QStringLiteral("gen_random_uuid()::text"));
    steps.first().prepend(QStringLiteral("CREATE TABLE journal_schema (version INTEGER NOT NULL)"));
    return steps;
}

QString PostgresJournalBackend::writeVersion(int version) const
{
    return QStringLiteral("INSERT INTO journal_schema (version) VALUES (%1)").arg(version);
}

QStringList PostgresJournalBackend::afterMigration() const
{
    // Granted only to the roles that exist, so a trial on a bare server works too; and again
    // at every open by the tables' owner (Journal::migrate), so roles the DBA creates after
    // the schema was made get their rights too. Another login (an operator) skips it: only
    // the owner may grant. Operators insert, read and settle entries; nobody but the owner
    // may delete or rewrite history.
    return { QStringLiteral(R"(DO $$
BEGIN
    IF NOT pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'entries'::regclass),
                       'USAGE') THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN
        GRANT SELECT, INSERT ON entries TO %1;
        GRANT UPDATE (%3) ON entries TO %1;
        GRANT SELECT ON journal_schema, journal_meta TO %1;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%2') THEN
        GRANT SELECT ON entries, journal_schema, journal_meta TO %2;
    END IF;
END
$$)")
                 .arg(QLatin1String(operatorRole), QLatin1String(auditorRole),
                     QLatin1String(outcomeColumns)) };
}

QString PostgresJournalBackend::containsCondition(const QString &column) const
{
    return QStringLiteral("strpos(%1, ?) > 0").arg(column);
}

} // namespace psc::journal
