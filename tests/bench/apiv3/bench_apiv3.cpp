// What the protocol layer adds to a request: signing and a full signed round trip over
// loopback (sign, send, receive, verify). Run with ./dev bench.
#include <apiv3/ApiClient.h>
#include <apiv3/RequestSigner.h>

#include "LoopbackServer.h"
#include "TestData.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace psc;
using namespace psc::apiv3;

class BenchApiv3 : public QObject {
    Q_OBJECT

    MerchantCredentials m_credentials;
    crypto::PrivateKey m_wechatKey;
    QByteArray m_body;

private slots:
    void initTestCase()
    {
        m_credentials = { QStringLiteral("1900007291"),
            QStringLiteral("408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB"),
            *crypto::PrivateKey::fromFile(
                test::testDataPath(QStringLiteral("vectors/v1_private_key.pem"))) };
        m_wechatKey = *crypto::PrivateKey::generateRsa(2048);
        m_body = test::readTestData(QStringLiteral("vectors/v1a_message.txt")).split('\n').value(4);
    }

    void signRequest()
    {
        const RequestSigner signer(m_credentials);
        const ApiRequest request = ApiRequest::post("/v3/pay/transactions/jsapi", m_body);
        QBENCHMARK
        {
            QVERIFY(signer.sign(request, 1554208460, "593BEC0C930BF1AFEB40B4A08C8FB242").ok());
        }
    }

    void signedRoundTripOverLoopback()
    {
        test::LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(test::ScriptedAnswer::json(200, R"({"state":"DONE"})")
                                    .signedWith(m_wechatKey, "PUB_KEY_ID_0114BENCH"));
        ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.credentials = m_credentials;
        config.keyRing.addPublicKey(QStringLiteral("PUB_KEY_ID_0114BENCH"),
            *crypto::PublicKey::fromPem(m_wechatKey.publicKeyPem()));
        QNetworkAccessManager network;
        ApiClient client(config, &network);
        QBENCHMARK
        {
            QCOMPARE(
                client.sendAndWait(ApiRequest::post("/v3/x", m_body)).outcome, Outcome::Succeeded);
        }
    }
};

QTEST_GUILESS_MAIN(BenchApiv3)
#include "bench_apiv3.moc"
