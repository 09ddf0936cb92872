#include "ConfirmWriteDialog.h"

#include "ModalAnswer.h"
#include "ModeLabels.h"
#include "Palette.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace psc::ui {

using payscore::Operation;

ConfirmWriteDialog::ConfirmWriteDialog(const Summary &summary, QWidget *parent)
    : QDialog(parent)
    , m_summary(summary)
{
    setObjectName(QStringLiteral("confirmWriteDialog"));
    setWindowTitle(tr("Confirm before sending"));
    auto *layout = new QVBoxLayout(this);

    auto *badge = new QLabel(this);
    badge->setObjectName(QStringLiteral("environmentBadge"));
    EnvironmentBadge::apply(badge, summary.environment);
    layout->addWidget(badge, 0, Qt::AlignLeft);

    auto *questionLabel = new QLabel(question(), this);
    questionLabel->setObjectName(QStringLiteral("questionLabel"));
    questionLabel->setWordWrap(true);
    if (summary.environment == Environment::Production)
        questionLabel->setStyleSheet(Palette::textStyle(Palette::Text::Error));
    layout->addWidget(questionLabel);

    auto *form = new QFormLayout;
    const auto addRow
        = [this, form](const QString &key, const QString &label, const QString &value) {
              auto *valueLabel = new QLabel(value, this);
              valueLabel->setObjectName(key + QStringLiteral("Value"));
              valueLabel->setWordWrap(true);
              valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
              form->addRow(label, valueLabel);
          };
    addRow(QStringLiteral("order"), tr("Order number:"),
        QStringLiteral("<b>%1</b>").arg(summary.outOrderNo.toHtmlEscaped()));
    addRow(QStringLiteral("mode"), tr("Mode:"), ModeLabels::text(summary.mode));
    addRow(QStringLiteral("state"), tr("Current state:"), summary.state);
    for (const Change &change : summary.changes)
        addRow(change.key, change.label, change.value);
    addRow(QStringLiteral("profile"), tr("Profile:"), summary.profileName);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_back = buttons->addButton(tr("&Go back"), QDialogButtonBox::RejectRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    // Enter means "go back": sending takes a deliberate click or Alt+S.
    m_send->setAutoDefault(false);
    m_back->setDefault(true);
    m_back->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString ConfirmWriteDialog::question() const
{
    const bool production = m_summary.environment == Environment::Production;
    switch (m_summary.operation) {
    case Operation::Cancel:
        return production ? tr("PRODUCTION: cancel this real order? The customer sees the reason.")
                          : tr("Cancel this order? The customer sees the reason.");
    case Operation::Modify:
        return production ? tr("PRODUCTION: lower the amount the customer owes on this real order?")
                          : tr("Lower the amount the customer owes on this order?");
    case Operation::Collect:
        return production ? tr("PRODUCTION: charge the customer real money now?")
                          : tr("Ask WeChat Pay to charge the customer now?");
    case Operation::Refund:
        return production ? tr("PRODUCTION: give real money back to the customer now?")
                          : tr("Give this money back to the customer?");
    default:
        break;
    }
    return production ? tr("PRODUCTION: send this request?") : tr("Send this request?");
}

QString ConfirmWriteDialog::valueOf(const QString &key) const
{
    const auto *label = findChild<QLabel *>(key + QStringLiteral("Value"));
    return label ? label->text() : QString();
}

bool ConfirmWriteDialog::confirm(const Summary &summary, QWidget *parent)
{
    ConfirmWriteDialog dialog(summary, parent);
    return ModalAnswer::exec(dialog) == QDialog::Accepted;
}

} // namespace psc::ui
