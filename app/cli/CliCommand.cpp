#include "CliCommand.h"

#include <algorithm>

namespace psc::cli {

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Factory factory)
{
    m_factories.push_back(std::move(factory));
}

std::vector<std::unique_ptr<CliCommand>> CommandRegistry::createAll() const
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    for (const auto &factory : m_factories)
        commands.push_back(factory());
    std::sort(commands.begin(), commands.end(),
        [](const auto &a, const auto &b) { return a->name() < b->name(); });
    return commands;
}

std::unique_ptr<CliCommand> CommandRegistry::create(const QString &name) const
{
    for (const auto &factory : m_factories) {
        auto command = factory();
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

bool parseCommandLine(QCommandLineParser &parser, CliContext &context, bool *helpShown)
{
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
        QStringLiteral("Show this command's help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    *helpShown = false;
    if (!parser.parse(context.arguments))
        return false;
    if (parser.isSet(help)) {
        *context.out << parser.helpText();
        context.out->flush();
        *helpShown = true;
    }
    return true;
}

} // namespace psc::cli
