#pragma once

#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace psc::ui {

// Every modal dialog the console opens (profile new/edit, file pickers, message boxes) runs
// through exec() here. A GUI test queues the answers with setNext(): the next dialog is
// built as usual and handed to the answer (which may fill it in, e.g. type into a profile
// dialog, and returns the dialog's result) instead of running its own event loop, so a test
// drives New/Edit/Open profile end to end and never hangs on a modal loop.
class ModalAnswer {
public:
    using Answer = std::function<int(QDialog &dialog)>;

    static void setNext(Answer answer); // queued: one answer per dialog, in order
    static int pendingCount();
    static void clear();

    // dialog.exec(), or the next queued answer.
    static int exec(QDialog &dialog);

    // The console's own pickers and message boxes, built as QDialogs so that exec() applies.
    static QString openFileName(
        QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void about(QWidget *parent, const QString &title, const QString &text);
    // A question whose safe answer, `no`, is the default (Enter). True for `yes`; a test
    // answers it with QMessageBox::Yes or QMessageBox::No.
    static bool question(QWidget *parent, const QString &title, const QString &text,
        const QString &yes, const QString &no);
};

} // namespace psc::ui
