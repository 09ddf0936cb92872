#include "SyncRequest.h"

#include "BusinessTime.h"
#include "FieldRules.h"
#include "Limits.h"
#include "TranslationContexts.h"

namespace psc::payscore {

namespace {
const QString kSeqPointer = QStringLiteral("/detail/seq");
const QString kPaidAmountPointer = QStringLiteral("/detail/paid_amount");
} // namespace

ValidationReport SyncRequest::validate(const QDateTime &now) const
{
    ValidationReport report;
    key.validate(report);
    if (type != kOrderPaid) {
        report.addError(QStringLiteral("/type"),
            PayScoreValidation::tr("type must be Order_Paid (the only scene the console syncs); "
                                   "it is \"%1\".")
                .arg(type));
    }
    rules::checkTime(report, QStringLiteral("/detail/paid_time"), paidTime, now, true);

    const bool takesCollection = usesSubMerchant(key.mode);
    if (!takesCollection) {
        if (seq) {
            report.addError(kSeqPointer,
                PayScoreValidation::tr("seq is only sent in the oversea and partner modes."));
        }
        if (paidAmount) {
            report.addError(kPaidAmountPointer,
                PayScoreValidation::tr(
                    "paid_amount is only sent in the oversea and partner modes."));
        }
        return report;
    }
    const bool required = key.mode == Mode::Oversea;
    if (!seq && required)
        rules::missing(report, kSeqPointer);
    if (seq)
        rules::checkRange(report, kSeqPointer, *seq, limits::kSeqMin, limits::kSeqMax);
    if (paidAmount || required)
        rules::checkAmount(report, kPaidAmountPointer, paidAmount);
    return report;
}

QJsonObject SyncRequest::toJson() const
{
    QJsonObject body;
    key.writeIds(body);
    body.insert(QStringLiteral("type"), type);
    QJsonObject detail;
    if (seq)
        detail.insert(QStringLiteral("seq"), *seq);
    const std::optional<QDateTime> instant = BusinessTime::parse(paidTime);
    if (instant) {
        detail.insert(QStringLiteral("paid_time"),
            isDomestic(key.mode) ? BusinessTime::toApiTime(*instant)
                                 : BusinessTime::toRfc3339(*instant));
    }
    if (paidAmount)
        detail.insert(QStringLiteral("paid_amount"), paidAmount->fen());
    body.insert(QStringLiteral("detail"), detail);
    return body;
}

} // namespace psc::payscore
