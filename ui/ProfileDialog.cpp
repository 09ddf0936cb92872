#include "ProfileDialog.h"

#include "ConnectionCheck.h"
#include "ModalAnswer.h"
#include "Palette.h"
#include "SecretDialog.h"
#include "ui_ProfileDialog.h"

#include <apiv3/WeChatPayHosts.h>
#include <crypto/Keys.h>
#include <profile/KeyFilePermissions.h>
#include <profile/ProfileFileCheck.h>
#include <profile/StoredSecretSource.h>

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace psc::ui {

using profile::Profile;
using profile::ProfileIssue;

namespace {

} // namespace

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_store(&profile::SecretStore::instance())
    , m_secrets(std::make_unique<profile::StoredSecretSource>(*m_store))
    , m_check(new ConnectionCheck(this))
{
    m_ui->setupUi(this);
    setStyleSheet(Palette::fieldProblemStyleSheet()); // its fields at fault are framed
    using namespace apiv3::WeChatPayHosts;
    m_ui->environmentCombo->addItem(
        tr("Production (%1)").arg(mainland()), urlOf(mainland()).toString());
    m_ui->environmentCombo->addItem(
        tr("Production, backup domain (%1)").arg(backup()), urlOf(backup()).toString());
    m_ui->environmentCombo->addItem(tr("Oversea (%1)").arg(oversea()), urlOf(oversea()).toString());
    m_ui->environmentCombo->addItem(tr("Custom URL (sandbox, test server)"), QString());

    const std::pair<const char *, QWidget *> fields[] = {
        { "name", m_ui->nameEdit },
        { "base_url", m_ui->customUrlEdit },
        { "mchid", m_ui->mchidEdit },
        { "merchant_serial", m_ui->merchantSerialEdit },
        { "private_key_file", m_ui->privateKeyEdit },
        { "wechatpay_public_key_id", m_ui->publicKeyIdEdit },
        { "wechatpay_public_key_file", m_ui->publicKeyEdit },
        { "platform_certificate_files", m_ui->platformCertList },
        { "appid", m_ui->appidEdit },
        { "service_id", m_ui->serviceIdEdit },
        { "sub_mchid", m_ui->subMchidEdit },
        { "ca_certificates_file", m_ui->caFileEdit },
        { "merchant_certificate", m_ui->merchantCertEdit },
    };
    for (const auto &[key, widget] : fields) {
        m_fields.add(QLatin1String(key), widget);
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            connect(edit, &QLineEdit::textChanged, this, &ProfileDialog::revalidate);
    }
    m_fields.showApiNames(this);
    m_fieldLabels = {
        { QStringLiteral("name"), m_ui->nameLabel },
        { QStringLiteral("base_url"), m_ui->customUrlLabel },
        { QStringLiteral("mchid"), m_ui->mchidLabel },
        { QStringLiteral("merchant_serial"), m_ui->merchantSerialLabel },
        { QStringLiteral("private_key_file"), m_ui->privateKeyLabel },
        { QStringLiteral("wechatpay_public_key_id"), m_ui->publicKeyIdLabel },
        { QStringLiteral("wechatpay_public_key_file"), m_ui->publicKeyLabel },
        { QStringLiteral("platform_certificate_files"), m_ui->platformCertLabel },
        { QStringLiteral("appid"), m_ui->appidLabel },
        { QStringLiteral("service_id"), m_ui->serviceIdLabel },
        { QStringLiteral("sub_mchid"), m_ui->subMchidLabel },
        { QStringLiteral("ca_certificates_file"), m_ui->caFileLabel },
        { QStringLiteral("merchant_certificate"), m_ui->merchantCertLabel },
    };
    connect(m_ui->mchidEdit, &QLineEdit::editingFinished, this, &ProfileDialog::updateSecretStatus);
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateEnvironment();
        revalidate();
    });

    const auto pick = [this](QLineEdit *edit, FileRole role) {
        const QString path = chooseFile(role);
        if (!path.isEmpty())
            edit->setText(QDir::toNativeSeparators(path));
    };
    connect(m_ui->privateKeyBrowse, &QPushButton::clicked, this,
        [this, pick] { pick(m_ui->privateKeyEdit, FileRole::PrivateKey); });
    connect(m_ui->publicKeyBrowse, &QPushButton::clicked, this,
        [this, pick] { pick(m_ui->publicKeyEdit, FileRole::PublicKey); });
    connect(m_ui->caFileBrowse, &QPushButton::clicked, this,
        [this, pick] { pick(m_ui->caFileEdit, FileRole::CaFile); });
    connect(m_ui->merchantCertBrowse, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(FileRole::MerchantCertificate);
        if (!path.isEmpty())
            readMerchantCertificate(path);
    });
    connect(m_ui->platformCertAdd, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(FileRole::PlatformCertificate);
        if (!path.isEmpty()) {
            m_ui->platformCertList->addItem(QDir::toNativeSeparators(path));
            revalidate();
        }
    });
    connect(m_ui->platformCertRemove, &QPushButton::clicked, this, [this] {
        delete m_ui->platformCertList->currentItem();
        revalidate();
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(FileRole::ImportProfile);
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(FileRole::ExportProfile);
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_ui->setApiv3KeyButton, &QPushButton::clicked, this,
        [this] { askForSecret(profile::SecretKind::Apiv3Key); });
    connect(m_ui->setPassphraseButton, &QPushButton::clicked, this,
        [this] { askForSecret(profile::SecretKind::KeyPassphrase); });
    connect(
        m_ui->testConnectionButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    connect(
        m_check, &ConnectionCheck::finished, this, [this](const ConnectionCheck::Verdict &verdict) {
            m_ui->testConnectionButton->setEnabled(true);
            m_ui->testHeadline->setText(verdict.headline);
            m_ui->testHeadline->setStyleSheet(
                Palette::textStyle(verdict.ok ? Palette::Text::Good : Palette::Text::Error));
            m_ui->testResultView->setPlainText(verdict.advice);
            emit connectionTested(verdict.ok, verdict.headline);
        });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    setProfile(Profile {});
}

ProfileDialog::~ProfileDialog() = default;

QStringList ProfileDialog::knownHosts()
{
    using namespace apiv3::WeChatPayHosts;
    return { urlOf(mainland()).toString(), urlOf(backup()).toString(),
        urlOf(oversea()).toString() };
}

void ProfileDialog::setSecretStore(profile::SecretStore *store)
{
    m_store = store ? store : &profile::SecretStore::instance();
    m_secrets = std::make_unique<profile::StoredSecretSource>(*m_store);
    updateSecretStatus();
}

QString ProfileDialog::chooseFile(FileRole role)
{
    if (m_chooser)
        return m_chooser(role);
    const QString pem = tr("PEM files (*.pem *.crt *.cer);;All files (*)");
    switch (role) {
    case FileRole::MerchantCertificate:
        return ModalAnswer::openFileName(
            this, tr("Merchant API certificate (apiclient_cert.pem)"), {}, pem);
    case FileRole::PrivateKey:
        return ModalAnswer::openFileName(
            this, tr("Merchant private key (apiclient_key.pem)"), {}, pem);
    case FileRole::PublicKey:
        return ModalAnswer::openFileName(this, tr("WeChat Pay public key"), {}, pem);
    case FileRole::PlatformCertificate:
        return ModalAnswer::openFileName(this, tr("WeChat Pay platform certificate"), {}, pem);
    case FileRole::CaFile:
        return ModalAnswer::openFileName(this, tr("Extra CA certificates"), {}, pem);
    case FileRole::ImportProfile:
        return ModalAnswer::openFileName(this, tr("Import profile"), {}, tr("Profiles (*.json)"));
    case FileRole::ExportProfile:
        return ModalAnswer::saveFileName(this, tr("Export profile"),
            m_ui->nameEdit->text() + QStringLiteral(".json"), tr("Profiles (*.json)"));
    }
    return {};
}

void ProfileDialog::setProfile(const Profile &p)
{
    m_base = p;
    const auto path
        = [&p](const QString &file) { return QDir::toNativeSeparators(p.resolve(file)); };
    m_ui->nameEdit->setText(p.name);
    const int known = m_ui->environmentCombo->findData(p.baseUrl);
    m_ui->environmentCombo->setCurrentIndex(
        known >= 0 ? known : m_ui->environmentCombo->count() - 1);
    m_ui->customUrlEdit->setText(known >= 0 ? QString() : p.baseUrl);
    m_ui->mchidEdit->setText(p.mchid);
    m_ui->merchantCertEdit->clear();
    m_ui->merchantSerialEdit->setText(p.merchantSerial);
    m_ui->privateKeyEdit->setText(path(p.privateKeyFile));
    m_ui->publicKeyIdEdit->setText(p.wechatpayPublicKeyId);
    m_ui->publicKeyEdit->setText(path(p.wechatpayPublicKeyFile));
    m_ui->platformCertList->clear();
    for (const QString &file : p.platformCertificateFiles)
        m_ui->platformCertList->addItem(path(file));
    m_ui->appidEdit->setText(p.appid);
    m_ui->serviceIdEdit->setText(p.serviceId);
    m_ui->subMchidEdit->setText(p.subMchid);
    m_ui->caFileEdit->setText(path(p.caCertificatesFile));
    m_ui->testHeadline->clear();
    m_ui->testResultView->clear();
    updateEnvironment();
    updateSecretStatus();
    revalidate();
}

Profile ProfileDialog::profile() const
{
    Profile p;
    p.otherFields = m_base.otherFields;
    const auto file = [](const QLineEdit *edit) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
    };
    p.name = m_ui->nameEdit->text().trimmed();
    const QString known = m_ui->environmentCombo->currentData().toString();
    p.baseUrl = known.isEmpty() ? m_ui->customUrlEdit->text().trimmed() : known;
    p.mchid = m_ui->mchidEdit->text().trimmed();
    p.merchantSerial = m_ui->merchantSerialEdit->text().trimmed().toUpper();
    p.privateKeyFile = file(m_ui->privateKeyEdit);
    p.wechatpayPublicKeyId = m_ui->publicKeyIdEdit->text().trimmed();
    p.wechatpayPublicKeyFile = file(m_ui->publicKeyEdit);
    for (int row = 0; row < m_ui->platformCertList->count(); ++row)
        p.platformCertificateFiles
            << QDir::fromNativeSeparators(m_ui->platformCertList->item(row)->text());
    p.appid = m_ui->appidEdit->text().trimmed();
    p.serviceId = m_ui->serviceIdEdit->text().trimmed();
    p.subMchid = m_ui->subMchidEdit->text().trimmed();
    p.caCertificatesFile = file(m_ui->caFileEdit);
    return p;
}

