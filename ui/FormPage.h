#pragma once

#include "FormFieldMap.h"

#include <payscore/OperationResult.h>
#include <payscore/OrderDefaults.h>
#include <payscore/ValidationReport.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace psc::ui {

// What the Sync, Complete and Query screens share: a submit button that Ctrl+Enter presses,
// a check before sending, live validation as fields are edited, the busy state, and the one
// path by which a field named in a result is highlighted. Each page emits the request built
// from its own form; it never learns who sends it.
class FormPage : public QWidget {
    Q_OBJECT
    // The key that sends from this page, named on the empty results pane.
    Q_PROPERTY(QString sendKey READ sendKey)
public:
    explicit FormPage(QWidget *parent = nullptr);

    // The profile's merchant ids, prefilled and editable.
    virtual void setDefaults(const payscore::OrderDefaults &defaults) = 0;
    QString sendKey() const { return QStringLiteral("Ctrl+Enter"); }

    // Whether the form may be sent now; shows every problem on its field when not.
    virtual bool checkBeforeSending() = 0;
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // A field the server named: highlighted, focused, with the server's message.
    bool highlightField(const QString &field, const QString &message);
    // The one path from a result to the form that sent it: the field the result names (the
    // server's or the checks'), if any, is highlighted.
    void highlightFieldOf(const payscore::OperationResult &result);

protected:
    // The submit button (and Ctrl+Enter anywhere in the page) run checkBeforeSending() and
    // then emitRequest().
    void setUpSubmit(QPushButton *button);
    // Emits the page's own request signal with the request built from its form.
    virtual void emitRequest() = 0;
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
