#pragma once

// What the refund commands (refund, refund-query) share: printing a RefundOutcome as the CLI
// contract says (one JSON object with --output json; a short summary otherwise) and the
// refund runner set up on a PayScore session.
#include "PayScoreCli.h"

#include <refund/RefundRunner.h>

namespace psc::cli {

// Prints the outcome and returns its exit code (0 succeeded … 4 config_error).
int reportRefund(CliContext &context, const refund::RefundOutcome &outcome, const QString &label);

// A RefundRunner on the session's OperationRunner and its journal (when it has one).
std::unique_ptr<refund::RefundRunner> refundRunnerFor(PayScoreSession &session);

// --mode for the refund commands: serviceorder when not given; oversea is accepted here and
// refused by the refund rules with their own plain message. nullopt after reporting.
std::optional<payscore::Mode> refundModeOption(CliContext &context,
    const QCommandLineParser &parser, const QCommandLineOption &option, int *exitCode);

} // namespace psc::cli
