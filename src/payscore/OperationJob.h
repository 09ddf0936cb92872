#pragma once

#include "Mode.h"
#include "OrderKey.h"
#include "ValidationReport.h"

#include <apiv3/ApiRequest.h>

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

    bool isWrite() const { return payscore::isWrite(operation); }
};

} // namespace psc::payscore
