#pragma once

#include "crypto/Keys.h"
#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QList>
#include <QString>

namespace psc::sandbox {

// Who the sandbox is and who its one merchant is: the IDs, the merchant's key pair (handed to
// the client through profile.json), the WeChat Pay public-key-mode key, the platform
// certificates, the TLS certificate and the APIv3 key. Generated into the sandbox folder on
// first start and read back afterwards, so a client profile stays valid across restarts.
//
// Folder layout (client side at the top, the sandbox's own secrets under server/):
//   sandbox_merchant_private_key.pem      SANDBOX ONLY merchant API key (the client signs with it)
//   sandbox_merchant_certificate.pem      its certificate; the serial is merchant_serial
//   sandbox_wechatpay_public_key.pem      WeChat Pay public key (PUB_KEY_ID_… mode)
//   sandbox_platform_certificate_N.pem    platform certificates (certificate mode)
//   sandbox_tls_certificate.pem           self-signed TLS certificate (ca_certificates_file)
//   sandbox_apiv3_key.txt                 the well-known sandbox APIv3 key (32 bytes)
//   server/…                              the sandbox's private keys and identity.json
class SandboxIdentity {
public:
    struct PlatformCertificate {
        crypto::PrivateKey key;
        crypto::Certificate certificate;
    };

    // The fixed, public APIv3 key of every sandbox: it protects nothing real, and a fixed
    // value lets a client be configured with PAYSCORE_APIV3_KEY once.
    static constexpr QByteArrayView kApiV3Key = "PayScoreConsoleSandboxApiV3Key00";
    static constexpr QLatin1StringView kMchid { "1230000109" };
    static constexpr QLatin1StringView kAppid { "wxd678efh567hg6787" };
    static constexpr QLatin1StringView kServiceId { "2002000000000558128851361561536" };
    static constexpr QLatin1StringView kSubMchid { "1900000109" };

    // Reads the identity from `dir`, generating whatever is missing. tlsCertFile/tlsKeyFile,
    // when given, replace the generated TLS certificate.
    static Result<SandboxIdentity> loadOrCreate(
        const QString &dir, const QString &tlsCertFile = {}, const QString &tlsKeyFile = {});

    QString dir;
    QString mchid, appid, serviceId, subMchid;
    crypto::PrivateKey merchantKey;
    crypto::Certificate merchantCertificate;
    QString wechatpayPublicKeyId;
    crypto::PrivateKey wechatpayKey;
    QList<PlatformCertificate> platformCertificates; // oldest first
    crypto::PrivateKey tlsKey;
    crypto::Certificate tlsCertificate;
    crypto::SecureBytes apiv3Key;

    QString merchantSerial() const { return merchantCertificate.serialHex(); }
    // Files relative to `dir`, as profile.json names them.
    static QString merchantKeyFile() { return QStringLiteral("sandbox_merchant_private_key.pem"); }
    static QString merchantCertificateFile()
    {
        return QStringLiteral("sandbox_merchant_certificate.pem");
    }
    static QString wechatpayPublicKeyFile()
    {
        return QStringLiteral("sandbox_wechatpay_public_key.pem");
    }
    static QString platformCertificateFile(int index)
    {
        return QStringLiteral("sandbox_platform_certificate_%1.pem").arg(index + 1);
    }
    static QString tlsCertificateFile() { return QStringLiteral("sandbox_tls_certificate.pem"); }
    static QString apiv3KeyFile() { return QStringLiteral("sandbox_apiv3_key.txt"); }
};

} // namespace psc::sandbox
