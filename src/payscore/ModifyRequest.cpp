#include "ModifyRequest.h"

#include "FieldRules.h"
#include "JsonFieldReader.h"
#include "Limits.h"
#include "TranslationContexts.h"

namespace psc::payscore {

namespace {
const QString kTotal = QStringLiteral("/total_amount");
} // namespace

ModifyRequest ModifyRequest::fromJson(const QByteArray &json, const OrderKey &key)
{
    ModifyRequest request;
    request.key = key;
    std::optional<JsonFieldReader> reader = JsonFieldReader::fromBytes(json, &request.readIssues);
    if (!reader)
        return request;
    request.key.overrideFrom(*reader);
    request.postPayments = postitems::read(*reader, QStringLiteral("post_payments"));
    request.postDiscounts = postitems::read(*reader, QStringLiteral("post_discounts"));
    request.totalAmount = reader->money(QStringLiteral("total_amount"));
    request.reason = reader->string(QStringLiteral("reason"));
    reader->rejectUnknownKeys();
    return request;
}

std::optional<Money> ModifyRequest::expectedTotal() const
{
    return postitems::checkedTotal(postPayments, postDiscounts);
}

ValidationReport ModifyRequest::validate() const
{
    ValidationReport report = readIssues;
    if (!supports(key.mode, Operation::Modify)) {
        report.addError(QStringLiteral("/mode"),
            PayScoreValidation::tr("Modify exists only in the serviceorder and partner modes."));
    }
    key.validate(report);
    postitems::validateLines(report, postPayments, postDiscounts, totalAmount);
    rules::checkText(report, QStringLiteral("/reason"),
        reason.trimmed().isEmpty() ? QString() : reason, limits::kReasonMaxLength, true);
    return report;
}

ValidationReport ModifyRequest::checkAgainst(const OrderView &order) const
{
    ValidationReport report;
    if (!totalAmount || !order.totalAmount)
        return report;
    if (*totalAmount >= *order.totalAmount) {
        report.addError(kTotal,
            PayScoreValidation::tr("%1 must be lower than the order's current total %2 (the "
                                   "amount can only be lowered); it is %3.")
                .arg(rules::displayName(kTotal), order.totalAmount->display(),
                    totalAmount->display()));
    }
    return report;
}

QJsonObject ModifyRequest::toJson() const
{
    QJsonObject body;
    key.writeIds(body);
    body.insert(QStringLiteral("post_payments"), postitems::toJson(postPayments));
    body.insert(QStringLiteral("post_discounts"), postitems::toJson(postDiscounts));
    if (totalAmount)
        body.insert(QStringLiteral("total_amount"), totalAmount->fen());
    body.insert(QStringLiteral("reason"), reason);
    return body;
}

} // namespace psc::payscore
