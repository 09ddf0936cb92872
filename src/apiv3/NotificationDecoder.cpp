#include "NotificationDecoder.h"

#include <crypto/Codec.h>

#include <QJsonDocument>

namespace psc::apiv3 {

NotificationHeaders NotificationHeaders::fromText(QByteArrayView text)
{
    NotificationHeaders headers;
    for (QByteArray line : text.toByteArray().split('\n')) {
        line = line.trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "wechatpay-timestamp")
            headers.timestamp = value;
        else if (name == "wechatpay-nonce")
            headers.nonce = value;
        else if (name == "wechatpay-signature")
            headers.signature = value;
        else if (name == "wechatpay-serial")
            headers.serial = value;
    }
    return headers;
}

NotificationDecoder::NotificationDecoder(
    crypto::SecureBytes apiV3Key, std::optional<KeyRing> keyRing, Clock clock)
    : m_apiV3Key(std::move(apiV3Key))
    , m_keyRing(std::move(keyRing))
    , m_clock(std::move(clock))
{
}

DecodedNotification NotificationDecoder::decode(
    const QByteArray &body, const NotificationHeaders &headers) const
{
    DecodedNotification decoded;
    const auto fail = [&decoded](const char *code, const QString &message, const QString &field) {
        decoded.errorCode = QLatin1String(code);
        decoded.error = message;
        decoded.field = field;
        return decoded;
    };
    const QJsonObject notification = QJsonDocument::fromJson(body).object();
    const QJsonObject resource = notification.value(QStringLiteral("resource")).toObject();
    if (resource.isEmpty())
        return fail("INVALID_INPUT", tr("The text is not a notification: no resource object."),
            QStringLiteral("/resource"));
    decoded.id = notification.value(QStringLiteral("id")).toString();
    decoded.createTime = notification.value(QStringLiteral("create_time")).toString();
    decoded.eventType = notification.value(QStringLiteral("event_type")).toString();
    decoded.resourceType = notification.value(QStringLiteral("resource_type")).toString();
    decoded.summary = notification.value(QStringLiteral("summary")).toString();
    decoded.originalType = resource.value(QStringLiteral("original_type")).toString();
    const QString algorithm = resource.value(QStringLiteral("algorithm")).toString();
    if (!algorithm.isEmpty() && algorithm != QLatin1String("AEAD_AES_256_GCM"))
        return fail("INVALID_INPUT", tr("Unsupported algorithm %1.").arg(algorithm),
            QStringLiteral("/resource/algorithm"));
    // Each field named for what is wrong with it (a number where a string belongs would
    // otherwise surface as an empty nonce at /resource/ciphertext).
    for (const QString &name : { QStringLiteral("ciphertext"), QStringLiteral("nonce"),
             QStringLiteral("associated_data") }) {
        const QJsonValue value = resource.value(name);
        const bool optional = name == QLatin1String("associated_data");
        const bool absent = value.isUndefined() || value.isNull();
        if (absent ? !optional : !value.isString() || (!optional && value.toString().isEmpty()))
            return fail("INVALID_INPUT",
                tr("resource.%1 must be a non-empty JSON string.").arg(name),
                QStringLiteral("/resource/") + name);
    }

    if (!headers.isEmpty()) {
        if (!m_keyRing)
            return fail("VERIFICATION_FAILED",
                tr("No WeChat Pay key to verify the notification's signature with: it was not "
                   "decrypted."),
                QStringLiteral("signature"));
        const AnswerVerifier verifier(*m_keyRing, m_clock);
        decoded.verdict = verifier.verify(
            headers.timestamp, headers.nonce, headers.signature, headers.serial, body);
        if (decoded.verdict != Verdict::Verified)
            return fail("VERIFICATION_FAILED",
                tr("The notification's signature does not verify (%1): it was not decrypted.")
                    .arg(verdictName(decoded.verdict)),
                QStringLiteral("signature"));
    }

    const auto ciphertext = crypto::decodeBase64Strict(
        resource.value(QStringLiteral("ciphertext")).toString().toLatin1());
    if (!ciphertext)
        return fail("INVALID_INPUT", tr("resource.ciphertext is not Base64."),
            QStringLiteral("/resource/ciphertext"));
    const auto plain = crypto::decryptAes256Gcm(m_apiV3Key,
        resource.value(QStringLiteral("nonce")).toString().toUtf8(),
        resource.value(QStringLiteral("associated_data")).toString().toUtf8(), *ciphertext);
    if (!plain)
        return fail("DECRYPT_FAILED", tr("Cannot decrypt: %1").arg(plain.error()),
            QStringLiteral("/resource/ciphertext"));
    decoded.plaintext = plain->view().toByteArray();
    const QJsonDocument document = QJsonDocument::fromJson(decoded.plaintext);
    if (document.isObject())
        decoded.resource = document.object();
    return decoded;
}

} // namespace psc::apiv3
