#include "FormFieldMap.h"

#include "Palette.h"

#include <QLabel>
#include <QMap>
#include <QStyle>
#include <QWidget>

namespace psc::ui {

namespace {
const char kProblemProperty[]
    = "pscProblem"; // "error", "warning" or empty: the stylesheet reads it
// The API name tooltip of a field without a label: what its tooltip returns to once a
// problem on it is cleared.
const char kApiTipProperty[] = "pscApiTip";
} // namespace

void FormFieldMap::add(const QString &key, QWidget *widget, QLabel *hint)
{
    m_fields.insert(key, { widget, hint });
}

void FormFieldMap::addList(const QString &prefix, ListHandler handler, std::function<void()> clear)
{
    m_lists.insert(prefix, { std::move(handler), std::move(clear) });
}

void FormFieldMap::touch(const QString &key)
{
    m_touched.insert(key);
    for (auto it = m_serverFindings.begin(); it != m_serverFindings.end();) {
        if (it.key() == key || it.key().startsWith(key + u'.'))
            it = m_serverFindings.erase(it);
        else
            ++it;
    }
}

void FormFieldMap::touchAll()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m_touched.insert(it.key());
    for (auto it = m_lists.cbegin(); it != m_lists.cend(); ++it)
        m_touched.insert(it.key());
}

QString FormFieldMap::normalise(const QString &field)
{
    QString key = field.trimmed();
    while (key.startsWith(u'/') || key.startsWith(u'.'))
        key.remove(0, 1);
    key.replace(u'/', u'.');
    // "fees[2].fee_amount" → "fees.2.fee_amount"
    key.replace(u'[', u'.').remove(u']');
    return key;
}

void FormFieldMap::setMarked(QWidget *widget, const QString &message, bool error)
{
    if (!widget)
        return;
    widget->setProperty(kProblemProperty,
        message.isEmpty() ? QString()
                          : (error ? QStringLiteral("error") : QStringLiteral("warning")));
    widget->setToolTip(message.isEmpty() ? widget->property(kApiTipProperty).toString() : message);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

QString FormFieldMap::apiNameTip(const QStringList &keys)
{
    return tr("API field: %1").arg(keys.join(QStringLiteral(", ")));
}

void FormFieldMap::showApiNames(QWidget *root)
{
    QMap<QWidget *, QStringList> keysOf;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it->widget)
            keysOf[it->widget].append(it.key());
    }
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (auto it = keysOf.begin(); it != keysOf.end(); ++it) {
        QStringList keys = it.value();
        keys.sort();
        const QString tip = apiNameTip(keys);
        bool labelled = false;
        for (QLabel *label : labels) {
            if (label->buddy() == it.key()) {
                label->setToolTip(tip);
                labelled = true;
            }
        }
        if (labelled)
            continue;
        it.key()->setProperty(kApiTipProperty, tip);
        if (it.key()->property(kProblemProperty).toString().isEmpty())
            it.key()->setToolTip(tip);
    }
}

void FormFieldMap::clear()
{
    for (const Field &field : std::as_const(m_fields)) {
        setMarked(field.widget, {}, false);
        if (field.hint) {
            field.hint->clear();
            field.hint->hide();
        }
    }
    for (const List &list : std::as_const(m_lists)) {
        if (list.clear)
            list.clear();
    }
}

QWidget *FormFieldMap::mark(const QString &key, const QString &message, bool error)
{
    const auto it = m_fields.constFind(key);
    if (it != m_fields.cend()) {
        setMarked(it->widget, message, error);
        if (it->hint) {
            it->hint->setText(message);
            it->hint->setStyleSheet(
                Palette::textStyle(error ? Palette::Text::Error : Palette::Text::Warning));
            it->hint->show();
        }
        return it->widget;
    }
    const qsizetype dot = key.indexOf(u'.');
    const QString prefix = dot < 0 ? key : key.left(dot);
    const auto list = m_lists.constFind(prefix);
    if (list != m_lists.cend() && list->handler)
        return list->handler(dot < 0 ? QString() : key.mid(dot + 1), message);
    return nullptr;
}

void FormFieldMap::markError(const QString &field, const QString &message)
{
    const QString key = normalise(field);
    if (!mark(key, message, true))
        mark(key.section(u'.', 0, 0), message, true);
}

void FormFieldMap::showErrors(const QList<std::pair<QString, QString>> &errors)
{
    clear();
    for (const auto &[field, message] : errors)
        markError(field, message);
}

void FormFieldMap::show(const payscore::ValidationReport &report, bool onlyTouched)
{
    clear();
    QSet<QString> shown;
    // Errors first: a field with an error shows the error, not a warning about the same field.
    for (const bool errors : { true, false }) {
        for (const payscore::ValidationIssue &issue : report.issues()) {
            if (issue.isError() != errors)
                continue;
            const QString key = issue.formKey();
            const qsizetype dot = key.indexOf(u'.');
            const QString top = dot < 0 ? key : key.left(dot);
            if (onlyTouched && !m_touched.contains(key) && !m_touched.contains(top))
                continue;
            if (shown.contains(key))
                continue;
            shown.insert(key);
            mark(key, issue.message, issue.isError());
        }
    }
    for (auto it = m_serverFindings.cbegin(); it != m_serverFindings.cend(); ++it) {
        if (!shown.contains(it.key()))
            mark(it.key(), it.value(), true);
    }
}

QWidget *FormFieldMap::highlight(const QString &field, const QString &message)
{
    const QString key = normalise(field);
    if (key.isEmpty())
        return nullptr;
    if (QWidget *widget = mark(key, message, true)) {
        m_serverFindings.insert(key, message);
        return widget;
    }
    // The server may name only the last segment ("paid_time"): find the field ending with it.
    const QString last = key.section(u'.', -1);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.key() == last || it.key().endsWith(u'.' + last)) {
            m_serverFindings.insert(it.key(), message);
            return mark(it.key(), message, true);
        }
    }
    return nullptr;
}

} // namespace psc::ui
