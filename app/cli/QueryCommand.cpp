// payscore-cli query: look an order up (by out_order_no, or by query_id where the mode has one).
#include "CliCommand.h"
#include "PayScoreCli.h"

namespace psc::cli {

class QueryCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("query"); }
    QString summary() const override { return QStringLiteral("show an order's state"); }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli query [--mode MODE] (--out-order-no NO | --query-id ID)\n\n"
            "Queries the order and prints its state. appid, service_id and sub_mchid come "
            "from the profile. Pay-after orders are looked up by --out-order-no only. Without "
            "--mode the order number is looked up in every mode the profile can use (as "
            "find) and the output says where it was found."));
        const QCommandLineOption mode = modeOptionDefinition();
        const QCommandLineOption orderNo(QStringLiteral("out-order-no"),
            QStringLiteral("the merchant's order number"), QStringLiteral("NO"));
        const QCommandLineOption queryId(QStringLiteral("query-id"),
            QStringLiteral("the query_id WeChat Pay returned (instead of --out-order-no)"),
            QStringLiteral("ID"));
        parser.addOptions({ mode, orderNo, queryId });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        if (!parser.isSet(mode) && parser.isSet(queryId)) {
            return report(context,
                localFailure(payscore::Mode::ServiceOrder, payscore::Operation::Query,
                    payscore::OperationResult::Outcome::Invalid, QStringLiteral("INVALID_INPUT"),
                    PayScoreCli::tr("--query-id needs --mode (only order numbers are found "
                                    "across modes)."),
                    QStringLiteral("mode")));
        }
        const auto choice = chooseMode(
            context, parser, mode, payscore::Operation::Query, parser.value(orderNo), &exitCode);
        if (!choice)
            return exitCode;
        if (choice->found) // finding it was a fresh query already
            return report(context, choice->found->query, *choice);

        payscore::OperationResult failure;
        const auto session
            = openSession(context, choice->mode, payscore::Operation::Query, false, &failure);
        if (!session)
            return report(context, failure);
        payscore::OrderQuery query;
        query.key.mode = choice->mode;
        query.key.outOrderNo = parser.value(orderNo);
        query.key.applyDefaults(session->defaults());
        query.queryId = parser.value(queryId);
        return report(context, payscore::OperationRunner::wait(session->runner->query(query)));
    }
};

PAYSCORE_REGISTER_COMMAND(QueryCommand)

} // namespace psc::cli
