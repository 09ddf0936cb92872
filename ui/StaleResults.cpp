#include "StaleResults.h"

#include "ResultsPane.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>

namespace psc::ui {

void dimResultsOnEdits(ResultsPane *pane, QWidget *form)
{
    // What the operator types or picks; never what the console fills in itself.
    for (QLineEdit *edit : form->findChildren<QLineEdit *>())
        QObject::connect(edit, &QLineEdit::textEdited, pane, &ResultsPane::markStale);
    for (QComboBox *box : form->findChildren<QComboBox *>())
        QObject::connect(box, &QComboBox::activated, pane, &ResultsPane::markStale);
    for (QAbstractItemView *table : form->findChildren<QAbstractItemView *>())
        if (table->model())
            QObject::connect(table->model(), &QAbstractItemModel::dataChanged, pane,
                [pane](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                    // A highlight or tooltip redrawn (a finding shown, a language switch)
                    // is not an edit; a change of what a cell holds is.
                    if (roles.isEmpty() || roles.contains(Qt::EditRole)
                        || roles.contains(Qt::DisplayRole))
                        pane->markStale();
                });
}

} // namespace psc::ui
