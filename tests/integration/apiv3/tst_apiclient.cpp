// ApiClient against a real HTTP server on 127.0.0.1: what leaves the machine is exactly what
// was signed, answers are believed only when verified, and resends happen only when safe.
// Built twice: over Qt's QNetworkAccessManager, and (tst_apiclient_keepalive) over the batch
// lanes' KeepAliveNetwork, which must keep every one of these promises too.
#include <apiv3/ApiClient.h>
#include <apiv3/KeepAliveNetwork.h>
#include <apiv3/RequestSigner.h>

#include "LoopbackServer.h"
#include "TestData.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc;
using namespace psc::apiv3;
using psc::test::LoopbackServer;
using psc::test::RecordedRequest;
using psc::test::ScriptedAnswer;

namespace {

const QByteArray wechatKeyId = "PUB_KEY_ID_0114232134912410000000000000";
const QByteArray okBody = R"({"state":"DONE","out_order_no":"A|B"})";

// The Authorization header's items, e.g. items["signature"].
QHash<QByteArray, QByteArray> authorizationItems(const QByteArray &header)
{
    QHash<QByteArray, QByteArray> items;
    const QByteArray prefix = "WECHATPAY2-SHA256-RSA2048 ";
    if (!header.startsWith(prefix))
        return items;
    for (const QByteArray &pair : header.mid(prefix.size()).split(',')) {
        const qsizetype equals = pair.indexOf('=');
        items.insert(pair.left(equals), pair.mid(equals + 1).chopped(1).mid(1));
    }
    return items;
}

// A loopback port nobody listens on (a listener is opened and closed on it).
quint16 unusedPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestApiClient : public QObject {
    Q_OBJECT

    crypto::PrivateKey m_merchantKey;
    crypto::PublicKey m_merchantPublicKey;
    crypto::PrivateKey m_wechatKey;
    QNetworkAccessManager *m_network = nullptr;

    ClientConfig configFor(const QUrl &baseUrl) const
    {
        ClientConfig config;
        config.baseUrl = baseUrl;
        config.credentials = { QStringLiteral("1900007291"),
            QStringLiteral("408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB"), m_merchantKey };
        config.keyRing.addPublicKey(QString::fromLatin1(wechatKeyId),
            *crypto::PublicKey::fromPem(m_wechatKey.publicKeyPem()));
        config.wechatpaySerial = QString::fromLatin1(wechatKeyId);
        config.transferTimeout = std::chrono::milliseconds(5000);
        config.retry.backoff = std::chrono::milliseconds(0);
        config.retry.maxDelay = std::chrono::milliseconds(200);
        return config;
    }

    ScriptedAnswer signedOk(const QByteArray &body = okBody) const
    {
        return ScriptedAnswer::json(200, body).signedWith(m_wechatKey, wechatKeyId);
    }

    // The received request's signature, checked with the merchant's public key over the bytes
    // the server actually received.
    bool signatureVerifiesOverReceivedBytes(const RecordedRequest &received) const
    {
        const auto items = authorizationItems(received.header("Authorization"));
        const QByteArray message = RequestSigner::canonicalMessage(received.method, received.target,
            items.value("timestamp").toLongLong(), items.value("nonce_str"), received.body);
        const auto signature = QByteArray::fromBase64(items.value("signature"));
        return items.value("mchid") == "1900007291"
            && items.value("serial_no") == "408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB"
            && m_merchantPublicKey.verifySha256(message, signature);
    }

private slots:
    void initTestCase()
    {
        m_merchantKey = *crypto::PrivateKey::fromFile(
            test::testDataPath(QStringLiteral("vectors/v1_private_key.pem")));
        m_merchantPublicKey = *crypto::PublicKey::fromFile(
            test::testDataPath(QStringLiteral("vectors/v1_public_key.pem")));
        m_wechatKey = *crypto::PrivateKey::generateRsa(2048);
    }

    void init()
    {
#ifdef PAYSCORE_TEST_KEEPALIVE
        m_network = new KeepAliveNetwork(this);
#else
        m_network = new QNetworkAccessManager(this);
#endif
    }
    void cleanup()
    {
        delete m_network;
        m_network = nullptr;
    }

    void sentBytesAreSignedBytes()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(signedOk());
        ApiClient client(configFor(server.baseUrl()), m_network);

        const QByteArray path = "/v3/payscore/serviceorder/"
            + ApiRequest::encodePathSegment(QStringLiteral("A|B* 中文")) + "/complete";
        const QByteArray body = QStringLiteral("{\"reason\":\"押金 退还\",\"total\":100}").toUtf8();
        const ApiRequest request(
            "POST", path, { { QStringLiteral("q"), QStringLiteral("x|y*z 租借") } }, body);
        const ApiResult result = client.sendAndWait(request);

        QCOMPARE(result.outcome, Outcome::Succeeded);
        QCOMPARE(server.requestCount(), 1);
        const RecordedRequest received = server.requests().first();
        // Byte for byte what was signed, with every special character encoded.
        QCOMPARE(received.target, request.target());
        QCOMPARE(received.target,
            QByteArray("/v3/payscore/serviceorder/A%7CB%2A%20%E4%B8%AD%E6%96%87/complete"
                       "?q=x%7Cy%2Az%20%E7%A7%9F%E5%80%9F"));
        QCOMPARE(received.body, body);
        QVERIFY(received.body.contains("\xE6\x8A\xBC\xE9\x87\x91")); // 押金 in UTF-8
        QVERIFY(signatureVerifiesOverReceivedBytes(received));
        QVERIFY(result.request.canonicalMessage.contains(received.target + '\n'));
        QVERIFY(result.request.url.endsWith(received.target));
    }

