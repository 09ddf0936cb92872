#pragma once

#include "Reconciler.h"

#include <payscore/Mode.h>
#include <payscore/OperationResult.h>
#include <payscore/OrderDefaults.h>

#include <functional>

namespace psc::payscore {
class OperationRunner;
}

namespace psc::journal {

// Reconciles with payscore's query operation: the order is looked up with the ids the write
// itself sent (appid, service_id, sub_mchid from the journaled body), the profile's defaults
// filling any gap. Each entry is queried through the runner of its mode (the oversea one talks
// to the apihk host). Only entries of the runners' profile are queried; others stay unknown
// until reconciled with their own profile.
class PayScoreOrderLookup : public OrderLookup {
public:
    using RunnerForMode = std::function<payscore::OperationRunner &(payscore::Mode)>;
    PayScoreOrderLookup(RunnerForMode runnerFor, payscore::OrderDefaults defaults);
    // One runner for every entry (the CLI opens a session per mode and host).
    PayScoreOrderLookup(payscore::OperationRunner &runner, payscore::OrderDefaults defaults);

    void lookup(const JournalEntry &entry, std::function<void(OrderFinding)> done) override;
    // What a query's result says about the order; also used when the operator queried the
    // order by hand ("Query this order now") and that answer settles the journal.
    static OrderFinding findingFor(const payscore::OperationResult &result);

private:
    RunnerForMode m_runnerFor;
    payscore::OrderDefaults m_defaults;
};

} // namespace psc::journal
