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
#include <payscore/OrderFinder.h>
#include <profile/Profile.h>
#include <session/MerchantSession.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <functional>
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
// `withJournal` every write is journaled first. `adjust` may change the client's settings
// (a batch turns off apiv3's own 429 retries: it paces itself). On failure returns null and
// fills *failure with a config_error result naming the problem (nothing was sent).
std::unique_ptr<PayScoreSession> openSession(CliContext &context, payscore::Mode mode,
    payscore::Operation operation, bool withJournal, payscore::OperationResult *failure,
    const std::function<void(apiv3::ClientConfig &)> &adjust = {});

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

// How a command got its mode: --mode, or (when it is omitted) by finding the order first in
// every mode the profile can use, exactly as `payscore-cli find` does.
struct ModeChoice {
    payscore::Mode mode = payscore::Mode::ServiceOrder;
    std::optional<payscore::FindResult> found; // set when the order was found first
};

// Queries `outOrderNo` in every mode the profile can use (OrderFinder::modesFor). nullopt
// with *failure filled (config_error) when the profile or a client could not be set up.
std::optional<payscore::FindResult> findOrder(
    CliContext &context, const QString &outOrderNo, payscore::OperationResult *failure);

// --mode when given (checked as modeOption does); otherwise finds the order and uses the mode
// it was found in. nullopt after reporting why not (not found: the find's object, exit 1; the
// mode has no such operation: invalid).
std::optional<ModeChoice> chooseMode(CliContext &context, const QCommandLineParser &parser,
    const QCommandLineOption &option, payscore::Operation operation, const QString &outOrderNo,
    int *exitCode);

// report(), plus where the mode came from: with a find, --output json adds
// "mode_source": "find" and "find": {mode, searched, summary}; text prints the finding first.
int report(CliContext &context, const payscore::OperationResult &result, const ModeChoice &choice);

// The commands with a --body FILE (complete, modify): the file is read first, so a missing one
// is refused before anything is looked up or sent, then the mode is chosen (chooseMode).
struct BodyAndMode {
    QByteArray json;
    ModeChoice choice;
};
std::optional<BodyAndMode> bodyThenMode(CliContext &context, const QCommandLineParser &parser,
    const QCommandLineOption &bodyOption, const QCommandLineOption &modeOption,
    payscore::Operation operation, const QString &outOrderNo, int *exitCode);

// A write command's last steps: a session with the journal for the chosen mode, --no-follow-up,
// the key from --out-order-no and the profile's ids, then `start` and the report.
int runWrite(CliContext &context, const ModeChoice &choice, payscore::Operation operation,
    const QString &outOrderNo, bool followUp,
    const std::function<payscore::PendingOperation *(
        payscore::OperationRunner &runner, const payscore::OrderKey &key)> &start);

// The --mode option and the text every PayScore command's help shares.
QCommandLineOption modeOptionDefinition();
QCommandLineOption noFollowUpOption();

} // namespace psc::cli
