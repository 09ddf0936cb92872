#pragma once

// Helpers shared by every command: profile loading and the one JSON object of --output json.
// (Commands that run PayScore operations build on these in PayScoreCli.h.)
#include "CliCommand.h"

#include <profile/Profile.h>

#include <QJsonObject>

#include <optional>

namespace psc::cli {

// Loads --profile. On failure prints "payscore-cli COMMAND: <error naming the field>" and
// returns nullopt: the command then exits with ExitConfigError.
std::optional<profile::Profile> loadProfile(CliContext &context, const QString &command);

// Exactly one JSON object on stdout (indented), as --output json promises.
void printJson(CliContext &context, const QJsonObject &object);

} // namespace psc::cli
