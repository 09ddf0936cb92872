#include "BatchPlan.h"

#include "BatchText.h"

#include <QSet>
#include <QtNumeric>

#include <algorithm>
#include <vector>

namespace psc::batch {

BatchPlan::BatchPlan(BatchOperation operation, CsvTable table, payscore::OrderDefaults defaults,
    const QTimeZone &zone)
    : m_operation(operation)
    , m_table(std::move(table))
    , m_defaults(std::move(defaults))
    , m_zone(zone)
    , m_mapping(ColumnMapping::match(m_table.header, operation))
{
}

bool BatchPlan::hasExtraCells(qsizetype row) const
{
    for (qsizetype column = m_table.header.size(); column < m_table.cellCount(row); ++column) {
        if (!m_table.cellView(row, column).trimmed().isEmpty())
            return true;
    }
    return false;
}

QString BatchPlan::orderNumber(qsizetype row) const
{
    const auto column = m_mapping.columnOf(BatchField::OutOrderNo);
    return column ? m_table.cell(row, *column).trimmed() : QString();
}

BatchRequest BatchPlan::request(qsizetype row) const
{
    const ModeFinding *found = nullptr;
    if (needsModeLookup()) {
        const auto it = m_findings.constFind(orderNumber(row));
        found = it == m_findings.constEnd() ? nullptr : &*it;
    }
    return BatchRequest::fromRow(
        m_operation, m_table.cells(row), m_mapping, m_defaults, m_zone, found);
}

QStringList BatchPlan::ordersToLookUp() const
{
    QStringList orders;
    if (!needsModeLookup())
        return orders;
    QSet<QString> seen;
    for (qsizetype row = 0; row < rowCount(); ++row) {
        const QString order = orderNumber(row);
        if (order.isEmpty() || m_findings.contains(order) || seen.contains(order))
            continue;
        seen.insert(order);
        orders.append(order);
    }
    return orders;
}

void BatchPlan::addModeFindings(const QHash<QString, ModeFinding> &findings, const QDateTime &now)
{
    m_findings.insert(findings);
    validate(now);
}

RowCheck BatchPlan::checkRow(qsizetype row, const QDateTime &now) const
{
    const BatchRequest request = this->request(row);
    RowCheck check;
    check.report = request.validate(now);
    if (hasExtraCells(row)) {
        check.report.addError(QStringLiteral("/"),
            PayScoreBatch::tr("This row has %1 cells but the header has %2: a separator or "
                              "quote is out of place.")
                .arg(m_table.cellCount(row))
                .arg(m_table.header.size()));
    }
    check.amountFen = request.amountFen();
    check.usedLocalTime = request.usedLocalTime;
    check.mode = request.mode;
    check.modeFound = request.modeFound;
    return check;
}

void BatchPlan::validate(const QDateTime &now)
{
    QList<RowCheck> checks;
    checks.reserve(rowCount());
    for (qsizetype row = 0; row < rowCount(); ++row) {
        RowCheck check = checkRow(row, now);
        if (row < m_checks.size())
            check.excluded = m_checks.at(row).excluded;
        checks.append(std::move(check));
    }
    m_checks = std::move(checks);
    findDuplicates();
    summarise();
}

void BatchPlan::setMapping(const ColumnMapping &mapping, const QDateTime &now)
{
    m_mapping = mapping;
    validate(now);
}

void BatchPlan::setCell(qsizetype row, qsizetype column, const QString &text, const QDateTime &now)
{
    m_table.setCell(row, column, text);
    const bool excluded = m_checks.at(row).excluded;
    m_checks[row] = checkRow(row, now);
    m_checks[row].excluded = excluded;
    findDuplicates();
    summarise();
}

void BatchPlan::setExcluded(qsizetype row, bool excluded)
{
    m_checks[row].excluded = excluded;
    findDuplicates();
    summarise();
}

// The same order twice in one batch would send the same write twice: the first row (not
// excluded) is sent, every later one is flagged and held back. The rows are sorted by (mode,
// order) as views into the table — no string per row is built, so 100,000 rows cost one
// index array.
void BatchPlan::findDuplicates()
{
    const auto modeColumn = m_mapping.columnOf(BatchField::Mode);
    const auto orderColumn = m_mapping.columnOf(BatchField::OutOrderNo);
    struct Key {
        qsizetype row;
        int mode; // the mode read or found (-1: none); a mode cell nobody knows compares as text
        QStringView modeText;
        QStringView order;
    };
    std::vector<Key> keys;
    keys.reserve(size_t(rowCount()));
    for (qsizetype row = 0; row < rowCount(); ++row) {
        RowCheck &check = m_checks[row];
        check.duplicateOf = -1;
        if (check.excluded || !orderColumn)
            continue;
        const QStringView order = m_table.cellView(row, *orderColumn).trimmed();
        if (order.isEmpty())
            continue;
        const QStringView modeText
            = modeColumn ? m_table.cellView(row, *modeColumn).trimmed() : QStringView();
        const auto mode = modeColumn ? modeFromSpreadsheet(modeText) : check.mode;
        keys.push_back({ row, mode ? int(*mode) : -1, mode ? QStringView() : modeText, order });
    }
    const auto sameOrder = [](const Key &a, const Key &b) {
        return a.mode == b.mode && a.modeText == b.modeText && a.order == b.order;
    };
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.mode != b.mode)
            return a.mode < b.mode;
        if (const int c = a.modeText.compare(b.modeText); c != 0)
            return c < 0;
        return a.order.compare(b.order) < 0;
    });
    // Within a group of equal keys the rows are in file order (stable sort): the first wins.
    for (size_t i = 1; i < keys.size(); ++i) {
        if (sameOrder(keys[i - 1], keys[i])) {
            const qsizetype first = m_checks.at(keys[i - 1].row).duplicateOf >= 0
                ? m_checks.at(keys[i - 1].row).duplicateOf
                : keys[i - 1].row;
            m_checks[keys[i].row].duplicateOf = first;
        }
    }
}

void BatchPlan::summarise()
{
    PlanSummary summary;
    summary.rows = rowCount();
    for (const RowCheck &check : std::as_const(m_checks)) {
        summary.usedLocalTime = summary.usedLocalTime || check.usedLocalTime;
        if (check.excluded) {
            ++summary.excluded;
        } else if (check.report.hasErrors()) {
            ++summary.invalid;
        } else if (check.duplicateOf >= 0) {
            ++summary.duplicates;
        } else {
            ++summary.sendable;
            if (movesMoney(m_operation) && check.amountFen) {
                ++summary.rowsWithAmount;
                if (qAddOverflow(summary.totalFen, *check.amountFen, &summary.totalFen))
                    summary.totalOverflow = true;
            }
        }
    }
    m_summary = summary;
}

QList<qsizetype> BatchPlan::sendableRows() const
{
    QList<qsizetype> rows;
    for (qsizetype row = 0; row < rowCount(); ++row) {
        if (m_checks.at(row).isSendable())
            rows.append(row);
    }
    return rows;
}

} // namespace psc::batch
