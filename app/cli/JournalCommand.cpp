// payscore-cli journal: the audit journal as CSV (UTF-8 with BOM, for Excel) or JSON.
#include "CliCommand.h"

#include <journal/Journal.h>
#include <journal/JournalExport.h>

#include <QFile>
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

bool writeBytes(CliContext &context, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        context.out->flush();
        QFile out;
        return out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size()
            && out.flush();
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *context.err << "payscore-cli journal: cannot write " << path << ": " << file.errorString()
                 << '\n';
    return false;
}

} // namespace

class JournalCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("journal"); }
    QString summary() const override
    {
        return QStringLiteral("export the audit journal (every write and its outcome)");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Prints the audit journal, newest entry first. CSV is UTF-8 with a byte-order mark "
            "so that Excel shows Chinese text correctly. The journal file is %1 (set "
            "PAYSCORE_JOURNAL to use another).")
                                             .arg(journal::Journal::defaultPath()));
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

        auto opened = journal::Journal::open();
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
