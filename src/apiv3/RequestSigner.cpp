#include "RequestSigner.h"

namespace psc::apiv3 {

QByteArray SignedMessage::redactedAuthorization() const
{
    QByteArray header = authorization;
    if (!signature.isEmpty())
        header.replace(signature, RequestSigner::shortenSignature(signature));
    return header;
}

RequestSigner::RequestSigner(MerchantCredentials credentials)
    : m_credentials(std::move(credentials))
{
}

QByteArray RequestSigner::canonicalMessage(QByteArrayView method, QByteArrayView target,
    qint64 timestamp, QByteArrayView nonce, QByteArrayView body)
{
    QByteArray message;
    message.reserve(method.size() + target.size() + nonce.size() + body.size() + 32);
    message.append(method).append('\n');
    message.append(target).append('\n');
    message.append(QByteArray::number(timestamp)).append('\n');
    message.append(nonce).append('\n');
    message.append(body).append('\n');
    return message;
}

QByteArray RequestSigner::shortenSignature(QByteArrayView signature)
{
    if (signature.size() <= 8)
        return QByteArray(signature.size(), '*');
    return signature.first(8).toByteArray() + "\xE2\x80\xA6"; // "…"
}

Result<SignedMessage> RequestSigner::sign(QByteArrayView method, QByteArrayView target,
    qint64 timestamp, QByteArrayView nonce, QByteArrayView body) const
{
    if (m_credentials.privateKey.isNull())
        return Result<SignedMessage>::failure(QStringLiteral("no merchant private key loaded"));
    if (m_credentials.mchid.isEmpty() || m_credentials.merchantSerial.isEmpty())
        return Result<SignedMessage>::failure(
            QStringLiteral("the merchant number or certificate serial is missing"));

    SignedMessage signedMessage;
    signedMessage.canonicalMessage = canonicalMessage(method, target, timestamp, nonce, body);
    const auto raw = m_credentials.privateKey.signSha256(signedMessage.canonicalMessage);
    if (!raw)
        return Result<SignedMessage>::failure(raw.error());
    signedMessage.signature = raw->toBase64();
    signedMessage.authorization = QByteArrayLiteral("WECHATPAY2-SHA256-RSA2048 mchid=\"")
        + m_credentials.mchid.toUtf8() + "\",nonce_str=\"" + nonce.toByteArray() + "\",signature=\""
        + signedMessage.signature + "\",timestamp=\"" + QByteArray::number(timestamp)
        + "\",serial_no=\"" + m_credentials.merchantSerial.toUtf8() + '"';
    return signedMessage;
}

Result<SignedMessage> RequestSigner::sign(
    const ApiRequest &request, qint64 timestamp, QByteArrayView nonce) const
{
    return sign(request.method(), request.target(), timestamp, nonce, request.body());
}

} // namespace psc::apiv3
