#pragma once

#include <payscore/ValidationReport.h>

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QString>
#include <functional>

class QLabel;
class QWidget;

namespace psc::ui {

// Ties the fields of a request ("out_order_no", "detail.paid_time", "fees.2.fee_amount") to
// the widgets that edit them, so that a finding — of payscore's validation before sending or
// of the server after — is shown on the widget at fault: red frame, tooltip, and the message
// in the field's hint label. The rules themselves stay in src/payscore.
class FormFieldMap {
    Q_DECLARE_TR_FUNCTIONS(FormFieldMap)
public:
    // `hint` (optional) shows the message under the field.
    void add(const QString &key, QWidget *widget, QLabel *hint = nullptr);
    // Keys under `prefix` ("fees" for "fees.2.fee_amount") go to a handler (a table);
    // the handler returns the widget that shows them, or nullptr.
    using ListHandler = std::function<QWidget *(const QString &rest, const QString &message)>;
    void addList(const QString &prefix, ListHandler handler, std::function<void()> clear);

    // Shows the report's issues. With `onlyTouched`, fields the operator has not edited yet
    // stay quiet (an empty new form is not a wall of red); errors beat warnings.
    void show(const payscore::ValidationReport &report, bool onlyTouched);
    // Highlights one field named by the server ("/detail/paid_time", "detail.paid_time",
    // "paid_time"). Returns the widget highlighted, or nullptr when none matches.
    QWidget *highlight(const QString &field, const QString &message);
    // Forgets what earlier answers said about fields (the next show() no longer marks them).
    void dropServerFindings() { m_serverFindings.clear(); }
    void clear();
    // Marks one field as an error ("platform_certificate_files[1]" falls back to its list's
    // widget); an empty message unmarks it. For forms whose rules are not a ValidationReport
    // (the profile dialog's ProfileIssues).
    void markError(const QString &field, const QString &message);
    // clear(), then markError() for each (field, message).
    void showErrors(const QList<std::pair<QString, QString>> &errors);

    // The operator edited `key`: it is judged afresh (a server finding about it is dropped).
    void touch(const QString &key);
    void touchAll();
    bool isTouched(const QString &key) const { return m_touched.contains(key); }

    // Labels read as plain words; the API's field names ("out_order_no") are in the tooltip
    // of each field's label (its buddy under `root`), or of the field itself when it has no
    // label. Called again after a language switch.
    void showApiNames(QWidget *root);
    // "API field: out_order_no" in the operator's language.
    static QString apiNameTip(const QStringList &keys);

    // "/detail/paid_time" and "detail/paid_time" → "detail.paid_time".
    static QString normalise(const QString &field);

private:
    struct Field {
        QPointer<QWidget> widget;
        QPointer<QLabel> hint;
    };
    struct List {
        ListHandler handler;
        std::function<void()> clear;
    };
    QWidget *mark(const QString &key, const QString &message, bool error);
    static void setMarked(QWidget *widget, const QString &message, bool error);

    QHash<QString, Field> m_fields;
    QHash<QString, List> m_lists;
    QSet<QString> m_touched;
    // What the server said about fields, kept until the operator edits them, so that a
    // revalidation (or a language switch) does not wipe it.
    QHash<QString, QString> m_serverFindings;
};

} // namespace psc::ui
