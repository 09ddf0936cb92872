// payscore-cli batch: sync, complete, cancel or query the orders of a spreadsheet (CSV).
//   payscore-cli batch --op OP --file ROWS.csv [--concurrency N] [--qps Q] [--dry-run]
//                      [--results OUT.csv|OUT.xlsx] [--yes]
//   payscore-cli batch template --op OP
#include "BatchProgressPrinter.h"
#include "CliCommand.h"
#include "PayScoreCli.h"

#include <Translations.h>
#include <batch/BatchExport.h>
#include <batch/BatchPlan.h>
#include <batch/BatchRunner.h>
#include <batch/BatchTemplate.h>
#include <batch/CsvReader.h>
#include <batch/ModeLookup.h>
#include <journal/Journal.h>
#include <journal/JournalWriteHook.h>
#include <journal/OperatorIdentity.h>
#include <payscore/OrderFinder.h>
#include <session/BatchLanes.h>

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>
#include <map>
#include <unistd.h>

namespace psc::cli {

using batch::BatchOperation;
using batch::BatchPlan;
using batch::BatchRowResult;
using batch::BatchRunner;
using batch::RowOutcome;

namespace {

void printJsonLine(CliContext &context, const QJsonObject &object)
{
    *context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    context.out->flush();
}

// A batch refused before any row was sent: the one failure object of every command
// (failureJson) as the run's summary line, and the reason on stderr.
int refuseBatch(CliContext &context, payscore::OperationResult::Outcome outcome,
    const QString &code, const QString &message)
{
    if (context.output == OutputFormat::Json) {
        QJsonObject object = failureJson(outcome, code, message);
        object.insert(QStringLiteral("summary"), true);
        printJsonLine(context, object);
    }
    *context.err << "payscore-cli batch: " << message << '\n';
    context.err->flush();
    return static_cast<int>(outcome);
}

int batchInvalid(CliContext &context, const QString &code, const QString &message)
{
    return refuseBatch(context, payscore::OperationResult::Outcome::Invalid, code, message);
}

int batchConfigError(CliContext &context, const QString &message)
{
    return refuseBatch(context, payscore::OperationResult::Outcome::ConfigError,
        QStringLiteral("CONFIG_ERROR"), message);
}

QCommandLineOption operationOption()
{
    return QCommandLineOption(QStringLiteral("op"),
        QStringLiteral("sync, complete, cancel or query"), QStringLiteral("OP"));
}

std::optional<BatchOperation> operationValue(CliContext &context, const QCommandLineParser &parser,
    const QCommandLineOption &option, int *exitCode)
{
    const auto operation = batch::batchOperationFromName(parser.value(option));
    if (!operation) {
        *exitCode = batchInvalid(context, QStringLiteral("USAGE"),
            PayScoreCli::tr("--op takes sync, complete, cancel or query."));
    }
    return operation;
}

// The row's mode: its cell's, or where the lookup found the order.
QString modeText(const BatchPlan &plan, qsizetype row)
{
    const auto mode = plan.check(row).mode;
    return mode ? payscore::modeName(*mode) : QString();
}

QString orderText(const BatchPlan &plan, qsizetype row)
{
    const auto column = plan.mapping().columnOf(batch::BatchField::OutOrderNo);
    return column ? plan.table().cell(row, *column).trimmed() : QString();
}

QString money(qint64 fen)
{
    return payscore::Money::fromFen(fen).display();
}

// The preview: how the file was read, every row that will not be sent and why, the figures.
int printPreview(CliContext &context, const BatchPlan &plan, const QString &file, bool dryRun)
{
    const batch::PlanSummary &summary = plan.summary();
    const bool json = context.output == OutputFormat::Json;
    QTextStream &out = json ? *context.err : *context.out;
    if (!json || !dryRun) {
        out << PayScoreCli::tr("%1: %2 rows, %3, separated by %4.")
                   .arg(QFileInfo(file).fileName())
                   .arg(summary.rows)
                   .arg(plan.table().encoding,
                       plan.table().separator == u'\t'
                           ? PayScoreCli::tr("tabs")
                           : QStringLiteral("\"%1\"").arg(plan.table().separator))
            << '\n';
        if (summary.usedLocalTime) {
            const QTimeZone zone = QTimeZone::systemTimeZone();
            out << PayScoreCli::tr("Times without an offset were read as this PC's local time "
                                   "(%1, %2).")
                       .arg(QString::fromUtf8(zone.id()),
                           zone.displayName(QDateTime::currentDateTime(), QTimeZone::OffsetName))
                << '\n';
        }
    }
    for (qsizetype row = 0; row < plan.rowCount(); ++row) {
        const batch::RowCheck &check = plan.check(row);
        const int line = plan.table().lineNumbers.value(row);
        QString status = QStringLiteral("valid");
        QJsonObject error;
        if (check.report.hasErrors()) {
            const payscore::ValidationIssue issue = check.report.firstError();
            status = QStringLiteral("invalid");
            error = { { "code", "INVALID_INPUT" }, { "field", issue.pointer },
                { "message", issue.message } };
            if (!json || !dryRun) {
                out << PayScoreCli::tr("line %1 (%2): %3")
                           .arg(line)
                           .arg(orderText(plan, row), issue.message)
                    << '\n';
            }
        } else if (check.duplicateOf >= 0) {
            status = QStringLiteral("duplicate");
            const int first = plan.table().lineNumbers.value(check.duplicateOf);
            error = { { "code", "DUPLICATE_ROW" },
                { "message",
                    PayScoreCli::tr("the same order as line %1: it is sent once").arg(first) } };
            if (!json || !dryRun) {
                out << PayScoreCli::tr("line %1 (%2): the same order as line %3, held back")
                           .arg(line)
                           .arg(orderText(plan, row))
                           .arg(first)
                    << '\n';
            }
        }
        if (json && dryRun) {
            QJsonObject object { { "row", line }, { "out_order_no", orderText(plan, row) },
                { "mode", modeText(plan, row) }, { "outcome", status } };
            if (check.modeFound)
                object.insert("mode_source", "find");
            if (check.amountFen)
                object.insert("amount", *check.amountFen);
            if (!error.isEmpty())
                object.insert("error", error);
            printJsonLine(context, object);
        }
    }
    if (plan.needsModeLookup() && (!json || !dryRun)) {
        std::map<QString, int> found;
        for (qsizetype row = 0; row < plan.rowCount(); ++row) {
            if (plan.check(row).modeFound)
                ++found[payscore::modeName(*plan.check(row).mode)];
        }
        QStringList counts;
        for (const auto &[mode, count] : found)
            counts.append(QStringLiteral("%1 %2").arg(mode).arg(count));
        out << PayScoreCli::tr("Modes found (no mode column): %1.")
                   .arg(counts.isEmpty() ? PayScoreCli::tr("none")
                                         : counts.join(QStringLiteral(", ")))
            << '\n';
    }
    const bool anyInvalid = summary.invalid > 0 || summary.duplicates > 0;
    const QString total
        = summary.totalOverflow ? PayScoreCli::tr("too large to add up") : money(summary.totalFen);
    if (json && dryRun) {
        QJsonObject object { { "summary", true }, { "dry_run", true }, { "rows", summary.rows },
            { "valid", summary.sendable }, { "invalid", summary.invalid },
            { "duplicates", summary.duplicates }, { "local_time", summary.usedLocalTime } };
        if (batch::movesMoney(plan.operation()) && !summary.totalOverflow)
            object.insert("total_amount", summary.totalFen);
        printJsonLine(context, object);
    } else {
        out << PayScoreCli::tr("To send: %1 rows. Invalid: %2. Duplicates: %3.")
                   .arg(summary.sendable)
                   .arg(summary.invalid)
                   .arg(summary.duplicates);
        if (batch::movesMoney(plan.operation()))
            out << ' ' << PayScoreCli::tr("Total: %1.").arg(total);
        out << '\n';
        out.flush();
    }
    return anyInvalid ? ExitInvalid : ExitSucceeded;
}

// A production batch moves real money: on a terminal the operator types the row count; a
// script passes --yes. Anything else sends nothing.
bool confirmProduction(CliContext &context, const profile::Profile &profile, const BatchPlan &plan,
    bool yes, QString *refusal)
{
    if (profile.isLoopback() || yes)
        return true;
    if (!isatty(STDIN_FILENO)) {
        *refusal = PayScoreCli::tr("\"%1\" is a PRODUCTION profile: confirm the batch on a "
                                   "terminal, or pass --yes in scripts.")
                       .arg(profile.name);
        return false;
    }
    const batch::PlanSummary &summary = plan.summary();
    QTextStream &err = *context.err;
    err << PayScoreCli::tr("PRODUCTION (%1, %2): %3 %4 rows")
               .arg(profile.name, profile.baseUrl, batch::batchOperationName(plan.operation()))
               .arg(summary.sendable);
    if (batch::movesMoney(plan.operation()))
        err << ", " << PayScoreCli::tr("total %1").arg(money(summary.totalFen));
    err << ".\n"
        << PayScoreCli::tr("Type the number of rows (%1) to start: ").arg(summary.sendable);
    err.flush();
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin)
        || QString::fromLatin1(line).trimmed() != QString::number(summary.sendable)) {
        *refusal = PayScoreCli::tr("Not confirmed: nothing was sent.");
        return false;
    }
    return true;
}

