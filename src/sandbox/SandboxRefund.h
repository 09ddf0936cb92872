#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace psc::sandbox {

// One refund the sandbox accepted, against a payment (transaction_id) of one of its orders.
// Its status is a function of time, as WeChat Pay's is from the outside: PROCESSING for
// `settleMs` after it was made, then SUCCESS (or ABNORMAL for a FAULT-ABNORMAL- number).
struct SandboxRefund {
    QString outRefundNo;
    QString refundId;
    QString transactionId;
    QString outOrderNo; // the PayScore order the payment belongs to (for people: orders.json)
    QString subMchid;
    QString reason;
    qint64 refundFen = 0;
    qint64 totalFen = 0;
    qint64 createdMs = 0; // Unix ms
    bool abnormal = false;
    QByteArray parameters; // what a repeat with the same number must carry again

    QString statusAt(qint64 nowMs, int settleMs) const;
    // The answer of POST /v3/refund/domestic/refunds and of the query, as of `nowMs`.
    QJsonObject answerAt(qint64 nowMs, int settleMs) const;

    QJsonObject toJson() const; // persistence
    static std::optional<SandboxRefund> fromJson(const QJsonObject &json);
};

} // namespace psc::sandbox
