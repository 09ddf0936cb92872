// The sandbox's small parsers on their own: the incremental HTTP request parser, the
// Authorization header, fault prefixes and the raw-literal scan that keeps floats out of money.
#include "sandbox/AuthorizationHeader.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/HttpRequestParser.h"
#include "sandbox/RequestBody.h"

#include <QtTest>

using namespace psc::sandbox;

class TestSandboxParsing : public QObject {
    Q_OBJECT

private slots:
    void parserTakesBytesOneAtATime();
    void parserKeepsPipelinedRequestsApart();
    void authorizationItemsInAnyOrder();
    void authorizationRefusals_data();
    void authorizationRefusals();
    void faultPrefixes_data();
    void faultPrefixes();
    void fractionalLiterals();
};

void TestSandboxParsing::parserTakesBytesOneAtATime()
{
    const QByteArray wire = "POST /v3/a%7Cb?x=1 HTTP/1.1\r\nAccept: "
                            "application/json\r\nContent-Length: 4\r\n\r\n{\"\"}";
    HttpRequestParser parser { ServerLimits {} };
    for (qsizetype i = 0; i + 1 < wire.size(); ++i) {
        parser.feed(wire.mid(i, 1));
        QCOMPARE(parser.parse(), HttpRequestParser::State::NeedMore);
    }
    parser.feed(wire.right(1));
    QCOMPARE(parser.parse(), HttpRequestParser::State::Complete);
    const HttpRequest request = parser.takeRequest();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path(), QByteArray("/v3/a%7Cb")); // still encoded: the signature covers it
    QCOMPARE(request.query(), QByteArray("x=1"));
    QCOMPARE(request.header("accept"), QByteArray("application/json"));
    QCOMPARE(request.body, QByteArray("{\"\"}"));
    QVERIFY(parser.isIdle());
}

void TestSandboxParsing::parserKeepsPipelinedRequestsApart()
{
    HttpRequestParser parser { ServerLimits {} };
    parser.feed("GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\nabGET /3 "
                "HTTP/1.0\r\n\r\n");
    QCOMPARE(parser.parse(), HttpRequestParser::State::Complete);
    QCOMPARE(parser.takeRequest().target, QByteArray("/1"));
    QCOMPARE(parser.parse(), HttpRequestParser::State::Complete);
    HttpRequest second = parser.takeRequest();
    QCOMPARE(second.body, QByteArray("ab"));
    QCOMPARE(parser.parse(), HttpRequestParser::State::Complete);
    const HttpRequest third = parser.takeRequest();
    QCOMPARE(third.target, QByteArray("/3"));
    QVERIFY(!third.wantsKeepAlive()); // HTTP/1.0 without keep-alive
    QCOMPARE(parser.parse(), HttpRequestParser::State::NeedMore);
}

void TestSandboxParsing::authorizationItemsInAnyOrder()
{
    QString why;
    const auto header = AuthorizationHeader::parse(
        R"(WECHATPAY2-SHA256-RSA2048 signature="c2ln",  timestamp="1554208460",serial_no="408B07",mchid="1900007291", nonce_str="593BEC")",
        &why);
    QVERIFY2(header, qPrintable(why));
    QCOMPARE(header->mchid, QByteArray("1900007291"));
    QCOMPARE(header->nonce, QByteArray("593BEC"));
    QCOMPARE(header->signature, QByteArray("c2ln"));
    QCOMPARE(header->timestamp, QByteArray("1554208460"));
    QCOMPARE(header->serialNo, QByteArray("408B07"));
}

void TestSandboxParsing::authorizationRefusals_data()
{
    QTest::addColumn<QByteArray>("value");
    const QByteArray items = R"(mchid="1",nonce_str="n",signature="s",timestamp="1",serial_no="S")";
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("scheme only") << QByteArray("WECHATPAY2-SHA256-RSA2048");
    QTest::newRow("other scheme") << "Bearer " + items;
    QTest::newRow("missing item") << QByteArray(
        R"(WECHATPAY2-SHA256-RSA2048 mchid="1",nonce_str="n",signature="s",timestamp="1")");
    QTest::newRow("duplicate item") << "WECHATPAY2-SHA256-RSA2048 " + items + R"(,mchid="2")";
    QTest::newRow("unquoted") << QByteArray(
        R"(WECHATPAY2-SHA256-RSA2048 mchid=1,nonce_str="n",signature="s",timestamp="1",serial_no="S")");
    QTest::newRow("empty value") << QByteArray(
        R"(WECHATPAY2-SHA256-RSA2048 mchid="",nonce_str="n",signature="s",timestamp="1",serial_no="S")");
    QTest::newRow("no equals") << "WECHATPAY2-SHA256-RSA2048 " + items + ",junk";
}

