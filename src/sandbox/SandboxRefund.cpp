#include "SandboxRefund.h"

#include <QDateTime>
#include <QTimeZone>

namespace psc::sandbox {

namespace {

QString rfc3339BeijingMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toTimeZone(QTimeZone(8 * 3600))
        .toString(Qt::ISODate);
}

} // namespace

QString SandboxRefund::statusAt(qint64 nowMs, int settleMs) const
{
    if (nowMs - createdMs < settleMs)
        return QStringLiteral("PROCESSING");
    return abnormal ? QStringLiteral("ABNORMAL") : QStringLiteral("SUCCESS");
}

QJsonObject SandboxRefund::answerAt(qint64 nowMs, int settleMs) const
{
    const QString status = statusAt(nowMs, settleMs);
    QJsonObject answer {
        { QStringLiteral("refund_id"), refundId },
        { QStringLiteral("out_refund_no"), outRefundNo },
        { QStringLiteral("transaction_id"), transactionId },
        { QStringLiteral("out_trade_no"), outOrderNo },
        { QStringLiteral("channel"), QStringLiteral("ORIGINAL") },
        { QStringLiteral("user_received_account"), QStringLiteral("支付用户零钱") },
        { QStringLiteral("create_time"), rfc3339BeijingMs(createdMs) },
        { QStringLiteral("status"), status },
        { QStringLiteral("funds_account"), QStringLiteral("AVAILABLE") },
        { QStringLiteral("amount"),
            QJsonObject { { QStringLiteral("total"), totalFen },
                { QStringLiteral("refund"), refundFen },
                { QStringLiteral("payer_total"), totalFen },
                { QStringLiteral("payer_refund"), refundFen },
                { QStringLiteral("settlement_total"), totalFen },
                { QStringLiteral("settlement_refund"), refundFen },
                { QStringLiteral("discount_refund"), 0 },
                { QStringLiteral("currency"), QStringLiteral("CNY") } } },
    };
    if (status == QLatin1String("SUCCESS"))
        answer.insert(QStringLiteral("success_time"), rfc3339BeijingMs(createdMs + settleMs));
    return answer;
}

QJsonObject SandboxRefund::toJson() const
{
    return QJsonObject {
        { QStringLiteral("out_refund_no"), outRefundNo },
        { QStringLiteral("refund_id"), refundId },
        { QStringLiteral("transaction_id"), transactionId },
        { QStringLiteral("out_order_no"), outOrderNo },
        { QStringLiteral("sub_mchid"), subMchid },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("refund"), refundFen },
        { QStringLiteral("total"), totalFen },
        { QStringLiteral("created_ms"), createdMs },
        { QStringLiteral("abnormal"), abnormal },
        { QStringLiteral("parameters"), QString::fromUtf8(parameters) },
    };
}

std::optional<SandboxRefund> SandboxRefund::fromJson(const QJsonObject &json)
{
    SandboxRefund refund;
    refund.outRefundNo = json.value(QStringLiteral("out_refund_no")).toString();
    if (refund.outRefundNo.isEmpty())
        return std::nullopt;
    refund.refundId = json.value(QStringLiteral("refund_id")).toString();
    refund.transactionId = json.value(QStringLiteral("transaction_id")).toString();
    refund.outOrderNo = json.value(QStringLiteral("out_order_no")).toString();
    refund.subMchid = json.value(QStringLiteral("sub_mchid")).toString();
    refund.reason = json.value(QStringLiteral("reason")).toString();
    refund.refundFen = json.value(QStringLiteral("refund")).toInteger();
    refund.totalFen = json.value(QStringLiteral("total")).toInteger();
    refund.createdMs = json.value(QStringLiteral("created_ms")).toInteger();
    refund.abnormal = json.value(QStringLiteral("abnormal")).toBool();
    refund.parameters = json.value(QStringLiteral("parameters")).toString().toUtf8();
    return refund;
}

} // namespace psc::sandbox
