// The sandbox's HTTP server under abuse: malformed request lines, bad headers, oversized and
// truncated bodies, slow and idle clients, pipelining, many connections at once. Each is
// answered or dropped, and the server keeps serving.
#include "SandboxFixture.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <sys/socket.h>
#include <vector>

using namespace psc::sandbox;
using namespace psc::test;

class TestSandboxRobustness : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void malformedRequests_data();
    void malformedRequests();
    void oversizedHeadersAndBody();
    void truncatedBodyTimesOut();
    void slowClientWithinTimeoutIsServed();
    void slowClientBeyondTimeoutIsCut();
    void idleConnectionIsClosed();
    void keepAliveAndPipelining();
    void expectContinue();
    void manyConcurrentConnections();
    void randomBytes();
    void halfClosedClientIsAnswered_data();
    void halfClosedClientIsAnswered();

private:
    void assertStillServing();
    QByteArray validGet() const;
    SandboxFixture m_fixture;
};

void TestSandboxRobustness::initTestCase()
{
    ServerLimits limits;
    // Short enough to keep the test fast, long enough for a loaded machine.
    limits.idleTimeoutMs = 1500;
    limits.requestTimeoutMs = 1200;
    QVERIFY(m_fixture.start(false, limits));
}

QByteArray TestSandboxRobustness::validGet() const
{
    const RawSandboxClient &c = *m_fixture.client;
    return "/v3/payscore/serviceorder?service_id=" + c.serviceId().toLatin1()
        + "&appid=" + c.appid().toLatin1() + "&out_order_no=DEMO-RENT-CONFIRMED-001";
}

void TestSandboxRobustness::assertStillServing()
{
    const RawAnswer answer = m_fixture.client->send("GET", validGet(), {});
    QCOMPARE(answer.status, 200);
    QVERIFY(m_fixture.client->verify(answer));
}

void TestSandboxRobustness::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::newRow("garbage line") << QByteArray("GARBAGE\r\n\r\n") << 400;
    QTest::newRow("two words") << QByteArray("GET /v3/certificates\r\n\r\n") << 400;
    QTest::newRow("target without slash")
        << QByteArray("GET v3/certificates HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2.0") << QByteArray("GET /v3/certificates HTTP/2.0\r\n\r\n") << 505;
    QTest::newRow("bad method token") << QByteArray("G(T /v3/certificates HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("header without colon")
        << QByteArray("GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n") << 400;
    QTest::newRow("header name with space")
        << QByteArray("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n") << 400;
    QTest::newRow("folded header")
        << QByteArray("GET / HTTP/1.1\r\nAccept: a\r\n  b\r\n\r\n") << 400;
    QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nAccept: a\n\r\n\r\n") << 400;
    QTest::newRow("Content-Length letters")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n") << 400;
    QTest::newRow("Content-Length negative")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << 400;
    QTest::newRow("Content-Length twice")
        << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}") << 400;
    QTest::newRow("chunked") << QByteArray(
        "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                             << 411;
    QTest::newRow("NUL in target") << QByteArray("GET /v3/\0x HTTP/1.1\r\n\r\n", 24) << 400;
}

void TestSandboxRobustness::malformedRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    const RawAnswer answer = m_fixture.client->exchangeRaw(bytes);
    QCOMPARE(answer.status, status);
    QVERIFY(m_fixture.client->verify(answer)); // even protocol errors are signed
    QCOMPARE(answer.headers.value("connection"), QByteArray("close"));
    assertStillServing();
}

void TestSandboxRobustness::oversizedHeadersAndBody()
{
    QByteArray huge = "GET / HTTP/1.1\r\nX-Filler: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n";
    RawAnswer answer = m_fixture.client->exchangeRaw(huge);
    QCOMPARE(answer.status, 431);
    // No end of headers at all, just a stream of bytes.
    answer = m_fixture.client->exchangeRaw("GET / HTTP/1.1\r\nX: " + QByteArray(20 * 1024, 'b'));
    QCOMPARE(answer.status, 431);
    answer
        = m_fixture.client->exchangeRaw("POST /v3/x HTTP/1.1\r\nContent-Length: 2097152\r\n\r\n{");
    QCOMPARE(answer.status, 413);
    // A signed request with a body over 1 MiB.
    const QByteArray body = "{\"appid\":\"" + QByteArray(1024 * 1024 + 10, 'x') + "\"}";
    answer = m_fixture.client->send(
        "POST", "/v3/payscore/serviceorder/DEMO-RENT-CONFIRMED-001/complete", body);
    QCOMPARE(answer.status, 413);
    assertStillServing();
}

