#pragma once

#include <QList>

class QTabWidget;
class QWidget;

namespace psc::ui {

class ResultsPane;

// The answer on show goes stale once the operator edits a field of one of `forms` (types,
// picks, or changes a table) or another screen of `screens` comes forward: the pane dims it,
// so an old "done" is never read as the answer to what is typed now.
void dimResultsOnEdits(ResultsPane *pane, QTabWidget *screens, const QList<QWidget *> &forms);

} // namespace psc::ui
