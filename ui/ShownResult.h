#pragma once

#include <payscore/Mode.h>
#include <payscore/OperationResult.h>
#include <refund/RefundOutcome.h>

#include <QString>

#include <optional>

namespace psc::ui {

// What the results pane shows, built by the flow that produced the answer: which order (and
// mode), the operation's result, and what the flow knows beside it — the refund it was about,
// that nothing needed doing, or that a later query settled an unknown outcome. The pane only
// renders it; a new one replaces everything of the previous one.
struct ShownResult {
    // An unknown outcome settled afterwards by a verified query (the journal's reconciliation
    // or "Query this order now"): what the order turned out to be.
    struct Settlement {
        payscore::Operation operation = payscore::Operation::Sync; // the write that was unknown
        QString state; // "DONE", "DOING", "ORDER_NOT_EXIST"
        QString stateDescription; // "MCH_COMPLETE", …
        // Whether the order shows that write took effect; nullopt when its state cannot tell.
        std::optional<bool> tookEffect;
    };

    payscore::OperationResult result;
    payscore::Mode mode = payscore::Mode::ServiceOrder;
    QString outOrderNo;
    // A refund's outcome (or a refund query's): its number and, when answered, its status.
    QString outRefundNo;
    std::optional<refund::RefundView> refund;
    // Nothing was sent because the fresh query shows nothing needs doing: why (neutral).
    QString nothingToDo;
    std::optional<Settlement> settled;

    static ShownResult of(
        const payscore::OperationResult &result, payscore::Mode mode, const QString &outOrderNo);
    static ShownResult of(
        const refund::RefundOutcome &outcome, payscore::Mode mode, const QString &outOrderNo);
    // `query` is the fresh query that showed there is nothing to do.
    static ShownResult nothingToDoAfter(const payscore::OperationResult &query, payscore::Mode mode,
        const QString &outOrderNo, const QString &why);
    // The same, with what the journal's reconciliation `orderState` ("DONE",
    // "DOING/MCH_COMPLETE", "ORDER_NOT_EXIST") says about the unknown `operation`.
    ShownResult settledBy(payscore::Operation operation, const QString &orderState) const;

    payscore::Operation operation() const { return result.operation; }
    payscore::OperationResult::Outcome outcome() const { return result.outcome; }
    bool isRefund() const { return !outRefundNo.isEmpty(); }
    // The outcome is unknown (or the write was refused because an earlier one's is) and no
    // query has settled it yet: the next step is a query.
    bool awaitsQuery() const;
};

} // namespace psc::ui
