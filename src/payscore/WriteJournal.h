#pragma once

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

// Why beforeSend() stopped a write. `journalUnavailable`: the journal itself could not record
// it (a team journal that cannot be reached, a full disk): a configuration problem, reported
// as such (payscore-cli exit code 4), not a fault of this write.
struct WriteRefusal {
    QString reason;
    bool journalUnavailable = false;
};

// The audit hook around every write (the journal of issue 6 implements it with SQLite).
// The OperationRunner calls, for each write request and only for writes:
//   1. beforeSend(record) — before anything is sent. Commit the pending entry durably, then
//      return true. Return false (with a refusal) to stop the write: then NOTHING is sent and
//      the operation ends as `invalid` with error code JOURNAL_REFUSED (the same write is
//      still unsettled), or as `config_error` with JOURNAL_UNAVAILABLE (the journal cannot
//      record it).
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
