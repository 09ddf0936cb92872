#include "ModalAnswer.h"

#include <QFileDialog>
#include <QList>
#include <QAbstractButton>
#include <QMessageBox>

namespace psc::ui {

namespace {

QList<ModalAnswer::Answer> &queue()
{
    static QList<ModalAnswer::Answer> answers;
    return answers;
}

} // namespace

void ModalAnswer::setNext(Answer answer)
{
    queue().append(std::move(answer));
}

int ModalAnswer::pendingCount()
{
    return int(queue().size());
}

void ModalAnswer::clear()
{
    queue().clear();
}

int ModalAnswer::exec(QDialog &dialog)
{
    if (queue().isEmpty())
        return dialog.exec();
    const Answer answer = queue().takeFirst();
    return answer(dialog);
}

QString ModalAnswer::openFileName(
    QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    if (exec(dialog) != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

QString ModalAnswer::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    QFileDialog dialog(parent, caption, suggested, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    if (exec(dialog) != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

void ModalAnswer::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    exec(box);
}

void ModalAnswer::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::RichText);
    exec(box);
}

bool ModalAnswer::question(QWidget *parent, const QString &title, const QString &text,
    const QString &yes, const QString &no)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.button(QMessageBox::Yes)->setText(yes);
    box.button(QMessageBox::No)->setText(no);
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    return exec(box) == QMessageBox::Yes;
}

} // namespace psc::ui
