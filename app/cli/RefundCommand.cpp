// payscore-cli refund: give money back on a paid PayScore order, part or all, once.
#include "CliCommand.h"
#include "RefundCli.h"

namespace psc::cli {

using payscore::OperationResult;

class RefundCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("refund"); }
    QString summary() const override
    {
        return QStringLiteral("refund a paid order's payment, part or all (same number on resend)");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli refund --out-order-no NO [--mode MODE] [--transaction-id ID] "
            "--amount FEN --reason TEXT [--out-refund-no NO] [--sub-mchid ID]\n\n"
            "Refunds FEN (integer fen) of a paid order (DONE, or collection USER_PAID) through "
            "WeChat Pay's refund API, against one payment of the order's collection "
            "(transaction_id): the only one, or the one named by --transaction-id (with several "
            "payments and none named, the payments are listed and nothing is sent). The amount "
            "may not exceed what remains after the refunds the journal recorded. The refund "
            "number (out_refund_no) is generated unless given, and committed to the journal "
            "before the request leaves. When an earlier refund of this order has an unknown "
            "outcome, no new refund is made: that refund's number is queried and, if it never "
            "arrived, sent again unchanged with the same number — WeChat Pay treats the same "
            "number as the same refund, so it cannot be paid twice. MODE defaults to "
            "serviceorder; oversea refunds use another API and are refused."));
        const QCommandLineOption mode = modeOptionDefinition();
        const QCommandLineOption orderNo(QStringLiteral("out-order-no"),
            QStringLiteral("the merchant's order number"), QStringLiteral("NO"));
        const QCommandLineOption transaction(QStringLiteral("transaction-id"),
            QStringLiteral("the payment to refund (collection.details[].transaction_id)"),
            QStringLiteral("ID"));
        const QCommandLineOption amount(QStringLiteral("amount"),
            QStringLiteral("the amount to refund, integer fen"), QStringLiteral("FEN"));
        const QCommandLineOption reason(QStringLiteral("reason"),
            QStringLiteral("the reason, up to 80 characters (shown to the customer)"),
            QStringLiteral("TEXT"));
        const QCommandLineOption refundNo(QStringLiteral("out-refund-no"),
            QStringLiteral("the refund number (default: generated)"), QStringLiteral("NO"));
        const QCommandLineOption appid(QStringLiteral("appid"),
            QStringLiteral("appid for the order query (default: the profile's)"),
            QStringLiteral("ID"));
        const QCommandLineOption serviceId(QStringLiteral("service-id"),
            QStringLiteral("service_id for the order query (default: the profile's)"),
            QStringLiteral("ID"));
        const QCommandLineOption subMchid(QStringLiteral("sub-mchid"),
            QStringLiteral("sub_mchid (partner; default: the profile's)"), QStringLiteral("ID"));
        parser.addOptions(
            { mode, orderNo, transaction, amount, reason, refundNo, appid, serviceId, subMchid });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        const auto chosen = refundModeOption(context, parser, mode, &exitCode);
        if (!chosen)
            return exitCode;

        refund::RefundInput input;
        input.key.mode = *chosen;
        input.key.outOrderNo = parser.value(orderNo);
        input.key.appid = parser.value(appid);
        input.key.serviceId = parser.value(serviceId);
        input.key.subMchid = parser.value(subMchid);
        input.transactionId = parser.value(transaction);
        input.reason = parser.value(reason);
        input.outRefundNo = parser.value(refundNo);
        if (parser.isSet(amount)) {
            // Whole fen only: "12.5", "1e3" or "-" are refused before anything is sent.
            bool ok = false;
            const qint64 fen = parser.value(amount).toLongLong(&ok);
            if (!ok) {
                return report(context,
                    localFailure(*chosen, payscore::Operation::Refund,
                        OperationResult::Outcome::Invalid, QStringLiteral("INVALID_INPUT"),
                        PayScoreCli::tr("--amount takes a whole number of fen, not \"%1\".")
                            .arg(parser.value(amount)),
                        QStringLiteral("/amount/refund")));
            }
            input.amount = payscore::Money::fromFen(fen);
        }

        OperationResult failure;
        const auto session
            = openSession(context, *chosen, payscore::Operation::Refund, true, &failure);
        if (!session)
            return report(context, failure);
        input.key.applyDefaults(session->defaults());
        const auto runner = refundRunnerFor(*session);
        return reportRefund(context, runner->refundAndWait(input), QStringLiteral("refund"));
    }
};

PAYSCORE_REGISTER_COMMAND(RefundCommand)

} // namespace psc::cli
