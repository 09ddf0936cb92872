#include "CancelRequest.h"

#include "FieldRules.h"
#include "Limits.h"

namespace psc::payscore {

ValidationReport CancelRequest::validate() const
{
    ValidationReport report;
    key.validate(report);
    rules::checkText(report, QStringLiteral("/reason"),
        reason.trimmed().isEmpty() ? QString() : reason, limits::kCancelReasonMaxLength, true);
    return report;
}

QJsonObject CancelRequest::toJson() const
{
    QJsonObject body;
    key.writeIds(body);
    body.insert(QStringLiteral("reason"), reason);
    return body;
}

} // namespace psc::payscore
