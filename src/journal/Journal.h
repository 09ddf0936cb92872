#pragma once

#include "JournalEntry.h"
#include "JournalFilter.h"
#include "JournalLocation.h"

#include <core/Result.h>

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace psc::journal {

class JournalBackend;

// The audit journal: every write request is committed as pending before it leaves the machine
// and updated once its outcome is known. It lives in a local SQLite file (WAL,
// synchronous=FULL; the default) or in a team journal on PostgreSQL shared by every PC of a
// chain (see JournalLocation); the promises are the same on both:
//  - a kill -9 at any moment leaves either nothing sent or a pending entry, never a lost write;
//  - the same write is refused while any process's (any PC's) entry for it is unsettled: the
//    check and the insert are one transaction, serialised per write;
//  - a reconciliation by anyone settles it for everyone.
// Several processes (the console and payscore-cli, on one PC or many) use one journal at once.
class Journal {
public:
    // The location in PAYSCORE_JOURNAL_URL, else the file in PAYSCORE_JOURNAL, else
    // <GenericDataLocation>/PayScoreConsole/journal.sqlite.
    static QString defaultPath();

    enum class Connect {
        Now, // fail when the journal cannot be reached (payscore-cli)
        WhenReachable, // a team journal that is down is opened anyway and connects when it can:
                       // writes are refused until then (the console keeps retrying)
    };
    // `location` is a file path or a postgresql:// URL; `password` (for a team journal; never
    // stored) may be empty, and libpq then reads PGPASSWORD / PGPASSFILE.
    static Result<std::shared_ptr<Journal>> open(const QString &location = defaultPath(),
        const QString &password = {}, Connect connect = Connect::Now);
    // Opens this journal again (same location, same password) for another thread: a
    // QSqlDatabase connection belongs to the thread that opened it, so a worker that reads
    // the journal calls the opener there, and the journal it gives is destroyed there too.
    using Opener = std::function<Result<std::shared_ptr<Journal>>()>;
    Opener opener() const;
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    QString path() const { return m_location.text(); }
    const JournalLocation &location() const { return m_location; }
    // Whether the last statement found the journal reachable. For a team journal, connect()
    // tries again when it was not; a local journal is always connected once open.
    bool isConnected() const;
    bool connect() const;
    // Only connect() opens a connection to the server; any other statement while there is
    // none fails at once. The console sets this for a team journal: a server that does not
    // answer would otherwise hold its UI thread for connect_timeout on every write, so the
    // console calls connect() only once a probe off that thread found the server answering
    // (ui/JournalConnection).
    void setConnectsOnlyInConnect(bool only) { m_connectsOnlyInConnect = only; }
    // Closes the connection (the server stopped answering); the next connect() opens anew.
    void dropConnection() const { m_reconnect = true; }

    // Commits the pending entry (durably, before returning) and gives its id. A failure means
    // the request must not be sent.
    Result<qint64> beginWrite(const PendingWrite &write);
    // The same, unless this write is unsettled (see unsettledWrite): then nothing is written,
    // *blockedBy holds the unsettled entry and the result is a failure. Check and insert run
    // in one transaction serialised per write key, so no two processes (or PCs) pass the check.
    Result<qint64> beginWriteIfSettled(
        const PendingWrite &write, std::optional<JournalEntry> *blockedBy);
    // Records the outcome; false (with the reason in lastError) when the update failed.
    bool recordResult(qint64 id, const WriteResult &result);
    bool recordReconciliation(qint64 id, const Reconciliation &reconciliation);
    // Copies an entry of another journal as it is (times, outcome, reconciliation), marked
    // with `origin`; an entry with that origin already here is left alone (*copied false).
    bool importEntry(const JournalEntry &entry, const QString &origin, bool *copied);
    // This journal's identity (made when it was created), for the origin of copied entries.
    QString journalId() const;

    std::optional<JournalEntry> entry(qint64 id) const;
    QList<JournalEntry> entries(const JournalFilter &filter = {}) const; // newest first
    QList<JournalEntry> outcomeUnknown() const; // pending + unknown, not reconciled
    // The newest entry of this write (profile, mode, operation, order) when its outcome is
    // unknown and unreconciled: the same write must not be sent again until it is settled.
    std::optional<JournalEntry> unsettledWrite(const QString &profileName, const QString &mode,
        const QString &operation, const QString &outOrderNo) const;
    // Distinct values for filter pickers.
    QStringList operators() const;
    QStringList profiles() const;
    QStringList osAccounts() const;
    QStringList hostNames() const;

    QString lastError() const { return m_lastError; }

    // Tests pin the clock; production uses the system clock (UTC).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static constexpr int schemaVersion = 2;

private:
    Journal(JournalLocation location, std::unique_ptr<JournalBackend> backend, QString password);
    QSqlDatabase database() const; // open and migrated, or closed with lastError set
    bool migrate(QSqlDatabase &db) const;
    void reapplyAfterMigration(QSqlDatabase &db) const;
    // exec (the prepared query, or `statement`); on failure lastError, and a reconnect later.
    bool run(QSqlQuery &query, const QString &statement = {}) const;
    bool runAll(QSqlDatabase &db, const QStringList &statements) const;
    Result<qint64> insertEntry(QSqlDatabase &db, const JournalEntry &entry, const QString &origin);
    Result<qint64> writeTransaction(
        const PendingWrite &write, bool checkSettled, std::optional<JournalEntry> *blockedBy);
    bool updateOne(QSqlQuery &query, qint64 id);
    QStringList distinct(const char *column) const;
    QDateTime now() const;

    JournalLocation m_location;
    std::unique_ptr<JournalBackend> m_backend;
    QString m_connectionName;
    QString m_password;
    mutable bool m_connected = false;
    mutable bool m_reconnect = false;
    bool m_connectsOnlyInConnect = false;
    mutable bool m_connecting = false; // inside connect()
    mutable bool m_schemaRefused = false; // a schema this program cannot use: no retry helps
    mutable QString m_lastError;
    std::function<QDateTime()> m_clock;
};

} // namespace psc::journal
