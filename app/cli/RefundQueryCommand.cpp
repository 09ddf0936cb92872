// payscore-cli refund-query: one refund by its number; settles an unknown refund outcome.
#include "CliCommand.h"
#include "RefundCli.h"

namespace psc::cli {

using payscore::OperationResult;

class RefundQueryCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("refund-query"); }
    QString summary() const override
    {
        return QStringLiteral("query a refund by its out_refund_no (settles an unknown outcome)");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli refund-query --out-refund-no NO [--mode MODE] [--sub-mchid ID]\n\n"
            "Queries one refund (GET /v3/refund/domestic/refunds/{out_refund_no}; partner: "
            "?sub_mchid=) and shows its status: PROCESSING, SUCCESS, ABNORMAL or CLOSED. When "
            "the journal holds this refund with an unknown outcome, the answer settles it: "
            "found, or RESOURCE_NOT_EXISTS (it never arrived: `refund` then sends it again with "
            "the same number)."));
        const QCommandLineOption mode = modeOptionDefinition();
        const QCommandLineOption refundNo(QStringLiteral("out-refund-no"),
            QStringLiteral("the refund number"), QStringLiteral("NO"));
        const QCommandLineOption subMchid(QStringLiteral("sub-mchid"),
            QStringLiteral("sub_mchid (partner; default: the profile's)"), QStringLiteral("ID"));
        parser.addOptions({ mode, refundNo, subMchid });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        const auto chosen = refundModeOption(context, parser, mode, &exitCode);
        if (!chosen)
            return exitCode;

        OperationResult failure;
        const auto session
            = openSession(context, *chosen, payscore::Operation::RefundQuery, true, &failure);
        if (!session)
            return report(context, failure);
        const QString subMchidValue
            = parser.isSet(subMchid) ? parser.value(subMchid) : session->profile.subMchid;
        const auto runner = refundRunnerFor(*session);
        return reportRefund(context,
            runner->queryAndWait(*chosen, parser.value(refundNo),
                *chosen == payscore::Mode::Partner ? subMchidValue : QString()),
            QStringLiteral("refund-query"));
    }
};

PAYSCORE_REGISTER_COMMAND(RefundQueryCommand)

} // namespace psc::cli
