#include "RefundCli.h"

#include <journal/JournalWriteHook.h>

namespace psc::cli {

int reportRefund(CliContext &context, const refund::RefundOutcome &outcome, const QString &label)
{
    if (context.output == OutputFormat::Json)
        return reportJson(context, outcome.toJson(), outcome.exitCode());
    report(context, outcome.result, label);
    QTextStream &out = *context.out;
    if (!outcome.outRefundNo.isEmpty()) {
        out << PayScoreCli::tr("Refund number (out_refund_no): %1").arg(outcome.outRefundNo);
        if (outcome.reusedNumber)
            out << ' ' << PayScoreCli::tr("(reused from the journal)");
        out << '\n';
    }
    if (outcome.refund) {
        const refund::RefundView &view = *outcome.refund;
        out << PayScoreCli::tr("Refund %1 of %2 on payment %3: %4 — %5")
                   .arg(view.refundId, view.refund ? view.refund->display() : QStringLiteral("-"),
                       view.transactionId, view.status, refund::RefundView::statusText(view.status))
            << '\n';
    }
    for (const refund::RefundablePayment &payment : outcome.payments) {
        out << PayScoreCli::tr("  payment %1: paid %2 at %3, refunded %4, %5 left")
                   .arg(payment.transactionId, payment.amount.display(), payment.paidTime,
                       payment.refunded.display(), payment.remaining().display())
            << '\n';
    }
    out.flush();
    return outcome.exitCode();
}

std::unique_ptr<refund::RefundRunner> refundRunnerFor(PayScoreSession &session)
{
    journal::JournalWriteHook *hook = session.merchant->journalHook();
    return std::make_unique<refund::RefundRunner>(
        *session.runner, hook ? &hook->journal() : nullptr);
}

std::optional<payscore::Mode> refundModeOption(CliContext &context,
    const QCommandLineParser &parser, const QCommandLineOption &option, int *exitCode)
{
    if (!parser.isSet(option))
        return payscore::Mode::ServiceOrder;
    // The query operation exists in every mode: an unknown name is refused, oversea reaches
    // the refund rules, which say plainly that its refunds are out of scope.
    const auto mode = modeOption(context, parser, option, payscore::Operation::Query, exitCode);
    if (!mode)
        return std::nullopt;
    return mode;
}

} // namespace psc::cli
