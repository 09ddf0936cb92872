#include "RefundJournalLookup.h"

#include "RefundJobs.h"
#include "RefundLedger.h"
#include "RefundTexts.h"
#include "RefundView.h"

#include <payscore/OperationRunner.h>
#include <payscore/PendingOperation.h>

#include <QJsonDocument>

namespace psc::refund {

RefundJournalLookup::RefundJournalLookup(
    journal::OrderLookup &orders, payscore::OperationRunner &runner)
    : m_orders(orders)
    , m_runner(runner)
{
}

journal::OrderFinding RefundJournalLookup::findingFor(const payscore::OperationResult &result)
{
    journal::OrderFinding finding;
    if (result.succeeded()) {
        const RefundView view = RefundView::fromJson(result.response);
        finding.kind = journal::OrderFinding::Kind::Found;
        finding.state = view.status;
        finding.orderId = view.refundId;
        finding.summary
            = RefundRules::tr("Refund %1: %2 (%3).")
                  .arg(view.outRefundNo, view.status, RefundView::statusText(view.status));
    } else if (result.outcome == payscore::OperationResult::Outcome::Rejected
        && result.error.code == QLatin1String("RESOURCE_NOT_EXISTS")) {
        finding.kind = journal::OrderFinding::Kind::NotFound;
        finding.summary = RefundRules::tr(
            "No such refund: it never reached WeChat Pay and may be sent again with the same "
            "number.");
    } else {
        finding.kind = journal::OrderFinding::Kind::Failed;
        finding.summary
            = RefundRules::tr("The refund query failed (%1): still unknown.")
                  .arg(result.error.code.isEmpty() ? payscore::outcomeName(result.outcome)
                                                   : result.error.code);
    }
    return finding;
}

void RefundJournalLookup::lookup(
    const journal::JournalEntry &entry, std::function<void(journal::OrderFinding)> done)
{
    const auto recorded = RefundLedger::fromEntry(entry);
    if (!recorded) {
        m_orders.lookup(entry, std::move(done));
        return;
    }
    const auto mode
        = payscore::modeFromName(entry.write.mode).value_or(payscore::Mode::ServiceOrder);
    const QString subMchid = QJsonDocument::fromJson(entry.write.requestBody)
                                 .object()
                                 .value(QStringLiteral("sub_mchid"))
                                 .toString();
    payscore::PendingOperation *operation
        = m_runner.run(RefundJobs::query(mode, recorded->outRefundNo, subMchid));
    QObject::connect(operation, &payscore::PendingOperation::finished, operation,
        [operation, done = std::move(done)](const payscore::OperationResult &result) {
            operation->deleteLater();
            done(findingFor(result));
        });
}

} // namespace psc::refund
