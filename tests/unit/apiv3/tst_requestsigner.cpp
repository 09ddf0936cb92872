// Request signing (payscore-api.md §2): the canonical message, the official V1 vectors, and the
// percent-encoding that makes the signed URL the sent URL.
#include <apiv3/ApiRequest.h>
#include <apiv3/RequestSigner.h>

#include "TestData.h"

#include <QtTest>

using namespace psc;
using namespace psc::apiv3;

namespace {

const QByteArray v1Nonce = "593BEC0C930BF1AFEB40B4A08C8FB242";
constexpr qint64 v1Timestamp = 1554208460;

MerchantCredentials v1Credentials()
{
    auto key = crypto::PrivateKey::fromFile(
        test::testDataPath(QStringLiteral("vectors/v1_private_key.pem")));
    if (!key)
        qFatal("V1 key: %s", qPrintable(key.error()));
    return { QStringLiteral("1900007291"),
        QStringLiteral("408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB"), *key };
}

QByteArray v1aBody()
{
    return test::readTestData(QStringLiteral("vectors/v1a_message.txt")).split('\n').value(4);
}

} // namespace

class TestRequestSigner : public QObject {
    Q_OBJECT
private slots:
    void canonicalMessageIsFiveTerminatedLines()
    {
        QCOMPARE(RequestSigner::canonicalMessage("GET", "/v3/x", 1, "N", ""),
            QByteArray("GET\n/v3/x\n1\nN\n\n"));
        const QByteArray message = RequestSigner::canonicalMessage(
            "POST", "/v3/pay/transactions/jsapi", v1Timestamp, v1Nonce, v1aBody());
        QCOMPARE(message, test::readTestData(QStringLiteral("vectors/v1a_message.txt")));
    }

    void reproducesOfficialV1a()
    {
        const RequestSigner signer(v1Credentials());
        const auto signedMessage = signer.sign(
            ApiRequest::post("/v3/pay/transactions/jsapi", v1aBody()), v1Timestamp, v1Nonce);
        QVERIFY2(signedMessage.ok(), qPrintable(signedMessage.error()));
        const QByteArray expected
            = test::readTestData(QStringLiteral("vectors/v1a_signature.b64")).trimmed();
        QCOMPARE(signedMessage->signature, expected);
        QCOMPARE(signedMessage->authorization,
            QByteArray("WECHATPAY2-SHA256-RSA2048 mchid=\"1900007291\",nonce_str=\""
                       "593BEC0C930BF1AFEB40B4A08C8FB242\",signature=\"")
                + expected
                + "\",timestamp=\"1554208460\",serial_no="
                  "\"408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB\"");
    }

    void reproducesOfficialV1bWithEmptyBody()
    {
        const RequestSigner signer(v1Credentials());
        const auto signedMessage = signer.sign(
            ApiRequest::get("/v3/refund/domestic/refunds/123123123123"), v1Timestamp, v1Nonce);
        QVERIFY(signedMessage.ok());
        QVERIFY(signedMessage->canonicalMessage.endsWith("\n\n"));
        QCOMPARE(signedMessage->signature,
            test::readTestData(QStringLiteral("vectors/v1b_signature.b64")).trimmed());
    }

    void redactedAuthorizationHidesTheSignature()
    {
        const auto signedMessage
            = RequestSigner(v1Credentials()).sign("GET", "/v3/x", v1Timestamp, v1Nonce, "");
        QVERIFY(signedMessage.ok());
        const QByteArray redacted = signedMessage->redactedAuthorization();
        QVERIFY(!redacted.contains(signedMessage->signature));
        QVERIFY(redacted.contains(
            "signature=\"" + signedMessage->signature.left(8) + "\xE2\x80\xA6\""));
        QVERIFY(redacted.contains("mchid=\"1900007291\""));
        QCOMPARE(RequestSigner::shortenSignature("abc"), QByteArray("***"));
    }

    void signingWithoutKeyFailsCleanly()
    {
        MerchantCredentials credentials = v1Credentials();
        credentials.privateKey = {};
        const auto result = RequestSigner(credentials).sign("GET", "/v3/x", 1, "N", "");
        QVERIFY(!result.ok());
        QVERIFY(!result.error().isEmpty());
    }

    void encodePathSegment_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("pipe") << QStringLiteral("A|B") << QByteArray("A%7CB");
        QTest::newRow("star") << QStringLiteral("a*b") << QByteArray("a%2Ab");
        QTest::newRow("space") << QStringLiteral("a b") << QByteArray("a%20b");
        QTest::newRow("chinese") << QStringLiteral("中文") << QByteArray("%E4%B8%AD%E6%96%87");
        QTest::newRow("reserved") << QStringLiteral("/?#&=+%")
                                  << QByteArray("%2F%3F%23%26%3D%2B%25");
        QTest::newRow("unreserved") << QStringLiteral("AZaz09-._~") << QByteArray("AZaz09-._~");
    }
    void encodePathSegment()
    {
        QFETCH(QString, raw);
        QFETCH(QByteArray, encoded);
        QCOMPARE(ApiRequest::encodePathSegment(raw), encoded);
    }

    void targetEncodesQueryValuesInOrder()
    {
        const ApiRequest request = ApiRequest::get("/v3/payscore/serviceorder",
            { { QStringLiteral("service_id"), QStringLiteral("5000") },
                { QStringLiteral("out_order_no"), QStringLiteral("A|B* 中") },
                { QStringLiteral("appid"), QStringLiteral("wx1") } });
        QCOMPARE(request.target(),
            QByteArray("/v3/payscore/serviceorder?service_id=5000&out_order_no=A%7CB%2A%20%E4%B8%AD"
                       "&appid=wx1"));
        QCOMPARE(ApiRequest::get("/v3/x").target(), QByteArray("/v3/x"));
        QCOMPARE(request.method(), QByteArray("GET"));
        QVERIFY(!request.hasBody());
    }

    void fromTargetKeepsBytes()
    {
        const ApiRequest request = ApiRequest::fromTarget("GET", "/v3/x?b=2&a=%7C");
        QCOMPARE(request.target(), QByteArray("/v3/x?b=2&a=%7C"));
        QCOMPARE(request.path(), QByteArray("/v3/x"));
    }

    void chineseBodyIsSignedAsUtf8()
    {
        const QByteArray body = QByteArray("{\"description\":\"形象店\"}");
        const auto signedMessage
            = RequestSigner(v1Credentials()).sign(ApiRequest::post("/v3/x", body), 1, "N");
        QVERIFY(signedMessage.ok());
        QVERIFY(signedMessage->canonicalMessage.endsWith(body + '\n'));
        QVERIFY(signedMessage->canonicalMessage.contains("\xE5\xBD\xA2\xE8\xB1\xA1\xE5\xBA\x97"));
    }
};

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