void TestSandboxParsing::authorizationRefusals()
{
    QFETCH(QByteArray, value);
    QString why;
    QVERIFY(!AuthorizationHeader::parse(value, &why));
    QVERIFY(!why.isEmpty());
}

void TestSandboxParsing::faultPrefixes_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("slowMs");
    QTest::newRow("plain") << "DEMO-RENT-CONFIRMED-001" << int(FaultPlan::Kind::None) << 0;
    QTest::newRow("500") << "FAULT-500-X" << int(FaultPlan::Kind::ServerError) << 0;
    QTest::newRow("429") << "FAULT-429-X" << int(FaultPlan::Kind::RateLimited) << 0;
    QTest::newRow("slow") << "FAULT-SLOW-2500-X" << int(FaultPlan::Kind::Slow) << 2500;
    QTest::newRow("slow without ms") << "FAULT-SLOW-X" << int(FaultPlan::Kind::None) << 0;
    QTest::newRow("hang") << "FAULT-HANG-X" << int(FaultPlan::Kind::Hang) << 0;
    QTest::newRow("reset") << "FAULT-RESET-X" << int(FaultPlan::Kind::Reset) << 0;
    QTest::newRow("badsig") << "FAULT-BADSIG-X" << int(FaultPlan::Kind::BadSignature) << 0;
    QTest::newRow("signtest") << "FAULT-SIGNTEST-X" << int(FaultPlan::Kind::SignTest) << 0;
    QTest::newRow("skew") << "FAULT-SKEW-X" << int(FaultPlan::Kind::Skew) << 0;
    QTest::newRow("lower case is not a fault") << "fault-500-x" << int(FaultPlan::Kind::None) << 0;
}

void TestSandboxParsing::faultPrefixes()
{
    QFETCH(QString, number);
    QFETCH(int, kind);
    QFETCH(int, slowMs);
    const FaultPlan plan = FaultPlan::fromOrderNumber(number);
    QCOMPARE(int(plan.kind), kind);
    QCOMPARE(plan.slowMs, slowMs);
    QVERIFY(!plan.appliesTo(true) || plan.kind == FaultPlan::Kind::Slow);
}

void TestSandboxParsing::fractionalLiterals()
{
    const QByteArray raw
        = R"({"total_amount":500,"post_payments":[{"amount":1.0,"name":"a"},{"amount":2e2}],"x/y":{"n":-0.5},"s":"1.5"})";
    const QSet<QString> found = RequestBody::findFractionalNumbers(raw);
    QCOMPARE(
        found, (QSet<QString> { "/post_payments/0/amount", "/post_payments/1/amount", "/x~1y/n" }));
    // Not exact whole numbers either, as the client's own scanner says (fuzz_sandbox_request_body).
    QCOMPARE(RequestBody::findFractionalNumbers(
                 R"({"":-0,"b":9007199254740993,"c":9007199254740992,"d":-1,"e":0})"),
        (QSet<QString> { "/", "/b" }));
    QString why;
    QVERIFY(!RequestBody::parse("{\"a\":", &why));
    QVERIFY(!why.isEmpty());
    QVERIFY(!RequestBody::parse("[1]", &why));
    // Qt's reader takes these; JSON (and the real API) does not. Found by
    // fuzz_sandbox_request_body.
    const QByteArrayList lenient { R"({"":.5,":3E":1})", R"({"a":1.})", R"({"a":-.5})",
        R"({"a":[1,2.]})" };
    for (const QByteArray &body : lenient) {
        why.clear();
        QVERIFY2(!RequestBody::parse(body, &why), body.constData());
        QVERIFY2(why.contains(QStringLiteral("JSON规范")), qPrintable(why));
    }
    QVERIFY2(
        RequestBody::parse(R"({"a":0.5,"b":-0,"c":1E+2,"d":[0,10,-3e-1]})", &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestSandboxParsing)
#include "tst_sandbox_parsing.moc"
