#include "BatchConfirmDialog.h"

#include "EnvironmentBadge.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace psc::ui {

BatchConfirmDialog::BatchConfirmDialog(const Figures &figures, QWidget *parent)
    : QDialog(parent)
    , m_figures(figures)
{
    setObjectName(QStringLiteral("batchConfirmDialog"));
    setWindowTitle(tr("Start the batch?"));
    auto *layout = new QVBoxLayout(this);
    auto *badge = new QLabel;
    badge->setObjectName(QStringLiteral("confirmBadge"));
    EnvironmentBadge::apply(badge, figures.environment);
    layout->addWidget(badge);
    QString text = tr("%1 %2 rows on the profile \"%3\".")
                       .arg(figures.operation)
                       .arg(figures.rows)
                       .arg(figures.profileName);
    if (!figures.total.isEmpty())
        text += QLatin1Char('\n') + tr("Total amount: %1").arg(figures.total);
    if (figures.skippedNote > 0) {
        text += QLatin1Char('\n')
            + tr("%1 rows are held back by the preview and not sent.").arg(figures.skippedNote);
    }
    text += QLatin1Char('\n')
        + tr("Rows already settled in the journal are skipped; rows whose outcome is unknown "
             "are queried before anything is sent again.");
    auto *summary = new QLabel(text);
    summary->setObjectName(QStringLiteral("confirmSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *buttons = new QDialogButtonBox;
    m_start = buttons->addButton(tr("&Start the batch"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Do not start"), QDialogButtonBox::RejectRole);
    if (figures.environment == profile::Environment::Production) {
        auto *prompt = new QLabel(
            tr("This is PRODUCTION: real orders and real money. Type the number of rows (%1) "
               "to start:")
                .arg(figures.rows));
        prompt->setWordWrap(true);
        layout->addWidget(prompt);
        m_typed = new QLineEdit;
        m_typed->setObjectName(QStringLiteral("rowCountEdit"));
        layout->addWidget(m_typed);
        connect(m_typed, &QLineEdit::textChanged, this, &BatchConfirmDialog::updateStart);
        m_start->setDefault(false);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateStart();
}

void BatchConfirmDialog::updateStart()
{
    m_start->setEnabled(!m_typed || m_typed->text().trimmed() == QString::number(m_figures.rows));
}

} // namespace psc::ui
