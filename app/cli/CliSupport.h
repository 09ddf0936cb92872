#pragma once

// Helpers shared by every command: profile loading and the one JSON object of --output json.
// (Commands that run PayScore operations build on these in PayScoreCli.h.)
#include "CliCommand.h"

#include <core/Result.h>
#include <profile/Profile.h>

#include <QJsonObject>

#include <optional>

namespace psc::cli {

// Loads --profile. On failure prints "payscore-cli COMMAND: <error naming the field>" and
// returns nullopt: the command then exits with ExitConfigError.
std::optional<profile::Profile> loadProfile(CliContext &context, const QString &command);

// The most payscore-cli reads from a file named on its command line (a body, a notification):
// far above any PayScore body, far below what would exhaust the machine.
inline constexpr qint64 kMaxInputFileBytes = 1024 * 1024;

// Reads a file named on the command line: only a regular file (a FIFO, device or folder could
// block or never end), of at most kMaxInputFileBytes, both checked before reading it. The
// failure names the file and the problem.
Result<QByteArray> readInputFile(const QString &path);

// Exactly one JSON object on stdout (indented), as --output json promises.
void printJson(CliContext &context, const QJsonObject &object);

} // namespace psc::cli
