#pragma once

#include "RefundView.h"
#include "RefundablePayments.h"

#include <payscore/OperationResult.h>

#include <QMetaType>

#include <optional>

namespace psc::refund {

// What one refund (or refund query) came to: the operation's result — of the refund request,
// of the query that settled an earlier unknown refund, or of the step that stopped it — with
// the refund, the order's payments and whether an earlier refund number was reused.
struct RefundOutcome {
    payscore::OperationResult result;
    std::optional<payscore::OrderView> order;
    QList<RefundablePayment> payments;
    std::optional<RefundView> refund;
    QString outRefundNo; // the number used (generated, given, or reused from the journal)
    bool reusedNumber = false; // an unsettled refund of the journal was queried / resent
    bool resent = false; // ... and sent again with the same number

    bool succeeded() const { return result.succeeded(); }
    int exitCode() const { return result.exitCode(); }
    // The result's JSON (the CLI contract) plus out_refund_no, refund{…}, payments[…],
    // reused_out_refund_no, resent.
    QJsonObject toJson() const;
};

} // namespace psc::refund

Q_DECLARE_METATYPE(psc::refund::RefundOutcome)
