#include "RawSandboxClient.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

namespace psc::test {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

EVP_PKEY *readPrivateKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return key;
}

EVP_PKEY *readPublicKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *key = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return key;
}

// The certificate's public key and its serial in upper-case hex.
EVP_PKEY *readCertificateKey(const QByteArray &pem, QString *serial)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!cert)
        return nullptr;
    const ASN1_INTEGER *number = X509_get0_serialNumber(cert);
    BIGNUM *bn = ASN1_INTEGER_to_BN(number, nullptr);
    char *hex = BN_bn2hex(bn);
    *serial = QString::fromLatin1(hex).toUpper();
    OPENSSL_free(hex);
    BN_free(bn);
    EVP_PKEY *key = X509_get_pubkey(cert);
    X509_free(cert);
    return key;
}

QByteArray rsaSign(EVP_PKEY *key, const QByteArray &message)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(ctx, nullptr, &length,
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
            == 1) {
        signature.resize(qsizetype(length));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    return signature;
}

bool rsaVerify(EVP_PKEY *key, const QByteArray &message, const QByteArray &signature)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    const bool ok = EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()),
               reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()))
            == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

QByteArray nonce()
{
    unsigned char bytes[16];
    RAND_bytes(bytes, sizeof bytes);
    return QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex().toUpper();
}

} // namespace

QJsonObject RawAnswer::json() const
{
    return QJsonDocument::fromJson(body).object();
}

bool parseHttpAnswer(const QByteArray &buffer, RawAnswer *answer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    if (statusLine.size() < 2)
        return false;
    RawAnswer parsed;
    parsed.status = statusLine.at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            parsed.headers.insert(
                lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = parsed.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < end + 4 + length)
        return false;
    parsed.body = buffer.mid(end + 4, length);
    *answer = parsed;
    return true;
}

RawSandboxClient::RawSandboxClient(const QString &profileDir)
    : m_dir(profileDir)
{
    const QDir dir(profileDir);
    m_profile
        = QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("profile.json")))).object();
    m_baseUrl = m_profile.value(QStringLiteral("base_url")).toString();
    auto path = [&](const char *key) {
        return dir.filePath(m_profile.value(QLatin1String(key)).toString());
    };
    m_merchantKey = readPrivateKey(readFile(path("private_key_file")));
    m_wechatpayKey = readPublicKey(readFile(path("wechatpay_public_key_file")));
    for (const QJsonValue &file :
        m_profile.value(QStringLiteral("platform_certificate_files")).toArray()) {
        const QByteArray pem = readFile(dir.filePath(file.toString()));
        QString serial;
        EVP_PKEY *key = readCertificateKey(pem, &serial);
        m_platformKeys.append({ serial, key });
        m_platformPems.append(pem);
    }
    const QString ca = m_profile.value(QStringLiteral("ca_certificates_file")).toString();
    if (!ca.isEmpty())
        m_caPem = readFile(dir.filePath(ca));
    if (!m_merchantKey || !m_wechatpayKey)
        qFatal("RawSandboxClient: cannot read the profile's keys");
}

RawSandboxClient::~RawSandboxClient()
{
    EVP_PKEY_free(m_merchantKey);
    EVP_PKEY_free(m_wechatpayKey);
    for (auto &platform : m_platformKeys)
        EVP_PKEY_free(platform.second);
}

QString RawSandboxClient::platformSerial(int index) const
{
    return m_platformKeys.value(index).first;
}

QByteArray RawSandboxClient::certificatePem(int index) const
{
    return m_platformPems.value(index);
}

QByteArray RawSandboxClient::sign(const QByteArray &message) const
{
    return rsaSign(m_merchantKey, message).toBase64();
}

QByteArray RawSandboxClient::buildRequest(const QByteArray &method, const QByteArray &target,
    const QByteArray &body, const Options &options) const
{
    const QByteArray timestamp
        = QByteArray::number(QDateTime::currentSecsSinceEpoch() + options.timestampOffset);
    const QByteArray nonceText = nonce();
    QByteArray signature
        = sign(method + '\n' + target + '\n' + timestamp + '\n' + nonceText + '\n' + body + '\n');
    if (options.corruptSignature)
        signature = sign("something else entirely");
    QByteArray authorization = options.authorization;
    if (authorization.isEmpty()) {
        // Deliberately not in the documented order: the items may come in any order.
        authorization = "WECHATPAY2-SHA256-RSA2048 serial_no=\""
            + m_profile.value(QStringLiteral("merchant_serial")).toString().toLatin1()
            + "\",timestamp=\"" + timestamp + "\",mchid=\""
            + m_profile.value(QStringLiteral("mchid")).toString().toLatin1() + "\",nonce_str=\""
            + nonceText + "\",signature=\"" + signature + "\"";
    }
    const QUrl base(m_baseUrl);
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\n";
    request += "Host: " + base.host().toLatin1() + ':' + QByteArray::number(base.port()) + "\r\n";
    if (!options.omitAccept)
        request += "Accept: application/json\r\n";
    if (!options.omitUserAgent)
        request += "User-Agent: raw-openssl-test-client/1.0\r\n";
    request += "Authorization: " + authorization + "\r\n";
    request += "Wechatpay-Serial: "
        + (options.wechatpaySerial.isEmpty()
                ? m_profile.value(QStringLiteral("wechatpay_public_key_id")).toString().toLatin1()
                : options.wechatpaySerial)
        + "\r\n";
    if (!body.isEmpty())
        request += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    else if (method == "POST")
        request += "Content-Length: 0\r\n";
    request += "Connection: close\r\n\r\n";
    return request + body;
}

