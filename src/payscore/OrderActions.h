#pragma once

#include "Mode.h"
#include "OrderView.h"
#include "ValidationReport.h"

#include <QList>
#include <QString>

#include <optional>

namespace psc::payscore {

// The one home of "which corrections does this order's state allow" (payscore-api.md §5.1):
//   complete  DOING / USER_CONFIRM
//   cancel    CREATED, or DOING / USER_CONFIRM (not once the merchant completed it)
//   sync, modify, collect   DOING / MCH_COMPLETE with collection USER_PAYING
//   query     always
// plus which operations the mode has at all (supports()). The runner checks every write that
// depends on the state against a fresh query with it; the CLI and the console's buttons ask it
// what to offer and why not. Texts are translated when asked for, so a language switch shows.
class OrderActions {
public:
    OrderActions(Mode mode, OrderView order);

    // The operations in the order a screen offers them: sync, complete, cancel, modify,
    // collect, query.
    static QList<Operation> all();
    // Paid: the order is DONE or its collection USER_PAID — the only state a refund fits.
    static bool isPaid(const OrderView &order);
    // Whether an order found in `state` / `stateDescription` (or "ORDER_NOT_EXIST") after a
    // write of unknown outcome shows that write took effect: sync DONE; complete MCH_COMPLETE
    // or DONE; cancel REVOKED. nullopt when the state cannot tell (modify, collect, refund).
    static std::optional<bool> tookEffect(
        Operation operation, const QString &state, const QString &stateDescription);

    bool allows(Operation operation) const;
    QList<Operation> allowed() const;
    // Why `operation` is not allowed: the order's state, what the operation needs and what is
    // allowed instead. Empty when it is allowed.
    QString refusal(Operation operation) const;
    // The refusal as a validation error at "/state" (nothing is sent); empty when allowed.
    ValidationReport check(Operation operation) const;

    const OrderView &order() const { return m_order; }
    Mode mode() const { return m_mode; }

    // "cancel", "modify the amount", … in the user's language, as a sentence uses them.
    static QString label(Operation operation);
    // The operation's name where room is short (a table cell, a title line): "Sync", "Cancel",
    // "Modify amount" (同步订单, 取消订单, 修改金额). The journal and the results pane use it.
    static QString shortLabel(Operation operation);
    // The state triple in plain words, with the API's names: "completed, waiting for the
    // user to pay (DOING / MCH_COMPLETE, collection USER_PAYING)".
    static QString describeState(const OrderView &order);

private:
    bool stateAllows(Operation operation) const;
    static QString requirement(Operation operation);

    Mode m_mode;
    OrderView m_order;
};

} // namespace psc::payscore
