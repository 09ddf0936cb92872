// payscore-cli sync: tell WeChat Pay an order was paid another way (type Order_Paid).
#include "CliCommand.h"
#include "PayScoreCli.h"

namespace psc::cli {

using payscore::OperationResult;

class SyncCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override
    {
        return QStringLiteral("record that an order was paid another way (Order_Paid)");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli sync [--mode MODE] --out-order-no NO --paid-time TIME [--appid ID] "
            "[--service-id ID] [--sub-mchid ID] [--seq N] [--paid-amount FEN]\n\n"
            "Syncs the order as paid outside WeChat Pay (type Order_Paid). TIME is ISO 8601 "
            "with an offset (2026-11-22T10:15:00+08:00) or yyyyMMddHHmmss in Beijing time; it "
            "may not be in the future. It is sent as yyyyMMddHHmmss (Beijing) in the domestic "
            "modes and as RFC 3339 in the oversea mode, which also needs --seq and "
            "--paid-amount (integer fen). appid, service_id and sub_mchid default to the "
            "profile's. When the answer carries no order state (pay-after, 204 modes) the "
            "order is queried afterwards unless --no-follow-up is given. Without --mode the "
            "order is found first in the profile's modes and the output says which was used."));
        const QCommandLineOption mode = modeOptionDefinition();
        const QCommandLineOption orderNo(QStringLiteral("out-order-no"),
            QStringLiteral("the merchant's order number"), QStringLiteral("NO"));
        const QCommandLineOption paidTime(QStringLiteral("paid-time"),
            QStringLiteral("when the customer paid"), QStringLiteral("TIME"));
        const QCommandLineOption appid(QStringLiteral("appid"),
            QStringLiteral("appid (default: the profile's)"), QStringLiteral("ID"));
        const QCommandLineOption serviceId(QStringLiteral("service-id"),
            QStringLiteral("service_id (default: the profile's)"), QStringLiteral("ID"));
        const QCommandLineOption subMchid(QStringLiteral("sub-mchid"),
            QStringLiteral("sub_mchid (oversea, partner; default: the profile's)"),
            QStringLiteral("ID"));
        const QCommandLineOption seq(QStringLiteral("seq"),
            QStringLiteral("collection sequence number (oversea, partner)"), QStringLiteral("N"));
        const QCommandLineOption paidAmount(QStringLiteral("paid-amount"),
            QStringLiteral("amount paid, integer fen (oversea, partner)"), QStringLiteral("FEN"));
        const QCommandLineOption noFollowUp = noFollowUpOption();
        parser.addOptions(
            { mode, orderNo, paidTime, appid, serviceId, subMchid, seq, paidAmount, noFollowUp });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        const auto choice = chooseMode(
            context, parser, mode, payscore::Operation::Sync, parser.value(orderNo), &exitCode);
        if (!choice)
            return exitCode;
        const payscore::Mode *chosen = &choice->mode;

        payscore::SyncRequest request;
        request.key.mode = *chosen;
        request.key.outOrderNo = parser.value(orderNo);
        request.key.appid = parser.value(appid);
        request.key.serviceId = parser.value(serviceId);
        request.key.subMchid = parser.value(subMchid);
        request.paidTime = parser.value(paidTime);
        // Whole numbers only: "12.5", "1e3" or "-" are refused before anything is sent.
        const auto integer = [&](const QCommandLineOption &option, const QString &pointer,
                                 std::optional<qint64> *target) {
            if (!parser.isSet(option))
                return true;
            bool ok = false;
            const qint64 value = parser.value(option).toLongLong(&ok);
            if (!ok) {
                exitCode = report(context,
                    localFailure(*chosen, payscore::Operation::Sync,
                        OperationResult::Outcome::Invalid, QStringLiteral("INVALID_INPUT"),
                        PayScoreCli::tr("--%1 takes a whole number (fen for amounts), not \"%2\".")
                            .arg(option.names().constFirst(), parser.value(option)),
                        pointer));
                return false;
            }
            *target = value;
            return true;
        };
        std::optional<qint64> fen;
        if (!integer(seq, QStringLiteral("/detail/seq"), &request.seq)
            || !integer(paidAmount, QStringLiteral("/detail/paid_amount"), &fen))
            return exitCode;
        if (fen)
            request.paidAmount = payscore::Money::fromFen(*fen);

        OperationResult failure;
        const auto session
            = openSession(context, *chosen, payscore::Operation::Sync, true, &failure);
        if (!session)
            return report(context, failure);
        request.key.applyDefaults(session->defaults());
        session->runner->setFollowUpEnabled(!parser.isSet(noFollowUp));
        return report(
            context, payscore::OperationRunner::wait(session->runner->sync(request)), *choice);
    }
};

PAYSCORE_REGISTER_COMMAND(SyncCommand)

} // namespace psc::cli
