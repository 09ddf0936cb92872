#pragma once

// A WeChat Pay notification (callback) as the sandbox's WeChat Pay would send it, for the tests
// of `payscore-cli decrypt` and the console's "Decrypt a notification": the resource sealed
// with the APIv3 key (AEAD_AES_256_GCM), the body signed with the sandbox's WeChat Pay key
// (public-key-id mode), and the headers as they appear in a server log.
#include <crypto/Codec.h>
#include <sandbox/SandboxIdentity.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace psc::testsupport {

inline QByteArray sealedNotification(const sandbox::SandboxIdentity &identity,
    const QByteArray &eventType, const QJsonObject &resource)
{
    const QByteArray nonce = "refundnonce1";
    const auto sealed = crypto::encryptAes256Gcm(
        identity.apiv3Key, nonce, "refund", QJsonDocument(resource).toJson(QJsonDocument::Compact));
    const QJsonObject body { { "id", "EV-2026-0001" },
        { "create_time", "2026-11-22T16:00:00+08:00" }, { "resource_type", "encrypt-resource" },
        { "event_type", QString::fromLatin1(eventType) }, { "summary", "退款成功" },
        { "resource",
            QJsonObject { { "original_type", "refund" }, { "algorithm", "AEAD_AES_256_GCM" },
                { "ciphertext", QString::fromLatin1(sealed->toBase64()) },
                { "associated_data", "refund" }, { "nonce", QString::fromLatin1(nonce) } } } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// `tamper`: one character of the signature changed (a forged notification).
inline QByteArray notificationHeaders(
    const sandbox::SandboxIdentity &identity, const QByteArray &body, bool tamper)
{
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray nonce = "NOTIFYNONCE0123456789ABCDEFGHIJ";
    const QByteArray message = timestamp + '\n' + nonce + '\n' + body + '\n';
    QByteArray signature = identity.wechatpayKey.signSha256(message)->toBase64();
    if (tamper)
        signature[10] = signature[10] == 'A' ? 'B' : 'A';
    return "POST /notify/refund HTTP/1.1\r\nContent-Type: application/json\r\n"
           "Wechatpay-Timestamp: "
        + timestamp + "\r\nwechatpay-nonce: " + nonce + "\r\nWechatpay-Signature: " + signature
        + "\r\nWechatpay-Serial: " + identity.wechatpayPublicKeyId.toLatin1() + "\r\n";
}

} // namespace psc::testsupport
