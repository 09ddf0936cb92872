#pragma once

#include "FormFieldMap.h"

#include <profile/Profile.h>
#include <profile/SecretStore.h>

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QLabel;

namespace Ui {
class ProfileDialog;
}

namespace psc::profile {
class StoredSecretSource;
}

namespace psc::ui {

class ConnectionCheck;

// The merchant profile editor: every field of the profile file, validated as typed with a
// message naming the field; file pickers; the certificate serial read from apiclient_cert.pem;
// a warning when the private key file is readable by others; import and export of the JSON
// profile; the APIv3 key (keychain or this session); and "Test connection".
// The private key itself is never read into settings: the profile keeps only its path.
class ProfileDialog : public QDialog {
    Q_OBJECT
public:
    // Which file a picker is for; tests answer the pickers with setFileChooser().
    enum class FileRole {
        MerchantCertificate,
        PrivateKey,
        PublicKey,
        PlatformCertificate,
        CaFile,
        ImportProfile,
        ExportProfile
    };
    using FileChooser = std::function<QString(FileRole role)>;

    explicit ProfileDialog(QWidget *parent = nullptr);
    ~ProfileDialog() override;

    static QStringList knownHosts(); // production, backup, oversea base URLs

    void setProfile(const profile::Profile &profile);
    profile::Profile profile() const; // as the fields say now
    // Profile::validate() plus the files (present, readable, of the right kind), each with
    // the field's name as the operator sees it.
    QList<profile::ProfileIssue> issues() const;
    QString keyPermissionWarning() const;

    bool importFrom(const QString &path);
    bool exportTo(const QString &path);
    // Reads the merchant certificate and fills in its serial; false (message shown) if not one.
    bool readMerchantCertificate(const QString &path);
    void testConnection();

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    void setSecretStore(profile::SecretStore *store);
    Ui::ProfileDialog *form() const { return m_ui.get(); }

    void accept() override; // refuses while a field is invalid

signals:
    void connectionTested(bool ok, const QString &headline);

private:
    QString chooseFile(FileRole role);
    void revalidate();
    void updateEnvironment();
    void updateSecretStatus();
    void askForSecret(profile::SecretKind kind);
    QString fieldLabel(const QString &field) const;

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    profile::Profile m_base; // what was loaded: unknown JSON keys survive a save
    FileChooser m_chooser;
    profile::SecretStore *m_store;
    std::unique_ptr<profile::StoredSecretSource> m_secrets; // over m_store, for the test
    ConnectionCheck *m_check;
    FormFieldMap m_fields; // JSON key -> its input, marked as the other screens' fields
    QHash<QString, QLabel *> m_fieldLabels;
};

} // namespace psc::ui
