#include "JournalTableModel.h"

#include "ModeLabels.h"
#include "OrderStateText.h"
#include "Palette.h"

#include <apiv3/ErrorCatalogue.h>
#include <payscore/Money.h>
#include <payscore/OrderActions.h>
#include <refund/RefundView.h>

#include <QBrush>
#include <QColor>

namespace psc::ui {

using journal::JournalEntry;
using journal::Outcome;

JournalTableModel::JournalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JournalTableModel::setEntries(const QList<JournalEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const JournalEntry *JournalTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

QString JournalTableModel::modeText(const QString &modeName)
{
    const auto mode = payscore::modeFromName(modeName);
    return mode ? ModeLabels::shortText(*mode) : modeName;
}

QString JournalTableModel::operationText(const QString &operationName)
{
    const auto operation = payscore::operationFromName(operationName);
    return operation ? payscore::OrderActions::label(*operation) : operationName;
}

QString JournalTableModel::operationWord(const QString &operationName)
{
    const auto operation = payscore::operationFromName(operationName);
    return operation ? payscore::OrderActions::shortLabel(*operation) : operationName;
}

namespace {

bool isRefund(const QString &operationName)
{
    const auto operation = payscore::operationFromName(operationName);
    return operation && payscore::isRefundOperation(*operation);
}

} // namespace

QString JournalTableModel::stateText(const QString &operationName, const QString &state)
{
    if (state.isEmpty())
        return {};
    if (isRefund(operationName))
        return refund::RefundView::statusLabel(state); // as the results pane says it
    QString words;
    if (state == QLatin1String("ORDER_NOT_EXIST"))
        words = tr("order not found");
    else
        words = OrderStateText::meaning(state.section(u'/', 0, 0), state.section(u'/', 1));
    return tr("%1 (%2)").arg(words, state);
}

QString JournalTableModel::stateWord(const QString &operationName, const QString &state)
{
    if (state.isEmpty())
        return {};
    if (isRefund(operationName))
        return OrderStateText::refundWord(state);
    if (state == QLatin1String("ORDER_NOT_EXIST"))
        return tr("Not found");
    return OrderStateText::word(state.section(u'/', 0, 0), state.section(u'/', 1));
}

QString JournalTableModel::errorText(const QString &code)
{
    if (code.isEmpty())
        return {};
    QString meaning = apiv3::ErrorCatalogue::builtIn().explain(code).meaning;
    while (meaning.endsWith(u'.') || meaning.endsWith(u'。'))
        meaning.chop(1);
    return tr("%1 (%2)").arg(meaning, code);
}

QString JournalTableModel::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

QString JournalTableModel::outcomeText(const JournalEntry &entry)
{
    if (entry.isOutcomeUnknown())
        return tr("outcome unknown");
    QString text;
    switch (entry.result.outcome) {
    case Outcome::Pending:
        text = tr("no outcome recorded");
        break;
    case Outcome::Succeeded:
        text = tr("succeeded");
        break;
    case Outcome::Rejected:
        text = entry.result.errorCode.isEmpty()
            ? tr("rejected")
            : tr("rejected: %1").arg(errorText(entry.result.errorCode));
        break;
    case Outcome::Unknown:
        text = tr("unknown");
        break;
    case Outcome::Invalid:
        text = tr("not sent (invalid)");
        break;
    }
    if (entry.reconciliation) {
        text = entry.reconciliation->kind == journal::ReconciliationKind::Override
            ? tr("%1, overridden (order was %2)")
                  .arg(text, stateText(entry.write.operation, entry.reconciliation->orderState))
            : tr("%1, reconciled: %2")
                  .arg(text, stateText(entry.write.operation, entry.reconciliation->orderState));
    }
    return text;
}

QString JournalTableModel::outcomeWord(const JournalEntry &entry)
{
    if (entry.isOutcomeUnknown())
        return tr("Outcome unknown");
    QString word;
    switch (entry.result.outcome) {
    case Outcome::Pending:
        word = tr("No outcome");
        break;
    case Outcome::Succeeded:
        word = tr("Succeeded");
        break;
    case Outcome::Rejected:
        word = tr("Rejected");
        break;
    case Outcome::Unknown:
        word = tr("Unknown");
        break;
    case Outcome::Invalid:
        word = tr("Not sent");
        break;
    }
    if (!entry.reconciliation)
        return word;
    // What the reconciliation means for the write, in a word after an arrow.
    if (entry.reconciliation->kind == journal::ReconciliationKind::Override)
        return tr("%1→sent again").arg(word);
    const QString found = entry.reconciliation->orderState;
    const auto operation = payscore::operationFromName(entry.write.operation);
    const std::optional<bool> tookEffect = operation
        ? payscore::OrderActions::tookEffect(
            *operation, found.section(u'/', 0, 0), found.section(u'/', 1))
        : std::nullopt;
    if (!tookEffect)
        return tr("%1→checked").arg(word);
    return *tookEffect ? tr("%1→took effect").arg(word) : tr("%1→no effect").arg(word);
}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    const JournalEntry *entry = entryAt(index.row());
    if (!entry || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == EntryIdRole)
        return entry->id;
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (entry->isOutcomeUnknown())
            return QBrush(Palette::text(Palette::Text::Error));
        if (entry->result.outcome == journal::Outcome::Succeeded)
            return QBrush(Palette::text(Palette::Text::Good));
        return {};
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == Amount || index.column() == Elapsed || index.column() == HttpStatus))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return timeText(entry->startedAt);
    case Operator:
        return entry->write.operatorName;
    case Pc:
        return entry->write.osAccount.isEmpty()
            ? entry->write.hostName
            : QStringLiteral("%1 (%2)").arg(entry->write.hostName, entry->write.osAccount);
    case Profile:
        return entry->write.profileName;
    case Mode:
        return modeText(entry->write.mode);
    case Operation:
        return role == Qt::ToolTipRole ? operationText(entry->write.operation)
                                       : operationWord(entry->write.operation);
    case OrderNo:
        return entry->write.outOrderNo;
    case Amount:
        return entry->write.amountFen ? payscore::Money::fromFen(*entry->write.amountFen).display()
                                      : QString();
    case Outcome:
        return role == Qt::ToolTipRole ? outcomeText(*entry) : outcomeWord(*entry);
    case HttpStatus:
        return entry->result.httpStatus > 0 ? QString::number(entry->result.httpStatus) : QString();
    case RequestId:
        return entry->result.requestId;
    case OrderId:
        return entry->result.orderId.isEmpty() && entry->reconciliation
            ? entry->reconciliation->orderId
            : entry->result.orderId;
    case State:
        return role == Qt::ToolTipRole ? stateText(entry->write.operation, entry->result.state)
                                       : stateWord(entry->write.operation, entry->result.state);
    case Elapsed:
        return entry->result.elapsedMs >= 0 ? tr("%1 ms").arg(entry->result.elapsedMs) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time (local)");
    case Operator:
        return tr("Operator");
    case Pc:
        return tr("PC (account)");
    case Profile:
        return tr("Profile");
    case Mode:
        return tr("Mode");
    case Operation:
        return tr("Operation");
    case OrderNo:
        return tr("Order number");
    case Amount:
        return tr("Amount");
    case Outcome:
        return tr("Outcome");
    case HttpStatus:
        return tr("HTTP");
    case RequestId:
        return tr("Request-ID");
    case OrderId:
        return tr("WeChat order ID");
    case State:
        return tr("State");
    case Elapsed:
        return tr("Elapsed");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace psc::ui
