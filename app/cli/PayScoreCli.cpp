#include "PayScoreCli.h"

#include "CliSupport.h"

#include <QFile>

#include <journal/Journal.h>
#include <journal/OperatorIdentity.h>
#include <payscore/JsonFieldReader.h>

namespace psc::cli {

using payscore::OperationResult;

namespace {

QString moneyText(const std::optional<payscore::Money> &money)
{
    return money ? money->display() : QStringLiteral("-");
}

void printOrder(QTextStream &out, const payscore::OrderView &order)
{
    out << PayScoreCli::tr("Order %1").arg(order.outOrderNo);
    if (!order.orderId.isEmpty())
        out << " (order_id " << order.orderId << ')';
    out << ": ";
    if (order.hasState()) {
        out << order.state;
        if (!order.stateDescription.isEmpty())
            out << " / " << order.stateDescription;
    } else {
        out << PayScoreCli::tr("state not known");
    }
    if (order.totalAmount)
        out << ", " << PayScoreCli::tr("total %1").arg(moneyText(order.totalAmount));
    if (order.collection) {
        out << ", "
            << PayScoreCli::tr("collection %1, paid %2, to pay %3")
                   .arg(order.collection->state, moneyText(order.collection->paidAmount),
                       moneyText(order.collection->payingAmount));
    }
    out << '\n';
}

void printText(CliContext &context, const OperationResult &result, const QString &label)
{
    QTextStream &out = *context.out;
    const QString what = !label.isEmpty()
        ? label
        : payscore::operationName(result.operation) + u' ' + payscore::modeName(result.mode);
    switch (result.outcome) {
    case OperationResult::Outcome::Succeeded:
        out << PayScoreCli::tr("Succeeded: %1").arg(what);
        break;
    case OperationResult::Outcome::Rejected:
        out << PayScoreCli::tr("Rejected by WeChat Pay: %1").arg(what);
        break;
    case OperationResult::Outcome::Invalid:
        out << PayScoreCli::tr("Invalid input, nothing was sent: %1").arg(what);
        break;
    case OperationResult::Outcome::Unknown:
        out << PayScoreCli::tr("Outcome UNKNOWN: %1 (query the order before sending it again)")
                   .arg(what);
        break;
    case OperationResult::Outcome::ConfigError:
        out << PayScoreCli::tr("Configuration error, nothing was sent: %1").arg(what);
        break;
    }
    out << '\n';
    if (result.httpStatus != 0) {
        out << "HTTP " << result.httpStatus << ", "
            << (result.verified ? PayScoreCli::tr("signature verified")
                                : PayScoreCli::tr("NOT verified (%1)").arg(result.verdict));
        if (!result.requestId.isEmpty())
            out << ", Request-ID " << result.requestId;
        out << '\n';
    }
    if (result.order)
        printOrder(out, *result.order);
    if (!result.error.isEmpty()) {
        out << PayScoreCli::tr("Error %1: %2").arg(result.error.code, result.error.message) << '\n';
        if (!result.error.field.isEmpty())
            out << PayScoreCli::tr("Field: %1").arg(result.error.field) << '\n';
        if (!result.error.hint.isEmpty())
            out << PayScoreCli::tr("What to do: %1").arg(result.error.hint) << '\n';
    }
    for (const payscore::ValidationIssue &issue : result.validation.issues()) {
        if (issue.message == result.error.message)
            continue;
        out << (issue.isError() ? "  - " : "  ! ") << issue.message << '\n';
    }
    for (const QString &warning : result.warnings) {
        if (warning != result.error.message)
            out << PayScoreCli::tr("Warning: %1").arg(warning) << '\n';
    }
    out.flush();
}

} // namespace

OperationResult localFailure(payscore::Mode mode, payscore::Operation operation,
    OperationResult::Outcome outcome, const QString &code, const QString &message,
    const QString &field)
{
    OperationResult result;
    result.mode = mode;
    result.operation = operation;
    result.outcome = outcome;
    result.error.code = code;
    result.error.message = message;
    result.error.field = field;
    result.error.hint = outcome == OperationResult::Outcome::ConfigError
        ? PayScoreCli::tr("Nothing was sent. Fix the profile (or the key, secret or URL it "
                          "names) and try again.")
        : PayScoreCli::tr("Nothing was sent. Correct the input and try again.");
    return result;
}

std::unique_ptr<PayScoreSession> openSession(CliContext &context, payscore::Mode mode,
    payscore::Operation operation, bool withJournal, OperationResult *failure,
    const std::function<void(apiv3::ClientConfig &)> &adjust)
{
    const auto fail = [&](const QString &code, const QString &message, const QString &field) {
        *failure = localFailure(
            mode, operation, OperationResult::Outcome::ConfigError, code, message, field);
        return nullptr;
    };
    if (context.profilePath.isEmpty()) {
        return fail(QStringLiteral("CONFIG_ERROR"),
            PayScoreCli::tr("--profile FILE is required (a merchant profile, JSON)."),
            QStringLiteral("profile"));
    }
    auto session = std::make_unique<PayScoreSession>();
    session::MerchantSession::Options options;
    options.network = &session->network;
    options.operatorName = journal::OperatorIdentity::session().name();
    options.transferTimeout = std::chrono::seconds(context.timeoutSeconds);
    options.adjustClient = adjust;
    options.journalWrites = withJournal;
    if (withJournal) {
        auto journal = journal::Journal::open(context.journalLocation);
        if (!journal) {
            return fail(QStringLiteral("CONFIG_ERROR"),
                PayScoreCli::tr("The audit journal cannot be opened: %1").arg(journal.error()),
                QStringLiteral("journal"));
        }
        options.journal = std::move(journal).value();
    }
    auto merchant = session::MerchantSession::open(context.profilePath, options);
    if (!merchant)
        return fail(QStringLiteral("CONFIG_ERROR"), merchant.error(), QStringLiteral("profile"));
    session->merchant = std::move(merchant).value();
    session->profile = session->merchant->profile();
    session->client = session->merchant->client(mode);
    session->runner = session->merchant->runner(mode);
    return session;
}

int reportJson(CliContext &context, const QJsonObject &object, int exitCode)
{
    printJson(context, object);
    return exitCode;
}

int report(CliContext &context, const OperationResult &result, const QString &label)
{
    if (context.output == OutputFormat::Json) {
        QJsonObject object = result.toJson();
        if (!label.isEmpty()) { // not a PayScore operation: mode and operation mean nothing
            object.remove(QStringLiteral("mode"));
            object.remove(QStringLiteral("operation"));
        }
        return reportJson(context, object, result.exitCode());
    }
    printText(context, result, label);
    return result.exitCode();
}

QJsonObject failureJson(OperationResult::Outcome outcome, const QString &code,
    const QString &message, const QString &field)
{
    QJsonObject object = localFailure(
        payscore::Mode::ServiceOrder, payscore::Operation::Query, outcome, code, message, field)
                             .toJson();
    object.remove(QStringLiteral("mode")); // not a PayScore operation: neither means anything
    object.remove(QStringLiteral("operation"));
    return object;
}

int reportFailure(CliContext &context, OperationResult::Outcome outcome, const QString &code,
    const QString &message, const QString &field)
{
    const QString command = context.arguments.value(0);
    *context.err << "payscore-cli" << (command.isEmpty() ? QString() : u' ' + command) << ": "
                 << message << '\n';
    context.err->flush();
    if (context.output == OutputFormat::Json)
        printJson(context, failureJson(outcome, code, message, field));
    return static_cast<int>(outcome);
}

int invalidInput(
    CliContext &context, const QString &message, const QString &field, const QString &code)
{
    return reportFailure(context, OperationResult::Outcome::Invalid, code, message, field);
}

int configError(
    CliContext &context, const QString &message, const QString &field, const QString &code)
{
    return reportFailure(context, OperationResult::Outcome::ConfigError, code, message, field);
}

bool parseOptions(QCommandLineParser &parser, CliContext &context, int *exitCode)
{
    bool helpShown = false;
    if (!parseCommandLine(parser, context, &helpShown)) {
        // An unknown option is named as the field (without its dashes).
        *exitCode = invalidInput(context, parser.errorText(), parser.unknownOptionNames().value(0),
            QStringLiteral("USAGE"));
        if (context.output == OutputFormat::Text)
            *context.err << '\n' << parser.helpText();
        context.err->flush();
        return false;
    }
    if (helpShown) {
        *exitCode = ExitSucceeded;
        return false;
    }
    return true;
}

QCommandLineOption modeOptionDefinition()
{
    return QCommandLineOption(QStringLiteral("mode"),
        QStringLiteral("serviceorder (merchant service orders), payafter (先享后付), oversea "
                       "(机构模式, apihk host) or partner (服务商)"),
        QStringLiteral("MODE"));
}

QCommandLineOption noFollowUpOption()
{
    return QCommandLineOption(QStringLiteral("no-follow-up"),
        QStringLiteral("do not query the order after a write whose answer has no state "
                       "(pay-after ids, 204 answers)"));
}

std::optional<payscore::Mode> modeOption(CliContext &context, const QCommandLineParser &parser,
    const QCommandLineOption &option, payscore::Operation operation, int *exitCode)
{
    const QString text = parser.value(option);
    const auto mode = payscore::modeFromName(text);
    QString message;
    if (text.isEmpty())
        message
            = PayScoreCli::tr("--mode is required: serviceorder, payafter, oversea or partner.");
    else if (!mode)
        message = PayScoreCli::tr("Unknown mode \"%1\": use serviceorder, payafter, oversea or "
                                  "partner.")
                      .arg(text);
    else if (!payscore::supports(*mode, operation))
        message = PayScoreCli::tr("The %1 mode has no %2 operation.")
                      .arg(text, payscore::operationName(operation));
    if (message.isEmpty())
        return mode;
    *exitCode = report(context,
        localFailure(mode.value_or(payscore::Mode::ServiceOrder), operation,
            OperationResult::Outcome::Invalid, QStringLiteral("INVALID_INPUT"), message,
            QStringLiteral("mode")));
    return std::nullopt;
}

std::optional<payscore::FindResult> findOrder(
    CliContext &context, const QString &outOrderNo, OperationResult *failure)
{
    // One session per mode: each aims at its mode's host (oversea: apihk).
    auto first = openSession(
        context, payscore::Mode::ServiceOrder, payscore::Operation::Query, false, failure);
    if (!first)
        return std::nullopt;
    const QList<payscore::Mode> modes
        = payscore::OrderFinder::modesFor(first->defaults(), QUrl(first->profile.baseUrl));
    std::map<payscore::Mode, std::unique_ptr<PayScoreSession>> sessions;
    for (const payscore::Mode mode : modes) {
        auto session = openSession(context, mode, payscore::Operation::Query, false, failure);
        if (!session)
            return std::nullopt;
        sessions[mode] = std::move(session);
    }
    payscore::OrderFinder finder(
        modes,
        [&sessions](payscore::Mode mode) -> payscore::OperationRunner & {
            return *sessions.at(mode)->runner;
        },
        first->defaults());
    return payscore::OrderFinder::wait(finder.find(outOrderNo));
}

std::optional<ModeChoice> chooseMode(CliContext &context, const QCommandLineParser &parser,
    const QCommandLineOption &option, payscore::Operation operation, const QString &outOrderNo,
    int *exitCode)
{
    if (parser.isSet(option)) {
        const auto mode = modeOption(context, parser, option, operation, exitCode);
        if (!mode)
            return std::nullopt;
        return ModeChoice { *mode, std::nullopt };
    }
    const auto refuse = [&](const QString &message, const QString &field) {
        *exitCode = report(context,
            localFailure(payscore::Mode::ServiceOrder, operation, OperationResult::Outcome::Invalid,
                QStringLiteral("INVALID_INPUT"), message, field));
        return std::nullopt;
    };
    if (outOrderNo.isEmpty()) {
        return refuse(PayScoreCli::tr("Give --out-order-no (the order is then found in the "
                                      "profile's modes) or --mode."),
            QStringLiteral("/out_order_no"));
    }
    OperationResult failure;
    const auto found = findOrder(context, outOrderNo, &failure);
    if (!found) {
        *exitCode = report(context, failure);
        return std::nullopt;
    }
    if (!found->found()) {
        if (context.output == OutputFormat::Json) {
            *exitCode = reportJson(context, found->toJson(), found->exitCode());
        } else {
            *context.out << found->summary() << '\n';
            if (found->kind == payscore::FindResult::Kind::Failed)
                printText(context, found->query, {});
            context.out->flush();
            *exitCode = found->exitCode();
        }
        return std::nullopt;
    }
    if (!payscore::supports(*found->mode, operation)) {
        return refuse(PayScoreCli::tr("Order %1 is in the %2 mode, which has no %3 operation.")
                          .arg(outOrderNo, payscore::modeName(*found->mode),
                              payscore::operationName(operation)),
            QStringLiteral("mode"));
    }
    return ModeChoice { *found->mode, found };
}

int report(CliContext &context, const OperationResult &result, const ModeChoice &choice)
{
    if (!choice.found)
        return report(context, result);
    const payscore::FindResult &found = *choice.found;
    if (context.output == OutputFormat::Json) {
        QJsonObject object = result.toJson();
        QJsonObject find = found.toJson();
        find.remove(QStringLiteral("order")); // the result's own order is the newer one
        object.insert(QStringLiteral("mode_source"), QStringLiteral("find"));
        object.insert(QStringLiteral("find"), find);
        return reportJson(context, object, result.exitCode());
    }
    *context.out << PayScoreCli::tr("No --mode given: %1").arg(found.summary()) << '\n';
    printText(context, result, {});
    return result.exitCode();
}

std::optional<BodyAndMode> bodyThenMode(CliContext &context, const QCommandLineParser &parser,
    const QCommandLineOption &bodyOption, const QCommandLineOption &modeOption,
    payscore::Operation operation, const QString &outOrderNo, int *exitCode)
{
    const QString path = parser.value(bodyOption);
    // Bounded and regular only (readInputFile): /dev/zero or a FIFO is refused, never read.
    Result<QByteArray> body = path.isEmpty()
        ? Result<QByteArray>::failure(PayScoreCli::tr("--body FILE is required."))
        : readInputFile(path);
    // A file that is not one JSON object is refused here, naming --body, before the order is
    // looked up (without --mode that takes queries) — by the same reader the request uses.
    payscore::ValidationReport whole;
    if (body && !payscore::JsonFieldReader::fromBytes(*body, &whole))
        body = Result<QByteArray>::failure(whole.firstError().message);
    if (!body) {
        *exitCode = report(context,
            localFailure(payscore::modeFromName(parser.value(modeOption))
                             .value_or(payscore::Mode::ServiceOrder),
                operation, OperationResult::Outcome::Invalid, QStringLiteral("INVALID_INPUT"),
                body.error(), QStringLiteral("body")));
        return std::nullopt;
    }
    BodyAndMode read;
    read.json = *body;
    const auto choice = chooseMode(context, parser, modeOption, operation, outOrderNo, exitCode);
    if (!choice)
        return std::nullopt;
    read.choice = *choice;
    return read;
}

int runWrite(CliContext &context, const ModeChoice &choice, payscore::Operation operation,
    const QString &outOrderNo, bool followUp,
    const std::function<payscore::PendingOperation *(
        payscore::OperationRunner &runner, const payscore::OrderKey &key)> &start)
{
    OperationResult failure;
    const auto session = openSession(context, choice.mode, operation, true, &failure);
    if (!session)
        return report(context, failure);
    session->runner->setFollowUpEnabled(followUp);
    payscore::OrderKey key;
    key.mode = choice.mode;
    key.outOrderNo = outOrderNo;
    key.applyDefaults(session->defaults());
    return report(context, payscore::OperationRunner::wait(start(*session->runner, key)), choice);
}

} // namespace psc::cli
