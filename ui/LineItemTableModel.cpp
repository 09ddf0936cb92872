#include "LineItemTableModel.h"

#include "Palette.h"

#include <payscore/MoneyLimits.h>

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace psc::ui {

using payscore::Money;

LineItemTableModel::LineItemTableModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
    // Not dataChanged: problem markers change data too, and they must not trigger another
    // validation pass (which sets markers again).
    connect(this, &QAbstractItemModel::rowsInserted, this, &LineItemTableModel::contentChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &LineItemTableModel::contentChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &LineItemTableModel::contentChanged);
}

void LineItemTableModel::setHasCount(bool hasCount)
{
    if (hasCount == m_hasCount)
        return;
    beginResetModel();
    m_hasCount = hasCount;
    m_externalProblems.clear();
    endResetModel();
}

void LineItemTableModel::setRowLimit(int limit)
{
    m_rowLimit = limit;
}

int LineItemTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LineItemTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_hasCount ? 4 : 3);
}

LineItemTableModel::Column LineItemTableModel::columnAt(int section) const
{
    if (m_hasCount)
        return Column(section);
    static constexpr Column withoutCount[] = { NameColumn, AmountColumn, DescriptionColumn };
    return withoutCount[section];
}

int LineItemTableModel::sectionOf(Column column) const
{
    if (m_hasCount)
        return int(column);
    switch (column) {
    case NameColumn:
        return 0;
    case AmountColumn:
        return 1;
    case DescriptionColumn:
        return 2;
    case CountColumn:
        break;
    }
    return -1;
}

QString LineItemTableModel::cellText(const Row &row, Column column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case CountColumn:
        return row.count;
    case AmountColumn:
        return row.amount;
    case DescriptionColumn:
        return row.description;
    }
    return {};
}

void LineItemTableModel::setCellText(Row &row, Column column, const QString &text)
{
    switch (column) {
    case NameColumn:
        row.name = text;
        break;
    case CountColumn:
        row.count = text;
        break;
    case AmountColumn:
        row.amount = text;
        break;
    case DescriptionColumn:
        row.description = text;
        break;
    }
}

std::optional<Money> LineItemTableModel::Row::money() const
{
    return Money::parseYuan(amount);
}

std::optional<qint64> LineItemTableModel::Row::countValue() const
{
    bool ok = false;
    const qint64 value = count.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QString LineItemTableModel::parseProblem(int row, Column column) const
{
    const Row &r = m_rows.at(row);
    if (column == AmountColumn) {
        if (r.amount.trimmed().isEmpty())
            return tr("Enter an amount in yuan, e.g. 12.34.");
        if (!r.money())
            return tr("\"%1\" is not an amount in yuan (at most two decimals, e.g. 12.34).")
                .arg(r.amount);
    }
    if (column == CountColumn && m_hasCount) {
        bool ok = false;
        r.count.trimmed().toInt(&ok);
        if (!ok)
            return tr("\"%1\" is not a whole number.").arg(r.count);
    }
    return {};
}

QString LineItemTableModel::problemAt(int row, Column column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    QString own = parseProblem(row, column);
    if (!own.isEmpty())
        return own;
    return m_externalProblems.value(key(row, column));
}

QVariant LineItemTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Column column = columnAt(index.column());
    const QString text = cellText(row, column);
    switch (role) {
    case Qt::DisplayRole:
        if (column == AmountColumn) {
            if (const auto money = row.money())
                return money->display();
        }
        return text;
    case Qt::EditRole:
        if (column == AmountColumn) {
            if (const auto money = row.money())
                return money->toYuanString();
        }
        return text;
    case Qt::ToolTipRole:
    case Qt::StatusTipRole: {
        const QString problem = problemAt(index.row(), column);
        return problem.isEmpty() ? QVariant() : QVariant(problem);
    }
    case Qt::BackgroundRole:
        if (!problemAt(index.row(), column).isEmpty())
            return QBrush(Palette::errorCell());
        return {};
    case Qt::TextAlignmentRole:
        if (column == AmountColumn || column == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool LineItemTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Column column = columnAt(index.column());
    Row &row = m_rows[index.row()];
    const QString text = value.toString();
    if (cellText(row, column) == text)
        return true;
    setCellText(row, column, text);
    // An edited cell is judged afresh: the validation's old finding no longer applies.
    m_externalProblems.remove(key(index.row(), column));
    emit dataChanged(index, index);
    emit contentChanged();
    return true;
}

Qt::ItemFlags LineItemTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant LineItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= columnCount())
        return {};
    const bool fees = m_kind == Kind::Fees;
    switch (columnAt(section)) {
    case NameColumn:
        return fees ? tr("Fee name") : tr("Discount name");
    case CountColumn:
        return tr("Count");
    case AmountColumn:
        // The API's fee amount is the line's total, not a unit price: say so beside "Count".
        return fees ? tr("Line total (yuan)") : tr("Amount (yuan)");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

bool LineItemTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    if (m_rowLimit > 0 && m_rows.size() + count > m_rowLimit) {
        emit rowLimitReached(rowLimitMessage());
        return false;
    }
    dropExternalProblems();
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i)
        m_rows.insert(row, Row());
    endInsertRows();
    return true;
}

