#pragma once

#include <payscore/Mode.h>
#include <payscore/Money.h>
#include <payscore/ValidationReport.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace psc::refund {

// One refund as it goes on the wire: POST /v3/refund/domestic/refunds
//   {sub_mchid (partner), transaction_id, out_refund_no, reason,
//    amount{refund, total, currency:"CNY"}}
// A PayScore order is refunded against the payment in its collection.details[], never by
// out_order_no; `outOrderNo` and `mode` only say which order the journal files it under.
struct RefundRequest {
    static constexpr int kReasonMaxLength = 80; // shown to the customer
    static constexpr int kTransactionIdMaxLength = 32;

    payscore::Mode mode = payscore::Mode::ServiceOrder;
    QString outOrderNo;
    QString subMchid; // partner profiles only
    QString transactionId;
    QString outRefundNo;
    QString reason;
    std::optional<payscore::Money> refund; // fen, > 0
    std::optional<payscore::Money> total; // the payment's amount, fen

    // The field rules of the request itself (the order's state and the remaining refundable
    // amount are RefundablePayments' rules). Oversea orders are refused: their refunds use a
    // different API on the apihk host.
    payscore::ValidationReport validate() const;
    // The refund API covers the domestic modes; oversea refunds are refused at /mode.
    static bool checkMode(payscore::ValidationReport &report, payscore::Mode mode);
    QJsonObject toJson() const;
    // A journaled body read back (for a resend with the same number): nullopt when it is not a
    // refund body.
    static std::optional<RefundRequest> fromJson(const QJsonObject &body);
};

} // namespace psc::refund
