#include "FormPage.h"

#include "Palette.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

namespace psc::ui {

FormPage::FormPage(QWidget *parent)
    : QWidget(parent)
{
    setStyleSheet(Palette::fieldProblemStyleSheet()); // its fields at fault are framed
}

void FormPage::setUpSubmit(QPushButton *button)
{
    m_submit = button;
    connect(button, &QPushButton::clicked, this, [this] {
        if (!m_busy && checkBeforeSending())
            emitRequest();
    });
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isEnabled())
                button->click();
        });
    }
}

void FormPage::revalidateOnEdit(QLineEdit *edit, const QString &key)
{
    connect(edit, &QLineEdit::textEdited, this, [this, key] {
        m_fields.touch(key);
        revalidate();
    });
}

bool FormPage::showBeforeSending(const payscore::ValidationReport &report, QLabel *problem)
{
    m_fields.touchAll();
    m_fields.show(report, false);
    if (report.hasErrors()) {
        problem->setText(tr("Not sent: %1").arg(report.firstError().message));
        return false;
    }
    problem->clear();
    return true;
}

void FormPage::setBusy(bool busy)
{
    m_busy = busy;
    updateSubmitEnabled();
}

void FormPage::updateSubmitEnabled()
{
    if (m_submit)
        m_submit->setEnabled(!m_busy && canSubmit());
}

void FormPage::highlightFieldOf(const payscore::OperationResult &result)
{
    // Each answer replaces the previous one's finding: a field an earlier attempt named
    // ("order not found" in another mode) is not left red beside a success.
    m_fields.dropServerFindings();
    revalidate();
    if (!result.error.field.isEmpty())
        highlightField(result.error.field, result.error.message);
}

bool FormPage::highlightField(const QString &field, const QString &message)
{
    QWidget *widget = m_fields.highlight(field, message);
    if (widget)
        widget->setFocus(Qt::OtherFocusReason);
    return widget != nullptr;
}

} // namespace psc::ui
