// How the sandbox judges requests and signs answers, seen by the independent raw client:
// Authorization in any order, clock, headers, signature mismatch with sign_information,
// answer keys in public-key and platform-certificate mode, /v3/certificates, fault prefixes.
#include "SandboxFixture.h"

#include "sandbox/SandboxIdentity.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <openssl/evp.h>

using namespace psc::sandbox;
using namespace psc::test;

class TestSandboxProtocol : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void acceptsIndependentClientAndAnswersVerify();
    void refusesRequests_data();
    void refusesRequests();
    void signErrorCarriesSignInformation();
    void platformCertificateModeSignsWithThatCertificate();
    void certificatesDecryptWithTheApiV3Key();
    void faults_data();
    void faults();
    void faultHangNeverAnswersButApplies();
    void faultResetDropsTheConnection();
    void faultSlowDelaysQueriesToo();
    void latencyDelaysEveryAnswer();

private:
    QByteArray query(const QString &number) const;
    QByteArray syncBody() const;
    SandboxFixture m_fixture;
};

void TestSandboxProtocol::initTestCase()
{
    QVERIFY(m_fixture.start());
}

QByteArray TestSandboxProtocol::query(const QString &number) const
{
    const RawSandboxClient &c = *m_fixture.client;
    return "/v3/payscore/serviceorder?service_id=" + c.serviceId().toLatin1()
        + "&appid=" + c.appid().toLatin1() + "&out_order_no=" + QUrl::toPercentEncoding(number);
}

QByteArray TestSandboxProtocol::syncBody() const
{
    const RawSandboxClient &c = *m_fixture.client;
    return QJsonDocument(
        QJsonObject { { QStringLiteral("appid"), c.appid() },
            { QStringLiteral("service_id"), c.serviceId() },
            { QStringLiteral("type"), QStringLiteral("Order_Paid") },
            { QStringLiteral("detail"),
                QJsonObject { { QStringLiteral("paid_time"), beijingAgo(120) } } } })
        .toJson(QJsonDocument::Compact);
}

void TestSandboxProtocol::acceptsIndependentClientAndAnswersVerify()
{
    const RawSandboxClient &c = *m_fixture.client;
    const RawAnswer answer = c.send("GET", query(QStringLiteral("DEMO-RENT-CONFIRMED-001")), {});
    QCOMPARE(answer.status, 200);
    QString why;
    QVERIFY2(c.verify(answer, &why), qPrintable(why));
    QCOMPARE(
        answer.headers.value("wechatpay-signature-type"), QByteArray("WECHATPAY2-SHA256-RSA2048"));
    QVERIFY(answer.headers.value("wechatpay-serial").startsWith("PUB_KEY_ID_"));
    QCOMPARE(answer.json().value(QStringLiteral("service_introduction")).toString(),
        QStringLiteral("免押租借充电宝"));
    // Answers are signed whatever they say: a 404 verifies too.
    const RawAnswer missing = c.send("GET", query(QStringLiteral("NO-SUCH-ORDER")), {});
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.code(), QStringLiteral("ORDER_NOT_EXIST"));
    QVERIFY(c.verify(missing));
    // A tampered answer body no longer verifies with the same headers.
    RawAnswer tampered = answer;
    tampered.body.replace("DOING", "DONE!");
    QVERIFY(!c.verify(tampered));
}

void TestSandboxProtocol::refusesRequests_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("no Accept") << "no-accept" << 400 << "INVALID_REQUEST";
    QTest::newRow("no User-Agent") << "no-ua" << 400 << "INVALID_REQUEST";
    QTest::newRow("no Authorization") << "no-auth" << 401 << "SIGN_ERROR";
    QTest::newRow("garbage Authorization") << "garbage" << 401 << "SIGN_ERROR";
    QTest::newRow("control bytes in Authorization") << "control" << 400 << "INVALID_REQUEST";
    QTest::newRow("other scheme") << "scheme" << 401 << "SIGN_ERROR";
    QTest::newRow("item missing") << "missing-item" << 401 << "SIGN_ERROR";
    QTest::newRow("unquoted item") << "unquoted" << 401 << "SIGN_ERROR";
    QTest::newRow("unknown mchid") << "mchid" << 401 << "SIGN_ERROR";
    QTest::newRow("unknown serial") << "serial" << 401 << "SIGN_ERROR";
    QTest::newRow("signature not base64") << "signtest" << 401 << "SIGN_ERROR";
    QTest::newRow("timestamp 6 min old") << "old" << 401 << "SIGN_ERROR";
    QTest::newRow("timestamp 6 min ahead") << "ahead" << 401 << "SIGN_ERROR";
    QTest::newRow("wrong signature") << "wrong" << 401 << "SIGN_ERROR";
    QTest::newRow("body not JSON") << "not-json" << 400 << "PARAM_ERROR";
    QTest::newRow("body JSON array") << "array" << 400 << "PARAM_ERROR";
    QTest::newRow("unencoded pipe in path") << "raw-pipe" << 400 << "INVALID_REQUEST";
    QTest::newRow("unknown path") << "path" << 404 << "NOT_FOUND";
}