void TestSandboxRobustness::truncatedBodyTimesOut()
{
    const RawSandboxClient &c = *m_fixture.client;
    QByteArray request
        = c.buildRequest("POST", "/v3/payscore/serviceorder/DEMO-RENT-CONFIRMED-001/sync",
            "{\"appid\":\"x\",\"service_id\":\"y\"}", {});
    request.chop(10); // the body never arrives in full
    const RawAnswer answer = c.exchangeRaw(request, 3000);
    QCOMPARE(answer.status, 408);
    QCOMPARE(answer.headers.value("connection"), QByteArray("close"));
    assertStillServing();
}

void TestSandboxRobustness::slowClientWithinTimeoutIsServed()
{
    const QByteArray request = m_fixture.client->buildRequest("GET", validGet(), {}, {});
    QTcpSocket socket;
    socket.connectToHost(
        QHostAddress::LocalHost, quint16(QUrl(m_fixture.client->baseUrl()).port()));
    QVERIFY(socket.waitForConnected(2000));
    // Three pieces, 100 ms apart: slow, but inside the 1200 ms request timeout.
    const qsizetype third = request.size() / 3;
    for (int i = 0; i < 3; ++i) {
        socket.write(i < 2 ? request.mid(i * third, third) : request.mid(2 * third));
        socket.flush();
        QTest::qWait(100);
    }
    QByteArray buffer;
    RawAnswer answer;
    QTRY_VERIFY_WITH_TIMEOUT((buffer += socket.readAll(), parseHttpAnswer(buffer, &answer)), 3000);
    QCOMPARE(answer.status, 200);
}

void TestSandboxRobustness::slowClientBeyondTimeoutIsCut()
{
    const QByteArray request = m_fixture.client->buildRequest("GET", validGet(), {}, {});
    QTcpSocket socket;
    socket.connectToHost(
        QHostAddress::LocalHost, quint16(QUrl(m_fixture.client->baseUrl()).port()));
    QVERIFY(socket.waitForConnected(2000));
    QByteArray buffer;
    // A byte every 100 ms never completes within 1200 ms: 408, then the server hangs up.
    for (int i = 0; i < 60 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.write(request.mid(i, 1));
        socket.flush();
        QTest::qWait(100);
        buffer += socket.readAll();
    }
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 3000);
    RawAnswer answer;
    QVERIFY(parseHttpAnswer(buffer + socket.readAll(), &answer));
    QCOMPARE(answer.status, 408);
    assertStillServing();
}

void TestSandboxRobustness::idleConnectionIsClosed()
{
    QTcpSocket socket;
    socket.connectToHost(
        QHostAddress::LocalHost, quint16(QUrl(m_fixture.client->baseUrl()).port()));
    QVERIFY(socket.waitForConnected(2000));
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 3000);
    assertStillServing();
}

void TestSandboxRobustness::keepAliveAndPipelining()
{
    QByteArray one = m_fixture.client->buildRequest("GET", validGet(), {}, {});
    one.replace("Connection: close", "Connection: keep-alive");
    QTcpSocket socket;
    socket.connectToHost(
        QHostAddress::LocalHost, quint16(QUrl(m_fixture.client->baseUrl()).port()));
    QVERIFY(socket.waitForConnected(2000));
    socket.write(one + one); // pipelined: both answered, in order, on the same connection
    QByteArray buffer;
    RawAnswer first;
    QTRY_VERIFY_WITH_TIMEOUT((buffer += socket.readAll(), parseHttpAnswer(buffer, &first)), 3000);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.headers.value("connection"), QByteArray("keep-alive"));
    const qsizetype firstLength = buffer.indexOf("\r\n\r\n") + 4 + first.body.size();
    RawAnswer second;
    QTRY_VERIFY_WITH_TIMEOUT(
        (buffer += socket.readAll(), parseHttpAnswer(buffer.mid(firstLength), &second)), 3000);
    QCOMPARE(second.status, 200);
    QVERIFY(m_fixture.client->verify(second));
    // And a third request later on the same connection.
    buffer.clear();
    socket.write(one);
    RawAnswer third;
    QTRY_VERIFY_WITH_TIMEOUT((buffer += socket.readAll(), parseHttpAnswer(buffer, &third)), 3000);
    QCOMPARE(third.status, 200);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestSandboxRobustness::expectContinue()
{
    const RawSandboxClient &c = *m_fixture.client;
    const QByteArray body = "{\"appid\":\"" + c.appid().toLatin1() + "\",\"service_id\":\""
        + c.serviceId().toLatin1() + "\",\"reason\":\"用户取消\"}";
    QByteArray request = c.buildRequest(
        "POST", "/v3/payscore/serviceorder/DEMO-RENT-CREATED-001/cancel", body, {});
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    const QByteArray head = request.left(headEnd) + "\r\nExpect: 100-continue\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(QUrl(c.baseUrl()).port()));
    QVERIFY(socket.waitForConnected(2000));
    socket.write(head);
    QByteArray buffer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (buffer += socket.readAll(), buffer.startsWith("HTTP/1.1 100 Continue\r\n\r\n")), 3000);
    socket.write(request.mid(headEnd + 4));
    buffer.remove(0, 25);
    RawAnswer answer;
    QTRY_VERIFY_WITH_TIMEOUT((buffer += socket.readAll(), parseHttpAnswer(buffer, &answer)), 3000);
    QCOMPARE(answer.status, 200);
    QVERIFY(c.verify(answer));
}

