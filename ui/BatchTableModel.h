#pragma once

#include <batch/BatchPlan.h>
#include <batch/BatchRowResult.h>

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

namespace psc::ui {

// The batch screen's one table: every row of a BatchPlan with its input cells as read, what
// the preview found (the field and the reason, a duplicate, an exclusion) and, once sent, its
// outcome. No widget per cell: the view asks for what it shows, so 100,000 rows stay quick.
// Input cells are editable until the batch starts; an edit goes to the plan, which checks the
// row again with the single request's rules.
class BatchTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { OutcomeRole = Qt::UserRole + 1, SendableRole };

    explicit BatchTableModel(QObject *parent = nullptr);

    // Not owned; null empties the table. Results start as "not sent".
    void setPlan(batch::BatchPlan *plan);
    // The same rows checked again (same count): the results stay.
    void replacePlan(batch::BatchPlan *plan);
    batch::BatchPlan *plan() const { return m_plan; }
    void setEditable(bool editable) { m_editable = editable; }
    void setResult(qsizetype row, const batch::BatchRowResult &result);
    const QList<batch::BatchRowResult> &results() const { return m_results; }
    bool hasResults() const { return m_hasResults; }
    void clearResults();
    // Re-reads the checks of every row (after an exclusion or a new mapping).
    void checksChanged();

    int firstOutcomeColumn() const;
    int inputColumn(int column) const { return column - 1; } // -1: the line column

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // What the preview says about a row ("paid_time: must not be in the future").
    QString checkText(qsizetype row) const;

signals:
    void rowEdited(qsizetype row);

private:
    enum Outcome { Check, Outcome, State, ErrorCode, Meaning, RequestId, OutcomeColumns };
    int inputColumns() const;

    batch::BatchPlan *m_plan = nullptr;
    QList<batch::BatchRowResult> m_results;
    bool m_hasResults = false;
    bool m_editable = true;
};

// The results filter: every row, the rows the preview holds back, or one outcome.
class BatchFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    static constexpr int kAll = -1;
    static constexpr int kHeldBack = -2;

    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(int filter); // kAll, kHeldBack or an int(RowOutcome)
    int filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_filter = kAll;
};

} // namespace psc::ui
