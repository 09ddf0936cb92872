#pragma once

#include "Mode.h"
#include "OrderKey.h"
#include "ValidationReport.h"

#include <apiv3/ApiRequest.h>

#include <optional>

namespace psc::payscore {

// What the runner hands a PendingOperation: the checked request, ready to send (private to
// the runner; callers use the typed request models).
struct OperationJob {
    Mode mode = Mode::ServiceOrder;
    Operation operation = Operation::Query;
    OrderKey key; // for the follow-up query
    ValidationReport report;
    apiv3::ApiRequest request; // only built when the report has no error
    std::optional<qint64> amountFen; // for the journal

    bool isWrite() const { return operation != Operation::Query; }
};

} // namespace psc::payscore
