// payscore-cli journal: the audit journal as CSV (UTF-8 with BOM, for Excel) or JSON.
// payscore-cli journal migrate --to URL: a PC's local journal copied into the team journal.
#include "CliCommand.h"

#include <journal/Journal.h>
#include <journal/JournalExport.h>
#include <journal/JournalLocation.h>
#include <journal/JournalMigration.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace psc::cli {

namespace {

// "2026-11-22" (local midnight) or an ISO 8601 date-time ("2026-11-22T10:00:00+08:00").
QDateTime parseWhen(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

// The export goes to stdout ("-" or no --file), streams into an existing FIFO or character
// device (a pipe to another program, /dev/null), or replaces a regular file atomically (a
// temporary file in the target's folder, then a rename): never is a FIFO or device replaced by a
// regular file, nor half an export left behind.
bool writeBytes(CliContext &context, const QString &path, const QByteArray &bytes)
{
    const auto failed = [&context, &path](const QString &why) {
        *context.err << "payscore-cli journal: cannot write " << path << ": " << why << '\n';
        return false;
    };
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out->flush();
        QFile out;
        return out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size()
            && out.flush();
    }
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) {
        if (target.isDir())
            return failed(QStringLiteral("it is a folder"));
        // A FIFO or device: streamed into, never truncated nor replaced.
        QFile stream(path);
        if (stream.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)
            && stream.write(bytes) == bytes.size())
            return true;
        return failed(stream.errorString());
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    return failed(file.errorString());
}

// journal migrate: idempotent, so a store may run it again after a failure or by mistake.
int migrate(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies every entry of a local journal into a team journal, with its times, outcome and "
        "reconciliation. Entries copied before are not copied again."));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("the team journal (postgresql://USER@HOST:PORT/DB?sslmode=verify-full)"),
        QStringLiteral("URL"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("the local journal file (default: PAYSCORE_JOURNAL, or this PC's)"),
        QStringLiteral("FILE"));
    parser.addOptions({ to, from });
    context.arguments.removeAt(1); // "migrate"
    bool helpShown = false;
    if (!parseCommandLine(parser, context, &helpShown))
        return ExitInvalid;
    if (helpShown)
        return ExitSucceeded;
    if (!parser.isSet(to)) {
        *context.err << "payscore-cli journal migrate: --to URL is required\n";
        return ExitInvalid;
    }
    QString source = parser.value(from);
    if (source.isEmpty()) {
        const QString local = qEnvironmentVariable("PAYSCORE_JOURNAL");
        source = local.isEmpty() ? journal::JournalLocation::defaultSqlitePath() : local;
    }
    if (!QFile::exists(source)) {
        *context.err << "payscore-cli journal migrate: there is no journal at " << source << '\n';
        return ExitConfigError;
    }
    auto sourceJournal = journal::Journal::open(source);
    auto target = journal::Journal::open(parser.value(to));
    for (const auto *opened : { &sourceJournal, &target }) {
        if (!*opened) {
            *context.err << "payscore-cli journal migrate: " << opened->error() << '\n';
            return ExitConfigError;
        }
    }
    const auto report = journal::JournalMigration::copy(**sourceJournal, **target);
    if (!report) {
        *context.err << "payscore-cli journal migrate: " << report.error() << '\n';
        return ExitConfigError;
    }
    if (context.output == OutputFormat::Json) {
        *context.out << QJsonDocument(
            QJsonObject { { QStringLiteral("read"), report->read },
                { QStringLiteral("copied"), report->copied },
                { QStringLiteral("already_there"), report->alreadyThere } })
                            .toJson(QJsonDocument::Compact)
                     << '\n';
    } else {
        *context.out << "Copied " << report->copied << " of " << report->read << " entries from "
                     << (*sourceJournal)->location().displayName() << " to "
                     << (*target)->location().displayName() << " (" << report->alreadyThere
                     << " were there already).\n";
    }
    return ExitSucceeded;
}

} // namespace

class JournalCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("journal"); }
    QString summary() const override
    {
        return QStringLiteral(
            "export the audit journal (every write and its outcome); migrate --to URL");
    }

    int run(CliContext &context) override
    {
        if (context.arguments.value(1) == QLatin1String("migrate"))
            return migrate(context);
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Prints the audit journal, newest entry first. CSV is UTF-8 with a byte-order mark "
            "so that Excel shows Chinese text correctly. The journal is %1 (--journal, "
            "PAYSCORE_JOURNAL_URL or PAYSCORE_JOURNAL choose another).\n\n"
            "payscore-cli journal migrate --to URL [--from FILE] copies a local journal into a "
            "team journal.")
                                             .arg(context.journalLocation));
        const QCommandLineOption since(QStringLiteral("since"),
            QStringLiteral("only entries started at or after DATE (yyyy-MM-dd, local time, or "
                           "an ISO 8601 date-time)"),
            QStringLiteral("DATE"));
        const QCommandLineOption until(QStringLiteral("until"),
            QStringLiteral("only entries started before DATE"), QStringLiteral("DATE"));
        const QCommandLineOption format(QStringLiteral("format"),
            QStringLiteral("csv (default) or json"), QStringLiteral("FORMAT"));
        const QCommandLineOption order(QStringLiteral("out-order-no"),
            QStringLiteral("only entries whose order number contains NO"), QStringLiteral("NO"));
        const QCommandLineOption unknown(QStringLiteral("unknown"),
            QStringLiteral("only writes whose outcome is unknown (pending or unknown, not "
                           "reconciled)"));
        const QCommandLineOption file(QStringLiteral("file"),
            QStringLiteral("write to FILE instead of stdout"), QStringLiteral("FILE"));
        parser.addOptions({ since, until, format, order, unknown, file });
        bool helpShown = false;
        if (!parseCommandLine(parser, context, &helpShown))
            return ExitInvalid;
        if (helpShown)
            return ExitSucceeded;

        journal::JournalFilter filter;
        for (const auto &[option, target] :
            { std::pair { &since, &filter.from }, std::pair { &until, &filter.to } }) {
            if (!parser.isSet(*option))
                continue;
            *target = parseWhen(parser.value(*option));
            if (!target->isValid()) {
                *context.err << "payscore-cli journal: --" << option->names().first()
                             << " takes yyyy-MM-dd or an ISO 8601 date-time, not "
                             << parser.value(*option) << '\n';
                return ExitInvalid;
            }
        }
        filter.outOrderNo = parser.value(order);
        filter.onlyOutcomeUnknown = parser.isSet(unknown);

        QString chosen = parser.value(format);
        if (chosen.isEmpty())
            chosen = context.output == OutputFormat::Json ? QStringLiteral("json")
                                                          : QStringLiteral("csv");
        if (chosen != QLatin1String("csv") && chosen != QLatin1String("json")) {
            *context.err << "payscore-cli journal: --format takes csv or json, not " << chosen
                         << '\n';
            return ExitInvalid;
        }

        auto opened = journal::Journal::open(context.journalLocation);
        if (!opened) {
            *context.err << "payscore-cli journal: " << opened.error() << '\n';
            return ExitConfigError;
        }
        const QList<journal::JournalEntry> entries = (*opened)->entries(filter);
        const QByteArray bytes = chosen == QLatin1String("csv")
            ? journal::JournalExport::toCsv(entries)
            : journal::JournalExport::toJson(entries);
        return writeBytes(context, parser.value(file), bytes) ? ExitSucceeded : ExitConfigError;
    }
};

PAYSCORE_REGISTER_COMMAND(JournalCommand)

} // namespace psc::cli
