#pragma once

#include "JournalEntry.h"
#include "JournalFilter.h"

#include <core/Result.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace psc::journal {

// The audit journal: one SQLite file (WAL, synchronous=FULL) in which every write request is
// committed as pending before it leaves the machine and updated once its outcome is known.
// A kill -9 at any moment leaves either nothing sent or a pending entry, never a lost write.
// Several processes (the console and payscore-cli) may use the same file at once.
class Journal {
public:
    // <AppDataLocation>/journal.sqlite, or the file named by PAYSCORE_JOURNAL when set (tests,
    // scripts that want their own journal).
    static QString defaultPath();

    static Result<std::shared_ptr<Journal>> open(const QString &path = defaultPath());
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    QString path() const { return m_path; }

    // Commits the pending entry (durably, before returning) and gives its id. A failure means
    // the request must not be sent.
    Result<qint64> beginWrite(const PendingWrite &write);
    // The same, unless this write is unsettled (see unsettledWrite): then nothing is written,
    // *blockedBy holds the unsettled entry and the result is a failure. Check and insert run
    // in one IMMEDIATE transaction, so the console and a CLI cannot both pass the check.
    Result<qint64> beginWriteIfSettled(
        const PendingWrite &write, std::optional<JournalEntry> *blockedBy);
    // Records the outcome; false (with the reason in lastError) when the update failed.
    bool recordResult(qint64 id, const WriteResult &result);
    bool recordReconciliation(qint64 id, const Reconciliation &reconciliation);

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

    QString lastError() const { return m_lastError; }

    // Tests pin the clock; production uses the system clock (UTC).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    explicit Journal(QString path, QString connectionName);
    bool migrate();
    bool updateOne(QSqlQuery &query, qint64 id);
    QStringList distinct(const char *column) const;
    QDateTime now() const;

    QString m_path;
    QString m_connectionName;
    mutable QString m_lastError;
    std::function<QDateTime()> m_clock;
};

} // namespace psc::journal