bool LineItemTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    dropExternalProblems();
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

bool LineItemTableModel::addRow()
{
    return addRow(Row());
}

bool LineItemTableModel::addRow(const Row &row)
{
    const int at = int(m_rows.size());
    if (!insertRows(at, 1))
        return false;
    m_rows[at] = row;
    emit dataChanged(index(at, 0), index(at, columnCount() - 1));
    emit contentChanged();
    return true;
}

bool LineItemTableModel::duplicateRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row copy = m_rows.at(row);
    if (!insertRows(row + 1, 1))
        return false;
    m_rows[row + 1] = copy;
    emit dataChanged(index(row + 1, 0), index(row + 1, columnCount() - 1));
    emit contentChanged();
    return true;
}

bool LineItemTableModel::removeRowAt(int row)
{
    return removeRows(row, 1);
}

void LineItemTableModel::clear()
{
    setRows({});
}

void LineItemTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    if (m_rowLimit > 0 && m_rows.size() > m_rowLimit)
        m_rows.resize(m_rowLimit);
    m_externalProblems.clear();
    endResetModel();
}

int LineItemTableModel::pasteTabSeparated(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    int added = 0;
    for (const QString &line : normalised.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList cells = line.split(u'\t');
        Row row;
        for (int section = 0; section < columnCount() && section < cells.size(); ++section)
            setCellText(row, columnAt(section), cells.at(section).trimmed());
        if (!addRow(row))
            break; // the limit message has been emitted
        ++added;
    }
    return added;
}

LineItemTableModel::Problem LineItemTableModel::firstProblem() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int section = 0; section < columnCount(); ++section) {
            const Column column = columnAt(section);
            const QString reason = problemAt(row, column);
            if (!reason.isEmpty())
                return { row, column, reason };
        }
    }
    return {};
}

void LineItemTableModel::setCellProblem(int row, Column column, const QString &reason)
{
    if (row < 0 || row >= m_rows.size() || sectionOf(column) < 0)
        return;
    if (m_externalProblems.value(key(row, column)) == reason)
        return;
    if (reason.isEmpty())
        m_externalProblems.remove(key(row, column));
    else
        m_externalProblems.insert(key(row, column), reason);
    const QModelIndex cell = index(row, sectionOf(column));
    emit dataChanged(cell, cell, { Qt::BackgroundRole, Qt::ToolTipRole, Qt::StatusTipRole });
}

void LineItemTableModel::clearCellProblems()
{
    if (m_externalProblems.isEmpty())
        return;
    m_externalProblems.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1),
            { Qt::BackgroundRole, Qt::ToolTipRole, Qt::StatusTipRole });
}

void LineItemTableModel::dropExternalProblems()
{
    // Row numbers are about to shift; findings are recomputed by the next validation pass.
    m_externalProblems.clear();
}

std::optional<Money> LineItemTableModel::sum() const
{
    std::optional<Money> total = Money();
    for (const Row &row : m_rows) {
        if (const auto money = row.money(); money && total)
            total = payscore::checkedPlus(*total, *money);
    }
    return total;
}

std::optional<QList<LineItemTableModel::Item>> LineItemTableModel::items() const
{
    QList<Item> result;
    result.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (!parseProblem(row, AmountColumn).isEmpty() || !parseProblem(row, CountColumn).isEmpty())
            return std::nullopt;
        Item item;
        item.name = r.name.trimmed();
        item.count = m_hasCount ? r.count.trimmed().toInt() : 1;
        item.amount = *r.money();
        item.description = r.description.trimmed();
        result.append(item);
    }
    return result;
}

QString LineItemTableModel::rowLimitMessage() const
{
    return m_kind == Kind::Fees
        ? tr("At most %n fee line(s) can be sent for this mode.", "", m_rowLimit)
        : tr("At most %n discount line(s) can be sent for this mode.", "", m_rowLimit);
}

} // namespace psc::ui
