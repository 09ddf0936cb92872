#pragma once

#include <profile/Environment.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace psc::ui {

// "No write without a look at what will change": before a batch of writes starts, the
// operator sees the environment badge, the operation, the row count and (money operations) the
// total. On a production profile Start stays disabled until the row count is typed.
class BatchConfirmDialog : public QDialog {
    Q_OBJECT
public:
    struct Figures {
        profile::Environment environment = profile::Environment::Production;
        QString profileName;
        QString operation; // translated
        qsizetype rows = 0;
        QString total; // "¥12.34"; empty when the operation moves no money
        qsizetype skippedNote = 0; // rows held back by the preview
    };
    BatchConfirmDialog(const Figures &figures, QWidget *parent = nullptr);

    QLineEdit *rowCountEdit() const { return m_typed; } // null outside production
    QPushButton *startButton() const { return m_start; }

private:
    void updateStart();

    Figures m_figures;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_start = nullptr;
};

} // namespace psc::ui