void TestSandboxRobustness::manyConcurrentConnections()
{
    constexpr int kClients = 64;
    const quint16 port = quint16(QUrl(m_fixture.client->baseUrl()).port());
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> buffers(kClients);
    for (int i = 0; i < kClients; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    // Each sends as soon as it is connected; all are open at the same time.
    for (auto &socket : sockets) {
        QTcpSocket *raw = socket.get();
        const QByteArray request = m_fixture.client->buildRequest("GET", validGet(), {}, {});
        connect(raw, &QTcpSocket::connected, raw, [raw, request] { raw->write(request); });
    }
    int answered = 0;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        answered = 0;
        for (int i = 0; i < kClients; ++i) {
            buffers[i] += sockets[i]->readAll();
            RawAnswer answer;
            if (parseHttpAnswer(buffers[i], &answer) && answer.status == 200)
                ++answered;
        }
        return answered == kClients;
    }()),
        20000);
}

void TestSandboxRobustness::randomBytes()
{
    QByteArray noise(8192, '\0');
    QRandomGenerator generator(42);
    for (char &c : noise)
        c = char(generator.bounded(256));
    const RawAnswer answer = m_fixture.client->exchangeRaw(noise, 3000);
    // Whatever it makes of the noise, it answers with an error or hangs up.
    QVERIFY(answer.status == 400 || answer.status == 408 || answer.status == 431 || answer.closed);
    assertStillServing();
}

void TestSandboxRobustness::halfClosedClientIsAnswered_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("latencyMs");
    QTest::newRow("GET answered at once") << QByteArray("GET") << 0;
    QTest::newRow("POST answered at once") << QByteArray("POST") << 0;
    QTest::newRow("GET under --latency-ms 300") << QByteArray("GET") << 300;
    QTest::newRow("POST under --latency-ms 300") << QByteArray("POST") << 300;
}

// A client that sends its request and shuts down its writing side (shutdown(SHUT_WR), as
// `curl` with some proxies or a script with `nc -N` does) still gets its answer, also when the
// answer is only ready after the end of its stream has arrived.
void TestSandboxRobustness::halfClosedClientIsAnswered()
{
    QFETCH(QByteArray, method);
    QFETCH(int, latencyMs);
    m_fixture.server.setLatencyMs(latencyMs);
    const auto noLatencyAfter = qScopeGuard([this] { m_fixture.server.setLatencyMs(0); });
    const RawSandboxClient &c = *m_fixture.client;
    static int next = 0;
    const QString number = QStringLiteral("FAULT-SLOW-0-HALF%1").arg(++next);
    const QByteArray body = method == "POST"
        ? QJsonDocument(QJsonObject { { "appid", c.appid() }, { "service_id", c.serviceId() },
                            { "type", "Order_Paid" },
                            { "detail", QJsonObject { { "paid_time", beijingAgo(60) } } } })
              .toJson(QJsonDocument::Compact)
        : QByteArray();
    const QByteArray target = method == "POST"
        ? "/v3/payscore/serviceorder/" + number.toLatin1() + "/sync"
        : "/v3/payscore/serviceorder?service_id=" + c.serviceId().toLatin1()
            + "&appid=" + c.appid().toLatin1() + "&out_order_no=DEMO-RENT-CONFIRMED-001";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(QUrl(c.baseUrl()).port()));
    QVERIFY(socket.waitForConnected(2000));
    socket.write(c.buildRequest(method, target, body, {}));
    QVERIFY(socket.waitForBytesWritten(2000));
    QCOMPARE(::shutdown(int(socket.socketDescriptor()), SHUT_WR), 0);
    QByteArray buffer;
    RawAnswer answer;
    QTRY_VERIFY_WITH_TIMEOUT(
        (buffer += socket.readAll(), parseHttpAnswer(buffer, &answer)), 3000 + latencyMs);
    QCOMPARE(answer.status, 200);
    QVERIFY(c.verify(answer));
}

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
