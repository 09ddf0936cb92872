#pragma once

#include "Journal.h"

#include <payscore/WriteJournal.h>

#include <QHash>
#include <QUuid>

#include <memory>
#include <optional>

namespace psc::payscore {
struct OperationResult;
}

namespace psc::journal {

// payscore's WriteJournal hook, backed by the audit journal. Give one to the OperationRunner
// (runner.setJournal(&hook)) in the console and in every payscore-cli write command:
//  - beforeSend refuses the write when the same write (profile, mode, operation, order) is
//    still unsettled on any PC (naming whose entry blocks it), or when the pending entry
//    cannot be committed (the journal is unavailable); otherwise the entry is committed before
//    the request leaves.
//  - afterOutcome records the outcome, HTTP status, Request-ID, order id, state and elapsed.
class JournalWriteHook : public payscore::WriteJournal {
public:
    // A null journal (it could not be opened) refuses every write as "journal unavailable".
    explicit JournalWriteHook(std::shared_ptr<Journal> journal);
    // The journal at `location` (a file or a team journal's URL; see Journal::open).
    static Result<std::unique_ptr<JournalWriteHook>> open(const QString &location);

    // The operator has seen the order's query and chooses to send the write anyway: the next
    // beforeSend settles the unsettled entry as an override (who, and `note`) instead of
    // refusing. Applies once.
    void allowOverride(const QString &operatorName, const QString &note);

    bool beforeSend(const payscore::WriteRecord &record, payscore::WriteRefusal *refusal) override;
    void afterOutcome(
        const payscore::WriteRecord &record, const payscore::OperationResult &result) override;

    static WriteResult resultFrom(const payscore::OperationResult &result);
    // "The previous sync of order … has an unknown outcome (sent by 张三 on STORE-12-PC …)".
    static QString unsettledMessage(const JournalEntry &unsettled)
    {
        return unsettledSentence(unsettled).toString();
    }
    static Sentence unsettledSentence(const JournalEntry &unsettled);
    // The journal entry of a write in flight (0 when none), e.g. to show "entry #12".
    qint64 entryIdOf(const QUuid &writeId) const { return m_entries.value(writeId); }
    Journal &journal() const { return *m_journal; }

private:
    std::shared_ptr<Journal> m_journal;
    QHash<QUuid, qint64> m_entries;
    std::optional<Reconciliation> m_override;
};

} // namespace psc::journal
