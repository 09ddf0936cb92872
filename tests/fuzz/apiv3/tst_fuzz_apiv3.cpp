// Deterministic fuzzing (fixed seeds): whatever arrives, the verifier, the error decoder and the
// profile reader neither crash nor call it a success, and a broken server never yields one.
#include <apiv3/AnswerVerifier.h>
#include <apiv3/ApiClient.h>
#include <apiv3/ApiError.h>
#include <profile/Profile.h>

#include "LoopbackServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QtTest>

using namespace psc;
using namespace psc::apiv3;

namespace {

QByteArray randomBytes(QRandomGenerator &random, int maxLength)
{
    QByteArray bytes(random.bounded(maxLength + 1), Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

// Flips, drops and inserts a few bytes of `seed`.
QByteArray mutate(QRandomGenerator &random, QByteArray seed)
{
    const int edits = 1 + random.bounded(4);
    for (int i = 0; i < edits && !seed.isEmpty(); ++i) {
        const int at = random.bounded(int(seed.size()));
        switch (random.bounded(4)) {
        case 0:
            seed[at] = char(random.bounded(256));
            break;
        case 1:
            seed.remove(at, 1 + random.bounded(8));
            break;
        case 2:
            seed.insert(at, randomBytes(random, 8));
            break;
        default:
            seed.truncate(at);
            break;
        }
    }
    return seed;
}

} // namespace

class FuzzApiv3 : public QObject {
    Q_OBJECT

    crypto::PrivateKey m_key;

private slots:
    void initTestCase() { m_key = *crypto::PrivateKey::generateRsa(2048); }

    void verifierNeverAcceptsGarbage()
    {
        KeyRing ring;
        ring.addPublicKey(
            QStringLiteral("PUB_KEY_ID_01"), *crypto::PublicKey::fromPem(m_key.publicKeyPem()));
        const qint64 now = 1700000000;
        const AnswerVerifier verifier(ring, [now] { return now; });
        const QByteArray body = R"({"state":"DONE"})";
        const QByteArray good
            = m_key.signSha256(AnswerVerifier::message("1700000000", "N", body))->toBase64();
        QCOMPARE(
            verifier.verify("1700000000", "N", good, "PUB_KEY_ID_01", body), Verdict::Verified);

        QRandomGenerator random(20261122);
        for (int i = 0; i < 3000; ++i) {
            QByteArray signature;
            switch (i % 4) {
            case 0:
                signature = randomBytes(random, 400);
                break;
            case 1:
                signature = "WECHATPAY/SIGNTEST/" + randomBytes(random, 300).toBase64();
                break;
            case 2:
                signature = randomBytes(random, 256).toBase64();
                break;
            default:
                signature = mutate(random, good);
                break;
            }
            if (signature == good)
                continue;
            const Verdict verdict
                = verifier.verify("1700000000", "N", signature, "PUB_KEY_ID_01", body);
            QVERIFY2(verdict != Verdict::Verified, signature.toHex().constData());
            // A good signature over a mutated body.
            const QByteArray tampered = mutate(random, body);
            if (tampered != body)
                QVERIFY(verifier.verify("1700000000", "N", good, "PUB_KEY_ID_01", tampered)
                    != Verdict::Verified);
        }
    }

    void errorDecoderSurvivesGarbage()
    {
        const QByteArray seed
            = R"({"code":"PARAM_ERROR","message":"参数错误","detail":{"field":"/a","value":[1,{"b":2}],"issue":"x","location":"body","sign_information":{"url":"/v3/x"}}})";
        QRandomGenerator random(7);
        for (int i = 0; i < 3000; ++i) {
            const QByteArray body = i % 3 == 0 ? randomBytes(random, 200) : mutate(random, seed);
            const auto error = ApiError::fromBody(body);
            if (error)
                QVERIFY(!error->code.isNull());
        }
    }

    void profileReaderSurvivesGarbage()
    {
        const QByteArray seed
            = R"({"name":"n","base_url":"https://api.mch.weixin.qq.com","mchid":"1900007291","merchant_serial":"AB","private_key_file":"k.pem","wechatpay_public_key_id":"PUB_KEY_ID_1","wechatpay_public_key_file":"p.pem","platform_certificate_files":["c.pem"]})";
        QRandomGenerator random(11);
        for (int i = 0; i < 2000; ++i) {
            const QJsonDocument document = QJsonDocument::fromJson(mutate(random, seed));
            if (!document.isObject())
                continue;
            const auto profile = profile::Profile::fromJson(document.object());
            if (profile)
                profile->validate();
        }
    }

    void brokenServersNeverSucceed_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n");
        QTest::newRow("truncated body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{\"state\":");
        QTest::newRow("headers only")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
        QTest::newRow("bad status line")
            << QByteArray("HTTP/1.1 2OO OK\r\nContent-Length: 2\r\n\r\n{}");
        QTest::newRow("unsigned 200")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        QRandomGenerator random(3);
        for (int i = 0; i < 8; ++i)
            QTest::newRow(qPrintable(QStringLiteral("random %1").arg(i)))
                << QByteArray("HTTP/1.1 200 OK\r\n" + randomBytes(random, 300));
    }
    void brokenServersNeverSucceed()
    {
        QFETCH(QByteArray, raw);
        test::LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(test::ScriptedAnswer::rawBytes(raw));
        ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.credentials = { QStringLiteral("1900007291"), QStringLiteral("AB"), m_key };
        config.keyRing.addPublicKey(
            QStringLiteral("PUB_KEY_ID_01"), *crypto::PublicKey::fromPem(m_key.publicKeyPem()));
        config.transferTimeout = std::chrono::milliseconds(2000);
        config.retry.backoff = std::chrono::milliseconds(0);
        QNetworkAccessManager network;
        const ApiResult result
            = ApiClient(config, &network).sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QVERIFY2(result.outcome != Outcome::Succeeded, qPrintable(outcomeName(result.outcome)));
        QVERIFY(!result.verified);
        QVERIFY(!result.error.code.isEmpty());
    }
};

QTEST_GUILESS_MAIN(FuzzApiv3)
#include "tst_fuzz_apiv3.moc"
