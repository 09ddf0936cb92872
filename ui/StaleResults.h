#pragma once

class QWidget;

namespace psc::ui {

class ResultsPane;

// The answer on show goes stale once the operator edits a field of `form` (types, picks, or
// changes a table): the pane dims it, so an old "done" is never read as the answer to what is
// typed now. (The main window also dims it when another screen comes forward.)
void dimResultsOnEdits(ResultsPane *pane, QWidget *form);

} // namespace psc::ui
