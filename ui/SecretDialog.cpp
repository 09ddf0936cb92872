#include "SecretDialog.h"

#include "Palette.h"
#include "ui_SecretDialog.h"

#include <crypto/SecureBytes.h>

namespace psc::ui {

using profile::SecretKind;

SecretDialog::SecretDialog(
    SecretKind kind, QString account, profile::SecretStore &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretDialog>())
    , m_kind(kind)
    , m_account(std::move(account))
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(Palette::textStyle(Palette::Text::Error));
    const bool apiv3 = kind == SecretKind::Apiv3Key;
    setWindowTitle(apiv3 ? tr("APIv3 key") : tr("Private key passphrase"));
    m_ui->secretEdit->setAccessibleName(windowTitle());
    m_ui->explanationLabel->setText(apiv3
            ? tr("The APIv3 key of merchant %1 (32 characters, set on the merchant platform "
                 "under Account Center > API Security). It decrypts certificates and "
                 "notifications; it is never written to a profile or a log.")
                  .arg(m_account)
            : tr("The passphrase of the private key file of merchant %1.").arg(m_account));
    const bool keychain = m_store.keychainAvailable();
    m_ui->rememberCheck->setEnabled(keychain);
    m_ui->rememberCheck->setChecked(keychain);
    m_ui->storageLabel->setText(keychain
            ? tr("Without \"Remember\" it is kept in memory until the program closes.")
            : tr("No system keychain is running on this computer: the secret is kept in memory "
                 "only, until the program closes, and asked for again next time."));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SecretDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SecretDialog::reject);
}

SecretDialog::~SecretDialog()
{
    m_ui->secretEdit->clear();
}

void SecretDialog::accept()
{
    QByteArray typed = m_ui->secretEdit->text().toUtf8();
    const crypto::SecureBytes secret = crypto::SecureBytes::takeFrom(typed);
    const QString problem = profile::SecretStore::validate(m_kind, secret);
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->secretEdit->setFocus();
        return;
    }
    m_ui->secretEdit->clear();
    m_storedIn = m_store.store(m_account, m_kind, secret, m_ui->rememberCheck->isChecked());
    QDialog::accept();
}

} // namespace psc::ui
