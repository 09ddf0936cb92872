#include "Keys.h"

#include "Codec.h"

#include <QFile>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/decoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <ctime>

namespace psc::crypto {

namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

BioPtr memoryBio(QByteArrayView bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.data(), int(bytes.size())), &BIO_free);
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(length));
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Result<QByteArray>::failure(QStringLiteral("file not found: %1").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

struct PassphraseContext {
    const PassphraseCallback *callback = nullptr;
    bool asked = false;
};

int passphraseTrampoline(char *buffer, int size, int /*rwflag*/, void *userData)
{
    auto *context = static_cast<PassphraseContext *>(userData);
    context->asked = true;
    if (!context->callback || !*context->callback)
        return -1;
    const SecureBytes passphrase = (*context->callback)();
    if (passphrase.isEmpty() || passphrase.size() > size)
        return -1;
    std::memcpy(buffer, passphrase.constData(), size_t(passphrase.size()));
    return int(passphrase.size());
}

QDateTime fromAsn1Time(const ASN1_TIME *time)
{
    std::tm parts {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
        QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    X509_NAME_print_ex(bio.get(), name, 0,
        (XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB & ~XN_FLAG_SPC_EQ & ~XN_FLAG_SEP_MASK)
            | XN_FLAG_SEP_COMMA_PLUS);
    return QString::fromUtf8(bioContents(bio.get()));
}

bool addExtension(X509 *cert, X509V3_CTX *context, int nid, const QByteArray &value)
{
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, context, nid, value.constData());
    if (!extension)
        return false;
    const bool ok = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return ok;
}

} // namespace

// --- PrivateKey -----------------------------------------------------------------------------

PrivateKey::PrivateKey(EVP_PKEY *key)
    : m_key(key, &EVP_PKEY_free)
{
}

Result<PrivateKey> PrivateKey::fromPem(const SecureBytes &pem, const PassphraseCallback &passphrase)
{
    if (pem.isEmpty())
        return Result<PrivateKey>::failure(QStringLiteral("the private key file is empty"));
    auto bio = memoryBio(pem.view());
    PassphraseContext context { &passphrase, false };
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio.get(), nullptr, &passphraseTrampoline, &context);
    if (!key) {
        const bool encrypted = pem.view().indexOf(QByteArrayView("ENCRYPTED")) >= 0;
        if (encrypted && !(passphrase && context.asked))
            return Result<PrivateKey>::failure(
                QStringLiteral("the private key is encrypted and no passphrase was given"));
        if (encrypted)
            return Result<PrivateKey>::failure(
                QStringLiteral("the private key could not be decrypted: wrong passphrase?"));
        return Result<PrivateKey>::failure(
            QStringLiteral("not a PEM private key (PKCS#8 or PKCS#1 expected): %1")
                .arg(lastOpenSslError()));
    }
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        return Result<PrivateKey>::failure(QStringLiteral("the private key is not an RSA key"));
    }
    return PrivateKey(key);
}

Result<PrivateKey> PrivateKey::fromFile(const QString &path, const PassphraseCallback &passphrase)
{
    auto bytes = readWholeFile(path);
    if (!bytes)
        return Result<PrivateKey>::failure(bytes.error());
    const SecureBytes pem = SecureBytes::takeFrom(*bytes);
    return fromPem(pem, passphrase);
}

Result<PrivateKey> PrivateKey::generateRsa(int bits)
{
    EVP_PKEY *key = EVP_RSA_gen(static_cast<unsigned int>(bits));
    if (!key)
        return Result<PrivateKey>::failure(
            QStringLiteral("RSA key generation failed: %1").arg(lastOpenSslError()));
    return PrivateKey(key);
}

int PrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

Result<QByteArray> PrivateKey::signSha256(QByteArrayView message) const
{
    if (!m_key)
        return Result<QByteArray>::failure(QStringLiteral("no private key loaded"));
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_PKEY_CTX *keyContext = nullptr;
    size_t length = 0;
    if (!context
        || EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_key.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) <= 0
        || EVP_DigestSign(context.get(), nullptr, &length,
               reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()))
            != 1)
        return Result<QByteArray>::failure(
            QStringLiteral("signing failed: %1").arg(lastOpenSslError()));
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()))
        != 1)
        return Result<QByteArray>::failure(
            QStringLiteral("signing failed: %1").arg(lastOpenSslError()));
    signature.resize(qsizetype(length));
    return signature;
}

