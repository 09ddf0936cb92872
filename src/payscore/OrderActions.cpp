#include "OrderActions.h"

#include "ModeLabel.h"
#include "TranslationContexts.h"

#include <QStringList>

namespace psc::payscore {

namespace {

bool isConfirmed(const OrderView &order)
{
    return order.state == QLatin1String("DOING")
        && order.stateDescription == QLatin1String("USER_CONFIRM");
}

bool isCollecting(const OrderView &order)
{
    return order.state == QLatin1String("DOING")
        && order.stateDescription == QLatin1String("MCH_COMPLETE") && order.collection
        && order.collection->state == QLatin1String("USER_PAYING");
}

} // namespace

OrderActions::OrderActions(Mode mode, OrderView order)
    : m_mode(mode)
    , m_order(std::move(order))
{
}

bool OrderActions::isPaid(const OrderView &order)
{
    return order.state == QLatin1String("DONE")
        || (order.collection && order.collection->state == QLatin1String("USER_PAID"));
}

QList<Operation> OrderActions::all()
{
    return { Operation::Sync, Operation::Complete, Operation::Cancel, Operation::Modify,
        Operation::Collect, Operation::Query };
}

bool OrderActions::stateAllows(Operation operation) const
{
    switch (operation) {
    case Operation::Query:
        return true;
    case Operation::Complete:
        return isConfirmed(m_order);
    case Operation::Cancel:
        return m_order.state == QLatin1String("CREATED") || isConfirmed(m_order);
    case Operation::Sync:
    case Operation::Modify:
    case Operation::Collect:
        return isCollecting(m_order);
    case Operation::Refund:
        return isPaid(m_order);
    case Operation::RefundQuery:
        return true;
    }
    return false;
}

bool OrderActions::allows(Operation operation) const
{
    return supports(m_mode, operation) && stateAllows(operation);
}

QList<Operation> OrderActions::allowed() const
{
    QList<Operation> operations;
    for (const Operation operation : all()) {
        if (allows(operation))
            operations.append(operation);
    }
    return operations;
}

QString OrderActions::requirement(Operation operation)
{
    switch (operation) {
    case Operation::Complete:
        return PayScoreOrderActions::tr(
            "while the user has confirmed and the service is running (DOING / USER_CONFIRM)");
    case Operation::Cancel:
        return PayScoreOrderActions::tr("before the merchant completed the order (CREATED or "
                                        "DOING / USER_CONFIRM)");
    case Operation::Sync:
    case Operation::Modify:
    case Operation::Collect:
        return PayScoreOrderActions::tr("while a completed order waits for payment (DOING / "
                                        "MCH_COMPLETE, collection USER_PAYING)");
    case Operation::Refund:
        return PayScoreOrderActions::tr(
            "once the customer has paid (DONE, or collection USER_PAID)");
    case Operation::Query:
    case Operation::RefundQuery:
        break;
    }
    return {};
}

QString OrderActions::refusal(Operation operation) const
{
    if (allows(operation))
        return {};
    if (!supports(m_mode, operation)) {
        return PayScoreOrderActions::tr("The %1 mode has no \"%2\" operation.")
            .arg(modeLabel(m_mode), label(operation));
    }
    QStringList instead;
    for (const Operation other : allowed())
        instead.append(label(other));
    return PayScoreOrderActions::tr("The order is %1: \"%2\" is only possible %3. Allowed now: %4.")
        .arg(describeState(m_order), label(operation), requirement(operation),
            instead.join(PayScoreOrderActions::tr(", ")));
}

ValidationReport OrderActions::check(Operation operation) const
{
    ValidationReport report;
    const QString why = refusal(operation);
    if (!why.isEmpty())
        report.addError(QStringLiteral("/state"), why);
    return report;
}

std::optional<bool> OrderActions::tookEffect(
    Operation operation, const QString &state, const QString &stateDescription)
{
    if (state == QLatin1String("ORDER_NOT_EXIST"))
        return false; // nothing was created or changed
    switch (operation) {
    case Operation::Sync:
        return state == QLatin1String("DONE");
    case Operation::Complete:
        return state == QLatin1String("DONE")
            || (state == QLatin1String("DOING")
                && stateDescription == QLatin1String("MCH_COMPLETE"));
    case Operation::Cancel:
        return state == QLatin1String("REVOKED");
    case Operation::Modify:
    case Operation::Collect:
    case Operation::Refund:
    case Operation::Query:
    case Operation::RefundQuery:
        break;
    }
    return std::nullopt;
}

QString OrderActions::label(Operation operation)
{
    switch (operation) {
    case Operation::Sync:
        return PayScoreOrderActions::tr("sync (paid another way)");
    case Operation::Complete:
        return PayScoreOrderActions::tr("complete");
    case Operation::Query:
        return PayScoreOrderActions::tr("query");
    case Operation::Cancel:
        return PayScoreOrderActions::tr("cancel");
    case Operation::Modify:
        return PayScoreOrderActions::tr("modify the amount");
    case Operation::Collect:
        return PayScoreOrderActions::tr("collect (charge again)");
    case Operation::Refund:
        return PayScoreOrderActions::tr("refund");
    case Operation::RefundQuery:
        return PayScoreOrderActions::tr("refund query");
    }
    return {};
}

QString OrderActions::shortLabel(Operation operation)
{
    switch (operation) {
    case Operation::Sync:
        return PayScoreOrderActions::tr("Sync");
    case Operation::Complete:
        return PayScoreOrderActions::tr("Complete");
    case Operation::Query:
        return PayScoreOrderActions::tr("Query");
    case Operation::Cancel:
        return PayScoreOrderActions::tr("Cancel");
    case Operation::Modify:
        return PayScoreOrderActions::tr("Modify amount");
    case Operation::Collect:
        return PayScoreOrderActions::tr("Collect");
    case Operation::Refund:
        return PayScoreOrderActions::tr("Refund");
    case Operation::RefundQuery:
        return PayScoreOrderActions::tr("Refund query");
    }
    return {};
}

QString OrderActions::describeState(const OrderView &order)
{
    QString words;
    if (order.state == QLatin1String("CREATED"))
        words = PayScoreOrderActions::tr("created, not yet confirmed by the user");
    else if (isConfirmed(order))
        words = PayScoreOrderActions::tr("confirmed, service running");
    else if (isCollecting(order))
        words = PayScoreOrderActions::tr("completed, waiting for the user to pay");
    else if (order.state == QLatin1String("DOING"))
        words = PayScoreOrderActions::tr("in progress");
    else if (order.state == QLatin1String("DONE"))
        words = PayScoreOrderActions::tr("finished and paid");
    else if (order.state == QLatin1String("REVOKED"))
        words = PayScoreOrderActions::tr("cancelled");
    else if (order.state == QLatin1String("EXPIRED"))
        words = PayScoreOrderActions::tr("expired");
    else
        words = PayScoreOrderActions::tr("in an unknown state");
    QString triple = order.state.isEmpty() ? QStringLiteral("?") : order.state;
    if (!order.stateDescription.isEmpty())
        triple += QStringLiteral(" / ") + order.stateDescription;
    if (order.collection && !order.collection->state.isEmpty())
        triple += PayScoreOrderActions::tr(", collection %1").arg(order.collection->state);
    return PayScoreOrderActions::tr("%1 (%2)").arg(words, triple);
}

} // namespace psc::payscore
