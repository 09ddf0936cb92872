#include "CliSupport.h"

#include <apiv3/ErrorCatalogue.h>
#include <profile/ClientConfigFactory.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace psc::cli {

std::optional<profile::Profile> loadProfile(CliContext &context, const QString &command)
{
    if (context.profilePath.isEmpty()) {
        *context.err << "payscore-cli " << command << ": --profile FILE is required\n";
        return std::nullopt;
    }
    auto loaded = profile::Profile::load(context.profilePath);
    if (!loaded) {
        *context.err << "payscore-cli " << command << ": " << loaded.error() << '\n';
        return std::nullopt;
    }
    return std::move(loaded).value();
}

std::optional<apiv3::ClientConfig> clientConfig(CliContext &context, const QString &command,
    const profile::Profile &profile, profile::SecretSource *secrets)
{
    auto config = profile::ClientConfigFactory(secrets).create(profile);
    if (!config) {
        *context.err << "payscore-cli " << command << ": profile " << context.profilePath << ": "
                     << config.error() << '\n';
        return std::nullopt;
    }
    config->transferTimeout = std::chrono::seconds(context.timeoutSeconds);
    return std::move(config).value();
}

int exitCodeFor(const apiv3::ApiResult &result)
{
    switch (result.outcome) {
    case apiv3::Outcome::Succeeded:
        return ExitSucceeded;
    case apiv3::Outcome::Rejected:
        return ExitRejected;
    case apiv3::Outcome::Unknown:
        return ExitUnknown;
    case apiv3::Outcome::NotSent:
        return ExitConfigError;
    }
    return ExitUnknown;
}

QJsonObject resultToJson(const apiv3::ApiResult &result)
{
    QJsonObject object {
        { QStringLiteral("outcome"), apiv3::outcomeName(result.outcome) },
        { QStringLiteral("http_status"), result.httpStatus },
        { QStringLiteral("request_id"), result.requestId },
        { QStringLiteral("verified"), result.verified },
        { QStringLiteral("verdict"), apiv3::verdictName(result.verdict) },
        { QStringLiteral("elapsed_ms"), result.elapsedMs },
        { QStringLiteral("attempts"), result.attempts },
    };
    if (!result.error.isEmpty()) {
        QJsonObject error = result.error.toJson();
        const auto explanation = apiv3::ErrorCatalogue::builtIn().explain(result.error.code);
        error.insert(QStringLiteral("meaning"), explanation.meaning);
        error.insert(QStringLiteral("action"), explanation.action);
        error.insert(QStringLiteral("retryable"), explanation.retryable);
        object.insert(QStringLiteral("error"), error);
    }
    if (!result.body.isEmpty()) {
        const QJsonDocument body = QJsonDocument::fromJson(result.body);
        if (body.isObject())
            object.insert(QStringLiteral("body"), body.object());
        else if (body.isArray())
            object.insert(QStringLiteral("body"), body.array());
        else
            object.insert(QStringLiteral("body"), QString::fromUtf8(result.body));
    }
    if (!result.request.isEmpty()) {
        object.insert(QStringLiteral("request"),
            QJsonObject {
                { QStringLiteral("method"), QString::fromLatin1(result.request.method) },
                { QStringLiteral("url"), QString::fromUtf8(result.request.url) },
                { QStringLiteral("authorization"),
                    QString::fromUtf8(result.request.authorization) },
            });
    }
    return object;
}

void printJson(CliContext &context, const QJsonObject &object)
{
    *context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    context.out->flush();
}

void printResultText(CliContext &context, const apiv3::ApiResult &result)
{
    QTextStream &out = *context.out;
    out << "outcome: " << apiv3::outcomeName(result.outcome);
    if (result.httpStatus != 0)
        out << " (HTTP " << result.httpStatus << (result.verified ? ", verified" : ", NOT verified")
            << ')';
    out << '\n';
    if (!result.requestId.isEmpty())
        out << "Request-ID: " << result.requestId << '\n';
    if (!result.error.isEmpty()) {
        const auto explanation = apiv3::ErrorCatalogue::builtIn().explain(result.error.code);
        out << "error: " << result.error.code;
        if (!result.error.message.isEmpty())
            out << " - " << result.error.message;
        out << '\n';
        if (!result.error.field.isEmpty())
            out << "field: " << result.error.field << " (" << result.error.location
                << ") value: " << result.error.value << " issue: " << result.error.issue << '\n';
        if (!result.error.signInformation.isEmpty())
            out << "sign information: "
                << QString::fromUtf8(
                       QJsonDocument(result.error.signInformation).toJson(QJsonDocument::Compact))
                << '\n';
        out << "meaning: " << explanation.meaning << '\n';
        out << "what to do: " << explanation.action << '\n';
    }
    out.flush();
}

} // namespace psc::cli
