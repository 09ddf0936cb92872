#include "WorkspaceModel.h"

#include "ConsoleContext.h"

#include <journal/Journal.h>
#include <journal/JournalFilter.h>
#include <payscore/JsonFieldReader.h>
#include <payscore/OperationRunner.h>
#include <payscore/OrderActions.h>
#include <refund/RefundRequest.h>
#include <session/MerchantSession.h>

namespace psc::ui {

using payscore::Mode;
using payscore::Operation;

WorkspaceModel::WorkspaceModel(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

WorkspaceModel::~WorkspaceModel()
{
    if (m_pending)
        m_pending->disconnect(this);
}

void WorkspaceModel::lookUp(const QString &outOrderNo)
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
    }
    m_outOrderNo = outOrderNo.trimmed();
    m_result = {};
    session::MerchantSession *session = m_context.session();
    if (m_outOrderNo.isEmpty() || !session) {
        m_status = Status::Empty;
        emit changed();
        return;
    }
    // A finder per lookup: the session (and its runners) may have changed since the last one.
    const session::MerchantSession::Info &info = session->info();
    m_finder = std::make_unique<payscore::OrderFinder>(
        payscore::OrderFinder::modesFor(info.defaults, info.baseUrl),
        [session](Mode mode) -> payscore::OperationRunner & { return *session->runner(mode); },
        info.defaults);
    m_status = Status::Searching;
    m_pending = m_finder->find(m_outOrderNo);
    connect(m_pending, &payscore::PendingFind::finished, this, &WorkspaceModel::finished);
    emit changed();
}

void WorkspaceModel::finished(const payscore::FindResult &result)
{
    m_pending->deleteLater();
    m_pending = nullptr;
    m_result = result;
    switch (result.kind) {
    case payscore::FindResult::Kind::Found:
        m_status = Status::Found;
        break;
    case payscore::FindResult::Kind::NotFound:
        m_status = Status::NotFound;
        break;
    case payscore::FindResult::Kind::Failed:
        m_status = Status::Failed;
        break;
    }
    emit changed();
}

void WorkspaceModel::clear()
{
    if (m_pending) {
        m_pending->disconnect(this);
        m_pending->cancel();
    }
    m_pending = nullptr;
    m_status = Status::Empty;
    m_outOrderNo.clear();
    m_result = {};
    emit changed();
}

payscore::OrderView WorkspaceModel::order() const
{
    return m_status == Status::Found && m_result.query.order ? *m_result.query.order
                                                             : payscore::OrderView {};
}

QJsonObject WorkspaceModel::answer() const
{
    return m_status == Status::Found ? m_result.query.response : QJsonObject {};
}

// Service orders call the lines post_payments/post_discounts, pay-after fees/discounts with
// prefixed keys; both are read by the same reader the request bodies use.
static QList<payscore::PostItem> linesOf(const QJsonObject &answer, bool discounts)
{
    payscore::ValidationReport ignored; // an odd answer shows what it has, nothing more
    payscore::JsonFieldReader reader(answer, QString(), nullptr, &ignored);
    const QString key
        = discounts ? QStringLiteral("post_discounts") : QStringLiteral("post_payments");
    if (answer.contains(key))
        return payscore::postitems::read(reader, key);
    QList<payscore::PostItem> items;
    const QString prefix = discounts ? QStringLiteral("discount_") : QStringLiteral("fee_");
    for (const auto &value :
        answer.value(discounts ? QStringLiteral("discounts") : QStringLiteral("fees")).toArray()) {
        const QJsonObject line = value.toObject();
        payscore::PostItem item;
        item.name = line.value(prefix + QStringLiteral("name")).toString();
        if (line.value(prefix + QStringLiteral("amount")).isDouble())
            item.amount = payscore::Money::fromFen(
                line.value(prefix + QStringLiteral("amount")).toInteger());
        item.description = line.value(prefix + QStringLiteral("desc")).toString();
        if (line.contains(QStringLiteral("fee_count")))
            item.count = line.value(QStringLiteral("fee_count")).toInteger();
        items.append(item);
    }
    return items;
}

QList<payscore::PostItem> WorkspaceModel::payments() const
{
    return linesOf(answer(), false);
}

QList<payscore::PostItem> WorkspaceModel::discounts() const
{
    return linesOf(answer(), true);
}

std::optional<Operation> WorkspaceModel::operationOf(Action action)
{
    switch (action) {
    case Action::Sync:
        return Operation::Sync;
    case Action::Complete:
        return Operation::Complete;
    case Action::Cancel:
        return Operation::Cancel;
    case Action::Modify:
        return Operation::Modify;
    case Action::Collect:
        return Operation::Collect;
    case Action::Refund:
        break;
    }
    return std::nullopt;
}

QString WorkspaceModel::refusal(Action action) const
{
    if (m_status != Status::Found || !m_result.mode)
        return tr("Look an order up first.");
    const payscore::OrderView order = this->order();
    if (action == Action::Refund) {
        // Oversea (apihk) refunds use another API: out of scope, said where the order is shown.
        payscore::ValidationReport scope;
        if (!refund::RefundRequest::checkMode(scope, *m_result.mode))
            return scope.firstError().message;
        return order.isPaid()
            ? QString()
            : tr("Only a paid order can be refunded (completed, or the collection is paid); "
                 "this order is: %1.")
                  .arg(payscore::OrderActions::describeState(order));
    }
    return payscore::OrderActions(*m_result.mode, order).refusal(*operationOf(action));
}

QList<journal::JournalEntry> WorkspaceModel::writes() const
{
    const journal::Journal *journal = m_context.journal().get();
    if (!journal || m_outOrderNo.isEmpty())
        return {};
    journal::JournalFilter filter;
    filter.outOrderNo = m_outOrderNo;
    return journal->entries(filter);
}

refund::RefundLedger WorkspaceModel::refundLedger() const
{
    const journal::Journal *journal = m_context.journal().get();
    const session::MerchantSession *session = m_context.session();
    if (!journal || !session || m_status != Status::Found || !m_result.mode)
        return {};
    return refund::RefundLedger::load(*journal, session->runner(*m_result.mode)->profileName(),
        payscore::modeName(*m_result.mode), m_outOrderNo);
}

} // namespace psc::ui
