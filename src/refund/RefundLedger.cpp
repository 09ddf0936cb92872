#include "RefundLedger.h"

#include "RefundRequest.h"
#include "RefundView.h"

#include <journal/Journal.h>

#include <QJsonDocument>
#include <QSet>

namespace psc::refund {

namespace {

// A query of the number found nothing (the refund runner's and the reconciler's words).
bool neverArrived(const QString &status)
{
    return status == QLatin1String("RESOURCE_NOT_EXISTS")
        || status == QLatin1String("ORDER_NOT_EXIST");
}

bool countsAfter(const journal::JournalEntry &entry, const QString &status)
{
    using journal::Outcome;
    if (entry.reconciliation)
        return !neverArrived(status) && RefundView::counts(status);
    switch (entry.result.outcome) {
    case Outcome::Succeeded:
        return RefundView::counts(status);
    case Outcome::Pending:
    case Outcome::Unknown:
        return true; // it may have happened: never offer that money twice
    case Outcome::Rejected:
    case Outcome::Invalid:
        return false;
    }
    return true;
}

} // namespace

std::optional<RecordedRefund> RefundLedger::fromEntry(const journal::JournalEntry &entry)
{
    if (entry.write.operation != QLatin1String(kOperation))
        return std::nullopt;
    const auto request
        = RefundRequest::fromJson(QJsonDocument::fromJson(entry.write.requestBody).object());
    if (!request)
        return std::nullopt;
    RecordedRefund refund;
    refund.entryId = entry.id;
    refund.outRefundNo = request->outRefundNo;
    refund.transactionId = request->transactionId;
    refund.amount = request->refund.value_or(payscore::Money());
    refund.requestBody = entry.write.requestBody;
    refund.status = entry.reconciliation ? entry.reconciliation->orderState : entry.result.state;
    refund.unsettled = entry.isOutcomeUnknown();
    refund.neverArrived = entry.reconciliation
        && entry.reconciliation->kind == journal::ReconciliationKind::Query
        && neverArrived(refund.status);
    refund.counts = countsAfter(entry, refund.status);
    return refund;
}

RefundLedger RefundLedger::load(const journal::Journal &journal, const QString &profileName,
    const QString &mode, const QString &outOrderNo)
{
    journal::JournalFilter filter;
    filter.outOrderNo = outOrderNo;
    filter.profileName = profileName;
    RefundLedger ledger;
    for (const journal::JournalEntry &entry : journal.entries(filter)) {
        // The filter matches order numbers by substring: keep this order's own entries.
        if (entry.write.outOrderNo != outOrderNo || entry.write.mode != mode)
            continue;
        if (auto refund = fromEntry(entry))
            ledger.m_refunds.append(*refund);
    }
    return ledger;
}

std::optional<RecordedRefund> RefundLedger::unsettledByNumber(
    const journal::Journal &journal, const QString &outRefundNo)
{
    for (const journal::JournalEntry &entry : journal.outcomeUnknown()) {
        auto refund = fromEntry(entry);
        if (refund && refund->outRefundNo == outRefundNo)
            return refund;
    }
    return std::nullopt;
}

payscore::Money RefundLedger::refundedOn(const QString &transactionId) const
{
    payscore::Money sum;
    QSet<QString> seen;
    for (const RecordedRefund &refund : m_refunds) {
        if (refund.transactionId != transactionId || !refund.counts
            || seen.contains(refund.outRefundNo))
            continue;
        seen.insert(refund.outRefundNo);
        sum += refund.amount;
    }
    return sum;
}

std::optional<RecordedRefund> RefundLedger::resumable() const
{
    QSet<QString> newerAttempt; // newest first: a number seen already was tried again later
    for (const RecordedRefund &refund : m_refunds) {
        const bool seen = newerAttempt.contains(refund.outRefundNo);
        newerAttempt.insert(refund.outRefundNo);
        if (!seen && (refund.unsettled || refund.neverArrived))
            return refund;
    }
    return std::nullopt;
}

} // namespace psc::refund
