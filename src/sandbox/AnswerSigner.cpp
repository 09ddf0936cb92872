#include "AnswerSigner.h"

#include "crypto/Codec.h"

namespace psc::sandbox {

void AnswerSigner::sign(HttpResponse &response, const QByteArray &requestedSerial,
    bool preferPlatform, Tamper tamper, qint64 nowSeconds) const
{
    const crypto::PrivateKey *key = &m_identity.wechatpayKey;
    QString serial = m_identity.wechatpayPublicKeyId;
    const QString requested = QString::fromLatin1(requestedSerial.trimmed());
    bool chosen = requested == m_identity.wechatpayPublicKeyId;
    for (const auto &platform : m_identity.platformCertificates) {
        if (!chosen
            && platform.certificate.serialHex().compare(requested, Qt::CaseInsensitive) == 0) {
            key = &platform.key;
            serial = platform.certificate.serialHex();
            chosen = true;
        }
    }
    if (!chosen && preferPlatform && !m_identity.platformCertificates.isEmpty()) {
        key = &m_identity.platformCertificates.last().key;
        serial = m_identity.platformCertificates.last().certificate.serialHex();
    }

    const qint64 timestamp = tamper == Tamper::Skew ? nowSeconds - 600 : nowSeconds;
    const QByteArray stamp = QByteArray::number(timestamp);
    const QByteArray nonce = crypto::randomNonce(32).toLatin1();
    QByteArray message = stamp + '\n' + nonce + '\n' + response.body + '\n';
    if (tamper == Tamper::BadSignature)
        message += "tampered"; // a well-formed signature over other bytes
    QByteArray signature;
    if (tamper == Tamper::SignTest) {
        signature = "WECHATPAY/SIGNTEST/" + crypto::randomBytes(48).toBase64();
    } else if (auto signed_ = key->signSha256(message)) {
        signature = signed_->toBase64();
    }
    response.setHeader("Wechatpay-Timestamp", stamp);
    response.setHeader("Wechatpay-Nonce", nonce);
    response.setHeader("Wechatpay-Signature", signature);
    response.setHeader("Wechatpay-Serial", serial.toLatin1());
    response.setHeader("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
    if (response.header("Request-ID").isEmpty())
        response.setHeader("Request-ID", crypto::randomBytes(16).toHex().toUpper());
}

} // namespace psc::sandbox
