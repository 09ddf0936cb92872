// payscore-cli find: where is this order? Queries every mode the profile can use.
#include "CliCommand.h"
#include "PayScoreCli.h"

namespace psc::cli {

class FindCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("find"); }
    QString summary() const override
    {
        return QStringLiteral("find an order by its number in every mode the profile can use");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli find --out-order-no NO\n\n"
            "Queries the order in every mode the profile can use (a merchant profile: "
            "serviceorder and payafter; a partner profile: partner; the apihk host: oversea; "
            "the sandbox: all four) and prints {ok, outcome, mode, order, searched[...]}: "
            "where it was found and its state, with what each mode answered. Exit 1 when it "
            "was found nowhere (ORDER_NOT_EXIST in every mode queried)."));
        const QCommandLineOption orderNo(QStringLiteral("out-order-no"),
            QStringLiteral("the merchant's order number"), QStringLiteral("NO"));
        parser.addOptions({ orderNo });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        payscore::OperationResult failure;
        const auto found = findOrder(context, parser.value(orderNo), &failure);
        if (!found)
            return report(context, failure);
        if (context.output == OutputFormat::Json)
            return reportJson(context, found->toJson(), found->exitCode());
        QTextStream &out = *context.out;
        out << found->summary() << '\n';
        for (const payscore::OperationResult &attempt : found->attempts) {
            out << "  " << payscore::modeName(attempt.mode) << ": "
                << (attempt.succeeded()
                           ? PayScoreCli::tr("found")
                           : (attempt.error.code.isEmpty() ? payscore::outcomeName(attempt.outcome)
                                                           : attempt.error.code))
                << '\n';
        }
        out.flush();
        if (found->found())
            return report(context, found->query);
        return found->exitCode();
    }
};

PAYSCORE_REGISTER_COMMAND(FindCommand)

} // namespace psc::cli