QByteArray PrivateKey::publicKeyPem() const
{
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PUBKEY(bio.get(), m_key.get());
    return bioContents(bio.get());
}

SecureBytes PrivateKey::toPkcs8Pem() const
{
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_secmem()), &BIO_free);
    PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return SecureBytes(QByteArrayView(data, qsizetype(length)));
}

// --- PublicKey ------------------------------------------------------------------------------

PublicKey::PublicKey(EVP_PKEY *key)
    : m_key(key, &EVP_PKEY_free)
{
}

Result<PublicKey> PublicKey::fromPem(const QByteArray &pem)
{
    if (pem.contains("BEGIN CERTIFICATE")) {
        auto certificate = Certificate::fromPem(pem);
        if (!certificate)
            return Result<PublicKey>::failure(certificate.error());
        return certificate->publicKey();
    }
    EVP_PKEY *key = nullptr;
    std::unique_ptr<OSSL_DECODER_CTX, decltype(&OSSL_DECODER_CTX_free)> decoder(
        OSSL_DECODER_CTX_new_for_pkey(
            &key, "PEM", nullptr, "RSA", EVP_PKEY_PUBLIC_KEY, nullptr, nullptr),
        &OSSL_DECODER_CTX_free);
    const auto *data = reinterpret_cast<const unsigned char *>(pem.constData());
    size_t length = size_t(pem.size());
    if (!decoder || OSSL_DECODER_from_data(decoder.get(), &data, &length) != 1 || !key)
        return Result<PublicKey>::failure(
            QStringLiteral("not a PEM RSA public key or certificate"));
    return PublicKey(key);
}

Result<PublicKey> PublicKey::fromFile(const QString &path)
{
    auto bytes = readWholeFile(path);
    if (!bytes)
        return Result<PublicKey>::failure(bytes.error());
    return fromPem(*bytes);
}

bool PublicKey::verifySha256(QByteArrayView message, QByteArrayView signature) const
{
    if (!m_key || signature.isEmpty())
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
        EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_PKEY_CTX *keyContext = nullptr;
    const bool ok = context
        && EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, m_key.get()) == 1
        && EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PADDING) > 0
        && EVP_DigestVerify(context.get(),
               reinterpret_cast<const unsigned char *>(signature.data()), size_t(signature.size()),
               reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()))
            == 1;
    lastOpenSslError(); // drop the error queue: a bad signature is an answer, not a fault
    return ok;
}

QByteArray PublicKey::toPem() const
{
    if (!m_key)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PUBKEY(bio.get(), m_key.get());
    return bioContents(bio.get());
}

// --- Certificate ----------------------------------------------------------------------------

Certificate::Certificate(X509 *cert)
    : m_cert(cert, &X509_free)
{
}

Result<Certificate> Certificate::fromPem(const QByteArray &pem)
{
    auto list = listFromPem(pem);
    if (!list)
        return Result<Certificate>::failure(list.error());
    return list->first();
}

Result<QList<Certificate>> Certificate::listFromPem(const QByteArray &pem)
{
    auto bio = memoryBio(pem);
    QList<Certificate> certificates;
    while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))
        certificates.append(Certificate(cert));
    lastOpenSslError(); // the end of the bundle leaves a "no start line" error behind
    if (certificates.isEmpty())
        return Result<QList<Certificate>>::failure(QStringLiteral("not a PEM X.509 certificate"));
    return certificates;
}

Result<Certificate> Certificate::fromFile(const QString &path)
{
    auto bytes = readWholeFile(path);
    if (!bytes)
        return Result<Certificate>::failure(bytes.error());
    auto certificate = fromPem(*bytes);
    if (!certificate)
        return Result<Certificate>::failure(
            QStringLiteral("%1: %2").arg(path, certificate.error()));
    return certificate;
}

