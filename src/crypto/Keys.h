#pragma once

#include "core/Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct x509_st X509;

namespace psc::crypto {

// Asked for when a PEM private key is encrypted; an empty answer means "no passphrase".
using PassphraseCallback = std::function<SecureBytes()>;

// An RSA private key, parsed once and shared by reference: signing never re-parses PEM.
class PrivateKey {
public:
    PrivateKey() = default;

    // PKCS#8 ("BEGIN PRIVATE KEY"), PKCS#1 ("BEGIN RSA PRIVATE KEY") or encrypted PKCS#8
    // ("BEGIN ENCRYPTED PRIVATE KEY", passphrase from the callback). The PEM buffer is not kept.
    static Result<PrivateKey> fromPem(
        const SecureBytes &pem, const PassphraseCallback &passphrase = {});
    static Result<PrivateKey> fromFile(
        const QString &path, const PassphraseCallback &passphrase = {});
    static Result<PrivateKey> generateRsa(int bits = 2048);

    bool isNull() const { return !m_key; }
    int bits() const;
    // RSASSA-PKCS1-v1_5 over SHA-256: the raw signature bytes (256 for RSA-2048).
    Result<QByteArray> signSha256(QByteArrayView message) const;
    QByteArray publicKeyPem() const; // SPKI "BEGIN PUBLIC KEY"
    SecureBytes toPkcs8Pem() const; // for writing generated keys (sandbox, tests)
    EVP_PKEY *handle() const { return m_key.get(); }

private:
    explicit PrivateKey(EVP_PKEY *key);
    std::shared_ptr<EVP_PKEY> m_key;
};

class PublicKey {
public:
    PublicKey() = default;
    // SPKI "BEGIN PUBLIC KEY", PKCS#1 "BEGIN RSA PUBLIC KEY", or an X.509 certificate PEM.
    static Result<PublicKey> fromPem(const QByteArray &pem);
    static Result<PublicKey> fromFile(const QString &path);

    bool isNull() const { return !m_key; }
    bool verifySha256(QByteArrayView message, QByteArrayView signature) const;
    QByteArray toPem() const;
    EVP_PKEY *handle() const { return m_key.get(); }

private:
    friend class Certificate;
    explicit PublicKey(EVP_PKEY *key);
    std::shared_ptr<EVP_PKEY> m_key;
};

class Certificate {
public:
    Certificate() = default;
    static Result<Certificate> fromPem(const QByteArray &pem);
    static Result<Certificate> fromFile(const QString &path);
    // All certificates of a PEM bundle, in order.
    static Result<QList<Certificate>> listFromPem(const QByteArray &pem);

    struct Request {
        QString commonName;
        QString organization = QStringLiteral("PayScore Console");
        QStringList dnsNames; // subjectAltName DNS entries
        QStringList ipAddresses; // subjectAltName IP entries
        QByteArray serialHex; // empty: 16 random bytes
        int validDays = 825;
        bool isCa = false;
    };
    // Signs `request` with issuerKey; with no issuer the certificate is self-signed.
    static Result<Certificate> create(const Request &request, const PrivateKey &subjectKey,
        const PrivateKey &issuerKey, const Certificate *issuer = nullptr);

    bool isNull() const { return !m_cert; }
    QString serialHex() const; // upper-case hex, as WeChat Pay writes it
    QString subject() const; // one line, e.g. "CN=Tenpay.com sign,O=Tenpay.com,..."
    QString issuer() const;
    QDateTime notBefore() const; // UTC
    QDateTime notAfter() const; // UTC
    PublicKey publicKey() const;
    QByteArray toPem() const;
    X509 *handle() const { return m_cert.get(); }

private:
    explicit Certificate(X509 *cert);
    std::shared_ptr<X509> m_cert;
};

} // namespace psc::crypto