RawAnswer RawSandboxClient::send(const QByteArray &method, const QByteArray &target,
    const QByteArray &body, const Options &options) const
{
    return exchangeRaw(buildRequest(method, target, body, options), options.timeoutMs);
}

RawAnswer RawSandboxClient::postJson(const QByteArray &target, const QJsonObject &body) const
{
    return send("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

RawAnswer RawSandboxClient::exchangeRaw(const QByteArray &bytes, int timeoutMs) const
{
    const QUrl base(m_baseUrl);
    const bool tls = base.scheme() == QLatin1String("https");
    QSslSocket socket;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QByteArray buffer;
    RawAnswer answer;
    bool done = false;
    QObject::connect(&socket, &QSslSocket::readyRead, &loop, [&] {
        buffer += socket.readAll();
        if (parseHttpAnswer(buffer, &answer)) {
            done = true;
            loop.quit();
        }
    });
    QObject::connect(&socket, &QSslSocket::disconnected, &loop, [&] {
        if (socket.isOpen())
            buffer += socket.readAll();
        if (!parseHttpAnswer(buffer, &answer))
            answer = RawAnswer {};
        answer.closed = true;
        done = true;
        loop.quit();
    });
    QObject::connect(
        &socket, &QSslSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError) {
                answer.closed = true;
                done = true;
                loop.quit();
            }
        });
    auto sendBytes = [&] { socket.write(bytes); };
    if (tls) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates(QSslCertificate::fromData(m_caPem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket.setSslConfiguration(configuration);
        QObject::connect(&socket, &QSslSocket::encrypted, &loop, sendBytes);
        socket.connectToHostEncrypted(base.host(), quint16(base.port()));
    } else {
        QObject::connect(&socket, &QSslSocket::connected, &loop, sendBytes);
        socket.connectToHost(base.host(), quint16(base.port()));
    }
    timer.start(timeoutMs);
    if (!done)
        loop.exec();
    QObject::disconnect(&socket, nullptr, &loop, nullptr);
    socket.abort();
    return answer;
}

bool RawSandboxClient::verify(const RawAnswer &answer, QString *why) const
{
    auto fail = [&](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const QByteArray serial = answer.headers.value("wechatpay-serial");
    const QByteArray timestamp = answer.headers.value("wechatpay-timestamp");
    const QByteArray nonceText = answer.headers.value("wechatpay-nonce");
    const QByteArray signature = answer.headers.value("wechatpay-signature");
    if (serial.isEmpty() || timestamp.isEmpty() || nonceText.isEmpty() || signature.isEmpty())
        return fail(QStringLiteral("missing Wechatpay-* headers"));
    if (answer.headers.value("request-id").isEmpty())
        return fail(QStringLiteral("missing Request-ID"));
    if (qAbs(QDateTime::currentSecsSinceEpoch() - timestamp.toLongLong()) > 300)
        return fail(QStringLiteral("clock skew"));
    EVP_PKEY *key = nullptr;
    if (serial == m_profile.value(QStringLiteral("wechatpay_public_key_id")).toString().toLatin1())
        key = m_wechatpayKey;
    for (const auto &platform : m_platformKeys) {
        if (platform.first.toLatin1() == serial)
            key = platform.second;
    }
    if (!key)
        return fail(QStringLiteral("unknown serial %1").arg(QString::fromLatin1(serial)));
    const QByteArray raw
        = QByteArray::fromBase64(signature, QByteArray::AbortOnBase64DecodingErrors);
    if (raw.isEmpty() || raw.toBase64() != signature)
        return fail(QStringLiteral("signature is not Base64"));
    if (!rsaVerify(key, timestamp + '\n' + nonceText + '\n' + answer.body + '\n', raw))
        return fail(QStringLiteral("signature mismatch"));
    return true;
}

} // namespace psc::test
