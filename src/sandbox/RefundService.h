#pragma once

#include "OrderService.h"

#include <QMap>

namespace psc::sandbox {

// WeChat Pay's domestic refund API as the sandbox plays it, against the payments
// (collection.details[].transaction_id) of its own orders:
//   - field rules (PARAM_ERROR naming the field), sub_mchid bound to the merchant (NO_AUTH);
//   - the same out_refund_no with the same parameters is the same refund (no second refund),
//     with other parameters INVALID_REQUEST;
//   - unknown transaction or refund number: 404 RESOURCE_NOT_EXISTS; more than remains
//     refundable on the payment: INVALID_REQUEST; total other than the payment: PARAM_ERROR;
//   - refund numbers starting FAULT-NOTENOUGH- are refused 403 NOT_ENOUGH (the merchant's
//     balance), FAULT-ABNORMAL- ones end ABNORMAL instead of SUCCESS;
//   - status PROCESSING for settleMs after the refund was made, then SUCCESS.
class RefundService {
public:
    static constexpr int kDefaultSettleMs = 2000;

    RefundService(OrderBook &book, const SandboxIdentity &identity)
        : m_book(book)
        , m_identity(identity)
    {
    }

    void setSettleMs(int settleMs) { m_settleMs = settleMs; }
    int settleMs() const { return m_settleMs; }

    ServiceAnswer create(const RequestBody &request, qint64 nowMs);
    ServiceAnswer query(
        const QString &outRefundNo, const QMap<QString, QString> &query, qint64 nowMs);

    // Σ refunds accepted on this payment (each refund number once): tests read it to prove
    // that a resend did not refund twice.
    qint64 refundedFen(const QString &transactionId) const;
    // 1–64 characters of 0-9 A-Z a-z _ - | * @
    static bool isValidOutRefundNo(const QString &outRefundNo);

private:
    OrderBook &m_book;
    const SandboxIdentity &m_identity;
    int m_settleMs = kDefaultSettleMs;
};

} // namespace psc::sandbox