void TestSandboxProtocol::refusesRequests()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    const RawSandboxClient &c = *m_fixture.client;
    RawSandboxClient::Options options;
    QByteArray target = "/v3/payscore/serviceorder/DEMO-STAY-COLLECTING-002/sync";
    QByteArray body = syncBody();
    const QByteArray good = c.buildRequest("POST", target, body, options);
    const qsizetype at = good.indexOf("Authorization: ") + 15;
    const QByteArray authorization = good.mid(at, good.indexOf("\r\n", at) - at);
    if (kind == QLatin1String("no-accept"))
        options.omitAccept = true;
    else if (kind == QLatin1String("no-ua"))
        options.omitUserAgent = true;
    else if (kind == QLatin1String("garbage"))
        options.authorization = "garbage ,,,=\"\" ==";
    else if (kind == QLatin1String("control"))
        options.authorization = "\x01\x02 garbage";
    else if (kind == QLatin1String("scheme"))
        options.authorization
            = QByteArray(authorization).replace("WECHATPAY2-SHA256-RSA2048", "Bearer");
    else if (kind == QLatin1String("missing-item"))
        options.authorization = QByteArray(authorization).replace("nonce_str=", "nonce=");
    else if (kind == QLatin1String("unquoted"))
        options.authorization = QByteArray(authorization)
                                    .replace("mchid=\"", "mchid=")
                                    .replace("\",nonce_str", ",nonce_str");
    else if (kind == QLatin1String("mchid"))
        options.authorization
            = QByteArray(authorization).replace("mchid=\"1230000109\"", "mchid=\"1900000001\"");
    else if (kind == QLatin1String("serial"))
        options.authorization = QByteArray(authorization).replace("serial_no=\"", "serial_no=\"00");
    else if (kind == QLatin1String("signtest")) {
        const qsizetype s = authorization.indexOf("signature=\"") + 11;
        options.authorization = authorization.left(s) + "WECHATPAY/SIGNTEST/abc"
            + authorization.mid(authorization.indexOf('"', s));
    } else if (kind == QLatin1String("old"))
        options.timestampOffset = -360;
    else if (kind == QLatin1String("ahead"))
        options.timestampOffset = 360;
    else if (kind == QLatin1String("wrong"))
        options.corruptSignature = true;
    else if (kind == QLatin1String("not-json"))
        body = "appid=wx&service_id=1";
    else if (kind == QLatin1String("array"))
        body = "[1,2]";
    else if (kind == QLatin1String("raw-pipe"))
        target = "/v3/payscore/serviceorder/DEMO|PIPE*COLLECTING-001/sync";
    else if (kind == QLatin1String("path"))
        target = "/v3/payscore/serviceorders/DEMO-STAY-COLLECTING-002/sync";
    QByteArray request = c.buildRequest("POST", target, body, options);
    if (kind == QLatin1String("no-auth"))
        request.replace(request.indexOf("Authorization: "),
            request.indexOf("\r\n", at) + 2 - request.indexOf("Authorization: "), "");
    const RawAnswer answer = c.exchangeRaw(request);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    QString why;
    QVERIFY2(c.verify(answer, &why), qPrintable(why));
    // Nothing refused ever changes the order.
    QCOMPARE(c.send("GET", query(QStringLiteral("DEMO-STAY-COLLECTING-002")), {})
                 .json()
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("DOING"));
}

