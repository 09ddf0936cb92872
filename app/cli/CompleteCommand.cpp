// payscore-cli complete: end an order with the fees actually charged (or, pay-after, cancel it).
#include "CliCommand.h"
#include "PayScoreCli.h"

namespace psc::cli {

using payscore::OperationResult;

class CompleteCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("complete"); }
    QString summary() const override
    {
        return QStringLiteral("complete an order with its fees (body fields from a JSON file)");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli complete [--mode MODE] --out-order-no NO --body FILE\n\n"
            "FILE is a JSON object of that mode's body fields; amounts are JSON integers in "
            "fen (12.5, 100.0 or \"100\" are refused). appid, service_id and sub_mchid default "
            "to the profile's.\n"
            "  serviceorder, partner: post_payments[{name, amount, description, count}] (at most "
            "100), post_discounts[{name, description, amount, count}] (at most 30), "
            "total_amount = sum of payments - sum of discounts, time_range{start_time, end_time, "
            "start_time_remark, end_time_remark}, location{end_location}, profit_sharing, "
            "goods_tag, device{start_device_id, end_device_id, materiel_no} (serviceorder).\n"
            "  payafter: finish_type, fees[{fee_name, fee_count, fee_amount, fee_desc}], "
            "discounts[{discount_name, discount_amount, discount_desc}] (at most 5), "
            "total_amount = sum of fee_amount - sum of discount_amount, cancel_reason, "
            "real_service_start_time, real_service_end_time, real_service_end_location, "
            "finish_ticket, profit_sharing.\n"
            "  finish_type 2 = the service was used (完结): fees and the total are charged.\n"
            "  finish_type 1 = the service was not used (取消): cancel_reason is required, no "
            "fees, total_amount 0.\n"
            "Times: ISO 8601 with an offset or yyyyMMddHHmmss (Beijing time), not in the "
            "future. The oversea mode has no complete."));
        const QCommandLineOption mode = modeOptionDefinition();
        const QCommandLineOption orderNo(QStringLiteral("out-order-no"),
            QStringLiteral("the merchant's order number"), QStringLiteral("NO"));
        const QCommandLineOption body(QStringLiteral("body"),
            QStringLiteral("JSON file with the body fields"), QStringLiteral("FILE"));
        const QCommandLineOption noFollowUp = noFollowUpOption();
        parser.addOptions({ mode, orderNo, body, noFollowUp });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        const QString number = parser.value(orderNo);
        const auto read = bodyThenMode(
            context, parser, body, mode, payscore::Operation::Complete, number, &exitCode);
        if (!read)
            return exitCode;
        const QByteArray &json = read->json;
        return runWrite(context, read->choice, payscore::Operation::Complete, number,
            !parser.isSet(noFollowUp),
            [&json](payscore::OperationRunner &runner, const payscore::OrderKey &key) {
                return key.mode == payscore::Mode::PayAfter
                    ? runner.complete(payscore::PayAfterCompletion::fromJson(json, key))
                    : runner.complete(payscore::ServiceOrderCompletion::fromJson(json, key));
            });
    }
};

PAYSCORE_REGISTER_COMMAND(CompleteCommand)

} // namespace psc::cli
