// payscore-cli cancel: cancel an order the merchant has not completed (CREATED, USER_CONFIRM).
#include "CliCommand.h"
#include "PayScoreCli.h"

namespace psc::cli {

class CancelCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("cancel"); }
    QString summary() const override
    {
        return QStringLiteral("cancel an order that is not completed yet (reason 1-30 chars)");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli cancel [--mode MODE] --out-order-no NO --reason TEXT [--no-follow-up]\n\n"
            "Cancels the order (every mode). The order is queried first: cancel is only sent "
            "while it is CREATED or DOING/USER_CONFIRM, never once the merchant completed it "
            "(then use modify or sync). --reason is required, 1 to 30 characters: public "
            "sources disagree between 30 and 50, and the stricter limit is enforced. Without "
            "--mode the order is found first in the profile's modes. appid, service_id and "
            "sub_mchid are the profile's. When the answer carries no state (ids, 204) the "
            "order is queried afterwards unless --no-follow-up is given."));
        const QCommandLineOption mode = modeOptionDefinition();
        const QCommandLineOption orderNo(QStringLiteral("out-order-no"),
            QStringLiteral("the merchant's order number"), QStringLiteral("NO"));
        const QCommandLineOption reason(QStringLiteral("reason"),
            QStringLiteral("why the order is cancelled (1-30 characters, shown to the user)"),
            QStringLiteral("TEXT"));
        const QCommandLineOption noFollowUp = noFollowUpOption();
        parser.addOptions({ mode, orderNo, reason, noFollowUp });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        const QString number = parser.value(orderNo);
        const auto choice
            = chooseMode(context, parser, mode, payscore::Operation::Cancel, number, &exitCode);
        if (!choice)
            return exitCode;
        const QString text = parser.value(reason);
        return runWrite(context, *choice, payscore::Operation::Cancel, number,
            !parser.isSet(noFollowUp),
            [&text](payscore::OperationRunner &runner, const payscore::OrderKey &key) {
                payscore::CancelRequest request;
                request.key = key;
                request.reason = text;
                return runner.cancel(request);
            });
    }
};

PAYSCORE_REGISTER_COMMAND(CancelCommand)

} // namespace psc::cli