void TestSandboxProtocol::signErrorCarriesSignInformation()
{
    const RawSandboxClient &c = *m_fixture.client;
    RawSandboxClient::Options options;
    options.corruptSignature = true;
    const QByteArray target = query(QStringLiteral("DEMO-RENT-CONFIRMED-001"));
    const RawAnswer answer = c.send("GET", target, {}, options);
    QCOMPARE(answer.status, 401);
    const QJsonObject info = answer.json()
                                 .value(QStringLiteral("detail"))
                                 .toObject()
                                 .value(QStringLiteral("sign_information"))
                                 .toObject();
    QCOMPARE(info.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(info.value(QStringLiteral("url")).toString(), QString::fromLatin1(target));
    const QString message = info.value(QStringLiteral("truncated_sign_message")).toString();
    QVERIFY(message.startsWith(
        QStringLiteral("GET\n") + QString::fromLatin1(target) + QLatin1Char('\n')));
    QVERIFY(message.endsWith(QLatin1String("\n\n"))); // empty body of a GET
}

void TestSandboxProtocol::platformCertificateModeSignsWithThatCertificate()
{
    const RawSandboxClient &c = *m_fixture.client;
    for (int i = 0; i < 2; ++i) {
        RawSandboxClient::Options options;
        options.wechatpaySerial = c.platformSerial(i).toLatin1();
        const RawAnswer answer
            = c.send("GET", query(QStringLiteral("DEMO-RENT-CONFIRMED-001")), {}, options);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("wechatpay-serial"), options.wechatpaySerial);
        QVERIFY(c.verify(answer));
        // An error answer is signed with the same key.
        const RawAnswer missing = c.send("GET", query(QStringLiteral("NOPE")), {}, options);
        QCOMPARE(missing.headers.value("wechatpay-serial"), options.wechatpaySerial);
        QVERIFY(c.verify(missing));
    }
}

void TestSandboxProtocol::certificatesDecryptWithTheApiV3Key()
{
    const RawSandboxClient &c = *m_fixture.client;
    RawSandboxClient::Options options;
    options.wechatpaySerial = "UNKNOWN";
    const RawAnswer answer = c.send("GET", "/v3/certificates", {}, options);
    QCOMPARE(answer.status, 200);
    QVERIFY(c.verify(answer));
    QCOMPARE(answer.headers.value("wechatpay-serial"), c.platformSerial(1).toLatin1()); // newest
    const QJsonArray data = answer.json().value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 2);
    QFile keyFile(QDir(m_fixture.dir.path()).filePath(SandboxIdentity::apiv3KeyFile()));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray key = keyFile.readAll();
    QCOMPARE(key.size(), 32);
    for (int i = 0; i < data.size(); ++i) {
        const QJsonObject entry = data.at(i).toObject();
        QCOMPARE(entry.value(QStringLiteral("serial_no")).toString(), c.platformSerial(i));
        const QJsonObject sealed = entry.value(QStringLiteral("encrypt_certificate")).toObject();
        QCOMPARE(sealed.value(QStringLiteral("algorithm")).toString(),
            QStringLiteral("AEAD_AES_256_GCM"));
        QCOMPARE(sealed.value(QStringLiteral("associated_data")).toString(),
            QStringLiteral("certificate"));
        // Decrypt with OpenSSL directly: ciphertext || 16-byte tag.
        const QByteArray nonce = sealed.value(QStringLiteral("nonce")).toString().toLatin1();
        const QByteArray all = QByteArray::fromBase64(
            sealed.value(QStringLiteral("ciphertext")).toString().toLatin1());
        const QByteArray cipher = all.left(all.size() - 16), tag = all.right(16);
        EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
        QByteArray plain(cipher.size(), '\0');
        int length = 0, final = 0;
        QVERIFY(EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1);
        QVERIFY(EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) == 1);
        QVERIFY(EVP_DecryptInit_ex(ctx, nullptr, nullptr,
                    reinterpret_cast<const unsigned char *>(key.constData()),
                    reinterpret_cast<const unsigned char *>(nonce.constData()))
            == 1);
        QVERIFY(EVP_DecryptUpdate(ctx, nullptr, &length,
                    reinterpret_cast<const unsigned char *>("certificate"), 11)
            == 1);
        QVERIFY(EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(plain.data()), &length,
                    reinterpret_cast<const unsigned char *>(cipher.constData()), int(cipher.size()))
            == 1);
        QVERIFY(
            EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, 16, const_cast<char *>(tag.constData()))
            == 1);
        const bool authentic = EVP_DecryptFinal_ex(ctx,
                                   reinterpret_cast<unsigned char *>(plain.data()) + length, &final)
            == 1;
        EVP_CIPHER_CTX_free(ctx);
        QVERIFY(authentic);
        QCOMPARE(plain, c.certificatePem(i));
    }
}

