#include "ShownResult.h"

#include <payscore/OrderActions.h>
#include <payscore/WriteJournal.h>

namespace psc::ui {

ShownResult ShownResult::of(
    const payscore::OperationResult &result, payscore::Mode mode, const QString &outOrderNo)
{
    ShownResult shown;
    shown.result = result;
    shown.mode = mode;
    shown.outOrderNo = outOrderNo;
    return shown;
}

ShownResult ShownResult::of(
    const refund::RefundOutcome &outcome, payscore::Mode mode, const QString &outOrderNo)
{
    ShownResult shown = of(outcome.result, mode, outOrderNo);
    shown.outRefundNo = outcome.outRefundNo;
    shown.refund = outcome.refund;
    return shown;
}

ShownResult ShownResult::nothingToDoAfter(const payscore::OperationResult &query,
    payscore::Mode mode, const QString &outOrderNo, const QString &why)
{
    ShownResult shown = of(query, mode, outOrderNo);
    shown.nothingToDo = why;
    return shown;
}

ShownResult ShownResult::settledBy(payscore::Operation operation, const QString &orderState) const
{
    ShownResult shown = *this;
    Settlement settlement;
    settlement.operation = operation;
    settlement.state = orderState.section(u'/', 0, 0);
    settlement.stateDescription = orderState.section(u'/', 1);
    settlement.tookEffect = payscore::OrderActions::tookEffect(
        operation, settlement.state, settlement.stateDescription);
    shown.settled = settlement;
    return shown;
}

bool ShownResult::awaitsQuery() const
{
    using Outcome = payscore::OperationResult::Outcome;
    const bool refusedForAnEarlierOne = outcome() == Outcome::Invalid
        && result.error.code == QLatin1String(payscore::JournalUnsettledCode);
    return !settled && !isRefund() && (outcome() == Outcome::Unknown || refusedForAnEarlierOne);
}

} // namespace psc::ui
