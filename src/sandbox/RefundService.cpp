#include "RefundService.h"

#include "FieldChecker.h"
#include "OrderBook.h"
#include "SandboxIdentity.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace psc::sandbox {

namespace {

constexpr qint64 kMaxFen = 10'000'000'000'000;

ApiError resourceNotExists(const QString &message)
{
    return { 404, QStringLiteral("RESOURCE_NOT_EXISTS"), message, {} };
}

QString randomDigits(int count)
{
    QString digits;
    for (int i = 0; i < count; ++i)
        digits += QChar(u'0' + QRandomGenerator::global()->bounded(10));
    return digits;
}

QByteArray answerBody(const SandboxRefund &refund, qint64 nowMs, int settleMs)
{
    return QJsonDocument(refund.answerAt(nowMs, settleMs)).toJson(QJsonDocument::Compact);
}

ServiceAnswer success(const SandboxRefund &refund, qint64 nowMs, int settleMs)
{
    ServiceAnswer answer;
    answer.body = answerBody(refund, nowMs, settleMs);
    return answer;
}

} // namespace

bool RefundService::isValidOutRefundNo(const QString &outRefundNo)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z_\\-|*@]{1,64}$"));
    return pattern.match(outRefundNo).hasMatch();
}

ServiceAnswer RefundService::create(const RequestBody &request, qint64 nowMs)
{
    const QJsonObject &body = request.json;
    FieldChecker checker(QStringLiteral("body"), request.fractionalNumbers);
    const QString subMchid = checker.string(body, {}, QStringLiteral("sub_mchid"), 1, 32, false);
    const QString transactionId
        = checker.string(body, {}, QStringLiteral("transaction_id"), 1, 32, true);
    const QString outRefundNo
        = checker.string(body, {}, QStringLiteral("out_refund_no"), 1, 64, true);
    if (checker.ok() && !isValidOutRefundNo(outRefundNo))
        checker.fail(QStringLiteral("/out_refund_no"), outRefundNo,
            QStringLiteral("退款单号只能由数字、大小写字母和_-|*@组成，长度1-64"));
    const QString reason = checker.string(body, {}, QStringLiteral("reason"), 0, 80, false);
    checker.string(body, {}, QStringLiteral("notify_url"), 0, 256, false);
    qint64 refundFen = 0;
    qint64 totalFen = 0;
    if (const auto amount = checker.object(body, {}, QStringLiteral("amount"), true)) {
        const QString base = QStringLiteral("/amount");
        refundFen = checker.integer(*amount, base, QStringLiteral("refund"), 1, kMaxFen, true)
                        .value_or(0);
        totalFen
            = checker.integer(*amount, base, QStringLiteral("total"), 1, kMaxFen, true).value_or(0);
        const QString currency
            = checker.string(*amount, base, QStringLiteral("currency"), 1, 16, true);
        if (checker.ok() && currency != QLatin1String("CNY"))
            checker.fail(QStringLiteral("/amount/currency"), currency,
                QStringLiteral("境内退款的币种只能是CNY"));
    }
    if (!checker.ok())
        return ServiceAnswer::failure(*checker.error());
    if (!subMchid.isEmpty() && subMchid != m_identity.subMchid)
        return ServiceAnswer::failure(ApiError::noAuth(QStringLiteral("子商户号与服务商不匹配")));

    const QByteArray parameters = QJsonDocument(
        QJsonObject { { QStringLiteral("sub_mchid"), subMchid },
            { QStringLiteral("transaction_id"), transactionId },
            { QStringLiteral("refund"), refundFen },
            { QStringLiteral("total"),
                totalFen } }).toJson(QJsonDocument::Compact);
    if (const SandboxRefund *existing = m_book.findRefund(outRefundNo)) {
        if (existing->parameters != parameters)
            return ServiceAnswer::failure(ApiError::invalidRequest(
                QStringLiteral("退款单号%1已存在，但本次请求的参数与原退款不一致：同一退款单号"
                               "必须使用相同的参数")
                    .arg(outRefundNo)));
        return success(*existing, nowMs, m_settleMs); // the same refund, not a second one
    }

    QJsonObject detail;
    const Order *order = m_book.findByTransaction(transactionId, &detail);
    if (!order)
        return ServiceAnswer::failure(resourceNotExists(
            QStringLiteral("订单不存在：找不到transaction_id为%1的支付").arg(transactionId)));
    const qint64 paidFen = detail.value(QStringLiteral("amount")).toInteger();
    if (totalFen != paidFen)
        return ServiceAnswer::failure(ApiError::paramError(QStringLiteral("/amount/total"),
            totalFen, QStringLiteral("原订单金额total应等于该笔支付的金额（%1分）").arg(paidFen)));
    if (outRefundNo.startsWith(QLatin1String("FAULT-NOTENOUGH-")))
        return ServiceAnswer::failure({ 403, QStringLiteral("NOT_ENOUGH"),
            QStringLiteral("基本账户余额不足，请充值后重新发起"), {} });
    const qint64 remaining = paidFen - refundedFen(transactionId);
    if (refundFen > remaining)
        return ServiceAnswer::failure(ApiError::invalidRequest(
            QStringLiteral("申请退款金额超过订单可退金额（剩余可退%1分）").arg(remaining)));

    SandboxRefund refund;
    refund.outRefundNo = outRefundNo;
    refund.refundId = QStringLiteral("5030") + randomDigits(25);
    refund.transactionId = transactionId;
    refund.outOrderNo = order->outOrderNo();
    refund.subMchid = subMchid;
    refund.reason = reason;
    refund.refundFen = refundFen;
    refund.totalFen = totalFen;
    refund.createdMs = nowMs;
    refund.abnormal = outRefundNo.startsWith(QLatin1String("FAULT-ABNORMAL-"));
    refund.parameters = parameters;
    if (!m_book.recordRefund(m_book.insertRefund(refund)))
        return ServiceAnswer::failure(ApiError::systemError());
    return success(refund, nowMs, m_settleMs);
}

ServiceAnswer RefundService::query(
    const QString &outRefundNo, const QMap<QString, QString> &query, qint64 nowMs)
{
    if (!isValidOutRefundNo(outRefundNo))
        return ServiceAnswer::failure(ApiError::paramError(QStringLiteral("/out_refund_no"),
            outRefundNo, QStringLiteral("退款单号只能由数字、大小写字母和_-|*@组成，长度1-64"),
            QStringLiteral("path")));
    const QString subMchid = query.value(QStringLiteral("sub_mchid"));
    if (!subMchid.isEmpty() && subMchid != m_identity.subMchid)
        return ServiceAnswer::failure(ApiError::noAuth(QStringLiteral("子商户号与服务商不匹配")));
    const SandboxRefund *refund = m_book.findRefund(outRefundNo);
    if (!refund)
        return ServiceAnswer::failure(resourceNotExists(QStringLiteral("退款单不存在")));
    return success(*refund, nowMs, m_settleMs);
}

qint64 RefundService::refundedFen(const QString &transactionId) const
{
    qint64 sum = 0;
    for (const SandboxRefund &refund : m_book.refunds()) {
        if (refund.transactionId == transactionId)
            sum += refund.refundFen;
    }
    return sum;
}

} // namespace psc::sandbox
