#include "CollectRequest.h"

#include "FieldRules.h"
#include "TranslationContexts.h"

namespace psc::payscore {

ValidationReport CollectRequest::validate() const
{
    ValidationReport report;
    if (!supports(key.mode, Operation::Collect)) {
        report.addError(QStringLiteral("/mode"),
            PayScoreValidation::tr("Collect exists only in the serviceorder and partner modes."));
    }
    key.validate(report);
    return report;
}

QJsonObject CollectRequest::toJson() const
{
    QJsonObject body;
    key.writeIds(body);
    return body;
}

} // namespace psc::payscore