QJsonObject rowJson(const BatchPlan &plan, qsizetype row, const BatchRowResult &result)
{
    QJsonObject object { { "row", plan.table().lineNumbers.value(row) },
        { "out_order_no", orderText(plan, row) }, { "mode", modeText(plan, row) },
        { "outcome", batch::rowOutcomeName(result.outcome) }, { "http_status", result.httpStatus },
        { "request_id", result.requestId.isEmpty() ? QJsonValue() : QJsonValue(result.requestId) },
        { "state", result.state.isEmpty() ? QJsonValue() : QJsonValue(result.state) } };
    if (result.errorCode.isEmpty() && result.errorMessage.isEmpty()) {
        object.insert("error", QJsonValue());
    } else {
        object.insert("error",
            QJsonObject { { "code", result.errorCode }, { "message", result.errorMessage },
                { "retryable", result.retryable } });
    }
    if (!result.note.isEmpty())
        object.insert("note", result.note);
    if (plan.check(row).modeFound)
        object.insert("mode_source", "find");
    return object;
}

void printRowText(
    CliContext &context, const BatchPlan &plan, qsizetype row, const BatchRowResult &result)
{
    QTextStream &out = *context.out;
    out << PayScoreCli::tr("line %1").arg(plan.table().lineNumbers.value(row)) << ' '
        << orderText(plan, row) << ": " << batch::rowOutcomeText(result.outcome);
    if (!result.state.isEmpty())
        out << ", " << result.state;
    if (!result.errorCode.isEmpty())
        out << ", " << result.errorCode << ' ' << result.errorMessage;
    if (!result.requestId.isEmpty())
        out << " (Request-ID " << result.requestId << ')';
    if (result.outcome == RowOutcome::Skipped && !result.note.isEmpty())
        out << " — " << result.note;
    out << '\n';
    out.flush();
}