QString ProfileDialog::fieldLabel(const QString &field) const
{
    const QString key = field.section(QLatin1Char('['), 0, 0);
    const QLabel *label = m_fieldLabels.value(key);
    if (!label)
        return field;
    // "配置名称(&N)：" reads "配置名称", "&Name:" reads "Name": no mnemonic, no colon.
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)"));
    QString text = label->text();
    text.remove(mnemonic);
    text.remove(QLatin1Char('&'));
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text.trimmed();
}

QList<ProfileIssue> ProfileDialog::issues() const
{
    const Profile p = profile();
    QList<ProfileIssue> found = p.validate() + profile::ProfileFileCheck::issues(p);
    for (ProfileIssue &issue : found)
        issue.field = fieldLabel(issue.field);
    return found;
}

QString ProfileDialog::keyPermissionWarning() const
{
    return profile::KeyFilePermissions::warningFor(profile().privateKeyFile);
}

void ProfileDialog::revalidate()
{
    const Profile p = profile();
    const QList<ProfileIssue> raw = p.validate() + profile::ProfileFileCheck::issues(p);
    QList<std::pair<QString, QString>> errors;
    for (const ProfileIssue &issue : raw)
        errors.append({ issue.field, issue.message });
    m_fields.showErrors(errors);
    QStringList lines;
    for (const ProfileIssue &issue : raw)
        lines << QStringLiteral("• %1: %2").arg(fieldLabel(issue.field), issue.message);
    m_ui->issuesLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->issuesLabel->setStyleSheet(Palette::textStyle(Palette::Text::Error));
    const QString warning = profile::KeyFilePermissions::warningFor(p.privateKeyFile);
    m_ui->keyPermissionLabel->setText(warning);
    m_ui->keyPermissionLabel->setStyleSheet(Palette::textStyle(Palette::Text::Warning));
    m_ui->keyPermissionLabel->setVisible(!warning.isEmpty());
    m_ui->setPassphraseButton->setVisible(
        profile::ProfileFileCheck::isEncryptedKey(p.privateKeyFile));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(raw.isEmpty());
    m_ui->exportButton->setEnabled(raw.isEmpty());
    m_ui->testConnectionButton->setEnabled(raw.isEmpty() && !m_check->isRunning());
}

