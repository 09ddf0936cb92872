// payscore-cli: the console's core for scripts and batches.
//   payscore-cli [--profile FILE] [--output text|json] [--timeout SECONDS] COMMAND ...
#include "CliCommand.h"

#include <journal/Journal.h>
#include <payscore/Version.h>

#include <Translations.h>

#include <QCoreApplication>
#include <QSslSocket>
#include <QStringConverter>
#include <QTextStream>
#include <QTranslator>

#include <openssl/opensslv.h>

#include <cstdio>

using namespace psc::cli;

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

// Takes the global options off the front of argv; returns false on a usage error.
bool takeGlobalOptions(
    QStringList &args, CliContext &context, QTextStream &err, bool *done, QTextStream &out)
{
    *done = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        auto value = [&](QString *target) {
            if (args.isEmpty()) {
                err << "payscore-cli: " << option << " needs a value\n";
                return false;
            }
            *target = args.takeFirst();
            return true;
        };
        if (option == QLatin1String("--version")) {
            out << "payscore-cli " << PAYSCORE_VERSION << " (Qt " << qVersion() << ", "
                << OPENSSL_VERSION_TEXT << ")\n";
            *done = true;
            return true;
        }
        if (option == QLatin1String("--help")) {
            printUsage(out);
            *done = true;
            return true;
        }
        QString text;
        if (option == QLatin1String("--profile")) {
            if (!value(&context.profilePath))
                return false;
        } else if (option == QLatin1String("--output")) {
            if (!value(&text))
                return false;
            if (text == QLatin1String("json")) {
                context.output = OutputFormat::Json;
            } else if (text == QLatin1String("text")) {
                context.output = OutputFormat::Text;
            } else {
                err << "payscore-cli: --output takes text or json, not " << text << '\n';
                return false;
            }
        } else if (option == QLatin1String("--journal")) {
            if (!value(&context.journalLocation))
                return false;
        } else if (option == QLatin1String("--timeout")) {
            if (!value(&text))
                return false;
            bool ok = false;
            const int seconds = text.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600) {
                err << "payscore-cli: --timeout takes whole seconds from 1 to 600\n";
                return false;
            }
            context.timeoutSeconds = seconds;
        } else {
            err << "payscore-cli: unknown option " << option << '\n';
            return false;
        }
    }
    return true;
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
    if (!takeGlobalOptions(args, context, err, &done, out))
        return ExitInvalid;
    if (done)
        return ExitSucceeded;
    if (args.isEmpty()) {
        printUsage(err);
        return ExitInvalid;
    }
    auto command = CommandRegistry::instance().create(args.first());
    if (!command) {
        err << "payscore-cli: unknown command " << args.first() << " (see --help)\n";
        return ExitInvalid;
    }
    context.arguments = args;
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}
