#pragma once

#include <QKeySequence>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace psc::ui {

class LineItemTableModel;

// A fee or discount table with its buttons: add, duplicate, remove, paste from a spreadsheet.
// The model does the work; this widget only wires keys and buttons to it and shows the
// row-limit message.
class LineItemEditor : public QWidget {
    Q_OBJECT
public:
    explicit LineItemEditor(QWidget *parent = nullptr);

    // The table's keys (shown in the buttons' tooltips); Del removes, Ctrl+V pastes.
    static inline const QKeySequence kAddKey { Qt::CTRL | Qt::Key_Insert };
    static inline const QKeySequence kDuplicateKey { Qt::CTRL | Qt::Key_D };

    void setModel(LineItemTableModel *model);
    LineItemTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString message() const;

    // Pastes the clipboard's text (what Ctrl+V does in the table).
    void pasteFromClipboard();
    void retranslateUi();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showMessage(const QString &message);
    int currentRow() const;

    LineItemTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_paste = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace psc::ui
