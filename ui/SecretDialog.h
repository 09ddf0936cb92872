#pragma once

#include <profile/SecretStore.h>

#include <QDialog>

#include <memory>

namespace Ui {
class SecretDialog;
}

namespace psc::ui {

// Asks for the APIv3 key or the private key's passphrase. It goes to the OS keychain when one
// runs and the operator ticks "Remember"; otherwise it is kept in memory for this session only,
// and the dialog says so. The typed text is wiped from the widget once taken.
class SecretDialog : public QDialog {
    Q_OBJECT
public:
    SecretDialog(profile::SecretKind kind, QString account, profile::SecretStore &store,
        QWidget *parent = nullptr);
    ~SecretDialog() override;

    void accept() override; // validates and stores; stays open with a message when invalid
    profile::SecretOrigin storedIn() const { return m_storedIn; }

private:
    std::unique_ptr<Ui::SecretDialog> m_ui;
    profile::SecretKind m_kind;
    QString m_account;
    profile::SecretStore &m_store;
    profile::SecretOrigin m_storedIn = profile::SecretOrigin::None;
};

} // namespace psc::ui
