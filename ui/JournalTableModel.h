#pragma once

#include <journal/JournalEntry.h>

#include <QAbstractTableModel>
#include <QList>

namespace psc::ui {

// The journal's entries as table rows, newest first. Entries whose outcome is unknown (pending
// after a crash, or unknown and not reconciled) say so in the Outcome column, in red.
class JournalTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Time,
        Operator,
        Pc, // host name (OS account): whose PC sent it, in a team journal
        Profile,
        Mode,
        Operation,
        OrderNo,
        Amount,
        Outcome,
        HttpStatus,
        RequestId,
        OrderId,
        State,
        Elapsed,
        ColumnCount
    };
    static constexpr int EntryIdRole = Qt::UserRole + 1;

    explicit JournalTableModel(QObject *parent = nullptr);

    void setEntries(const QList<journal::JournalEntry> &entries);
    const journal::JournalEntry *entryAt(int row) const;
    // "outcome unknown", "succeeded", "rejected (PARAM_ERROR)", "unknown, reconciled: DONE" …
    static QString outcomeText(const journal::JournalEntry &entry);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<journal::JournalEntry> m_entries;
};

} // namespace psc::ui
