#include "SandboxIdentity.h"

#include "crypto/Codec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

namespace psc::sandbox {

namespace {

constexpr int kPlatformCertificateCount = 2;

Result<bool> writeFile(const QString &path, QByteArrayView bytes, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    file.write(bytes.data(), bytes.size());
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return Result<bool>::failure(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

// A key pair kept as a PEM file: read it when present, else generate and store it.
Result<crypto::PrivateKey> loadOrGenerateKey(const QString &path)
{
    if (QFile::exists(path))
        return crypto::PrivateKey::fromFile(path);
    auto key = crypto::PrivateKey::generateRsa(2048);
    if (!key)
        return key;
    const crypto::SecureBytes pem = key->toPkcs8Pem();
    if (auto written = writeFile(path, pem.view(), true); !written)
        return Result<crypto::PrivateKey>::failure(written.error());
    return key;
}

Result<crypto::Certificate> loadOrCreateCertificate(
    const QString &path, const crypto::Certificate::Request &request, const crypto::PrivateKey &key)
{
    if (QFile::exists(path)) {
        auto certificate = crypto::Certificate::fromFile(path);
        // A certificate that no longer matches its key (a key file was replaced) is remade.
        if (certificate && certificate->publicKey().toPem() == key.publicKeyPem())
            return certificate;
    }
    auto certificate = crypto::Certificate::create(request, key, key);
    if (!certificate)
        return certificate;
    if (auto written = writeFile(path, certificate->toPem(), false); !written)
        return Result<crypto::Certificate>::failure(written.error());
    return certificate;
}

QByteArray randomSerialHex()
{
    QByteArray bytes = crypto::randomBytes(20);
    bytes[0] = char((static_cast<unsigned char>(bytes[0]) & 0x7f) | 0x10); // positive, 40 digits
    return bytes.toHex().toUpper();
}

} // namespace

Result<SandboxIdentity> SandboxIdentity::loadOrCreate(
    const QString &dirPath, const QString &tlsCertFile, const QString &tlsKeyFile)
{
    using R = Result<SandboxIdentity>;
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("server")))
        return R::failure(QStringLiteral("cannot create the sandbox folder %1").arg(dirPath));

    SandboxIdentity id;
    id.dir = dir.absolutePath();
    id.apiv3Key = crypto::SecureBytes(kApiV3Key);

    // identity.json: the IDs that must not change between runs.
    const QString identityPath = dir.filePath(QStringLiteral("server/identity.json"));
    QJsonObject identity;
    {
        QFile file(identityPath);
        if (file.open(QIODevice::ReadOnly))
            identity = QJsonDocument::fromJson(file.readAll()).object();
    }
    id.mchid = identity.value(QStringLiteral("mchid")).toString(kMchid);
    id.appid = identity.value(QStringLiteral("appid")).toString(kAppid);
    id.serviceId = identity.value(QStringLiteral("service_id")).toString(kServiceId);
    id.subMchid = identity.value(QStringLiteral("sub_mchid")).toString(kSubMchid);
    id.wechatpayPublicKeyId = identity.value(QStringLiteral("wechatpay_public_key_id")).toString();
    if (!id.wechatpayPublicKeyId.startsWith(QLatin1String("PUB_KEY_ID_"))) {
        QString digits;
        for (int i = 0; i < 16; ++i)
            digits += QChar(u'0' + QRandomGenerator::system()->bounded(10));
        id.wechatpayPublicKeyId = QStringLiteral("PUB_KEY_ID_01") + id.mchid + digits;
    }

    auto merchantKey = loadOrGenerateKey(dir.filePath(merchantKeyFile()));
    if (!merchantKey)
        return R::failure(merchantKey.error());
    id.merchantKey = *merchantKey;
    crypto::Certificate::Request merchantRequest;
    merchantRequest.commonName = id.mchid;
    merchantRequest.organization = QStringLiteral("PayScore Console SANDBOX merchant (not real)");
    merchantRequest.serialHex = randomSerialHex();
    auto merchantCertificate = loadOrCreateCertificate(
        dir.filePath(merchantCertificateFile()), merchantRequest, id.merchantKey);
    if (!merchantCertificate)
        return R::failure(merchantCertificate.error());
    id.merchantCertificate = *merchantCertificate;

