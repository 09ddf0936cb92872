#include "JournalBackend.h"

#include "PostgresJournalBackend.h"
#include "SqliteJournalBackend.h"

namespace psc::journal {

std::unique_ptr<JournalBackend> JournalBackend::create(const JournalLocation &location)
{
    if (location.isTeamJournal())
        return std::make_unique<PostgresJournalBackend>(location);
    return std::make_unique<SqliteJournalBackend>(location);
}

QList<QStringList> JournalBackend::sharedMigrations(const QString &idColumn, const QString &newId)
{
    // Times are ISO 8601 UTC text with milliseconds on both back ends: they sort and compare
    // as text, and an entry reads back exactly as it was written.
    const QString version1 = QStringLiteral(R"(
CREATE TABLE IF NOT EXISTS entries (
    id %1,
    started_at TEXT NOT NULL,
    operator TEXT NOT NULL,
    profile TEXT NOT NULL,
    mode TEXT NOT NULL,
    operation TEXT NOT NULL,
    out_order_no TEXT NOT NULL,
    request_body TEXT,
    amount_fen BIGINT,
    outcome TEXT NOT NULL DEFAULT 'pending',
    http_status INTEGER,
    request_id TEXT,
    error_code TEXT,
    error_message TEXT,
    order_id TEXT,
    state TEXT,
    elapsed_ms BIGINT,
    finished_at TEXT,
    reconciled_at TEXT,
    reconciliation TEXT,
    reconciled_by TEXT,
    reconciled_state TEXT,
    reconciled_order_id TEXT,
    reconciled_note TEXT
))")
                                 .arg(idColumn);
    return {
        { version1,
            QStringLiteral("CREATE INDEX IF NOT EXISTS entries_order ON entries(out_order_no)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS entries_started ON entries(started_at)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS entries_outcome ON entries(outcome)") },
        // 2: who wrote it (OS account, PC), where a migrated entry came from (so a second
        // migration copies nothing twice), and the journal's own identity.
        { QStringLiteral("ALTER TABLE entries ADD COLUMN os_account TEXT"),
            QStringLiteral("ALTER TABLE entries ADD COLUMN host_name TEXT"),
            QStringLiteral("ALTER TABLE entries ADD COLUMN origin TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX entries_origin ON entries(origin)"),
            QStringLiteral("CREATE INDEX entries_write_key ON entries(profile, mode, operation, "
                           "out_order_no)"),
            QStringLiteral("CREATE TABLE journal_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO journal_meta (key, value) VALUES ('journal_id', %1)")
                .arg(newId) },
    };
}

} // namespace psc::journal
