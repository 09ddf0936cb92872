#include "OrderQuery.h"

#include "FieldRules.h"
#include "TranslationContexts.h"

namespace psc::payscore {

ValidationReport OrderQuery::validate() const
{
    ValidationReport report;
    const bool byQueryId = !queryId.isEmpty();
    if (byQueryId && !key.outOrderNo.isEmpty()) {
        report.addError(QStringLiteral("/query_id"),
            PayScoreValidation::tr("Give either out_order_no or query_id, not both."));
    } else if (byQueryId && key.mode == Mode::PayAfter) {
        report.addError(QStringLiteral("/query_id"),
            PayScoreValidation::tr("Pay-after orders are looked up by out_order_no only."));
    }
    key.validate(report, !byQueryId);
    if (byQueryId)
        rules::checkIdentifier(report, QStringLiteral("/query_id"), queryId);
    return report;
}

QList<QPair<QString, QString>> OrderQuery::queryItems() const
{
    QList<QPair<QString, QString>> items = key.idQueryItems();
    if (key.mode == Mode::PayAfter)
        return items; // the order number is a path segment
    if (!queryId.isEmpty())
        items.append({ QStringLiteral("query_id"), queryId });
    else
        items.append({ QStringLiteral("out_order_no"), key.outOrderNo });
    return items;
}

} // namespace psc::payscore
