#pragma once

#include "RefundRequest.h"

#include <payscore/OperationJob.h>

#include <memory>

namespace psc::refund {

// The refund operations as jobs for payscore's OperationRunner::run(), so that refunds take
// the same path as every other write: validation, journal first, signed request, verified
// answer.
class RefundJobs {
public:
    // POST the refund; `report` carries the order rules' findings (warnings, or errors that
    // stop it before the journal).
    static std::unique_ptr<payscore::OperationJob> refund(
        const RefundRequest &request, const payscore::ValidationReport &report = {});
    // GET one refund by its number (partner: with sub_mchid).
    static std::unique_ptr<payscore::OperationJob> query(
        payscore::Mode mode, const QString &outRefundNo, const QString &subMchid);
};

} // namespace psc::refund