    void largeBodyArrivesIntact()
    {
        // The one-shot body device is read in chunks: all of it must arrive, signed.
        QByteArray body = "{\"items\":[";
        for (int i = 0; i < 20000; ++i)
            body += (i ? "," : "") + QStringLiteral("\"租借%1\"").arg(i).toUtf8();
        body += "]}";
        QVERIFY(body.size() > 200000);
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(signedOk());
        ApiClient client(configFor(server.baseUrl()), m_network);
        QCOMPARE(client.sendAndWait(ApiRequest::post("/v3/x", body)).outcome, Outcome::Succeeded);
        QCOMPARE(server.requests().first().body, body);
        QVERIFY(signatureVerifiesOverReceivedBytes(server.requests().first()));
    }

    void requiredHeadersPresent()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(signedOk());
        server.enqueue(signedOk());
        ApiClient client(configFor(server.baseUrl()), m_network);
        QCOMPARE(
            client.sendAndWait(ApiRequest::post("/v3/x", "{\"a\":1}")).outcome, Outcome::Succeeded);
        QCOMPARE(client.sendAndWait(ApiRequest::get("/v3/x")).outcome, Outcome::Succeeded);

        const RecordedRequest post = server.requests().at(0);
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.header("Accept"), QByteArray("application/json"));
        QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(post.header("Wechatpay-Serial"), wechatKeyId);
        const QByteArray agent = post.header("User-Agent");
        QVERIFY2(agent.startsWith("PayScoreConsole/0.1.0 "), agent.constData());
        QVERIFY2(agent.contains(QSysInfo::prettyProductName().toUtf8()), agent.constData());
        QVERIFY2(agent.contains(QByteArray("Qt/") + qVersion()), agent.constData());
        QVERIFY2(agent.contains("OpenSSL/3."), agent.constData());
        QVERIFY(post.header("Authorization").startsWith("WECHATPAY2-SHA256-RSA2048 "));

        const RecordedRequest get = server.requests().at(1);
        QCOMPARE(get.method, QByteArray("GET"));
        QVERIFY(!get.hasHeader("Content-Type"));
        QVERIFY(get.body.isEmpty());
        QCOMPARE(get.header("Accept"), QByteArray("application/json"));
        QVERIFY(signatureVerifiesOverReceivedBytes(get));
    }

    void resultCarriesAnswerAndShortenedRequest()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(signedOk().withHeader("Request-ID", "08F78BB5AF0610D0"));
        ApiClient client(configFor(server.baseUrl()), m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.body, okBody);
        QCOMPARE(result.requestId, QStringLiteral("08F78BB5AF0610D0"));
        QCOMPARE(result.verdict, Verdict::Verified);
        QVERIFY(result.verified);
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(headerValue(result.headers, "Wechatpay-Serial"), wechatKeyId);

        // The full signature went on the wire but is kept nowhere in the result.
        const QByteArray signature
            = authorizationItems(server.requests().first().header("Authorization"))
                  .value("signature");
        QCOMPARE(signature.size(), 344);
        QVERIFY(!result.request.authorization.contains(signature));
        QVERIFY(result.request.authorization.contains(signature.left(8) + "\xE2\x80\xA6"));
        for (const auto &header : result.request.headers)
            QVERIFY(!header.second.contains(signature));
        const QString curl = result.request.toCurl();
        QVERIFY(!curl.contains(QString::fromLatin1(signature.left(20))));
        QVERIFY(curl.contains(QLatin1String("redacted")));
        QVERIFY(curl.contains(QLatin1String("Wechatpay-Serial: ") + QLatin1String(wechatKeyId)));
    }

    void noContentAccepted()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedAnswer::noContent().signedWith(m_wechatKey, wechatKeyId));
        ApiClient client(configFor(server.baseUrl()), m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.httpStatus, 204);
        QCOMPARE(result.verdict, Verdict::Verified);
        QCOMPARE(result.outcome, Outcome::Succeeded);
    }

    void unverifiedSuccessIsUnknown_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("code");
        QTest::newRow("tampered body") << 0 << int(Verdict::SignatureMismatch)
                                       << QString::fromLatin1(ClientCode::VerificationFailed);
        QTest::newRow("unsigned") << 1 << int(Verdict::MissingHeaders)
                                  << QString::fromLatin1(ClientCode::VerificationFailed);
        QTest::newRow("unknown serial") << 2 << int(Verdict::UnknownSerial)
                                        << QString::fromLatin1(ClientCode::VerificationFailed);
        QTest::newRow("probe") << 3 << int(Verdict::BadSignatureEncoding)
                               << QString::fromLatin1(ClientCode::VerificationFailed);
        QTest::newRow("old timestamp")
            << 4 << int(Verdict::ClockSkew) << QString::fromLatin1(ClientCode::ClockSkew);
    }
    void unverifiedSuccessIsUnknown()
    {
        QFETCH(int, kind);
        QFETCH(int, verdict);
        QFETCH(QString, code);
        ScriptedAnswer answer = signedOk();
        switch (kind) {
        case 0: { // signed over one body, another one delivered
            const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
            answer.timestamp = ts.toLongLong();
            answer.signatureOverride
                = m_wechatKey
                      .signSha256(AnswerVerifier::message(ts, answer.nonce, R"({"state":"DOING"})"))
                      ->toBase64();
            break;
        }
        case 1:
            answer = ScriptedAnswer::json(200, okBody);
            break;
        case 2:
            answer = answer.signedWith(m_wechatKey, "PUB_KEY_ID_0114999999999999999999999999");
            break;
        case 3:
            answer.signatureOverride = "WECHATPAY/SIGNTEST/ZzaZsdR0hQ8IAbBVhL0oBVGAUzN3";
            break;
        case 4:
            answer.timestamp = QDateTime::currentSecsSinceEpoch() - 3600;
            break;
        }
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(answer);
        ApiClient client(configFor(server.baseUrl()), m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(int(result.verdict), verdict);
        QVERIFY(!result.verified);
        QCOMPARE(result.outcome, Outcome::Unknown);
        QCOMPARE(result.error.code, code);
        QCOMPARE(server.requestCount(), 1); // never resent
    }

    void errorAnswersDecodedSignedOrNot()
    {
        const QByteArray error
            = R"({"code":"PARAM_ERROR","message":"参数错误",)"
              R"("detail":{"field":"/amount/currency","value":"XYZ","issue":"bad","location":"body"}})";
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedAnswer::json(400, error));
        server.enqueue(ScriptedAnswer::json(400, error).signedWith(m_wechatKey, wechatKeyId));
        ApiClient client(configFor(server.baseUrl()), m_network);

        const ApiResult unsignedResult = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(unsignedResult.outcome, Outcome::Rejected);
        QCOMPARE(unsignedResult.httpStatus, 400);
        QVERIFY(!unsignedResult.verified);
        QCOMPARE(unsignedResult.verdict, Verdict::MissingHeaders);
        QCOMPARE(unsignedResult.error.code, QStringLiteral("PARAM_ERROR"));
        QCOMPARE(unsignedResult.error.field, QStringLiteral("/amount/currency"));

        const ApiResult signedResult = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(signedResult.outcome, Outcome::Rejected);
        QVERIFY(signedResult.verified);
        QCOMPARE(signedResult.error.message, QStringLiteral("参数错误"));
        QCOMPARE(server.requestCount(), 2); // 400 is never resent
    }

    void redirectNotFollowed()
    {
        LoopbackServer target;
        QVERIFY(target.listen());
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedAnswer::json(307, {}).withHeader(
            "Location", target.baseUrl().toEncoded() + "/v3/x"));
        ApiClient client(configFor(server.baseUrl()), m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.httpStatus, 307);
        QCOMPARE(result.outcome, Outcome::Rejected);
        QCOMPARE(result.error.code, QString::fromLatin1(ClientCode::UnexpectedRedirect));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(target.requestCount(), 0);
    }

    void serverErrorThenSuccessResendsSameBodyOnce()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(
            ScriptedAnswer::json(500, R"({"code":"SYSTEM_ERROR","message":"系统错误"})"));
        server.enqueue(signedOk());
        ClientConfig config = configFor(server.baseUrl());
        // A clock that moves one second per reading: the resend must take a fresh timestamp.
        auto seconds = std::make_shared<qint64>(QDateTime::currentSecsSinceEpoch());
        config.clock = [seconds] { return (*seconds)++; };
        ApiClient client(config, m_network);
        const QByteArray body = QStringLiteral("{\"fee\":\"租金\"}").toUtf8();
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", body));

        QCOMPARE(result.outcome, Outcome::Succeeded);
        QCOMPARE(result.attempts, 2);
        QCOMPARE(server.requestCount(), 2);
        const RecordedRequest first = server.requests().at(0);
        const RecordedRequest second = server.requests().at(1);
        QCOMPARE(first.body, body);
        QCOMPARE(second.body, body);
        QCOMPARE(second.target, first.target);
        const auto a = authorizationItems(first.header("Authorization"));
        const auto b = authorizationItems(second.header("Authorization"));
        QVERIFY(a.value("nonce_str") != b.value("nonce_str"));
        QVERIFY(a.value("timestamp") != b.value("timestamp"));
        QVERIFY(a.value("signature") != b.value("signature"));
        QVERIFY(signatureVerifiesOverReceivedBytes(first));
        QVERIFY(signatureVerifiesOverReceivedBytes(second));
    }

    void atMostTwoRetries()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(
            ScriptedAnswer::json(503, R"({"code":"SERVICE_UNAVAILABLE","message":"稍后再试"})"));
        ApiClient client(configFor(server.baseUrl()), m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.outcome, Outcome::Rejected);
        QCOMPARE(result.error.code, QStringLiteral("SERVICE_UNAVAILABLE"));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(server.requestCount(), 3);
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(
            ScriptedAnswer::json(429, R"({"code":"FREQUENCY_LIMITED","message":"频率超限"})")
                .withHeader("Retry-After", "5"));
        server.enqueue(signedOk());
        ClientConfig config = configFor(server.baseUrl());
        config.retry.maxDelay = std::chrono::milliseconds(400); // caps Retry-After's 5 s
        ApiClient client(config, m_network);
        QElapsedTimer timer;
        timer.start();
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QCOMPARE(server.requestCount(), 2);
        // backoff is 0 here: only Retry-After (capped) explains the wait.
        QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void backoffGrowsBetweenRetries()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(
            ScriptedAnswer::json(500, R"({"code":"SYSTEM_ERROR","message":"x"})"));
        ClientConfig config = configFor(server.baseUrl());
        config.retry.backoff = std::chrono::milliseconds(100);
        config.retry.maxDelay = std::chrono::milliseconds(1000);
        ApiClient client(config, m_network);
        QElapsedTimer timer;
        timer.start();
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.attempts, 3);
        QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed()))); // 100 + 200
    }

    void connectionRefusedIsRetried()
    {
        // A port nobody listens on yet; the server appears there during the backoff.
        const quint16 port = unusedPort();
        QVERIFY(port != 0);
        LoopbackServer server;
        server.enqueue(signedOk());
        ClientConfig config = configFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        config.retry.backoff = std::chrono::milliseconds(1500);
        config.retry.maxDelay = std::chrono::milliseconds(1500);
        ApiClient client(config, m_network);
        ApiCall *call = client.send(ApiRequest::post("/v3/x", "{}"));
        QSignalSpy finished(call, &ApiCall::finished);
        QTimer::singleShot(500, this, [&server, port] { QVERIFY(server.listen(port)); });
        QVERIFY(finished.wait(5000));
        const ApiResult result = call->result();
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QCOMPARE(result.attempts, 2);
        QCOMPARE(server.requestCount(), 1);
    }

    void answerStandsWhenTheResendCannotConnect()
    {
        // 503, then the server goes away: the operator must see the 503 (Rejected), not
        // "nothing was sent".
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedAnswer::json(503, R"({"code":"SERVICE_UNAVAILABLE","message":"忙"})")
                           .thenClose());
        connect(&server, &LoopbackServer::requestReceived, &server, &LoopbackServer::stopListening);
        ApiClient client(configFor(server.baseUrl()), m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(result.attempts, 3);
        QCOMPARE(result.outcome, Outcome::Rejected);
        QCOMPARE(result.httpStatus, 503);
        QCOMPARE(result.error.code, QStringLiteral("SERVICE_UNAVAILABLE"));
    }

    void cancelAfterFailedConnectionIsNotSent()
    {
        const quint16 port = unusedPort();
        QVERIFY(port != 0);
        ClientConfig config = configFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        config.retry.backoff = std::chrono::milliseconds(2000);
        config.retry.maxDelay = std::chrono::milliseconds(2000);
        ApiClient client(config, m_network);
        ApiCall *call = client.send(ApiRequest::post("/v3/x", "{}"));
        QSignalSpy finished(call, &ApiCall::finished);
        QTest::qWait(300); // the first attempt was refused; the resend waits
        QCOMPARE(finished.count(), 0);
        call->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->result().outcome, Outcome::NotSent);
        QCOMPARE(call->result().error.code, QString::fromLatin1(ClientCode::Cancelled));
    }

    void connectionRefusedEveryTimeIsNotSent()
    {
        const quint16 port = unusedPort();
        QVERIFY(port != 0);
        ApiClient client(
            configFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))), m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.outcome, Outcome::NotSent);
        QCOMPARE(result.error.code, QString::fromLatin1(ClientCode::ConnectionFailed));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(result.httpStatus, 0);
    }

    void backupHostOnlyAfterConnectionFailure()
    {
        const quint16 deadPort = unusedPort();
        QVERIFY(deadPort != 0);
        LoopbackServer backup;
        QVERIFY(backup.listen());
        backup.setDefaultAnswer(signedOk());
        ClientConfig config = configFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort)));
        config.backupBaseUrl = backup.baseUrl();
        const ApiResult result
            = ApiClient(config, m_network).sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QCOMPARE(result.attempts, 2);
        QCOMPARE(backup.requestCount(), 1);
        QVERIFY(result.request.url.startsWith(backup.baseUrl().toEncoded()));
        QVERIFY(signatureVerifiesOverReceivedBytes(backup.requests().first()));

        // An HTTP answer (even a 500) means the main host is up: the resend stays there.
        LoopbackServer main;
        QVERIFY(main.listen());
        main.enqueue(ScriptedAnswer::json(500, R"({"code":"SYSTEM_ERROR","message":"x"})"));
        main.enqueue(signedOk());
        config.baseUrl = main.baseUrl();
        QCOMPARE(ApiClient(config, m_network).sendAndWait(ApiRequest::post("/v3/x", "{}")).outcome,
            Outcome::Succeeded);
        QCOMPARE(main.requestCount(), 2);
        QCOMPARE(backup.requestCount(), 1);
    }

    void insecureBackupHostRefused()
    {
        ClientConfig config = configFor(QUrl(QStringLiteral("https://api.mch.weixin.qq.com")));
        config.backupBaseUrl = QUrl(QStringLiteral("http://api2.mch.weixin.qq.com"));
        const ApiResult result = ApiClient(config, m_network).sendAndWait(ApiRequest::get("/v3/x"));
        QCOMPARE(result.outcome, Outcome::NotSent);
        QCOMPARE(result.error.code, QString::fromLatin1(ClientCode::ConfigError));
        QCOMPARE(result.attempts, 0);
    }

    void timeoutIsUnknownAndNeverResent()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(ScriptedAnswer::stall());
        ClientConfig config = configFor(server.baseUrl());
        config.transferTimeout = std::chrono::milliseconds(300);
        ApiClient client(config, m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.outcome, Outcome::Unknown);
        QCOMPARE(result.error.code, QString::fromLatin1(ClientCode::Timeout));
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.elapsedMs >= 290);
        QTest::qWait(300); // a resend would have arrived by now
        QCOMPARE(server.requestCount(), 1);
    }

    // A server that sends more than any WeChat Pay answer: the client stops reading, believes
    // nothing and reports an unknown outcome (the write may have been applied), never resends.
    void overLongAnswerIsUnknown_data()
    {
        QTest::addColumn<QByteArray>("answer");
        const QByteArray big(3 * 1024 * 1024, 'x');
        QTest::newRow("body announced over 2 MiB")
            << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(big.size()) + "\r\n\r\n" + big;
        QTest::newRow("body streamed until close, no length")
            << "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + big;
        QByteArray manyHeaders = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n";
        for (int i = 0; i < 80; ++i)
            manyHeaders += "X-Pad-" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("80 header lines") << manyHeaders + "\r\n{}";
        QTest::newRow("a 70 KB header") << "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Pad: "
                + QByteArray(70 * 1024, 'h') + "\r\n\r\n{}";
    }
    void overLongAnswerIsUnknown()
    {
        QFETCH(QByteArray, answer);
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(ScriptedAnswer::rawBytes(answer));
        ApiClient client(configFor(server.baseUrl()), m_network);
        const ApiResult result
            = client.sendAndWait(ApiRequest::post("/v3/payscore/serviceorder/A/complete", "{}"));
        QCOMPARE(result.outcome, Outcome::Unknown);
        QCOMPARE(result.error.code, QString::fromLatin1(ClientCode::AnswerTooLarge));
        QVERIFY(!result.verified);
        QVERIFY(result.body.size() <= 2 * 1024 * 1024);
        QCOMPARE(result.attempts, 1);
        QTest::qWait(300); // a resend would have arrived by now
        QCOMPARE(server.requestCount(), 1);
    }

    void answerAtTheBodyLimitIsRead()
    {
        // The limit is the largest body read, not one byte less: a signed answer of exactly
        // maxBodyBytes verifies, one byte more is refused.
        LoopbackServer server;
        QVERIFY(server.listen());
        const QByteArray atLimit = "{\"pad\":\"" + QByteArray(4096 - 10, 'p') + "\"}";
        QCOMPARE(atLimit.size(), 4096);
        server.enqueue(signedOk(atLimit));
        server.enqueue(signedOk(atLimit.chopped(2) + " }" + " "));
        ClientConfig config = configFor(server.baseUrl());
        config.answerLimits.maxBodyBytes = 4096;
        ApiClient client(config, m_network);
        const ApiResult read = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(read.outcome, Outcome::Succeeded);
        QCOMPARE(read.body, atLimit);
        const ApiResult refused = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(refused.outcome, Outcome::Unknown);
        QCOMPARE(refused.error.code, QString::fromLatin1(ClientCode::AnswerTooLarge));
        QCOMPARE(refused.httpStatus, 200);
    }

    void slowAnswerWithinTimeoutSucceeds()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(signedOk().delayedBy(200));
        ClientConfig config = configFor(server.baseUrl());
        config.transferTimeout = std::chrono::milliseconds(1500);
        ApiClient client(config, m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QVERIFY(result.elapsedMs >= 190);
    }

    void sequentialRequestsShareOneConnection()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        for (int i = 0; i < 3; ++i)
            server.enqueue(signedOk());
        ApiClient client(configFor(server.baseUrl()), m_network);
        QCOMPARE(client.sendAndWait(ApiRequest::post("/v3/x", "{}")).outcome, Outcome::Succeeded);
        QCOMPARE(client.sendAndWait(ApiRequest::get("/v3/x")).outcome, Outcome::Succeeded);
        QCOMPARE(client.sendAndWait(ApiRequest::post("/v3/x", "{}")).outcome, Outcome::Succeeded);
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(server.connectionCount(), 1);
    }

