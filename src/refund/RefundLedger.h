#pragma once

#include <journal/JournalEntry.h>
#include <payscore/Money.h>

#include <QList>
#include <QString>

#include <optional>

namespace psc::journal {
class Journal;
}

namespace psc::refund {

// One refund as the journal recorded it (operation "refund", filed under the order's mode and
// out_order_no; the refund's own number, payment and amount are in the journaled body).
struct RecordedRefund {
    qint64 entryId = 0;
    QString outRefundNo;
    QString transactionId;
    payscore::Money amount;
    QString status; // the answer's status, or what a later query of the number found
    QByteArray requestBody; // as sent: a resend after an unknown outcome sends exactly this
    bool unsettled = false; // pending or unknown and not yet settled by a query
    bool neverArrived = false; // a query of its number found nothing: it must be resent as is
    // Counted against the payment: it happened, is under way, or may have happened.
    bool counts = false;
};

// The refunds the journal knows for one order: what has already been refunded on each payment
// and the refund still to be settled or resent (whose number a resend must reuse). The
// PayScore order answer lists no refunds, so the journal is the console's own record; the
// server's NOT_ENOUGH / INVALID_REQUEST remain the last word on refunds made elsewhere.
class RefundLedger {
public:
    static constexpr const char *kOperation = "refund"; // the journal's operation kind

    // Refund entries of `profileName` for the order (mode name, out_order_no), newest first.
    static RefundLedger load(const journal::Journal &journal, const QString &profileName,
        const QString &mode, const QString &outOrderNo);
    static std::optional<RecordedRefund> fromEntry(const journal::JournalEntry &entry);
    // The newest unsettled refund entry with this refund number, in any order (refund-query
    // settles it).
    static std::optional<RecordedRefund> unsettledByNumber(
        const journal::Journal &journal, const QString &outRefundNo);

    const QList<RecordedRefund> &refunds() const { return m_refunds; }
    // Σ counted refunds on this payment, each refund number once.
    payscore::Money refundedOn(const QString &transactionId) const;
    // The refund a new request for this order must resume instead of making another: the
    // newest attempt of a number whose outcome is unknown, or which a query found never
    // arrived and which has not been sent again since. Its number is the one to reuse.
    std::optional<RecordedRefund> resumable() const;

private:
    QList<RecordedRefund> m_refunds;
};

} // namespace psc::refund
