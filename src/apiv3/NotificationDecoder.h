#pragma once

#include "AnswerVerifier.h"
#include "KeyRing.h"

#include <crypto/SecureBytes.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace psc::apiv3 {

// The four headers WeChat Pay signs a notification (callback) with.
struct NotificationHeaders {
    QByteArray timestamp; // Wechatpay-Timestamp
    QByteArray nonce; // Wechatpay-Nonce
    QByteArray signature; // Wechatpay-Signature
    QByteArray serial; // Wechatpay-Serial

    bool isEmpty() const
    {
        return timestamp.isEmpty() && nonce.isEmpty() && signature.isEmpty() && serial.isEmpty();
    }
    // "Name: value" lines as copied from a server log or browser (names case-insensitive,
    // other headers ignored, CRLF or LF).
    static NotificationHeaders fromText(QByteArrayView text);
};

// One notification, decoded: the envelope's fields and the decrypted resource.
struct DecodedNotification {
    QString error; // empty on success; translated, says what is wrong
    QString errorCode; // INVALID_INPUT, VERIFICATION_FAILED, DECRYPT_FAILED
    QString field; // "/resource/ciphertext", "signature", …
    Verdict verdict = Verdict::NotChecked; // of the signature headers, when given
    QString id;
    QString createTime;
    QString eventType; // PAYSCORE.USER_PAID, REFUND.SUCCESS, REFUND.ABNORMAL, REFUND.CLOSED, …
    QString resourceType;
    QString summary;
    QString originalType; // resource.original_type: "payscore", "refund", …
    QByteArray plaintext; // the decrypted resource (JSON)
    QJsonObject resource; // plaintext parsed, when it is a JSON object

    bool ok() const { return error.isEmpty(); }
    bool verified() const { return verdict == Verdict::Verified; }
};

// Decodes the body WeChat Pay POSTs to a notify_url: PayScore and refund events alike
// (payscore-api.md §4). Given the signature headers it verifies them first, over the body's
// exact bytes, and a failure stops it — nothing unverified is decrypted then. Without headers
// it decrypts and says verified false. The CLI's `decrypt` and the console's "paste a
// notification" view share it.
class NotificationDecoder {
    Q_DECLARE_TR_FUNCTIONS(NotificationDecoder)
public:
    // `keyRing` verifies headers (none given: a notification with headers is refused).
    NotificationDecoder(crypto::SecureBytes apiV3Key, std::optional<KeyRing> keyRing = {},
        Clock clock = systemClock);

    DecodedNotification decode(
        const QByteArray &body, const NotificationHeaders &headers = {}) const;

private:
    crypto::SecureBytes m_apiV3Key;
    std::optional<KeyRing> m_keyRing;
    Clock m_clock;
};

} // namespace psc::apiv3