#ifdef PAYSCORE_TEST_KEEPALIVE
    void keepAliveWritesExactlyTheseBytes()
    {
        // Byte for byte: the request line with the signed target, Host, the client's headers in
        // its order, Content-Length, the body. Nothing else (no Accept-Encoding: the transport
        // does not decompress, so it never asks for compression).
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(signedOk());
        ApiClient client(configFor(server.baseUrl()), m_network);
        const QByteArray body = "{\"out_order_no\":\"A1\"}";
        const ApiResult result
            = client.sendAndWait(ApiRequest::post("/v3/payscore/serviceorder?x=%E4%B8%AD", body));
        QCOMPARE(result.outcome, Outcome::Succeeded);
        const RecordedRequest sent = server.requests().at(0);
        const QByteArray expected = "POST /v3/payscore/serviceorder?x=%E4%B8%AD HTTP/1.1\r\n"
                                    "Host: 127.0.0.1:"
            + QByteArray::number(server.port())
            + "\r\nAccept: application/json\r\nContent-Type: application/json\r\nUser-Agent: "
            + ApiClient::userAgent() + "\r\nWechatpay-Serial: " + wechatKeyId
            + "\r\nAuthorization: " + sent.header("Authorization")
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        QCOMPARE(sent.raw, expected);
        QVERIFY(signatureVerifiesOverReceivedBytes(sent));
    }

    void concurrentRequestsGetAConnectionEachAndAreAllKeptIdle()
    {
        // Four at once: four connections, each kept for the next request once answered. The
        // network then goes with its idle connections (which say "disconnected" as they go).
        LoopbackServer server;
        QVERIFY(server.listen());
        for (int i = 0; i < 8; ++i)
            server.enqueue(signedOk());
        ApiClient client(configFor(server.baseUrl()), m_network);
        for (int round = 0; round < 2; ++round) {
            int finished = 0;
            for (int i = 0; i < 4; ++i) {
                ApiCall *call = client.send(ApiRequest::get("/v3/x"));
                connect(call, &ApiCall::finished, this, [&finished](const ApiResult &result) {
                    QCOMPARE(result.outcome, Outcome::Succeeded);
                    ++finished;
                });
            }
            QTRY_COMPARE(finished, 4);
        }
        QCOMPARE(server.requestCount(), 8);
        QCOMPARE(server.connectionCount(), 4);
        QCOMPARE(static_cast<KeepAliveNetwork *>(m_network)->connectionsOpened(), 4);
        delete m_network;
        m_network = nullptr;
    }