void ProfileDialog::updateEnvironment()
{
    const bool custom = m_ui->environmentCombo->currentData().toString().isEmpty();
    m_ui->customUrlEdit->setEnabled(custom);
    m_ui->customUrlLabel->setEnabled(custom);
}

void ProfileDialog::updateSecretStatus()
{
    const Profile p = profile();
    const QString account = profile::StoredSecretSource::accountOf(p);
    const auto lookup = account.isEmpty() ? profile::SecretStore::Lookup {}
                                          : m_store->read(account, profile::SecretKind::Apiv3Key);
    switch (lookup.origin) {
    case profile::SecretOrigin::None:
        m_ui->secretStatusLabel->setText(tr("not set (needed to download platform certificates "
                                            "and to decrypt notifications)"));
        break;
    case profile::SecretOrigin::Environment:
        m_ui->secretStatusLabel->setText(tr("from the environment variable PAYSCORE_APIV3_KEY"));
        break;
    case profile::SecretOrigin::Session:
        m_ui->secretStatusLabel->setText(tr("set for this session (kept in memory only)"));
        break;
    case profile::SecretOrigin::Keychain:
        m_ui->secretStatusLabel->setText(tr("stored in the system keychain"));
        break;
    }
    m_ui->setApiv3KeyButton->setEnabled(!account.isEmpty());
}