int exitCodeFor(const batch::BatchProgress &p)
{
    if (p.unknown > 0)
        return ExitUnknown;
    if (p.configError > 0 && p.succeeded + p.rejected + p.skipped == 0)
        return ExitConfigError;
    if (p.rejected > 0 || p.invalid > 0 || p.configError > 0 || p.notSent > 0)
        return ExitRejected;
    return ExitSucceeded;
}

// The lanes of a batch of `operation` for this command line's profile, timeout and operator.
std::unique_ptr<session::BatchLanes> openLanes(CliContext &context, payscore::Operation operation,
    std::shared_ptr<journal::Journal> journal, const QString &operatorName)
{
    session::MerchantSession::Options options;
    options.journal = std::move(journal);
    options.operatorName = operatorName;
    options.transferTimeout = std::chrono::seconds(context.timeoutSeconds);
    return std::make_unique<session::BatchLanes>(context.profilePath, operation, options);
}

// No mode column: every order is looked up as `payscore-cli find` does (queries only, paced
// like the batch) before the preview, so the preview shows where each was found.
void lookUpModes(
    CliContext &context, BatchPlan &plan, const profile::Profile &profile, int lanes, double rate)
{
    const QStringList orders = plan.ordersToLookUp();
    if (orders.isEmpty())
        return;
    const payscore::OrderDefaults defaults = plan.defaults();
    const QList<payscore::Mode> modes
        = payscore::OrderFinder::modesFor(defaults, QUrl(profile.baseUrl));
    const auto sessions = openLanes(context, payscore::Operation::Query, {}, {});
    batch::ModeLookup lookup(
        modes, [&sessions](payscore::Mode mode, int lane) { return sessions->runner(mode, lane); },
        defaults);
    lookup.setConcurrency(lanes);
    lookup.setRatePerSecond(rate);
    QTextStream &err = *context.err;
    QStringList names;
    for (const payscore::Mode mode : modes)
        names.append(payscore::modeName(mode));
    err << PayScoreCli::tr("The file has no mode column: looking up %1 orders in %2, as find "
                           "does (queries only)…")
               .arg(orders.size())
               .arg(names.join(QStringLiteral(", ")))
        << '\n';
    err.flush();
    QEventLoop loop;
    QObject::connect(&lookup, &batch::ModeLookup::finished, &loop, &QEventLoop::quit);
    lookup.start(orders);
    if (lookup.isRunning())
        loop.exec();
    plan.addModeFindings(lookup.findings(), QDateTime::currentDateTimeUtc());
}

} // namespace

class BatchCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("batch"); }
    QString summary() const override
    {
        return QStringLiteral("sync, complete, cancel or query the orders of a CSV file");
    }

    int run(CliContext &context) override
    {
        if (context.arguments.value(1) == QLatin1String("template"))
            return runTemplate(context);

        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli batch --op sync|complete|cancel|query --file ROWS.csv [--concurrency N]\n"
            "                   [--qps Q] [--dry-run] [--results OUT.csv|OUT.xlsx] [--yes]\n"
            "payscore-cli batch template --op OP\n\n"
            "Reads the rows (CSV: UTF-8, UTF-8 with BOM or GB18030; comma, tab or semicolon; "
            "headers in Chinese or English), checks each with the rules of a single request, "
            "and sends the valid ones at the given pace, each journaled like a single write. "
            "Run it again on the same file to resume: rows already done are skipped, rows "
            "whose outcome is unknown are queried before anything is resent."));
        const QCommandLineOption op = operationOption();
        const QCommandLineOption file(
            QStringLiteral("file"), QStringLiteral("the rows (CSV)"), QStringLiteral("ROWS.csv"));
        const QCommandLineOption concurrency(QStringLiteral("concurrency"),
            QStringLiteral("rows in flight at once (default 4)"), QStringLiteral("N"),
            QString::number(BatchRunner::kDefaultConcurrency));
        const QCommandLineOption qps(QStringLiteral("qps"),
            QStringLiteral("requests per second at most (default 10)"), QStringLiteral("Q"),
            QString::number(BatchRunner::kDefaultRatePerSecond));
        const QCommandLineOption dryRun(
            QStringLiteral("dry-run"), QStringLiteral("check and print the preview, send nothing"));
        const QCommandLineOption results(QStringLiteral("results"),
            QStringLiteral("write the rows and their outcomes to OUT.csv or OUT.xlsx"),
            QStringLiteral("OUT"));
        const QCommandLineOption yes(
            QStringLiteral("yes"), QStringLiteral("confirm a production batch without asking"));
        parser.addOptions({ op, file, concurrency, qps, dryRun, results, yes });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;

        const auto operation = operationValue(context, parser, op, &exitCode);
        if (!operation)
            return exitCode;
        bool ok = false;
        const int lanes = parser.value(concurrency).toInt(&ok);
        if (!ok || lanes < 1 || lanes > 64) {
            return batchInvalid(context, QStringLiteral("USAGE"),
                PayScoreCli::tr("--concurrency takes a whole number from 1 to 64."));
        }
        const double rate = parser.value(qps).toDouble(&ok);
        if (!ok || rate < 0.2 || rate > 10000) {
            return batchInvalid(context, QStringLiteral("USAGE"),
                PayScoreCli::tr("--qps takes a number from 0.2 to 10000."));
        }
        if (!parser.isSet(file)) {
            return batchInvalid(
                context, QStringLiteral("USAGE"), PayScoreCli::tr("--file ROWS.csv is required."));
        }

        if (context.profilePath.isEmpty())
            return batchConfigError(context, PayScoreCli::tr("--profile FILE is required."));
        auto profile = profile::Profile::load(context.profilePath);
        if (!profile)
            return batchConfigError(context, profile.error());

        auto table = batch::CsvReader().readFile(parser.value(file));
        if (!table)
            return batchInvalid(context, QStringLiteral("INVALID_FILE"), table.error());
        BatchPlan plan(*operation, std::move(table).value(),
            { profile->appid, profile->serviceId, profile->subMchid });
        plan.validate(QDateTime::currentDateTimeUtc());
        if (!plan.missingColumns().isEmpty()) {
            QStringList names;
            for (const batch::BatchField field : plan.missingColumns()) {
                const auto &info = batch::fieldInfo(field);
                names.append(info.chineseHeader + QLatin1Char('/') + info.key);
            }
            return batchInvalid(context, QStringLiteral("MISSING_COLUMN"),
                PayScoreCli::tr("The file has no column for: %1. Name the header like the "
                                "template does (payscore-cli batch template --op %2).")
                    .arg(names.join(QStringLiteral(", ")), parser.value(op)));
        }
        lookUpModes(context, plan, *profile, lanes, rate);
        const int previewCode
            = printPreview(context, plan, parser.value(file), parser.isSet(dryRun));
        if (parser.isSet(dryRun))
            return previewCode;
        if (plan.summary().sendable == 0)
            return batchInvalid(context, QStringLiteral("NOTHING_TO_SEND"),
                PayScoreCli::tr("No valid row: nothing was sent."));

        QString refusal;
        if (!confirmProduction(context, *profile, plan, parser.isSet(yes), &refusal))
            return batchConfigError(context, refusal);
        return send(context, plan, lanes, rate, parser.value(results), profile->name);
    }

