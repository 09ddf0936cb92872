#include "BatchResume.h"

#include "BatchText.h"

#include <payscore/OrderActions.h>

namespace psc::batch {

BatchResume::BatchResume(
    const journal::Journal &journal, const QString &profileName, BatchOperation operation)
    : m_operation(operation)
{
    journal::JournalFilter filter;
    filter.profileName = profileName;
    const QString operationText = batchOperationName(operation);
    // Newest first: the first entry seen of an order is its newest.
    for (const journal::JournalEntry &entry : journal.entries(filter)) {
        if (entry.write.operation != operationText)
            continue;
        const auto mode = payscore::modeFromName(entry.write.mode);
        if (!mode)
            continue;
        const QString key = keyOf(*mode, entry.write.outOrderNo);
        if (!m_newest.contains(key))
            m_newest.insert(key, entry);
    }
}

Result<std::shared_ptr<const BatchResume>> BatchResume::read(
    const journal::Journal::Opener &opener, const QString &profileName, BatchOperation operation)
{
    auto journal = opener();
    if (!journal)
        return Result<std::shared_ptr<const BatchResume>>::failure(journal.error());
    return read(**journal, profileName, operation);
}

Result<std::shared_ptr<const BatchResume>> BatchResume::read(
    const journal::Journal &journal, const QString &profileName, BatchOperation operation)
{
    using R = Result<std::shared_ptr<const BatchResume>>;
    auto resume = std::make_shared<const BatchResume>(journal, profileName, operation);
    // A journal opened just now has no error: any error is this read's.
    if (!journal.lastError().isEmpty())
        return R::failure(journal.lastError());
    return resume;
}

QString BatchResume::keyOf(payscore::Mode mode, const QString &outOrderNo)
{
    return payscore::modeName(mode) + QLatin1Char('\n') + outOrderNo;
}

std::optional<journal::JournalEntry> BatchResume::entry(
    payscore::Mode mode, const QString &outOrderNo) const
{
    const auto it = m_newest.constFind(keyOf(mode, outOrderNo));
    if (it == m_newest.constEnd())
        return std::nullopt;
    return *it;
}

BatchResume::Decision BatchResume::decide(payscore::Mode mode, const QString &outOrderNo) const
{
    const auto found = entry(mode, outOrderNo);
    if (!found)
        return {};
    const journal::JournalEntry &e = *found;
    if (e.result.outcome == journal::Outcome::Succeeded) {
        return { Action::Skip, e.id,
            PayScoreBatch::tr("Already succeeded (journal entry #%1, %2, Request-ID %3).")
                .arg(e.id)
                .arg(e.finishedAt.toLocalTime().toString(Qt::ISODate), e.result.requestId) };
    }
    if (e.isOutcomeUnknown())
        return { Action::QueryFirst, e.id, {} };
    if (e.reconciliation) {
        const QStringList state = e.reconciliation->orderState.split(u'/');
        if (tookEffect(m_operation, state.value(0), state.value(1))) {
            return { Action::Skip, e.id,
                PayScoreBatch::tr("Took effect earlier: the query of journal entry #%1 found %2.")
                    .arg(e.id)
                    .arg(e.reconciliation->orderState) };
        }
    }
    return { Action::Send, e.id, {} };
}

bool BatchResume::tookEffect(
    BatchOperation operation, const QString &state, const QString &stateDescription)
{
    const std::optional<payscore::Operation> write = payscoreOperation(operation);
    return write && isWrite(operation)
        && payscore::OrderActions::tookEffect(*write, state, stateDescription).value_or(false);
}

} // namespace psc::batch
