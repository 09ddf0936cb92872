#pragma once

#include "BatchColumns.h"
#include "BatchOperation.h"
#include "BatchRequest.h"
#include "CsvTable.h"

#include <payscore/OrderDefaults.h>
#include <payscore/ValidationReport.h>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace psc::batch {

// What the preview found about one row.
struct RowCheck {
    payscore::ValidationReport report; // errors block the row; warnings are shown
    std::optional<qint64> amountFen;
    qsizetype duplicateOf = -1; // the earlier row with the same order (and mode), or -1
    bool excluded = false; // the operator took the row out of the batch
    bool usedLocalTime = false;
    std::optional<payscore::Mode> mode; // the row's mode: its cell's, or where it was found
    bool modeFound = false; // found by the lookup (the file has no mode column)

    bool isSendable() const { return !excluded && duplicateOf < 0 && !report.hasErrors(); }
};

// The preview's figures: what would be sent, and what not.
struct PlanSummary {
    qsizetype rows = 0;
    qsizetype sendable = 0;
    qsizetype invalid = 0;
    qsizetype duplicates = 0;
    qsizetype excluded = 0;
    qint64 totalFen = 0; // Σ of the sendable rows' amounts (money operations)
    // Sendable rows that carry an amount: a sync file often has none, and its total of ¥0.00
    // would read like a mistake.
    qsizetype rowsWithAmount = 0;
    bool totalOverflow = false; // the sum does not fit: refuse to show a wrong figure
    bool usedLocalTime = false;
};

// A batch before it runs: the table read from the file, which column feeds which field, and
// each row checked with the single request's rules (BatchRequest::validate). Rows are judged
// again after an edit in place (setCell), a new column mapping (setMapping) or an exclusion.
// Rows are kept as the operator's text: the request of a row is built when it is sent.
class BatchPlan {
public:
    BatchPlan(BatchOperation operation, CsvTable table, payscore::OrderDefaults defaults,
        const QTimeZone &zone = QTimeZone::systemTimeZone());

    BatchOperation operation() const { return m_operation; }
    const CsvTable &table() const { return m_table; }
    const ColumnMapping &mapping() const { return m_mapping; }
    const payscore::OrderDefaults &defaults() const { return m_defaults; }
    qsizetype rowCount() const { return m_table.rowCount(); }
    const RowCheck &check(qsizetype row) const { return m_checks.at(row); }
    const PlanSummary &summary() const { return m_summary; }
    // Required fields with no column: nothing can be sent until they are mapped.
    QList<BatchField> missingColumns() const { return m_mapping.missingRequired(); }
    // A row that has more cells than the header has (the file is misaligned there).
    bool hasExtraCells(qsizetype row) const;

    // Checks every row against `now` (the "not in the future" rules).
    void validate(const QDateTime &now);
    void setMapping(const ColumnMapping &mapping, const QDateTime &now);
    void setCell(qsizetype row, qsizetype column, const QString &text, const QDateTime &now);
    void setExcluded(qsizetype row, bool excluded);

    // Without a mode column every order is looked up as `payscore-cli find` does (ModeLookup)
    // before its row can be sent; until then the row is held back and says so.
    bool needsModeLookup() const { return !m_mapping.columnOf(BatchField::Mode).has_value(); }
    // The distinct order numbers of rows not looked up yet (empty with a mode column).
    QStringList ordersToLookUp() const;
    // What the lookup found, by order number; the rows are checked again.
    void addModeFindings(const QHash<QString, ModeFinding> &findings, const QDateTime &now);
    const QHash<QString, ModeFinding> &modeFindings() const { return m_findings; }

    BatchRequest request(qsizetype row) const;
    // The rows that would be sent, in file order.
    QList<qsizetype> sendableRows() const;

private:
    QString orderNumber(qsizetype row) const; // the row's out_order_no cell, trimmed
    RowCheck checkRow(qsizetype row, const QDateTime &now) const;
    void findDuplicates();
    void summarise();

    BatchOperation m_operation;
    CsvTable m_table;
    payscore::OrderDefaults m_defaults;
    QTimeZone m_zone;
    ColumnMapping m_mapping;
    QHash<QString, ModeFinding> m_findings; // order number → where it was found
    QList<RowCheck> m_checks;
    PlanSummary m_summary;
};

} // namespace psc::batch
