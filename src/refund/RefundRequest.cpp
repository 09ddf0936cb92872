#include "RefundRequest.h"

#include "RefundNumber.h"
#include "RefundTexts.h"

#include <payscore/FieldRules.h>

namespace psc::refund {

using payscore::Money;
namespace rules = payscore::rules;

bool RefundRequest::checkMode(payscore::ValidationReport &report, payscore::Mode mode)
{
    if (mode != payscore::Mode::Oversea)
        return true;
    report.addError(QStringLiteral("/mode"),
        RefundRules::tr("Oversea (apihk) orders are refunded through a different API, which "
                        "this tool does not cover: refund them in the merchant platform."));
    return false;
}

payscore::ValidationReport RefundRequest::validate() const
{
    payscore::ValidationReport report;
    if (!checkMode(report, mode))
        return report;
    if (mode == payscore::Mode::Partner)
        rules::checkIdentifier(report, QStringLiteral("/sub_mchid"), subMchid);
    const QString transactionPointer = QStringLiteral("/transaction_id");
    if (rules::checkIdentifier(report, transactionPointer, transactionId)
        && transactionId.size() > kTransactionIdMaxLength) {
        report.addError(transactionPointer,
            RefundRules::tr("%1 must be at most %2 characters; it has %3.")
                .arg(rules::displayName(transactionPointer))
                .arg(kTransactionIdMaxLength)
                .arg(transactionId.size()));
    }
    RefundNumber::check(report, QStringLiteral("/out_refund_no"), outRefundNo);
    rules::checkText(report, QStringLiteral("/reason"), reason.trimmed(), kReasonMaxLength, true);

    const QString refundPointer = QStringLiteral("/amount/refund");
    const QString totalPointer = QStringLiteral("/amount/total");
    if (!refund) {
        rules::missing(report, refundPointer);
    } else if (refund->fen() <= 0) {
        report.addError(refundPointer,
            RefundRules::tr("%1 must be more than ¥0.00; it is %2.")
                .arg(rules::displayName(refundPointer), refund->display()));
    }
    if (!total) {
        rules::missing(report, totalPointer);
    } else if (total->fen() <= 0) {
        report.addError(totalPointer,
            RefundRules::tr("%1 must be more than ¥0.00; it is %2.")
                .arg(rules::displayName(totalPointer), total->display()));
    }
    if (refund && total && refund->fen() > 0 && *refund > *total) {
        report.addError(refundPointer,
            RefundRules::tr("%1 (%2) cannot be more than the payment's amount (%3).")
                .arg(rules::displayName(refundPointer), refund->display(), total->display()));
    }
    return report;
}

QJsonObject RefundRequest::toJson() const
{
    QJsonObject body;
    if (mode == payscore::Mode::Partner)
        body.insert(QStringLiteral("sub_mchid"), subMchid);
    body.insert(QStringLiteral("transaction_id"), transactionId);
    body.insert(QStringLiteral("out_refund_no"), outRefundNo);
    body.insert(QStringLiteral("reason"), reason.trimmed());
    body.insert(QStringLiteral("amount"),
        QJsonObject { { QStringLiteral("refund"), refund ? refund->fen() : 0 },
            { QStringLiteral("total"), total ? total->fen() : 0 },
            { QStringLiteral("currency"), QStringLiteral("CNY") } });
    return body;
}

std::optional<RefundRequest> RefundRequest::fromJson(const QJsonObject &body)
{
    const QJsonObject amount = body.value(QStringLiteral("amount")).toObject();
    const QJsonValue refundFen = amount.value(QStringLiteral("refund"));
    const QJsonValue totalFen = amount.value(QStringLiteral("total"));
    if (!body.value(QStringLiteral("out_refund_no")).isString() || !refundFen.isDouble()
        || !totalFen.isDouble())
        return std::nullopt;
    RefundRequest request;
    request.subMchid = body.value(QStringLiteral("sub_mchid")).toString();
    request.transactionId = body.value(QStringLiteral("transaction_id")).toString();
    request.outRefundNo = body.value(QStringLiteral("out_refund_no")).toString();
    request.reason = body.value(QStringLiteral("reason")).toString();
    request.refund = Money::fromFen(refundFen.toInteger());
    request.total = Money::fromFen(totalFen.toInteger());
    return request;
}

} // namespace psc::refund