private:
    int runTemplate(CliContext &context)
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli batch template --op OP\n\nPrints a CSV template for the operation: "
            "the header row in your language and one example row."));
        const QCommandLineOption op = operationOption();
        parser.addOption(op);
        parser.addPositionalArgument(QStringLiteral("template"), QStringLiteral("template"));
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        const auto operation = operationValue(context, parser, op, &exitCode);
        if (!operation)
            return exitCode;
        context.out->flush();
        const QByteArray bytes = batch::BatchTemplate::csv(
            *operation, resources::Translations::languageFor(QLocale()));
        // A template cut short (a full disk, a closed pipe) must not look written.
        const bool written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout)
                == size_t(bytes.size())
            && std::fflush(stdout) == 0;
        if (!written) {
            *context.err << QStringLiteral("payscore-cli: the template could not be written to "
                                           "standard output\n");
            return ExitConfigError;
        }
        return ExitSucceeded;
    }

    int send(CliContext &context, const BatchPlan &plan, int lanes, double rate,
        const QString &resultsPath, const QString &profileName)
    {
        std::shared_ptr<journal::Journal> journal;
        if (batch::isWrite(plan.operation())) {
            auto opened = journal::Journal::open(context.journalLocation);
            if (!opened) {
                return batchConfigError(context,
                    PayScoreCli::tr("The audit journal cannot be opened: %1").arg(opened.error()));
            }
            journal = std::move(opened).value();
        }
        const QString operatorName = journal::OperatorIdentity::session().name();
        const auto sessions = openLanes(context,
            batch::payscoreOperation(plan.operation()).value_or(payscore::Operation::Query),
            journal, operatorName);
        BatchRunner runner(plan,
            [&sessions](payscore::Mode mode, int lane) { return sessions->runner(mode, lane); });
        if (journal)
            runner.setJournal(journal, profileName, operatorName);
        runner.setConcurrency(lanes);
        runner.setRatePerSecond(rate);

        const bool json = context.output == OutputFormat::Json;
        QObject::connect(&runner, &BatchRunner::rowFinished, &runner,
            [&](qsizetype row, const BatchRowResult &result) {
                if (json)
                    printJsonLine(context, rowJson(plan, row, result));
                else if (result.outcome != RowOutcome::Invalid)
                    printRowText(context, plan, row, result);
            });
        BatchProgressPrinter progress(*context.err);
        QObject::connect(&runner, &BatchRunner::progressChanged, &runner,
            [&progress](const batch::BatchProgress &figures) { progress.show(figures); });
        QObject::connect(&runner, &BatchRunner::rateLimited, &runner,
            [&progress](int holdMs, double newRate) { progress.rateLimited(holdMs, newRate); });
        QEventLoop loop;
        QObject::connect(&runner, &BatchRunner::finished, &loop, &QEventLoop::quit);
        runner.start();
        if (runner.state() != BatchRunner::State::Finished)
            loop.exec();
        const batch::BatchProgress figures = runner.progress();
        progress.done(figures);

        if (json) {
            // Each count under its rows' outcome name.
            using batch::RowOutcome;
            const auto count = [](RowOutcome outcome, qsizetype rows) {
                return QPair<QString, QJsonValue>(batch::rowOutcomeName(outcome), qint64(rows));
            };
            QJsonObject summary { { "summary", true }, { "rows", figures.total },
                count(RowOutcome::Succeeded, figures.succeeded),
                count(RowOutcome::Rejected, figures.rejected),
                count(RowOutcome::Unknown, figures.unknown),
                count(RowOutcome::Skipped, figures.skipped),
                count(RowOutcome::Invalid, figures.invalid),
                count(RowOutcome::NotSent, figures.notSent),
                count(RowOutcome::ConfigError, figures.configError),
                { "elapsed_seconds", double(figures.elapsedMs) / 1000.0 } };
            if (!resultsPath.isEmpty())
                summary.insert("results", resultsPath);
            printJsonLine(context, summary);
        }
        if (!resultsPath.isEmpty()) {
            const auto written = batch::BatchExport::write(resultsPath, plan, runner.results());
            if (!written) {
                *context.err << "payscore-cli batch: " << written.error() << '\n';
                context.err->flush();
            }
        }
        if (!sessions->lastError().isEmpty() && figures.configError > 0) {
            *context.err << "payscore-cli batch: " << sessions->lastError() << '\n';
            context.err->flush();
        }
        return exitCodeFor(figures);
    }
};

PAYSCORE_REGISTER_COMMAND(BatchCommand)

} // namespace psc::cli
