#pragma once

#include <QStyledItemDelegate>

namespace psc::ui {

// Hands every keystroke in a cell editor to the model, so that what depends on the cell (a
// live total, the request a shortcut sends) follows the typing instead of waiting for the
// operator to leave the cell. While the operator types, the editor keeps their text: the
// model's tidied form ("30" → "30.00") would otherwise overwrite it and move the cursor.
// Escape still means "never mind": the cell goes back to what it held before the editor opened.
class LiveCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace psc::ui
