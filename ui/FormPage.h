#pragma once

#include "FormFieldMap.h"

#include <payscore/ValidationReport.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace psc::ui {

// What the Sync, Complete and Query screens share: a submit button that Ctrl+Enter presses,
// a check before sending, live validation as fields are edited, the busy state, and the
// highlighting of a field named by the server.
class FormPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Whether the form may be sent now; shows every problem on its field when not.
    virtual bool checkBeforeSending() = 0;
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // A field the server named: highlighted, focused, with the server's message.
    bool highlightField(const QString &field, const QString &message);

signals:
    void submitRequested();

protected:
    // The submit button (and Ctrl+Enter anywhere in the page) run checkBeforeSending() and
    // then ask for the request to be sent.
    void setUpSubmit(QPushButton *button);
    // Editing `edit` marks `key` as touched and re-runs the validation.
    void revalidateOnEdit(QLineEdit *edit, const QString &key);
    // Shows the report on the fields (all of them) and its first error in `problem`.
    bool showBeforeSending(const payscore::ValidationReport &report, QLabel *problem);
    // Live validation: show what the operator has touched so far.
    virtual void revalidate() = 0;
    // Extra condition for the submit button (the Complete page's blocking problems).
    virtual bool canSubmit() const { return true; }
    void updateSubmitEnabled();

    FormFieldMap m_fields;

private:
    QPushButton *m_submit = nullptr;
    bool m_busy = false;
};

} // namespace psc::ui
