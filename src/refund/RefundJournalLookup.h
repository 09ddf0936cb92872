#pragma once

#include <journal/Reconciler.h>
#include <payscore/OperationResult.h>

namespace psc::payscore {
class OperationRunner;
}

namespace psc::refund {

// Reconciles refund entries by querying their own refund number (a query of the order says
// nothing about a refund); every other entry goes to `orders` (PayScoreOrderLookup). Give it
// to the Reconciler in place of the order lookup: `payscore-cli reconcile` does.
class RefundJournalLookup : public journal::OrderLookup {
public:
    RefundJournalLookup(journal::OrderLookup &orders, payscore::OperationRunner &runner);

    void lookup(const journal::JournalEntry &entry,
        std::function<void(journal::OrderFinding)> done) override;
    // What a refund query's result says, in the journal's terms: Found with the refund's
    // status and refund_id, NotFound for RESOURCE_NOT_EXISTS, Failed otherwise.
    static journal::OrderFinding findingFor(const payscore::OperationResult &result);

private:
    journal::OrderLookup &m_orders;
    payscore::OperationRunner &m_runner;
};

} // namespace psc::refund
