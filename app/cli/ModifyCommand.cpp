// payscore-cli modify: lower the amount of a completed order that is still waiting for payment.
#include "CliCommand.h"
#include "PayScoreCli.h"

namespace psc::cli {

class ModifyCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("modify"); }
    QString summary() const override
    {
        return QStringLiteral("lower the amount of a completed, unpaid order (body from a file)");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli modify [--mode MODE] --out-order-no NO --body FILE [--no-follow-up]\n\n"
            "Modifies the amount of the order (serviceorder and partner modes). FILE is a JSON "
            "object: post_payments[{name, amount, description, count}] (at most 100), "
            "post_discounts[{name, description, amount, count}] (at most 30), total_amount = "
            "sum of payments - sum of discounts, reason (1-50 characters). Amounts are JSON "
            "integers in fen. The order is queried first: modify is only sent while it is "
            "DOING/MCH_COMPLETE with collection USER_PAYING, and the new total must be lower "
            "than the current one (the API only lowers). Without --mode the order is found "
            "first in the profile's modes."));
        const QCommandLineOption mode = modeOptionDefinition();
        const QCommandLineOption orderNo(QStringLiteral("out-order-no"),
            QStringLiteral("the merchant's order number"), QStringLiteral("NO"));
        const QCommandLineOption body(QStringLiteral("body"),
            QStringLiteral("JSON file: post_payments, post_discounts, total_amount, reason"),
            QStringLiteral("FILE"));
        const QCommandLineOption noFollowUp = noFollowUpOption();
        parser.addOptions({ mode, orderNo, body, noFollowUp });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        const QString number = parser.value(orderNo);
        const auto read = bodyThenMode(
            context, parser, body, mode, payscore::Operation::Modify, number, &exitCode);
        if (!read)
            return exitCode;
        const QByteArray &json = read->json;
        return runWrite(context, read->choice, payscore::Operation::Modify, number,
            !parser.isSet(noFollowUp),
            [&json](payscore::OperationRunner &runner, const payscore::OrderKey &key) {
                return runner.modify(payscore::ModifyRequest::fromJson(json, key));
            });
    }
};

PAYSCORE_REGISTER_COMMAND(ModifyCommand)

} // namespace psc::cli
