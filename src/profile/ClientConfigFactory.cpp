#include "ClientConfigFactory.h"

#include "ProfileFileCheck.h"

#include <apiv3/WeChatPayHosts.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>

#include <algorithm>

namespace psc::profile {

namespace {

// "field: message" — every configuration error names the profile field it comes from.
template<typename T> Result<T> fieldError(const QString &field, const QString &message)
{
    return Result<T>::failure(ProfileIssue { field, message }.toString());
}

} // namespace

ClientConfigFactory::ClientConfigFactory(SecretSource *secrets)
    : m_secrets(secrets)
{
}

SecretSource *ClientConfigFactory::source() const
{
    return m_secrets ? m_secrets : &m_environment;
}

Result<apiv3::MerchantCredentials> ClientConfigFactory::credentials(const Profile &profile) const
{
    using R = Result<apiv3::MerchantCredentials>;
    for (const ProfileIssue &issue : profile.validate()) {
        if (issue.field == QLatin1String("mchid") || issue.field == QLatin1String("merchant_serial")
            || issue.field == QLatin1String("private_key_file"))
            return R::failure(issue.toString());
    }
    apiv3::MerchantCredentials credentials;
    credentials.mchid = profile.mchid;
    credentials.merchantSerial = profile.merchantSerial.toUpper();

    // The private key: parsed once here, then only referenced. Errors from the parser say
    // what is wrong with the PEM structure, never its content.
    const QString keyPath = profile.resolve(profile.privateKeyFile);
    if (const QString problem = ProfileFileCheck::unreadable(keyPath); !problem.isEmpty())
        return fieldError<apiv3::MerchantCredentials>(QStringLiteral("private_key_file"), problem);
    SecretSource *secrets = source();
    const Profile *forProfile = &profile;
    auto key = crypto::PrivateKey::fromFile(keyPath, [secrets, forProfile] {
        return secrets->secret(*forProfile, SecretKind::KeyPassphrase)
            .value_or(crypto::SecureBytes());
    });
    if (!key)
        return fieldError<apiv3::MerchantCredentials>(QStringLiteral("private_key_file"),
            tr("%1 (%2; a passphrase comes from %3)")
                .arg(key.error(), keyPath, secrets->describe(SecretKind::KeyPassphrase)));
    credentials.privateKey = std::move(key).value();
    return credentials;
}

Result<apiv3::ClientConfig> ClientConfigFactory::create(const Profile &profile) const
{
    using R = Result<apiv3::ClientConfig>;
    const QList<ProfileIssue> issues = profile.validate();
    if (!issues.isEmpty())
        return R::failure(issues.first().toString());

    auto credentials = this->credentials(profile);
    if (!credentials)
        return R::failure(credentials.error());
    apiv3::ClientConfig config;
    config.baseUrl = QUrl(profile.baseUrl, QUrl::StrictMode);
    // The mainland host has a backup in another city (payscore-api.md §1), used only when a
    // connection to the main host fails before anything was sent.
    config.backupBaseUrl = apiv3::WeChatPayHosts::backupFor(config.baseUrl);
    config.credentials = std::move(credentials).value();

    if (!profile.wechatpayPublicKeyFile.isEmpty()) {
        const QString path = profile.resolve(profile.wechatpayPublicKeyFile);
        if (const QString problem = ProfileFileCheck::unreadable(path); !problem.isEmpty())
            return fieldError<apiv3::ClientConfig>(
                QStringLiteral("wechatpay_public_key_file"), problem);
        const auto publicKey = crypto::PublicKey::fromFile(path);
        if (!publicKey)
            return fieldError<apiv3::ClientConfig>(QStringLiteral("wechatpay_public_key_file"),
                tr("%1 (%2)").arg(publicKey.error(), path));
        config.keyRing.addPublicKey(profile.wechatpayPublicKeyId, *publicKey);
        config.wechatpaySerial = profile.wechatpayPublicKeyId;
    }

    crypto::Certificate newest;
    for (qsizetype i = 0; i < profile.platformCertificateFiles.size(); ++i) {
        const QString field = QStringLiteral("platform_certificate_files[%1]").arg(i);
        const QString path = profile.resolve(profile.platformCertificateFiles[i]);
        if (const QString problem = ProfileFileCheck::unreadable(path); !problem.isEmpty())
            return fieldError<apiv3::ClientConfig>(field, problem);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fieldError<apiv3::ClientConfig>(field, file.errorString());
        const auto certificates = crypto::Certificate::listFromPem(file.readAll());
        if (!certificates || certificates->isEmpty())
            return fieldError<apiv3::ClientConfig>(field,
                tr("%1 holds no PEM certificate (%2)")
                    .arg(path, certificates ? QString() : certificates.error()));
        for (const crypto::Certificate &certificate : *certificates) {
            config.keyRing.addCertificate(certificate);
            if (newest.isNull() || certificate.notAfter() > newest.notAfter())
                newest = certificate;
        }
    }
    // In public key mode the key id picks the answer's signer; otherwise the newest certificate.
    if (config.wechatpaySerial.isEmpty() && !newest.isNull())
        config.wechatpaySerial = newest.serialHex();

    if (!profile.caCertificatesFile.isEmpty()) {
        const QString path = profile.resolve(profile.caCertificatesFile);
        if (const QString problem = ProfileFileCheck::unreadable(path); !problem.isEmpty())
            return fieldError<apiv3::ClientConfig>(QStringLiteral("ca_certificates_file"), problem);
        if (QSslCertificate::fromPath(path).isEmpty())
            return fieldError<apiv3::ClientConfig>(QStringLiteral("ca_certificates_file"),
                tr("%1 holds no PEM certificate").arg(path));
        config.extraCaFile = path;
    }
    return config;
}

// A sandbox profile names its APIv3 key's file (Profile::apiv3KeyFile); the key is read as it
// is checked everywhere else: 32 bytes, surrounding white space ignored.
Result<crypto::SecureBytes> ClientConfigFactory::apiV3KeyFromFile(const QString &path) const
{
    using R = Result<crypto::SecureBytes>;
    if (const QString problem = ProfileFileCheck::unreadable(path); !problem.isEmpty())
        return R::failure(tr("apiv3_key_file: %1").arg(problem));
    QFile file(path);
    if (file.size() > 1024 || !file.open(QIODevice::ReadOnly))
        return R::failure(tr("apiv3_key_file: %1 is not an APIv3 key file").arg(path));
    QByteArray read = file.readAll();
    crypto::SecureBytes key(QByteArrayView(read).trimmed());
    read.fill('\0'); // the only other copy of the key
    if (const QString problem = SecretStore::validate(SecretKind::Apiv3Key, key);
        !problem.isEmpty())
        return R::failure(tr("apiv3_key_file: %1").arg(problem));
    return key;
}

Result<crypto::SecureBytes> ClientConfigFactory::apiV3Key(const Profile &profile) const
{
    using R = Result<crypto::SecureBytes>;
    if (!profile.apiv3KeyFile.isEmpty())
        return apiV3KeyFromFile(profile.resolve(profile.apiv3KeyFile));
    SecretSource *secrets = source();
    auto key = secrets->secret(profile, SecretKind::Apiv3Key);
    if (!key)
        return R::failure(
            tr("APIv3 key: not found in %1").arg(secrets->describe(SecretKind::Apiv3Key)));
    if (const QString problem = SecretStore::validate(SecretKind::Apiv3Key, *key);
        !problem.isEmpty())
        return R::failure(tr("APIv3 key: %1").arg(problem));
    return std::move(*key);
}

} // namespace psc::profile
