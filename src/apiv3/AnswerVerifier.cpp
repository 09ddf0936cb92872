#include "AnswerVerifier.h"

#include <crypto/Codec.h>

#include <QDateTime>

namespace psc::apiv3 {

QString verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NotChecked:
        return QStringLiteral("not_checked");
    case Verdict::Verified:
        return QStringLiteral("verified");
    case Verdict::MissingHeaders:
        return QStringLiteral("missing_headers");
    case Verdict::UnknownSerial:
        return QStringLiteral("unknown_serial");
    case Verdict::ClockSkew:
        return QStringLiteral("clock_skew");
    case Verdict::BadSignatureEncoding:
        return QStringLiteral("bad_signature_encoding");
    case Verdict::SignatureMismatch:
        return QStringLiteral("signature_mismatch");
    }
    return QStringLiteral("not_checked");
}

qint64 systemClock()
{
    return QDateTime::currentSecsSinceEpoch();
}

AnswerVerifier::AnswerVerifier(KeyRing keyRing, Clock clock)
    : m_keyRing(std::move(keyRing))
    , m_clock(clock ? std::move(clock) : Clock(systemClock))
{
}

QByteArray AnswerVerifier::message(
    QByteArrayView timestamp, QByteArrayView nonce, QByteArrayView body)
{
    QByteArray message;
    message.reserve(timestamp.size() + nonce.size() + body.size() + 3);
    message.append(timestamp).append('\n').append(nonce).append('\n').append(body).append('\n');
    return message;
}

Verdict AnswerVerifier::verify(QByteArrayView timestamp, QByteArrayView nonce,
    QByteArrayView signature, QByteArrayView serial, QByteArrayView body) const
{
    if (timestamp.isEmpty() || nonce.isEmpty() || signature.isEmpty() || serial.isEmpty())
        return Verdict::MissingHeaders;
    const crypto::PublicKey key = m_keyRing.find(QString::fromUtf8(serial));
    if (key.isNull())
        return Verdict::UnknownSerial;
    bool numeric = false;
    const qint64 seconds = timestamp.toByteArray().toLongLong(&numeric);
    if (!numeric || qAbs(m_clock() - seconds) > maxSkewSeconds)
        return Verdict::ClockSkew;
    const auto raw = crypto::decodeBase64Strict(signature);
    if (!raw || raw->isEmpty())
        return Verdict::BadSignatureEncoding;
    if (!key.verifySha256(message(timestamp, nonce, body), *raw))
        return Verdict::SignatureMismatch;
    return Verdict::Verified;
}

Verdict AnswerVerifier::verify(const RawHeaders &headers, QByteArrayView body) const
{
    return verify(headerValue(headers, "Wechatpay-Timestamp"),
        headerValue(headers, "Wechatpay-Nonce"), headerValue(headers, "Wechatpay-Signature"),
        headerValue(headers, "Wechatpay-Serial"), body);
}

} // namespace psc::apiv3
