#pragma once

#include "BatchOperation.h"

#include <core/Result.h>
#include <journal/Journal.h>

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace psc::batch {

// The journal is the batch's memory: opening the same file again after a cancel, a crash or a
// power cut, each row is looked up there before anything is sent.
//   - its write already succeeded                        → skip it (say so)
//   - its write is pending or unknown (not reconciled)   → query the order first
//   - reconciled: the query showed the write took effect → skip it; else send it
//   - no entry, rejected, invalid                        → send it
class BatchResume {
public:
    enum class Action { Send, Skip, QueryFirst };
    struct Decision {
        Action action = Action::Send;
        qint64 entryId = 0;
        QString note; // for a skipped row: which entry settled it
    };

    // The newest journal entry of every (mode, operation, order) of `profileName`.
    BatchResume(
        const journal::Journal &journal, const QString &profileName, BatchOperation operation);

    // The same read on the calling thread through a journal connection of its own (`opener`
    // comes from the journal on the UI thread): the console reads on a worker, since a large
    // journal takes a second or more. Fails when the journal cannot be opened or read — then
    // nothing may be sent, as settled and unknown rows could not be told apart.
    static Result<std::shared_ptr<const BatchResume>> read(const journal::Journal::Opener &opener,
        const QString &profileName, BatchOperation operation);
    // The same read through `journal`, opened on this thread just before (so any error it
    // has is this read's).
    static Result<std::shared_ptr<const BatchResume>> read(
        const journal::Journal &journal, const QString &profileName, BatchOperation operation);

    Decision decide(payscore::Mode mode, const QString &outOrderNo) const;
    std::optional<journal::JournalEntry> entry(
        payscore::Mode mode, const QString &outOrderNo) const;

    // Whether an order in this state shows the batch's write has taken effect (the rule is
    // payscore::OrderActions::tookEffect).
    static bool tookEffect(
        BatchOperation operation, const QString &state, const QString &stateDescription);

private:
    static QString keyOf(payscore::Mode mode, const QString &outOrderNo);
    BatchOperation m_operation;
    QHash<QString, journal::JournalEntry> m_newest;
};

} // namespace psc::batch
