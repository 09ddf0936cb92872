#pragma once

// What the PayScore commands (sync, complete, query, certificates, decrypt, explain) share:
// setting up profile -> client -> runner -> journal, and printing an OperationResult as the
// contract says: --output json prints exactly one JSON object {ok, outcome, http_status,
// request_id, verified, order?, response?, error?{code,message,field,issue,hint,retryable}},
// --output text a short summary; the exit code is the outcome's (0 succeeded, 1 rejected,
// 2 invalid, 3 unknown, 4 config_error).
#include "CliCommand.h"

#include <apiv3/ApiClient.h>
#include <payscore/OperationRunner.h>
#include <profile/Profile.h>
#include <session/MerchantSession.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <memory>
#include <optional>

// Translation context of the commands' own texts ("PayScoreCli" in the .ts file).
class PayScoreCli {
    Q_DECLARE_TR_FUNCTIONS(PayScoreCli)
};

namespace psc::cli {

// A profile opened for one command (session::MerchantSession, as in the console) and the
// client and runner of the command's mode.
struct PayScoreSession {
    QNetworkAccessManager network; // declared first: outlives the merchant session
    std::unique_ptr<session::MerchantSession> merchant;
    profile::Profile profile;
    apiv3::ApiClient *client = nullptr;
    payscore::OperationRunner *runner = nullptr;

    payscore::OrderDefaults defaults() const { return merchant->defaults(); }
};

// Loads --profile and builds the client for `mode` (oversea goes to the apihk host). With
// `withJournal` every write is journaled first. On failure returns null and fills *failure
// with a config_error result naming the problem (nothing was sent).
std::unique_ptr<PayScoreSession> openSession(CliContext &context, payscore::Mode mode,
    payscore::Operation operation, bool withJournal, payscore::OperationResult *failure);

// A result without any exchange: config_error or invalid, with code and message.
payscore::OperationResult localFailure(payscore::Mode mode, payscore::Operation operation,
    payscore::OperationResult::Outcome outcome, const QString &code, const QString &message,
    const QString &field = {});

// Prints the result (JSON or text) and returns the exit code. `label` names what was done in
// the text summary (default: "sync payafter" from the result's operation and mode).
int report(CliContext &context, const payscore::OperationResult &result, const QString &label = {});
// Prints any JSON object (commands with extra keys build on OperationResult::toJson()).
int reportJson(CliContext &context, const QJsonObject &object, int exitCode);

// Parses the command's options. On a usage error prints it (and, with --output json, an
// `invalid` JSON object) and returns false with *exitCode set; --help sets it to 0.
bool parseOptions(QCommandLineParser &parser, CliContext &context, int *exitCode);

// --mode MODE: nullopt after reporting an invalid result when missing or unknown.
std::optional<payscore::Mode> modeOption(CliContext &context, const QCommandLineParser &parser,
    const QCommandLineOption &option, payscore::Operation operation, int *exitCode);

// The --mode option and the text every PayScore command's help shares.
QCommandLineOption modeOptionDefinition();
QCommandLineOption noFollowUpOption();

} // namespace psc::cli
