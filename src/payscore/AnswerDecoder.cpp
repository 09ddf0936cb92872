#include "AnswerDecoder.h"

#include "TranslationContexts.h"

#include <apiv3/AnswerVerifier.h>
#include <apiv3/ErrorCatalogue.h>

#include <QJsonDocument>

namespace psc::payscore {

namespace {

OperationResult::Outcome outcomeOf(const apiv3::ApiResult &api)
{
    switch (api.outcome) {
    case apiv3::Outcome::Succeeded:
        return OperationResult::Outcome::Succeeded;
    case apiv3::Outcome::Rejected:
        return OperationResult::Outcome::Rejected;
    case apiv3::Outcome::Unknown:
        return OperationResult::Outcome::Unknown;
    case apiv3::Outcome::NotSent:
        // Cancelled before it left: nothing was sent, and nothing needs fixing.
        if (api.error.code == QLatin1String(apiv3::ClientCode::Cancelled))
            return OperationResult::Outcome::Invalid;
        // Nothing left the machine: the profile, key, TLS trust or host needs fixing.
        return OperationResult::Outcome::ConfigError;
    }
    return OperationResult::Outcome::Unknown;
}

} // namespace

OperationResult AnswerDecoder::decode(const apiv3::ApiResult &api, Mode mode, Operation operation)
{
    OperationResult result;
    result.mode = mode;
    result.operation = operation;
    result.api = api;
    result.outcome = outcomeOf(api);
    result.httpStatus = api.httpStatus;
    result.requestId = api.requestId;
    result.verified = api.verified;
    result.verdict = apiv3::verdictName(api.verdict);

    // Only a verified answer or a server error is decoded; an unverified 2xx is untrusted.
    const bool trusted = result.outcome == OperationResult::Outcome::Succeeded
        || result.outcome == OperationResult::Outcome::Rejected;
    if (trusted && !api.body.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(api.body);
        if (document.isObject()) {
            result.response = document.object();
            result.hasResponse = true;
        }
    }
    if (result.succeeded()) {
        if (result.hasResponse && !isRefundOperation(operation)) {
            const OrderView view = OrderView::fromJson(result.response);
            if (!view.isEmpty())
                result.order = view;
        }
        return result;
    }

    const apiv3::ApiError &error = api.error;
    result.error.code = error.code;
    result.error.message = error.message;
    result.error.sentence = error.sentence;
    result.error.field = error.field;
    result.error.issue = error.issue;
    if (!error.code.isEmpty()) {
        const apiv3::ErrorExplanation explanation
            = apiv3::ErrorCatalogue::builtIn().explain(error.code);
        result.error.hint = explanation.action;
        result.error.retryable = explanation.retryable;
        if (result.error.message.isEmpty())
            result.error.message = explanation.meaning;
    }
    if (result.outcome == OperationResult::Outcome::Rejected && !result.verified) {
        result.warnings.append(
            PayScoreOperation::tr("The error answer was not signed by WeChat Pay (or did not "
                                  "verify); it is shown as received."));
    }
    if (result.outcome == OperationResult::Outcome::Unknown && operation == Operation::Refund) {
        result.warnings.append(
            PayScoreOperation::tr("The outcome is unknown: query this refund number before "
                                  "sending again, and send again only with the same number."));
    } else if (result.outcome == OperationResult::Outcome::Unknown && isWrite(operation)) {
        result.warnings.append(
            PayScoreOperation::tr("The outcome is unknown: query the order before sending this "
                                  "again."));
    }
    return result;
}

} // namespace psc::payscore
