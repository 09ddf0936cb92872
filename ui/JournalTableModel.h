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
    // What a clerk reads first comes first, so that it fits a 1366×768 screen without
    // scrolling; the technical columns follow (and are all in the detail pane too).
    enum Column {
        Time,
        OrderNo,
        Operation,
        Mode,
        Amount,
        Outcome,
        State,
        Operator,
        Profile,
        Pc, // host name (OS account): whose PC sent it, in a team journal
        HttpStatus,
        RequestId,
        OrderId,
        Elapsed,
        ColumnCount
    };
    static constexpr int EntryIdRole = Qt::UserRole + 1;

    explicit JournalTableModel(QObject *parent = nullptr);

    void setEntries(const QList<journal::JournalEntry> &entries);
    const journal::JournalEntry *entryAt(int row) const;
    // The table's cells are short and whole at 1366×768 in both languages; the long forms (with
    // the codes and what a reconciliation found) are their tooltips and the detail pane.
    //
    // "outcome unknown", "succeeded", "rejected: invalid parameter (PARAM_ERROR)", "unknown,
    // reconciled: Order completed (DONE)" …: plain words, codes only beside them.
    static QString outcomeText(const journal::JournalEntry &entry);
    // The cell: "Succeeded", "Rejected", "Outcome unknown", "Unknown→took effect" (成功, 被拒绝,
    // 结果未知, 未知→已生效).
    static QString outcomeWord(const journal::JournalEntry &entry);
    // The journal's names in the operator's language: "payafter" → 先享后付, "sync" → 同步订单…
    static QString modeText(const QString &modeName);
    static QString operationText(const QString &operationName);
    static QString operationWord(const QString &operationName); // OrderActions::shortLabel
    // An order state as the journal keeps it ("DONE", "DOING/MCH_COMPLETE", "ORDER_NOT_EXIST",
    // a refund's "SUCCESS") in plain words with the code beside them.
    static QString stateText(const QString &operationName, const QString &state);
    static QString stateWord(const QString &operationName, const QString &state); // "已完成"
    // An error code's meaning with the code beside it: "invalid parameter (PARAM_ERROR)".
    static QString errorText(const QString &code);
    // Local time, as people read it ("2026-11-28 14:30:05"); the export keeps UTC.
    static QString timeText(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<journal::JournalEntry> m_entries;
};

} // namespace psc::ui
