#pragma once

#include <payscore/Money.h>

#include <QJsonObject>
#include <QString>

#include <optional>

namespace psc::refund {

// What an operator needs to see of one refund, from a refund answer, a refund query or a
// decrypted REFUND.* notification (whose resource names the status `refund_status`).
struct RefundView {
    QString refundId;
    QString outRefundNo;
    QString transactionId;
    QString outTradeNo;
    QString status; // SUCCESS, PROCESSING, ABNORMAL, CLOSED
    std::optional<payscore::Money> refund;
    std::optional<payscore::Money> total;
    std::optional<payscore::Money> payerRefund;
    QString createTime;
    QString successTime;
    QString userReceivedAccount;

    static RefundView fromJson(const QJsonObject &answer);
    bool isEmpty() const { return outRefundNo.isEmpty() && refundId.isEmpty(); }
    // PROCESSING may still become SUCCESS or ABNORMAL; the others are final.
    bool isFinal() const { return status != QLatin1String("PROCESSING"); }
    // Whether the money counts as refunded (or on its way): everything but CLOSED.
    static bool counts(const QString &status) { return status != QLatin1String("CLOSED"); }
    // {out_refund_no, refund_id, transaction_id, status, amount{refund,total,payer_refund},
    //  create_time, success_time}: only the fields present; money as JSON integers (fen).
    QJsonObject toJson() const;
    // The status in the user's language ("退款成功" / "Refunded").
    static QString statusText(const QString &status);
    // The meaning first and the API's word only beside it: "Refund in progress (PROCESSING)".
    static QString statusLabel(const QString &status);
};

} // namespace psc::refund
