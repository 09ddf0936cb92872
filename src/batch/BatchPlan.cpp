#include "BatchPlan.h"

#include "BatchText.h"

#include <QHash>
#include <QtNumeric>

namespace psc::batch {

BatchPlan::BatchPlan(
    BatchOperation operation, CsvTable table, payscore::OrderDefaults defaults, QTimeZone zone)
    : m_operation(operation)
    , m_table(std::move(table))
    , m_defaults(std::move(defaults))
    , m_zone(std::move(zone))
    , m_mapping(ColumnMapping::match(m_table.header, operation))
{
}

bool BatchPlan::hasExtraCells(qsizetype row) const
{
    const QStringList &cells = m_table.rows.at(row);
    for (qsizetype column = m_table.header.size(); column < cells.size(); ++column) {
        if (!cells.at(column).trimmed().isEmpty())
            return true;
    }
    return false;
}

BatchRequest BatchPlan::request(qsizetype row) const
{
    return BatchRequest::fromRow(m_operation, m_table.rows.at(row), m_mapping, m_defaults, m_zone);
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
                .arg(m_table.rows.at(row).size())
                .arg(m_table.header.size()));
    }
    check.amountFen = request.amountFen();
    check.usedLocalTime = request.usedLocalTime;
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
    QStringList &cells = m_table.rows[row];
    while (cells.size() <= column)
        cells.append(QString());
    cells[column] = text;
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
// excluded) is sent, every later one is flagged and held back.
void BatchPlan::findDuplicates()
{
    const auto modeColumn = m_mapping.columnOf(BatchField::Mode);
    const auto orderColumn = m_mapping.columnOf(BatchField::OutOrderNo);
    QHash<QString, qsizetype> firstRow;
    firstRow.reserve(rowCount());
    for (qsizetype row = 0; row < rowCount(); ++row) {
        RowCheck &check = m_checks[row];
        check.duplicateOf = -1;
        if (check.excluded || !orderColumn)
            continue;
        const QString order = m_table.cell(row, *orderColumn).trimmed();
        if (order.isEmpty())
            continue;
        const QString mode = modeColumn ? m_table.cell(row, *modeColumn).trimmed() : QString();
        const auto parsedMode = modeFromSpreadsheet(mode);
        const QString key
            = (parsedMode ? payscore::modeName(*parsedMode) : mode) + QLatin1Char('\n') + order;
        const auto it = firstRow.constFind(key);
        if (it == firstRow.constEnd())
            firstRow.insert(key, row);
        else
            check.duplicateOf = *it;
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
            if (movesMoney(m_operation) && check.amountFen
                && qAddOverflow(summary.totalFen, *check.amountFen, &summary.totalFen))
                summary.totalOverflow = true;
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
