#pragma once

// Helpers shared by the commands that talk to WeChat Pay: profile loading, client set-up,
// exit codes and output of an ApiResult as text or as one JSON object.
#include "CliCommand.h"

#include <apiv3/ApiResult.h>
#include <apiv3/ClientConfig.h>
#include <profile/Profile.h>
#include <profile/SecretSource.h>

#include <QJsonObject>

#include <optional>

namespace psc::cli {

// Loads --profile. On failure prints "payscore-cli COMMAND: <error naming the field>" and
// returns nullopt: the command then exits with ExitConfigError.
std::optional<profile::Profile> loadProfile(CliContext &context, const QString &command);

// The profile's client configuration with --timeout applied; nullopt after printing the error.
// `secrets` may be null (the environment).
std::optional<apiv3::ClientConfig> clientConfig(CliContext &context, const QString &command,
    const profile::Profile &profile, profile::SecretSource *secrets = nullptr);

// 0 succeeded, 1 rejected, 3 unknown outcome, 4 not sent (configuration, TLS, connection).
int exitCodeFor(const apiv3::ApiResult &result);

// {"outcome","http_status","request_id","verified","verdict","elapsed_ms","attempts",
//  "error":{code,message,detail…,meaning,action,retryable},"body":<JSON or text>,
//  "request":{method,url,authorization (shortened)}}
QJsonObject resultToJson(const apiv3::ApiResult &result);

// Exactly one JSON object on stdout (indented), as --output json promises.
void printJson(CliContext &context, const QJsonObject &object);

// Human-readable summary: outcome, status, Request-ID, and for errors the catalogue's meaning
// and what to do (in the system language).
void printResultText(CliContext &context, const apiv3::ApiResult &result);

} // namespace psc::cli