void TestSandboxProtocol::faults_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("verdict"); // "verified" or why verification fails
    QTest::addColumn<QString>("stateAfter");
    // 500 and 429 never reach the order; the query then finds a fresh confirmed one.
    QTest::newRow("500") << "FAULT-500-A" << 500 << "verified"
                         << "DOING/USER_CONFIRM";
    QTest::newRow("429") << "FAULT-429-A" << 429 << "verified"
                         << "DOING/USER_CONFIRM";
    QTest::newRow("badsig") << "FAULT-BADSIG-A" << 200 << "signature mismatch"
                            << "DONE/";
    QTest::newRow("signtest") << "FAULT-SIGNTEST-A" << 200 << "signature is not Base64"
                              << "DONE/";
    QTest::newRow("skew") << "FAULT-SKEW-A" << 200 << "clock skew"
                          << "DONE/";
}

void TestSandboxProtocol::faults()
{
    QFETCH(QString, number);
    QFETCH(int, status);
    QFETCH(QString, verdict);
    QFETCH(QString, stateAfter);
    const RawSandboxClient &c = *m_fixture.client;
    const RawAnswer answer
        = c.send("POST", "/v3/payscore/serviceorder/" + number.toLatin1() + "/sync", syncBody());
    QCOMPARE(answer.status, status);
    QString why;
    const bool verified = c.verify(answer, &why);
    QCOMPARE(verified ? QStringLiteral("verified") : why, verdict);
    if (status == 429)
        QCOMPARE(answer.headers.value("retry-after"), QByteArray("1"));
    if (status == 500)
        QCOMPARE(answer.code(), QStringLiteral("SYSTEM_ERROR"));
    if (status == 200 && number.contains(QLatin1String("SIGNTEST")))
        QVERIFY(answer.headers.value("wechatpay-signature").startsWith("WECHATPAY/SIGNTEST/"));
    // Queries on a faulted number answer normally, so the truth can be found out.
    const RawAnswer truth = c.send("GET", query(number), {});
    QVERIFY(c.verify(truth));
    QCOMPARE(truth.json().value(QStringLiteral("state")).toString() + QLatin1Char('/')
            + truth.json().value(QStringLiteral("state_description")).toString(),
        stateAfter);
}

void TestSandboxProtocol::faultHangNeverAnswersButApplies()
{
    const RawSandboxClient &c = *m_fixture.client;
    RawSandboxClient::Options options;
    options.timeoutMs = 700;
    QElapsedTimer clock;
    clock.start();
    const RawAnswer answer
        = c.send("POST", "/v3/payscore/serviceorder/FAULT-HANG-1/sync", syncBody(), options);
    QCOMPARE(answer.status, 0);
    QVERIFY(!answer.closed);
    QVERIFY(clock.elapsed() >= 650);
    QCOMPARE(c.send("GET", query(QStringLiteral("FAULT-HANG-1")), {})
                 .json()
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("DONE"));
}

void TestSandboxProtocol::faultResetDropsTheConnection()
{
    const RawSandboxClient &c = *m_fixture.client;
    const RawAnswer answer
        = c.send("POST", "/v3/payscore/serviceorder/FAULT-RESET-1/sync", syncBody());
    QCOMPARE(answer.status, 0);
    QVERIFY(answer.closed);
    QCOMPARE(c.send("GET", query(QStringLiteral("FAULT-RESET-1")), {})
                 .json()
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("DONE"));
}

void TestSandboxProtocol::faultSlowDelaysQueriesToo()
{
    const RawSandboxClient &c = *m_fixture.client;
    QElapsedTimer clock;
    clock.start();
    RawAnswer answer
        = c.send("POST", "/v3/payscore/serviceorder/FAULT-SLOW-400-A/sync", syncBody());
    QCOMPARE(answer.status, 200);
    QVERIFY(c.verify(answer));
    QVERIFY(clock.elapsed() >= 380);
    clock.restart();
    answer = c.send("GET", query(QStringLiteral("FAULT-SLOW-400-A")), {});
    QCOMPARE(answer.status, 200);
    QVERIFY(clock.elapsed() >= 380);
}

void TestSandboxProtocol::latencyDelaysEveryAnswer()
{
    m_fixture.server.setLatencyMs(300);
    const RawSandboxClient &c = *m_fixture.client;
    QElapsedTimer clock;
    clock.start();
    const RawAnswer answer = c.send("GET", query(QStringLiteral("NOPE")), {});
    QCOMPARE(answer.status, 404);
    QVERIFY(clock.elapsed() >= 280);
    m_fixture.server.setLatencyMs(0);
}

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandbox_protocol.moc"
