// payscore-cli explain CODE: what an error code means and what to do about it.
#include "CliCommand.h"
#include "PayScoreCli.h"

#include <apiv3/ErrorCatalogue.h>
#include <core/OutcomeNames.h>

namespace psc::cli {

class ExplainCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("explain"); }
    QString summary() const override
    {
        return QStringLiteral("the error catalogue's entry for an error code");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli explain CODE\n\nPrints what CODE (PARAM_ERROR, SIGN_ERROR, TIMEOUT, "
            "…) means, what to do, and whether resending unchanged is safe. Unknown codes get "
            "the generic advice (known: false)."));
        parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("an error code"));
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        const QStringList codes = parser.positionalArguments();
        if (codes.size() != 1) {
            return report(context,
                localFailure(payscore::Mode::ServiceOrder, payscore::Operation::Query,
                    payscore::OperationResult::Outcome::Invalid, QStringLiteral("USAGE"),
                    PayScoreCli::tr("explain takes exactly one error code."),
                    QStringLiteral("code")),
                QStringLiteral("explain"));
        }
        const QString code = codes.constFirst().trimmed().toUpper();
        const apiv3::ErrorExplanation entry = apiv3::ErrorCatalogue::builtIn().explain(code);
        if (context.output == OutputFormat::Json) {
            return reportJson(context,
                QJsonObject {
                    { QStringLiteral("ok"), true },
                    { QStringLiteral("outcome"), QString(OutcomeNames::succeeded) },
                    { QStringLiteral("http_status"), 0 },
                    { QStringLiteral("request_id"), QString() },
                    { QStringLiteral("verified"), false },
                    { QStringLiteral("code"), code },
                    { QStringLiteral("known"), entry.known },
                    { QStringLiteral("meaning"), entry.meaning },
                    { QStringLiteral("hint"), entry.action },
                    { QStringLiteral("retryable"), entry.retryable },
                },
                ExitSucceeded);
        }
        QTextStream &out = *context.out;
        out << code << (entry.known ? "" : "  (" + PayScoreCli::tr("not in the catalogue") + ')')
            << '\n'
            << PayScoreCli::tr("Meaning: %1").arg(entry.meaning) << '\n'
            << PayScoreCli::tr("What to do: %1").arg(entry.action) << '\n'
            << (entry.retryable ? PayScoreCli::tr("Safe to resend unchanged after a pause.")
                                : PayScoreCli::tr("Do not resend unchanged."))
            << '\n';
        out.flush();
        return ExitSucceeded;
    }
};

PAYSCORE_REGISTER_COMMAND(ExplainCommand)

} // namespace psc::cli