void ProfileDialog::askForSecret(profile::SecretKind kind)
{
    const QString account = profile::StoredSecretSource::accountOf(profile());
    if (account.isEmpty())
        return;
    SecretDialog dialog(kind, account, *m_store, this);
    if (ModalAnswer::exec(dialog) == QDialog::Accepted)
        updateSecretStatus();
}

bool ProfileDialog::readMerchantCertificate(const QString &path)
{
    m_ui->merchantCertEdit->setText(QDir::toNativeSeparators(path));
    const auto certificate = crypto::Certificate::fromFile(path);
    if (!certificate) {
        m_fields.markError(QStringLiteral("merchant_certificate"), certificate.error());
        m_ui->testResultView->setPlainText(
            tr("%1: %2 is not a certificate (%3)")
                .arg(fieldLabel(QStringLiteral("merchant_certificate")),
                    QDir::toNativeSeparators(path), certificate.error()));
        return false;
    }
    m_fields.markError(QStringLiteral("merchant_certificate"), QString());
    m_ui->merchantCertEdit->setToolTip(certificate->subject());
    m_ui->merchantSerialEdit->setText(certificate->serialHex());
    return true;
}

bool ProfileDialog::importFrom(const QString &path)
{
    const auto loaded = Profile::load(path);
    if (!loaded) {
        m_ui->testResultView->setPlainText(loaded.error());
        return false;
    }
    setProfile(*loaded);
    return true;
}

bool ProfileDialog::exportTo(const QString &path)
{
    if (!issues().isEmpty())
        return false;
    const QString error = profile().save(path);
    m_ui->testResultView->setPlainText(
        error.isEmpty() ? tr("Profile exported to %1").arg(QDir::toNativeSeparators(path)) : error);
    return error.isEmpty();
}

void ProfileDialog::testConnection()
{
    if (m_check->isRunning() || !issues().isEmpty())
        return;
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->testHeadline->setText(tr("Testing…"));
    m_ui->testHeadline->setStyleSheet(QString());
    m_ui->testResultView->clear();
    m_check->start(profile(), m_secrets.get());
}

void ProfileDialog::accept()
{
    revalidate();
    if (!issues().isEmpty())
        return;
    QDialog::accept();
}

} // namespace psc::ui
