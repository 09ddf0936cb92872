#include "LiveCellDelegate.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace psc::ui {

namespace {
// Set on an editor once the operator has typed in it.
constexpr char kTyping[] = "pscTyping";
// The cell's text when the editor opened, for Escape.
constexpr char kBefore[] = "pscBefore";
} // namespace

QWidget *LiveCellDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // commitData is a signal of this delegate; creating an editor is const only by
        // QAbstractItemDelegate's signature.
        auto *self = const_cast<LiveCellDelegate *>(this);
        line->setProperty(kBefore, index.data(Qt::EditRole).toString());
        connect(line, &QLineEdit::textEdited, self, [self, line] {
            line->setProperty(kTyping, true);
            emit self->commitData(line);
        });
    }
    return editor;
}

void LiveCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (editor->property(kTyping).toBool())
        return; // the operator's text is the truth while they type
    QStyledItemDelegate::setEditorData(editor, index);
}

bool LiveCellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *line = qobject_cast<QLineEdit *>(object);
    if (line && line->property(kTyping).toBool() && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        line->setText(line->property(kBefore).toString());
        emit commitData(line);
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace psc::ui