    auto wechatpayKey
        = loadOrGenerateKey(dir.filePath(QStringLiteral("server/wechatpay_private_key.pem")));
    if (!wechatpayKey)
        return R::failure(wechatpayKey.error());
    id.wechatpayKey = *wechatpayKey;
    if (auto written
        = writeFile(dir.filePath(wechatpayPublicKeyFile()), id.wechatpayKey.publicKeyPem(), false);
        !written)
        return R::failure(written.error());

    for (int i = 0; i < kPlatformCertificateCount; ++i) {
        auto key = loadOrGenerateKey(
            dir.filePath(QStringLiteral("server/platform_private_key_%1.pem").arg(i + 1)));
        if (!key)
            return R::failure(key.error());
        crypto::Certificate::Request request;
        request.commonName = QStringLiteral("Tenpay.com sign (sandbox)");
        request.organization = QStringLiteral("PayScore Console SANDBOX platform");
        request.serialHex = randomSerialHex();
        // The older certificate expires first, as during a real rotation.
        request.validDays = i == 0 ? 365 : 1825;
        auto certificate
            = loadOrCreateCertificate(dir.filePath(platformCertificateFile(i)), request, *key);
        if (!certificate)
            return R::failure(certificate.error());
        id.platformCertificates.append({ *key, *certificate });
    }

    if (!tlsCertFile.isEmpty() || !tlsKeyFile.isEmpty()) {
        auto key = crypto::PrivateKey::fromFile(tlsKeyFile);
        auto certificate = crypto::Certificate::fromFile(tlsCertFile);
        if (!key)
            return R::failure(QStringLiteral("TLS key: %1").arg(key.error()));
        if (!certificate)
            return R::failure(QStringLiteral("TLS certificate: %1").arg(certificate.error()));
        id.tlsKey = *key;
        id.tlsCertificate = *certificate;
    } else {
        auto key = loadOrGenerateKey(dir.filePath(QStringLiteral("server/tls_private_key.pem")));
        if (!key)
            return R::failure(key.error());
        crypto::Certificate::Request request;
        request.commonName = QStringLiteral("localhost");
        request.organization = QStringLiteral("PayScore Console SANDBOX TLS");
        request.dnsNames = { QStringLiteral("localhost") };
        request.ipAddresses = { QStringLiteral("127.0.0.1"), QStringLiteral("::1") };
        auto certificate
            = loadOrCreateCertificate(dir.filePath(tlsCertificateFile()), request, *key);
        if (!certificate)
            return R::failure(certificate.error());
        id.tlsKey = *key;
        id.tlsCertificate = *certificate;
    }

    if (auto written = writeFile(dir.filePath(apiv3KeyFile()), kApiV3Key, true); !written)
        return R::failure(written.error());

    identity = QJsonObject { { QStringLiteral("mchid"), id.mchid },
        { QStringLiteral("appid"), id.appid }, { QStringLiteral("service_id"), id.serviceId },
        { QStringLiteral("sub_mchid"), id.subMchid },
        { QStringLiteral("wechatpay_public_key_id"), id.wechatpayPublicKeyId } };
    if (auto written = writeFile(identityPath, QJsonDocument(identity).toJson(), false); !written)
        return R::failure(written.error());

    static const QByteArray readme
        = "PayScore Console SANDBOX folder\n"
          "===============================\n\n"
          "Every key in this folder belongs to the local PayScore sandbox and to nothing real.\n"
          "sandbox_merchant_private_key.pem is a SANDBOX-ONLY merchant key generated on this\n"
          "machine: never use it, or this folder's profile.json, with a real merchant account.\n"
          "The sandbox APIv3 key is fixed and public (sandbox_apiv3_key.txt); clients read it\n"
          "from the environment variable PAYSCORE_APIV3_KEY or from that file.\n"
          "server/ holds the sandbox's own private keys and its order state.\n";
    if (auto written = writeFile(dir.filePath(QStringLiteral("SANDBOX-README.txt")), readme, false);
        !written)
        return R::failure(written.error());
    return id;
}

} // namespace psc::sandbox
