#include "LineItemEditor.h"

#include "Palette.h"

#include "LineItemTableModel.h"
#include "LiveCellDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace psc::ui {

LineItemEditor::LineItemEditor(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTableView(this))
    , m_add(new QPushButton(this))
    , m_duplicate(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_paste(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("table"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_paste->setObjectName(QStringLiteral("pasteButton"));
    m_message->setObjectName(QStringLiteral("message"));

    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // Like a spreadsheet: typing or F2 edits the current cell; arrows just move.
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setMinimumSectionSize(70);
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->setMinimumHeight(120);
    m_view->setMaximumHeight(160);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    // Totals beside the table follow each keystroke, not only a finished cell.
    m_view->setItemDelegate(new LiveCellDelegate(m_view));
    m_view->installEventFilter(this);

    m_message->setWordWrap(true);
    m_message->setStyleSheet(Palette::textStyle(Palette::Text::Error));
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_paste);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    // The table's own keys instead of Alt mnemonics: a screen with two tables (fees and
    // discounts) would otherwise have each Alt key twice. They act on the table that has the
    // focus; Del is handled by the view (a cell being edited keeps its own Del).
    const auto key = [this](const QKeySequence &sequence, QPushButton *button) {
        auto *shortcut = new QShortcut(sequence, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QPushButton::click);
    };
    key(kAddKey, m_add);
    key(kDuplicateKey, m_duplicate);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_model && m_model->addRow()) {
            const int row = m_model->rowCount() - 1;
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->edit(m_view->currentIndex());
        }
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (m_model && currentRow() >= 0)
            m_model->duplicateRow(currentRow());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_model && currentRow() >= 0)
            m_model->removeRowAt(currentRow());
    });
    connect(m_paste, &QPushButton::clicked, this, &LineItemEditor::pasteFromClipboard);
    retranslateUi();
}

void LineItemEditor::setModel(LineItemTableModel *model)
{
    m_model = model;
    m_view->setModel(model);
    // Names get room, count and amount fit their header, the description takes the rest.
    const auto sizeColumns = [this] {
        QHeaderView *header = m_view->horizontalHeader();
        for (int section = 0; section + 1 < m_model->columnCount(); ++section) {
            header->setSectionResizeMode(section, QHeaderView::Interactive);
            switch (m_model->columnAt(section)) {
            case LineItemTableModel::NameColumn:
                header->resizeSection(section, 180);
                break;
            case LineItemTableModel::CountColumn:
                header->resizeSection(section, 70);
                break;
            default:
                header->resizeSection(section, qMax(120, header->sectionSizeHint(section)));
                break;
            }
        }
    };
    sizeColumns();
    connect(model, &QAbstractItemModel::modelReset, this, sizeColumns);
    connect(model, &LineItemTableModel::rowLimitReached, this, &LineItemEditor::showMessage);
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { showMessage({}); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { showMessage({}); });
    retranslateUi();
}

QString LineItemEditor::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void LineItemEditor::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

int LineItemEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void LineItemEditor::pasteFromClipboard()
{
    if (!m_model)
        return;
    showMessage({});
    m_model->pasteTabSeparated(QApplication::clipboard()->text());
}

bool LineItemEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            pasteFromClipboard();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            m_remove->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void LineItemEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LineItemEditor::retranslateUi()
{
    const bool fees = !m_model || m_model->kind() == LineItemTableModel::Kind::Fees;
    const auto keyText
        = [](const QKeySequence &sequence) { return sequence.toString(QKeySequence::NativeText); };
    m_add->setText(tr("Add line"));
    m_duplicate->setText(tr("Duplicate"));
    m_remove->setText(tr("Remove"));
    m_paste->setText(tr("Paste from spreadsheet"));
    m_add->setToolTip(tr("Add a line (%1)").arg(keyText(kAddKey)));
    m_duplicate->setToolTip(tr("Duplicate the selected line (%1)").arg(keyText(kDuplicateKey)));
    m_remove->setToolTip(
        tr("Remove the selected line (%1)").arg(keyText(QKeySequence(Qt::Key_Delete))));
    m_paste->setToolTip(tr("Paste rows copied from a spreadsheet (%1): one row per line, cells "
                           "separated by tabs, in the order of the columns.")
                            .arg(keyText(QKeySequence::Paste)));
    m_view->setAccessibleName(fees ? tr("Fee lines") : tr("Discount lines"));
    m_add->setAccessibleName(fees ? tr("Add fee line") : tr("Add discount line"));
    m_duplicate->setAccessibleName(fees ? tr("Duplicate fee line") : tr("Duplicate discount line"));
    m_remove->setAccessibleName(fees ? tr("Remove fee line") : tr("Remove discount line"));
    m_paste->setAccessibleName(fees ? tr("Paste fee lines") : tr("Paste discount lines"));
    if (m_model && !m_message->text().isEmpty())
        showMessage(m_model->rowLimitMessage());
}

} // namespace psc::ui
