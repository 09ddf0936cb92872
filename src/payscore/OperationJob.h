#pragma once

#include "Mode.h"
#include "OrderKey.h"
#include "OrderView.h"
#include "ValidationReport.h"

#include <apiv3/ApiRequest.h>

#include <functional>
#include <optional>

namespace psc::payscore {

// What the runner hands a PendingOperation: the checked request, ready to send. The PayScore
// request models are turned into jobs by the runner itself; sibling rooms with their own
// request models (src/refund) build a job and hand it to OperationRunner::run(), so every
// write takes the one validated, journaled path.
struct OperationJob {
    Mode mode = Mode::ServiceOrder;
    Operation operation = Operation::Query;
    OrderKey key; // for the follow-up query
    ValidationReport report;
    apiv3::ApiRequest request; // only built when the report has no error
    std::optional<qint64> amountFen; // for the journal
    // Writes whose rules depend on the order's state (cancel, modify, collect): the order is
    // queried first and this judges the fresh answer (OrderActions, modify's lower total). It
    // may fill amountFen from the order (collect: what will be charged). An error ends the
    // operation as invalid: nothing is journaled, nothing is sent.
    std::function<ValidationReport(const OrderView &order, OperationJob &job)> stateCheck;

    bool isWrite() const { return payscore::isWrite(operation); }
};

} // namespace psc::payscore
