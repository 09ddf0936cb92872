#include "PayScoreOrderLookup.h"

#include <payscore/OperationRunner.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace psc::journal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("psc::journal::PayScoreOrderLookup", text);
}

} // namespace

OrderFinding PayScoreOrderLookup::findingFor(const payscore::OperationResult &result)
{
    OrderFinding finding;
    if (result.succeeded() && result.order) {
        finding.kind = OrderFinding::Kind::Found;
        finding.state = result.order->state;
        finding.stateDescription = result.order->stateDescription;
        finding.orderId = result.order->orderId;
        QString summary = tr("Order found: %1").arg(finding.state);
        if (!finding.stateDescription.isEmpty())
            summary += QLatin1Char('/') + finding.stateDescription;
        if (result.order->collection && !result.order->collection->state.isEmpty())
            summary += tr(", collection %1").arg(result.order->collection->state);
        if (!result.requestId.isEmpty())
            summary += tr(" (Request-ID %1)").arg(result.requestId);
        finding.summary = summary;
    } else if (result.outcome == payscore::OperationResult::Outcome::Rejected
        && result.error.code == QLatin1String("ORDER_NOT_EXIST")) {
        finding.kind = OrderFinding::Kind::NotFound;
        finding.summary = tr("The order does not exist (ORDER_NOT_EXIST, Request-ID %1).")
                              .arg(result.requestId);
    } else {
        finding.kind = OrderFinding::Kind::Failed;
        finding.summary
            = tr("The query failed (%1): %2")
                  .arg(result.error.code.isEmpty() ? payscore::outcomeName(result.outcome)
                                                   : result.error.code,
                      result.error.message);
    }
    return finding;
}

PayScoreOrderLookup::PayScoreOrderLookup(RunnerForMode runnerFor, payscore::OrderDefaults defaults)
    : m_runnerFor(std::move(runnerFor))
    , m_defaults(std::move(defaults))
{
}

PayScoreOrderLookup::PayScoreOrderLookup(
    payscore::OperationRunner &runner, payscore::OrderDefaults defaults)
    : PayScoreOrderLookup(
        [&runner](payscore::Mode) -> payscore::OperationRunner & { return runner; },
        std::move(defaults))
{
}

void PayScoreOrderLookup::lookup(const JournalEntry &entry, std::function<void(OrderFinding)> done)
{
    const auto mode = payscore::modeFromName(entry.write.mode);
    payscore::OperationRunner *runner = mode ? &m_runnerFor(*mode) : nullptr;
    if (!runner || entry.write.profileName != runner->profileName()) {
        OrderFinding skipped;
        skipped.summary = mode ? tr("Entry of profile \"%1\": reconcile it with that profile.")
                                     .arg(entry.write.profileName)
                               : tr("Unknown mode \"%1\".").arg(entry.write.mode);
        done(skipped);
        return;
    }
    // The ids the write itself sent identify the order best.
    const QJsonObject body = QJsonDocument::fromJson(entry.write.requestBody).object();
    payscore::OrderQuery query;
    query.key.mode = *mode;
    query.key.outOrderNo = entry.write.outOrderNo;
    query.key.appid = body.value(QStringLiteral("appid")).toString();
    query.key.serviceId = body.value(QStringLiteral("service_id")).toString();
    query.key.subMchid = body.value(QStringLiteral("sub_mchid")).toString();
    query.key.applyDefaults(m_defaults);

    payscore::PendingOperation *operation = runner->query(query);
    QObject::connect(operation, &payscore::PendingOperation::finished, operation,
        [operation, done](const payscore::OperationResult &result) {
            operation->deleteLater();
            done(findingFor(result));
        });
}

} // namespace psc::journal
