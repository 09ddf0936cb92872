#include "RefundJobs.h"

#include "RefundEndpoints.h"
#include "RefundNumber.h"

#include <payscore/FieldRules.h>

namespace psc::refund {

using payscore::Operation;

std::unique_ptr<payscore::OperationJob> RefundJobs::refund(
    const RefundRequest &request, const payscore::ValidationReport &report)
{
    auto job = std::make_unique<payscore::OperationJob>();
    job->mode = request.mode;
    job->operation = Operation::Refund;
    job->key.mode = request.mode;
    job->key.outOrderNo = request.outOrderNo; // the journal files the refund under its order
    job->key.subMchid = request.subMchid;
    job->report = report;
    job->report.merge(request.validate());
    if (!job->report.hasErrors())
        job->request = RefundEndpoints::create(request);
    if (request.refund)
        job->amountFen = request.refund->fen();
    return job;
}

std::unique_ptr<payscore::OperationJob> RefundJobs::query(
    payscore::Mode mode, const QString &outRefundNo, const QString &subMchid)
{
    auto job = std::make_unique<payscore::OperationJob>();
    job->mode = mode;
    job->operation = Operation::RefundQuery;
    job->key.mode = mode;
    job->key.subMchid = subMchid;
    RefundRequest::checkMode(job->report, mode); // out of scope: refused plainly
    RefundNumber::check(job->report, QStringLiteral("/out_refund_no"), outRefundNo);
    if (mode == payscore::Mode::Partner)
        payscore::rules::checkIdentifier(job->report, QStringLiteral("/sub_mchid"), subMchid);
    if (!job->report.hasErrors())
        job->request = RefundEndpoints::query(
            outRefundNo, mode == payscore::Mode::Partner ? subMchid : QString());
    return job;
}

} // namespace psc::refund
