#pragma once

#include <core/Sentence.h>

#include <QByteArray>
#include <QString>
#include <QUuid>

#include <optional>

namespace psc::payscore {

struct OperationResult;

// What is known about a write (sync, complete) before it leaves the machine. The body is the
// JSON exactly as it will be signed and sent; PayScore bodies carry no secrets.
struct WriteRecord {
    QUuid id; // the same value in beforeSend() and afterOutcome() of one write
    QString operatorName;
    QString profileName;
    QString mode; // "serviceorder", "payafter", "oversea", "partner"
    QString operation; // "sync", "complete"
    QString outOrderNo;
    QByteArray requestBody;
    std::optional<qint64> amountFen; // total_amount / paid_amount when the write carries one
};

// The error codes of a write the journal stopped (OperationResult::error.code).
inline constexpr char JournalUnsettledCode[] = "JOURNAL_REFUSED";
inline constexpr char JournalUnavailableCode[] = "JOURNAL_UNAVAILABLE";

// Why beforeSend() stopped a write. Both kinds mean NOTHING was sent.
struct WriteRefusal {
    enum class Kind {
        // The pending entry could not be committed (disk full, quota, I/O error, the lock
        // not released in time, a read-only file): a configuration problem of this machine.
        // The operation ends as `config_error` with JOURNAL_UNAVAILABLE (CLI exit 4).
        JournalUnavailable,
        // The same write's last outcome is unknown: query the order first. The operation
        // ends as `invalid` with JOURNAL_REFUSED (CLI exit 2).
        Unsettled,
    };
    Kind kind = Kind::JournalUnavailable; // the safe reading of an unexplained refusal
    QString reason;
    Sentence sentence; // the reason again, to be said in the language in use (may be empty)
};

// The audit hook around every write (the journal of issue 6 implements it with SQLite).
// The OperationRunner calls, for each write request and only for writes:
//   1. beforeSend(record) — before anything is sent. Commit the pending entry durably, then
//      return true. Return false (filling *refusal) to stop the write: then NOTHING is sent.
//      Any doubt whether the entry is on disk is a refusal.
//   2. afterOutcome(record, result) — once the outcome is known, including the follow-up query
//      (result.followUp) when one ran; result.order then carries the order's state.
// Both run on the runner's thread and must not block for long. Validation failures never
// reach the journal: nothing was about to be sent.
class WriteJournal {
public:
    virtual ~WriteJournal() = default;
    virtual bool beforeSend(const WriteRecord &record, WriteRefusal *refusal) = 0;
    virtual void afterOutcome(const WriteRecord &record, const OperationResult &result) = 0;
};

} // namespace psc::payscore