#endif

    void serverClosingIdleConnectionsIsHarmless()
    {
        // WeChat Pay closes idle keep-alive connections; the next request must simply open a new
        // one, not end as "connection lost".
        LoopbackServer server;
        QVERIFY(server.listen());
        server.enqueue(signedOk().thenClose());
        server.enqueue(signedOk().thenClose());
        ApiClient client(configFor(server.baseUrl()), m_network);
        QCOMPARE(client.sendAndWait(ApiRequest::post("/v3/x", "{}")).outcome, Outcome::Succeeded);
        QTest::qWait(200); // the close reaches Qt's HTTP thread
        const ApiResult second = client.sendAndWait(ApiRequest::post("/v3/x", "{}"));
        QCOMPARE(second.outcome, Outcome::Succeeded);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(server.connectionCount(), 2);
    }

    void connectionLostAfterSendingIsUnknown()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(ScriptedAnswer::closeAfterRequest());
        ApiClient client(configFor(server.baseUrl()), m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::post("/v3/x", "{\"a\":1}"));
        QCOMPARE(result.outcome, Outcome::Unknown);
        QCOMPARE(result.error.code, QString::fromLatin1(ClientCode::ConnectionLost));
        QTest::qWait(200);
        QCOMPARE(server.requestCount(), 1); // neither we nor Qt resent the POST
    }

    void cancelWhileWaitingIsUnknown()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(ScriptedAnswer::stall());
        ApiClient client(configFor(server.baseUrl()), m_network);
        ApiCall *call = client.send(ApiRequest::post("/v3/x", "{}"));
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(server.waitForRequests(1));
        QTest::qWait(20);
        call->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->result().outcome, Outcome::Unknown);
        QCOMPARE(call->result().error.code, QString::fromLatin1(ClientCode::Cancelled));
        call->cancel(); // a second cancel changes nothing
        QCOMPARE(finished.count(), 1);
    }

    void cancelBeforeSendingIsNotSent()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(signedOk());
        ApiClient client(configFor(server.baseUrl()), m_network);
        ApiCall *call = client.send(ApiRequest::post("/v3/x", "{}"));
        call->cancel(); // nothing has run in the event loop: no byte can have left
        QCOMPARE(call->result().outcome, Outcome::NotSent);
        QTest::qWait(200);
        QCOMPARE(server.requestCount(), 0);
    }

    // Handed to Qt, the request may already be on the wire (Qt sends from its HTTP thread and
    // says so later): a cancel then is an unknown outcome, never "not sent".
    void cancelOnceHandedToQtIsUnknown()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(signedOk());
        ApiClient client(configFor(server.baseUrl()), m_network);
        ApiCall *call = client.send(ApiRequest::post("/v3/x", "{}"));
        QCoreApplication::processEvents(); // the queued hand-over to Qt runs; nothing else waits
        call->cancel();
        QCOMPARE(call->result().outcome, Outcome::Unknown);
        QCOMPARE(call->result().error.code, QString::fromLatin1(ClientCode::Cancelled));
    }

    void cancelDuringBackoffReportsTheAnswerAndSendsNothingMore()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        server.setDefaultAnswer(
            ScriptedAnswer::json(500, R"({"code":"SYSTEM_ERROR","message":"系统繁忙"})"));
        ClientConfig config = configFor(server.baseUrl());
        config.retry.backoff = std::chrono::milliseconds(300);
        config.retry.maxDelay = std::chrono::milliseconds(1000);
        ApiClient client(config, m_network);
        ApiCall *call = client.send(ApiRequest::post("/v3/x", "{}"));
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(server.waitForRequests(1));
        QTest::qWait(50);
        call->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(call->result().outcome, Outcome::Rejected);
        QCOMPARE(call->result().error.code, QStringLiteral("SYSTEM_ERROR"));
        QTest::qWait(500);
        QCOMPARE(server.requestCount(), 1);
    }

    void plainHttpToRemoteHostRefusedBeforeConnecting()
    {
        // 192.0.2.1 (TEST-NET-1) would hang if anything tried to connect.
        ApiClient client(configFor(QUrl(QStringLiteral("http://192.0.2.1:8080"))), m_network);
        ApiCall *call = client.send(ApiRequest::get("/v3/x"));
        QSignalSpy finished(call, &ApiCall::finished);
        QCOMPARE(finished.count(), 0); // never emitted from inside send()
        QVERIFY(finished.wait(1000));
        const ApiResult result = call->result();
        QCOMPARE(result.outcome, Outcome::NotSent);
        QCOMPARE(result.error.code, QString::fromLatin1(ClientCode::ConfigError));
        QCOMPARE(result.attempts, 0);
        QVERIFY(result.elapsedMs < 2000); // a connection attempt would hang for 5 s
    }

    void unencodedTargetRefused()
    {
        LoopbackServer server;
        QVERIFY(server.listen());
        ApiClient client(configFor(server.baseUrl()), m_network);
        const ApiResult result = client.sendAndWait(ApiRequest::fromTarget("GET", "/v3/x?a=b c|d"));
        QCOMPARE(result.outcome, Outcome::NotSent);
        QCOMPARE(result.error.code, QString::fromLatin1(ClientCode::ConfigError));
        QCOMPARE(server.requestCount(), 0);
    }

    void tlsWithTestCa()
    {
        // A CA and a server certificate made here, for 127.0.0.1.
        const auto caKey = *crypto::PrivateKey::generateRsa(2048);
        crypto::Certificate::Request caRequest;
        caRequest.commonName = QStringLiteral("PayScore Test CA");
        caRequest.isCa = true;
        const auto ca = *crypto::Certificate::create(caRequest, caKey, caKey);
        const auto serverKey = *crypto::PrivateKey::generateRsa(2048);
        crypto::Certificate::Request serverRequest;
        serverRequest.commonName = QStringLiteral("127.0.0.1");
        serverRequest.ipAddresses = { QStringLiteral("127.0.0.1") };
        serverRequest.dnsNames = { QStringLiteral("localhost") };
        const auto serverCertificate
            = *crypto::Certificate::create(serverRequest, serverKey, caKey, &ca);

        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(serverCertificate.toPem()));
        const crypto::SecureBytes keyPem = serverKey.toPkcs8Pem();
        tls.setPrivateKey(QSslKey(keyPem.view().toByteArray(), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString caFile = dir.filePath(QStringLiteral("test-ca.pem"));
        QFile file(caFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ca.toPem());
        file.close();

        LoopbackServer server;
        QVERIFY(server.listenTls(tls));
        server.setDefaultAnswer(signedOk());

        ClientConfig trusting = configFor(server.baseUrl());
        trusting.extraCaFile = caFile;
        const ApiResult accepted
            = ApiClient(trusting, m_network).sendAndWait(ApiRequest::get("/v3/x"));
        QCOMPARE(accepted.outcome, Outcome::Succeeded);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(signatureVerifiesOverReceivedBytes(server.requests().first()));

        // A fresh manager: no TLS session or connection from the accepted run is reused.
        QNetworkAccessManager fresh;
        const ApiResult refused
            = ApiClient(configFor(server.baseUrl()), &fresh).sendAndWait(ApiRequest::get("/v3/x"));
        QCOMPARE(refused.outcome, Outcome::NotSent);
        QCOMPARE(refused.error.code, QString::fromLatin1(ClientCode::TlsError));
        QCOMPARE(refused.attempts, 1);
        QCOMPARE(server.requestCount(), 1);

        ClientConfig missingCa = configFor(server.baseUrl());
        missingCa.extraCaFile = dir.filePath(QStringLiteral("missing.pem"));
        const ApiResult misconfigured
            = ApiClient(missingCa, &fresh).sendAndWait(ApiRequest::get("/v3/x"));
        QCOMPARE(misconfigured.outcome, Outcome::NotSent);
        QCOMPARE(misconfigured.error.code, QString::fromLatin1(ClientCode::ConfigError));
        QCOMPARE(server.requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
