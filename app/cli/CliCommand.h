#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <vector>

namespace psc::cli {

// Exit codes are a contract with scripts: see README "payscore-cli".
enum ExitCode : int {
    ExitSucceeded = 0,
    ExitRejected = 1,
    ExitInvalid = 2,
    ExitUnknown = 3,
    ExitConfigError = 4,
};

enum class OutputFormat { Text, Json };

// What every command gets: the options given before the command word, and its own arguments.
struct CliContext {
    QString profilePath; // --profile FILE (empty: the command decides)
    OutputFormat output = OutputFormat::Text;
    int timeoutSeconds = 30; // --timeout SECONDS
    // --journal LOCATION, else PAYSCORE_JOURNAL_URL, else PAYSCORE_JOURNAL, else the local file
    QString journalLocation;
    QStringList arguments; // argv from the command word on (arguments[0] is the command)
    QTextStream *out = nullptr; // stdout, UTF-8
    QTextStream *err = nullptr; // stderr, UTF-8
};

class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `payscore-cli --help`
    // Runs to completion (commands that talk to the network spin their own event loop).
    virtual int run(CliContext &context) = 0;
};

class CommandRegistry {
public:
    using Factory = std::function<std::unique_ptr<CliCommand>()>;
    static CommandRegistry &instance();
    void add(Factory factory);
    std::vector<std::unique_ptr<CliCommand>> createAll() const;
    std::unique_ptr<CliCommand> create(const QString &name) const;

private:
    std::vector<Factory> m_factories;
};

// Usage, at namespace scope in FooCommand.cpp:  PAYSCORE_REGISTER_COMMAND(FooCommand)
#define PAYSCORE_REGISTER_COMMAND(Class)                                                           \
    namespace {                                                                                    \
    const bool registered_##Class = [] {                                                           \
        ::psc::cli::CommandRegistry::instance().add([] { return std::make_unique<Class>(); });     \
        return true;                                                                               \
    }();                                                                                           \
    }

// Parses a command's own options (arguments[0] is the command word). On a usage error it
// prints the message and the command's help to stderr and returns false; the caller exits
// with ExitInvalid. --help prints the help to stdout and sets *helpShown.
bool parseCommandLine(QCommandLineParser &parser, CliContext &context, bool *helpShown);

} // namespace psc::cli
