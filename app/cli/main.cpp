// payscore-cli: the console's core for scripts and batches.
//   payscore-cli [--profile FILE] [--output text|json] [--timeout SECONDS] COMMAND ...
#include "CliCommand.h"
#include "PayScoreCli.h"

#include <journal/Journal.h>
#include <journal/JournalLocation.h>
#include <payscore/Version.h>

#include <Translations.h>

#include <QCoreApplication>
#include <QSslSocket>
#include <QStringConverter>
#include <QTextStream>
#include <QTranslator>

#include <openssl/opensslv.h>

#include <cstdio>
#include <optional>

using namespace psc::cli;
using psc::payscore::OperationResult;

namespace {

void printUsage(QTextStream &stream)
{
    stream << "Usage: payscore-cli [--profile FILE] [--output text|json] [--timeout SECONDS] "
              "[--journal LOCATION] COMMAND ...\n\n"
              "Global options:\n"
              "  --profile FILE      merchant profile (JSON); default: the sandbox profile\n"
              "  --output text|json  text (default) or exactly one JSON object on stdout\n"
              "  --timeout SECONDS   transfer timeout for each request (default 30)\n"
              "  --journal LOCATION  the journal: a file, or a team journal's\n"
              "                      postgresql://USER@HOST:PORT/DB?sslmode=verify-full URL\n"
              "                      (default: PAYSCORE_JOURNAL_URL, PAYSCORE_JOURNAL, the local\n"
              "                      file); the password comes from PGPASSWORD or PGPASSFILE\n"
              "  --version           print the version and exit\n"
              "  --help              print this help and exit\n\n"
              "Commands:\n";
    for (const auto &command : CommandRegistry::instance().createAll())
        stream << "  " << command->name().leftJustified(13) << ' ' << command->summary() << '\n';
    stream << "\n`payscore-cli COMMAND --help` describes one command.\n"
              "Exit codes: 0 succeeded, 1 rejected by the server, 2 invalid input (nothing sent),\n"
              "3 unknown outcome (query before resending), 4 configuration error.\n";
}

// What is wrong with the global options: the first problem found (reported once the whole
// list was read, so that a later --output json still decides how it is printed).
struct GlobalOptionProblem {
    OperationResult::Outcome outcome = OperationResult::Outcome::Invalid;
    QString message;
    QString field;
};

// Takes the global options off the front of argv. Reading goes on after a problem: --output
// may come after the option at fault. Returns the first problem, if any.
std::optional<GlobalOptionProblem> takeGlobalOptions(
    QStringList &args, CliContext &context, bool *done)
{
    *done = false;
    std::optional<GlobalOptionProblem> problem;
    const auto note = [&problem](const QString &message, const QString &field,
                          OperationResult::Outcome outcome = OperationResult::Outcome::Invalid) {
        if (!problem)
            problem = GlobalOptionProblem { outcome, message, field };
    };
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        const QString name = option.mid(2);
        // An option's value: the next word, unless it is missing or is itself an option.
        auto value = [&](QString *target) {
            if (args.isEmpty() || args.first().startsWith(QLatin1String("--"))) {
                note(PayScoreCli::tr("%1 needs a value.").arg(option), name);
                return false;
            }
            *target = args.takeFirst();
            return true;
        };
        if (option == QLatin1String("--version") || option == QLatin1String("--help")) {
            *done = true;
            args.prepend(option);
            return problem;
        }
        QString text;
        if (option == QLatin1String("--profile")) {
            value(&context.profilePath);
        } else if (option == QLatin1String("--output")) {
            if (!value(&text))
                continue;
            if (text == QLatin1String("json"))
                context.output = OutputFormat::Json;
            else if (text == QLatin1String("text"))
                context.output = OutputFormat::Text;
            else
                note(PayScoreCli::tr("--output takes text or json, not %1.").arg(text), name);
        } else if (option == QLatin1String("--journal")) {
            if (!value(&text))
                continue;
            // Checked here, before any command reads it: a refused URL (a password in it, a
            // remote server without verify-full) is a configuration error, nothing is opened.
            const auto location = psc::journal::JournalLocation::parse(text);
            if (!location)
                note(location.error(), name, OperationResult::Outcome::ConfigError);
            else
                context.journalLocation = text;
        } else if (option == QLatin1String("--timeout")) {
            if (!value(&text))
                continue;
            bool ok = false;
            const int seconds = text.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600)
                note(PayScoreCli::tr("--timeout takes whole seconds from 1 to 600."), name);
            else
                context.timeoutSeconds = seconds;
        } else {
            note(PayScoreCli::tr("Unknown option %1 (global options come before the command; "
                                 "see --help).")
                     .arg(option),
                name);
        }
    }
    return problem;
}

// Every command's texts, the validation messages and the error catalogue in the user's
// language (zh_CN or English, from the system locale).
void installTranslation(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(
            QStringLiteral("payscore_") + psc::resources::Translations::languageFor(QLocale()),
            psc::resources::Translations::resourcePath()))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PayScoreConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("payscore-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYSCORE_VERSION));
    installTranslation(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    CliContext context;
    context.out = &out;
    context.err = &err;
    context.journalLocation = psc::journal::Journal::defaultPath();

    QStringList args = QCoreApplication::arguments().mid(1);
    bool done = false;
    if (const auto problem = takeGlobalOptions(args, context, &done))
        return reportFailure(context, problem->outcome,
            problem->outcome == OperationResult::Outcome::ConfigError
                ? QStringLiteral("CONFIG_ERROR")
                : QStringLiteral("USAGE"),
            problem->message, problem->field);
    if (done) {
        if (args.first() == QLatin1String("--version"))
            out << "payscore-cli " << PAYSCORE_VERSION << " (Qt " << qVersion() << ", "
                << OPENSSL_VERSION_TEXT << ")\n";
        else
            printUsage(out);
        return ExitSucceeded;
    }
    if (args.isEmpty()) {
        if (context.output == OutputFormat::Text)
            printUsage(err);
        return reportFailure(context, OperationResult::Outcome::Invalid, QStringLiteral("USAGE"),
            PayScoreCli::tr("No command given (see --help)."), QStringLiteral("command"));
    }
    auto command = CommandRegistry::instance().create(args.first());
    if (!command) {
        return reportFailure(context, OperationResult::Outcome::Invalid, QStringLiteral("USAGE"),
            PayScoreCli::tr("Unknown command %1 (see --help).").arg(args.first()),
            QStringLiteral("command"));
    }
    context.arguments = args;
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}
