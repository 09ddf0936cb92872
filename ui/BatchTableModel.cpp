#include "BatchTableModel.h"

#include "Palette.h"

#include <apiv3/ErrorCatalogue.h>
#include <batch/BatchColumns.h>

#include <QBrush>
#include <QDateTime>

namespace psc::ui {

using batch::RowOutcome;

namespace {

Palette::Role roleOf(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Succeeded:
    case RowOutcome::Skipped:
        return Palette::Role::Success;
    case RowOutcome::Rejected:
    case RowOutcome::ConfigError:
        return Palette::Role::Rejected;
    case RowOutcome::Unknown:
        return Palette::Role::Unknown;
    case RowOutcome::Invalid:
        return Palette::Role::Invalid;
    case RowOutcome::NotSent:
        break;
    }
    return Palette::Role::NotSent;
}

} // namespace

BatchTableModel::BatchTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void BatchTableModel::setPlan(batch::BatchPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    m_results = QList<batch::BatchRowResult>(plan ? plan->rowCount() : 0);
    m_hasResults = false;
    m_editable = true;
    endResetModel();
}

void BatchTableModel::replacePlan(batch::BatchPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

void BatchTableModel::setResult(qsizetype row, const batch::BatchRowResult &result)
{
    if (row < 0 || row >= m_results.size())
        return;
    m_results[row] = result;
    m_hasResults = true;
    emit dataChanged(
        index(int(row), firstOutcomeColumn() + Outcome), index(int(row), columnCount() - 1));
}

void BatchTableModel::clearResults()
{
    m_results = QList<batch::BatchRowResult>(m_results.size());
    m_hasResults = false;
    checksChanged();
}

void BatchTableModel::checksChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int BatchTableModel::inputColumns() const
{
    return m_plan ? int(m_plan->table().header.size()) : 0;
}

int BatchTableModel::firstOutcomeColumn() const
{
    return 1 + inputColumns();
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->rowCount());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : firstOutcomeColumn() + OutcomeColumns;
}

QString BatchTableModel::checkText(qsizetype row) const
{
    const batch::RowCheck &check = m_plan->check(row);
    if (check.excluded)
        return tr("Excluded by you");
    if (check.duplicateOf >= 0) {
        return tr("Duplicate of line %1: sent once")
            .arg(m_plan->table().lineNumbers.value(check.duplicateOf));
    }
    if (check.report.hasErrors()) {
        const payscore::ValidationIssue issue = check.report.firstError();
        return issue.field().isEmpty() ? issue.message
                                       : QStringLiteral("%1: %2").arg(issue.field(), issue.message);
    }
    if (check.modeFound && check.mode)
        return tr("OK · found in %1").arg(payscore::modeName(*check.mode));
    return tr("OK");
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_plan || !index.isValid())
        return {};
    const qsizetype row = index.row();
    const int column = index.column();
    const batch::RowCheck &check = m_plan->check(row);
    const batch::BatchRowResult &result = m_results.at(row);
    if (role == OutcomeRole)
        return m_hasResults ? int(result.outcome) : -1;
    if (role == SendableRole)
        return check.isSendable();
    const int outcomeColumn = column - firstOutcomeColumn();
    if (role == Qt::BackgroundRole) {
        if (outcomeColumn == Check && !check.isSendable())
            return QBrush(Palette::errorCell());
        if (outcomeColumn == Outcome && m_hasResults)
            return QBrush(Palette::background(roleOf(result.outcome)));
        return {};
    }
    if (role == Qt::ForegroundRole && outcomeColumn == Outcome && m_hasResults)
        return QBrush(Palette::foreground(roleOf(result.outcome)));
    if (role == Qt::ToolTipRole && outcomeColumn == Outcome)
        return result.note.isEmpty() ? QVariant() : QVariant(result.note);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (column == 0)
        return m_plan->table().lineNumbers.value(row);
    if (outcomeColumn < 0)
        return m_plan->table().cell(row, inputColumn(column));
    switch (outcomeColumn) {
    case Check:
        return checkText(row);
    case Outcome:
        return m_hasResults ? batch::rowOutcomeText(result.outcome) : QString();
    case State:
        return result.state;
    case ErrorCode:
        return result.errorCode;
    case Meaning: {
        // What the code means in the language on screen, as the results pane says it; the
        // server's own words (WeChat Pay answers in Chinese) only for a code it does not know.
        const apiv3::ErrorExplanation explanation
            = apiv3::ErrorCatalogue::builtIn().explain(result.errorCode);
        return explanation.known ? explanation.meaning : result.errorMessage;
    }
    case RequestId:
        return result.requestId;
    default:
        return {};
    }
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || !m_plan)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == 0)
        return tr("Line");
    const int outcomeColumn = section - firstOutcomeColumn();
    if (outcomeColumn < 0) {
        const qsizetype input = inputColumn(section);
        const QString header = m_plan->table().header.value(input);
        const auto field = m_plan->mapping().fieldOf(input);
        // An unrecognised header says so: its cells travel into the results file only.
        return field ? header : tr("%1 (not used)").arg(header);
    }
    switch (outcomeColumn) {
    case Check:
        return tr("Check");
    case Outcome:
        return tr("Outcome");
    case State:
        return tr("Order state");
    case ErrorCode:
        return tr("Error code");
    case Meaning:
        return tr("Meaning");
    case RequestId:
        return tr("Request-ID");
    default:
        return {};
    }
}

Qt::ItemFlags BatchTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable && index.column() > 0 && index.column() < firstOutcomeColumn())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool BatchTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_plan || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    m_plan->setCell(index.row(), inputColumn(index.column()), value.toString(),
        QDateTime::currentDateTimeUtc());
    // An edit can make or unmake a duplicate elsewhere: every row's check is read again.
    checksChanged();
    emit rowEdited(index.row());
    return true;
}

void BatchFilterModel::setFilter(int filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool BatchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter == kAll)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_filter == kHeldBack)
        return !index.data(BatchTableModel::SendableRole).toBool();
    return index.data(BatchTableModel::OutcomeRole).toInt() == m_filter;
}

} // namespace psc::ui
