#pragma once

// A real ApiClient + OperationRunner talking plain HTTP to the scripted LoopbackServer on
// 127.0.0.1. Merchant key: the official V1 test key; WeChat Pay key: the V2 SDK key under a
// PUB_KEY_ID_ serial. The PayScore business clock is pinned (kNow) so time rules never depend
// on the second a test runs in.
#include "LoopbackServer.h"
#include "TestData.h"

#include <apiv3/ApiClient.h>
#include <apiv3/RequestSigner.h>
#include <payscore/OperationRunner.h>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>

#include <memory>

namespace psc::test {

inline const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0, 0), Qt::UTC); // 16:00 Beijing
inline const QByteArray kWechatpaySerial = "PUB_KEY_ID_0114232100000000000000000000";
inline const QByteArray kMerchantSerial = "408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB";
inline const payscore::OrderDefaults kDefaults { QStringLiteral("wxd678efh567hg6787"),
    QStringLiteral("500001"), QStringLiteral("1900000109") };

inline crypto::PrivateKey loadKey(const QString &file)
{
    auto key = crypto::PrivateKey::fromPem(crypto::SecureBytes(readTestData(file)));
    if (!key)
        qFatal("cannot load %s", qPrintable(file));
    return *key;
}

struct PayScoreBench {
    LoopbackServer server;
    QNetworkAccessManager network;
    crypto::PrivateKey merchantKey = loadKey(QStringLiteral("vectors/v1_private_key.pem"));
    crypto::PrivateKey wechatpayKey = loadKey(QStringLiteral("vectors/v2_private_key.pem"));
    std::unique_ptr<apiv3::ApiClient> client;
    std::unique_ptr<payscore::OperationRunner> runner;

    explicit PayScoreBench(int timeoutMs = 5000)
    {
        if (!server.listen())
            qFatal("loopback server did not listen");
        apiv3::ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.credentials.mchid = QStringLiteral("1900007291");
        config.credentials.merchantSerial = QString::fromLatin1(kMerchantSerial);
        config.credentials.privateKey = merchantKey;
        config.keyRing.addPublicKey(QString::fromLatin1(kWechatpaySerial),
            *crypto::PublicKey::fromPem(wechatpayKey.publicKeyPem()));
        config.wechatpaySerial = QString::fromLatin1(kWechatpaySerial);
        config.transferTimeout = std::chrono::milliseconds(timeoutMs);
        config.retry.maxRetries = 0; // one scripted answer per request
        client = std::make_unique<apiv3::ApiClient>(config, &network);
        runner = std::make_unique<payscore::OperationRunner>(client.get());
        runner->setClock([] { return kNow; });
    }

    // A signed answer, as WeChat Pay would send it.
    ScriptedAnswer signedJson(int status, const QByteArray &body) const
    {
        return ScriptedAnswer::json(status, body).signedWith(wechatpayKey, kWechatpaySerial);
    }
    ScriptedAnswer signedNoContent() const
    {
        return ScriptedAnswer::noContent().signedWith(wechatpayKey, kWechatpaySerial);
    }

    payscore::OrderKey key(payscore::Mode mode, const QString &outOrderNo = QStringLiteral("R-1"))
    {
        payscore::OrderKey orderKey;
        orderKey.mode = mode;
        orderKey.outOrderNo = outOrderNo;
        orderKey.applyDefaults(kDefaults);
        return orderKey;
    }
};

// The signature of a recorded request verifies with the merchant's public key over the bytes
// the server received (method, request target, body), with the header's timestamp and nonce.
inline bool signatureVerifies(const RecordedRequest &request, const crypto::PrivateKey &merchantKey)
{
    const QString authorization = QString::fromLatin1(request.header("Authorization"));
    if (!authorization.startsWith(QLatin1String("WECHATPAY2-SHA256-RSA2048 ")))
        return false;
    QHash<QString, QString> items;
    static const QRegularExpression item(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    for (auto it = item.globalMatch(authorization); it.hasNext();) {
        const auto match = it.next();
        items.insert(match.captured(1), match.captured(2));
    }
    const QByteArray message = apiv3::RequestSigner::canonicalMessage(request.method,
        request.target, items.value(QStringLiteral("timestamp")).toLongLong(),
        items.value(QStringLiteral("nonce_str")).toLatin1(), request.body);
    const auto signature
        = QByteArray::fromBase64(items.value(QStringLiteral("signature")).toLatin1());
    const auto publicKey = crypto::PublicKey::fromPem(merchantKey.publicKeyPem());
    return publicKey && publicKey->verifySha256(message, signature)
        && items.value(QStringLiteral("serial_no")) == QString::fromLatin1(kMerchantSerial)
        && items.value(QStringLiteral("mchid")) == QStringLiteral("1900007291");
}

inline QJsonObject bodyOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

inline bool isJsonInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

} // namespace psc::test
