#include "ProfileFileCheck.h"

#include <crypto/Keys.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace psc::profile {

QString ProfileFileCheck::unreadable(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return tr("the file %1 does not exist").arg(shown);
    if (!info.isFile())
        return tr("%1 is not a file").arg(shown);
    if (!info.isReadable())
        return tr("the file %1 cannot be read (permissions)").arg(shown);
    return {};
}

QList<ProfileIssue> ProfileFileCheck::issues(const Profile &profile)
{
    QList<ProfileIssue> found;
    const auto readable = [&found](const QString &field, const QString &path) {
        const QString problem = unreadable(path);
        if (!problem.isEmpty())
            found.append({ field, problem });
        return problem.isEmpty();
    };
    if (!profile.privateKeyFile.isEmpty())
        readable(QStringLiteral("private_key_file"), profile.resolve(profile.privateKeyFile));
    const QString publicKey = profile.resolve(profile.wechatpayPublicKeyFile);
    if (!publicKey.isEmpty() && readable(QStringLiteral("wechatpay_public_key_file"), publicKey)) {
        if (const auto key = crypto::PublicKey::fromFile(publicKey); !key)
            found.append({ QStringLiteral("wechatpay_public_key_file"),
                tr("is not a public key (%1)").arg(key.error()) });
    }
    for (qsizetype i = 0; i < profile.platformCertificateFiles.size(); ++i) {
        const QString field = QStringLiteral("platform_certificate_files[%1]").arg(i);
        const QString path = profile.resolve(profile.platformCertificateFiles[i]);
        if (!path.isEmpty() && readable(field, path)) {
            if (const auto cert = crypto::Certificate::fromFile(path); !cert)
                found.append({ field,
                    tr("%1 is not a certificate (%2)")
                        .arg(QDir::toNativeSeparators(path), cert.error()) });
        }
    }
    if (!profile.caCertificatesFile.isEmpty())
        readable(
            QStringLiteral("ca_certificates_file"), profile.resolve(profile.caCertificatesFile));
    return found;
}

bool ProfileFileCheck::isEncryptedKey(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(256).contains("ENCRYPTED");
}

} // namespace psc::profile