Result<Certificate> Certificate::create(const Request &request, const PrivateKey &subjectKey,
    const PrivateKey &issuerKey, const Certificate *issuer)
{
    auto fail = [](const QString &what) {
        return Result<Certificate>::failure(
            QStringLiteral("certificate creation failed (%1): %2").arg(what, lastOpenSslError()));
    };
    if (subjectKey.isNull() || issuerKey.isNull())
        return Result<Certificate>::failure(QStringLiteral("certificate creation needs keys"));
    Certificate result(X509_new());
    X509 *cert = result.m_cert.get();
    X509_set_version(cert, X509_VERSION_3);

    QByteArray serialHex = request.serialHex;
    if (serialHex.isEmpty()) {
        QByteArray random = randomBytes(16);
        random[0] = char(random[0] & 0x7f); // keep the DER integer positive
        serialHex = random.toHex().toUpper();
    }
    BIGNUM *serial = nullptr;
    if (!BN_hex2bn(&serial, serialHex.constData()))
        return fail(QStringLiteral("serial"));
    BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert));
    BN_free(serial);

    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), long(request.validDays) * 24 * 3600);
    X509_set_pubkey(cert, subjectKey.handle());

    X509_NAME *name = X509_get_subject_name(cert);
    const QByteArray cn = request.commonName.toUtf8();
    const QByteArray org = request.organization.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    if (!org.isEmpty())
        X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
            reinterpret_cast<const unsigned char *>(org.constData()), -1, -1, 0);
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer->handle()) : name);

    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer->handle() : cert, cert, nullptr, nullptr, 0);
    bool ok = addExtension(cert, &context, NID_basic_constraints,
                  request.isCa ? "critical,CA:TRUE" : "critical,CA:FALSE")
        && addExtension(cert, &context, NID_key_usage,
            request.isCa ? "critical,keyCertSign,cRLSign,digitalSignature"
                         : "critical,digitalSignature,keyEncipherment")
        && addExtension(cert, &context, NID_subject_key_identifier, "hash");
    if (ok && issuer)
        ok = addExtension(cert, &context, NID_authority_key_identifier, "keyid:always");
    QStringList altNames;
    for (const QString &dns : request.dnsNames)
        altNames << QStringLiteral("DNS:") + dns;
    for (const QString &ip : request.ipAddresses)
        altNames << QStringLiteral("IP:") + ip;
    if (ok && !altNames.isEmpty())
        ok = addExtension(cert, &context, NID_subject_alt_name, altNames.join(u',').toUtf8());
    if (ok && !request.isCa)
        ok = addExtension(cert, &context, NID_ext_key_usage, "serverAuth,clientAuth");
    if (!ok)
        return fail(QStringLiteral("extensions"));
    if (X509_sign(cert, issuerKey.handle(), EVP_sha256()) <= 0)
        return fail(QStringLiteral("signature"));
    return result;
}

QString Certificate::serialHex() const
{
    if (!m_cert)
        return {};
    BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(m_cert.get()), nullptr);
    if (!serial)
        return {};
    char *hex = BN_bn2hex(serial);
    QString result = QString::fromLatin1(hex).toUpper();
    OPENSSL_free(hex);
    BN_free(serial);
    return result;
}

QString Certificate::subject() const
{
    return m_cert ? nameToString(X509_get_subject_name(m_cert.get())) : QString();
}

QString Certificate::issuer() const
{
    return m_cert ? nameToString(X509_get_issuer_name(m_cert.get())) : QString();
}

QDateTime Certificate::notBefore() const
{
    return m_cert ? fromAsn1Time(X509_get0_notBefore(m_cert.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_cert ? fromAsn1Time(X509_get0_notAfter(m_cert.get())) : QDateTime();
}

PublicKey Certificate::publicKey() const
{
    if (!m_cert)
        return {};
    EVP_PKEY *key = X509_get_pubkey(m_cert.get()); // new reference
    return key ? PublicKey(key) : PublicKey();
}

QByteArray Certificate::toPem() const
{
    if (!m_cert)
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_X509(bio.get(), m_cert.get());
    return bioContents(bio.get());
}

} // namespace psc::crypto
