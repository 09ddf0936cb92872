#include "OperationResult.h"

#include <core/OutcomeNames.h>

#include <QJsonArray>

namespace psc::payscore {

QString outcomeName(OperationResult::Outcome outcome)
{
    switch (outcome) {
    case OperationResult::Outcome::Succeeded:
        return QString(OutcomeNames::succeeded);
    case OperationResult::Outcome::Rejected:
        return QString(OutcomeNames::rejected);
    case OperationResult::Outcome::Invalid:
        return QString(OutcomeNames::invalid);
    case OperationResult::Outcome::Unknown:
        return QString(OutcomeNames::unknown);
    case OperationResult::Outcome::ConfigError:
        return QString(OutcomeNames::configError);
    }
    return {};
}

QJsonObject OperationError::toJson() const
{
    return QJsonObject {
        { QStringLiteral("code"), code },
        { QStringLiteral("message"), message },
        { QStringLiteral("field"), field },
        { QStringLiteral("issue"), issue },
        { QStringLiteral("hint"), hint },
        { QStringLiteral("retryable"), retryable },
    };
}

QJsonObject OperationResult::toJson() const
{
    QJsonObject object {
        { QStringLiteral("ok"), succeeded() },
        { QStringLiteral("outcome"), outcomeName(outcome) },
        { QStringLiteral("mode"), modeName(mode) },
        { QStringLiteral("operation"), operationName(operation) },
        { QStringLiteral("http_status"), httpStatus },
        { QStringLiteral("request_id"), requestId },
        { QStringLiteral("verified"), verified },
    };
    if (order)
        object.insert(QStringLiteral("order"), order->toJson());
    if (hasResponse)
        object.insert(QStringLiteral("response"), response);
    if (!error.isEmpty())
        object.insert(QStringLiteral("error"), error.toJson());
    if (!validation.isEmpty()) {
        QJsonArray issues;
        for (const ValidationIssue &issue : validation.issues())
            issues.append(issue.toJson());
        object.insert(QStringLiteral("validation"), issues);
    }
    if (!warnings.isEmpty())
        object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (followUp)
        object.insert(QStringLiteral("follow_up"), followUp->toJson());
    if (stateCheck)
        object.insert(QStringLiteral("state_check"), stateCheck->toJson());
    return object;
}

} // namespace psc::payscore
