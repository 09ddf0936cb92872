#include "JournalWriteHook.h"

#include "OperatorIdentity.h"

#include <payscore/OperationResult.h>
#include <payscore/OrderActions.h>

#include <QCoreApplication>

namespace psc::journal {

JournalWriteHook::JournalWriteHook(std::shared_ptr<Journal> journal)
    : m_journal(std::move(journal))
{
}

Result<std::unique_ptr<JournalWriteHook>> JournalWriteHook::open(const QString &location)
{
    auto journal = Journal::open(location);
    if (!journal)
        return Result<std::unique_ptr<JournalWriteHook>>::failure(journal.error());
    return std::make_unique<JournalWriteHook>(*journal);
}

void JournalWriteHook::allowOverride(const QString &operatorName, const QString &note)
{
    Reconciliation r;
    r.kind = ReconciliationKind::Override;
    r.operatorName = operatorName;
    r.note = note;
    m_override = r;
}

Sentence JournalWriteHook::unsettledSentence(const JournalEntry &unsettled)
{
    const PendingWrite &write = unsettled.write;
    // The write's name in plain words ("sync (paid another way)"), not the journal's "sync".
    const std::optional<payscore::Operation> operation
        = payscore::operationFromName(write.operation);
    return Sentence("JournalWriteHook",
        QT_TR_NOOP("The previous %1 of order %2 (journal entry %3, %4, sent by %5 on %6) has an "
                   "unknown outcome. Query the order, or run \"payscore-cli reconcile\", before "
                   "sending it again."),
        { operation ? payscore::OrderActions::label(*operation) : write.operation, write.outOrderNo,
            QString::number(unsettled.id),
            unsettled.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            write.operatorName,
            write.hostName.isEmpty()
                ? QCoreApplication::translate("JournalWriteHook", "an unnamed PC")
                : write.hostName });
}

bool JournalWriteHook::beforeSend(
    const payscore::WriteRecord &record, payscore::WriteRefusal *refusal)
{
    using Kind = payscore::WriteRefusal::Kind;
    const auto refuse = [refusal](Kind kind, const QString &reason) {
        if (refusal)
            *refusal = { kind, reason, {} };
        return false;
    };
    if (!m_journal) {
        return refuse(Kind::JournalUnavailable,
            QCoreApplication::translate(
                "JournalWriteHook", "The audit journal could not be opened, so no write is sent."));
    }
    const auto unavailable = [this, &refuse](const QString &error) {
        return refuse(Kind::JournalUnavailable,
            QCoreApplication::translate("JournalWriteHook",
                "The journal %1 could not record this write before sending it: %2")
                .arg(m_journal->location().displayName(), error));
    };
    if (m_override) {
        // The operator saw the query and sends anyway: the unsettled entry is settled as such.
        const Reconciliation override = *m_override;
        m_override.reset();
        const auto unsettled = m_journal->unsettledWrite(
            record.profileName, record.mode, record.operation, record.outOrderNo);
        if (unsettled && !m_journal->recordReconciliation(unsettled->id, override))
            return unavailable(m_journal->lastError());
    }
    PendingWrite write;
    write.operatorName
        = record.operatorName.isEmpty() ? OperatorIdentity::session().name() : record.operatorName;
    write.profileName = record.profileName;
    write.mode = record.mode;
    write.operation = record.operation;
    write.outOrderNo = record.outOrderNo;
    write.requestBody = record.requestBody;
    write.amountFen = record.amountFen;
    std::optional<JournalEntry> unsettled;
    const Result<qint64> id = m_journal->beginWriteIfSettled(write, &unsettled);
    if (!id && unsettled) {
        if (refusal)
            *refusal
                = { Kind::Unsettled, unsettledMessage(*unsettled), unsettledSentence(*unsettled) };
        return false;
    }
    if (!id)
        return unavailable(id.error());
    m_entries.insert(record.id, *id);
    return true;
}

WriteResult JournalWriteHook::resultFrom(const payscore::OperationResult &result)
{
    using From = payscore::OperationResult::Outcome;
    WriteResult written;
    switch (result.outcome) {
    case From::Succeeded:
        written.outcome = Outcome::Succeeded;
        break;
    case From::Rejected:
        written.outcome = Outcome::Rejected;
        break;
    case From::Unknown:
        written.outcome = Outcome::Unknown;
        break;
    case From::Invalid:
    case From::ConfigError: // refused before the request left: nothing was sent
        written.outcome = Outcome::Invalid;
        break;
    }
    written.httpStatus = result.httpStatus;
    written.requestId = result.requestId;
    written.errorCode = result.error.code;
    written.errorMessage = result.error.message;
    if (result.order) {
        written.orderId = result.order->orderId;
        written.state = result.order->state;
        if (!result.order->stateDescription.isEmpty())
            written.state += QLatin1Char('/') + result.order->stateDescription;
    } else if (payscore::isRefundOperation(result.operation) && result.hasResponse) {
        // A refund's answer names the refund, not the order: its id and status are kept
        // (SUCCESS, PROCESSING, ABNORMAL, CLOSED) so the ledger can count what was refunded.
        written.orderId = result.response.value(QStringLiteral("refund_id")).toString();
        written.state = result.response.value(QStringLiteral("status")).toString();
    }
    written.elapsedMs = result.api.elapsedMs;
    return written;
}

void JournalWriteHook::afterOutcome(
    const payscore::WriteRecord &record, const payscore::OperationResult &result)
{
    const qint64 id = m_entries.take(record.id);
    if (id == 0)
        return;
    // A failure here leaves the entry pending, which reads as "outcome unknown": the safe side.
    if (!m_journal->recordResult(id, resultFrom(result)))
        qWarning("journal: could not record the outcome of entry %lld: %s", id,
            qPrintable(m_journal->lastError()));
}

} // namespace psc::journal
