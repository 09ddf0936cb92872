#pragma once

#include <payscore/Money.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace psc::ui {

// The fee or discount lines of a complete request as the operator types them. Cells keep the
// typed text so that a wrong entry stays visible (and red) instead of being silently dropped;
// amounts are parsed with payscore::Money (yuan in, exact fen out) and shown as "¥12.34".
// Rules about names, counts and descriptions belong to src/payscore's validation: its findings
// come back through setCellProblem() and are shown on the cell they name.
class LineItemTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Fees, Discounts };
    enum Column { NameColumn, CountColumn, AmountColumn, DescriptionColumn };

    struct Row {
        QString name;
        QString count = QStringLiteral("1");
        QString amount;
        QString description;

        // The one reading of a typed row: the amount as yuan text to exact fen (nullopt when it
        // is not an amount), the count as a whole number (nullopt when it is not one).
        std::optional<payscore::Money> money() const;
        std::optional<qint64> countValue() const;
    };

    // One parsed line, ready to be put into a payscore request.
    struct Item {
        QString name;
        int count = 1;
        payscore::Money amount;
        QString description;
    };

    explicit LineItemTableModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }

    // Whether the count column exists (pay-after discounts have none).
    void setHasCount(bool hasCount);
    bool hasCount() const { return m_hasCount; }

    // The most rows the request may carry; 0 means no limit. Adding beyond it is refused
    // with rowLimitReached().
    void setRowLimit(int limit);
    int rowLimit() const { return m_rowLimit; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    // The column shown at a view position and back (the count column may be absent).
    Column columnAt(int section) const;
    int sectionOf(Column column) const;

    // Editing actions; each returns false (and says why through rowLimitReached) when refused.
    bool addRow();
    bool addRow(const Row &row);
    bool duplicateRow(int row);
    bool removeRowAt(int row);
    void clear();
    // Rows copied from a spreadsheet: one line per row, cells separated by tabs, in the order
    // of the visible columns. Returns how many rows were added.
    int pasteTabSeparated(const QString &text);

    const QList<Row> &rows() const { return m_rows; }
    void setRows(const QList<Row> &rows);

    // The first cell that cannot be parsed (or that payscore's validation named), with the
    // reason; an empty reason means every cell is fine.
    struct Problem {
        int row = -1;
        Column column = NameColumn;
        QString reason;
        bool isEmpty() const { return reason.isEmpty(); }
    };
    Problem firstProblem() const;
    QString problemAt(int row, Column column) const;

    // A finding of payscore's validation, shown on its cell until the cell is edited.
    void setCellProblem(int row, Column column, const QString &reason);
    void clearCellProblems();

    // Σ amount of the rows whose amount parses.
    payscore::Money sum() const;
    // Every row parsed, or nullopt while any cell is invalid.
    std::optional<QList<Item>> items() const;

    // Text of the row-limit message, e.g. "At most 5 discounts can be sent."
    QString rowLimitMessage() const;

signals:
    void rowLimitReached(const QString &message);
    void contentChanged();

private:
    QString parseProblem(int row, Column column) const;
    QString cellText(const Row &row, Column column) const;
    void setCellText(Row &row, Column column, const QString &text);
    static quint64 key(int row, Column column) { return (quint64(row) << 8) | quint64(column); }
    void dropExternalProblems();

    Kind m_kind;
    bool m_hasCount = true;
    int m_rowLimit = 0;
    QList<Row> m_rows;
    QHash<quint64, QString> m_externalProblems;
};

} // namespace psc::ui
