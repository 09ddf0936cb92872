// payscore-cli collect: ask WeChat Pay to charge the user again (催收扣款, /pay).
#include "CliCommand.h"
#include "PayScoreCli.h"

namespace psc::cli {

class CollectCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("collect"); }
    QString summary() const override
    {
        return QStringLiteral("charge the user again for a completed, unpaid order (/pay)");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli collect [--mode MODE] --out-order-no NO [--no-follow-up]\n\n"
            "Asks WeChat Pay to charge the user for the order again (serviceorder and partner "
            "modes). The order is queried first: collect is only sent while it is "
            "DOING/MCH_COMPLETE with collection USER_PAYING; the amount charged is the "
            "collection's paying_amount (journaled). Without --mode the order is found first "
            "in the profile's modes. The order is queried afterwards to show what the charge "
            "did, unless --no-follow-up is given."));
        const QCommandLineOption mode = modeOptionDefinition();
        const QCommandLineOption orderNo(QStringLiteral("out-order-no"),
            QStringLiteral("the merchant's order number"), QStringLiteral("NO"));
        const QCommandLineOption noFollowUp = noFollowUpOption();
        parser.addOptions({ mode, orderNo, noFollowUp });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        const QString number = parser.value(orderNo);
        const auto choice
            = chooseMode(context, parser, mode, payscore::Operation::Collect, number, &exitCode);
        if (!choice)
            return exitCode;
        return runWrite(context, *choice, payscore::Operation::Collect, number,
            !parser.isSet(noFollowUp),
            [](payscore::OperationRunner &runner, const payscore::OrderKey &key) {
                payscore::CollectRequest request;
                request.key = key;
                return runner.collect(request);
            });
    }
};

PAYSCORE_REGISTER_COMMAND(CollectCommand)

} // namespace psc::cli
