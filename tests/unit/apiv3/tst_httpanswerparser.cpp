// HttpAnswerParser: the answer KeepAliveNetwork reads, whatever pieces the bytes arrive in.
// Every case is fed whole and then one byte at a time: the result must be the same.
#include <apiv3/HttpAnswerParser.h>

#include <QtTest>

using psc::apiv3::HttpAnswerParser;

namespace {

HttpAnswerParser parsed(const QByteArray &bytes, bool byteByByte, bool bodiless = false)
{
    HttpAnswerParser parser(bodiless);
    if (byteByByte) {
        for (const char c : bytes)
            parser.feed(QByteArrayView(&c, 1));
    } else {
        parser.feed(bytes);
    }
    return parser;
}

} // namespace

class TestHttpAnswerParser : public QObject {
    Q_OBJECT

private slots:
    void answers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("reusable");

        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n"
                                                      "Request-ID: R1\r\n\r\nhello")
                                        << 200 << QByteArray("hello") << true;
        QTest::newRow("bare LF lines") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok")
                                       << 200 << QByteArray("ok") << true;
        QTest::newRow("no reason phrase")
            << QByteArray("HTTP/1.1 204\r\n\r\n") << 204 << QByteArray() << true;
        QTest::newRow("chunked with extension and trailer")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "4;x=y\r\n{\"a\"\r\nA\r\n:\"0123456\"\r\n0\r\nX-Trailer: 1\r\n\r\n")
            << 200 << QByteArray("{\"a\":\"0123456\"") << true;
        QTest::newRow("100 Continue before the answer")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 400 Bad Request\r\n"
                          "Content-Length: 2\r\n\r\n{}")
            << 400 << QByteArray("{}") << true;
        QTest::newRow("Connection: close")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: keep-alive, close\r\n"
                          "Content-Length: 1\r\n\r\nx")
            << 200 << QByteArray("x") << false;
        QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx")
                                  << 200 << QByteArray("x") << false;
        QTest::newRow("repeated equal lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2, 2\r\n\r\nab")
            << 200 << QByteArray("ab") << true;
        QTest::newRow("bytes after the answer")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxHTTP/1.1 200 OK\r\n") << 200
            << QByteArray("x") << false;
    }

    void answers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, reusable);
        for (const bool byteByByte : { false, true }) {
            HttpAnswerParser parser = parsed(bytes, byteByByte);
            QVERIFY2(parser.state() == HttpAnswerParser::State::Done,
                qPrintable(QStringLiteral("%1 (fed %2)")
                               .arg(parser.error(), byteByByte ? "byte by byte" : "whole")));
            QCOMPARE(parser.status(), status);
            QCOMPARE(parser.takeBody(), body);
            QCOMPARE(parser.reusable(), reusable);
        }
    }

    void headersKeepTheirOrderNamesAndRepeats()
    {
        HttpAnswerParser parser = parsed("HTTP/1.1 200 OK\r\nWechatpay-Serial: S1\r\n"
                                         "wechatpay-nonce:   N  \r\nX-A: 1\r\nX-A: 2\r\n"
                                         "Content-Length: 0\r\n\r\n",
            false);
        QCOMPARE(parser.state(), HttpAnswerParser::State::Done);
        QCOMPARE(parser.reason(), QByteArray("OK"));
        const psc::apiv3::RawHeaders expected { { "Wechatpay-Serial", "S1" },
            { "wechatpay-nonce", "N" }, { "X-A", "1" }, { "X-A", "2" }, { "Content-Length", "0" } };
        QCOMPARE(parser.headers(), expected);
    }

    void bodyUntilTheConnectionCloses()
    {
        HttpAnswerParser parser = parsed("HTTP/1.1 200 OK\r\n\r\npart one, ", true);
        QCOMPARE(parser.state(), HttpAnswerParser::State::Body);
        parser.feed("part two");
        QCOMPARE(parser.state(), HttpAnswerParser::State::Body);
        parser.endOfStream();
        QCOMPARE(parser.state(), HttpAnswerParser::State::Done);
        QCOMPARE(parser.takeBody(), QByteArray("part one, part two"));
        QVERIFY(!parser.reusable());
    }

    void aHeadAnswerHasNoBody()
    {
        HttpAnswerParser parser
            = parsed("HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n", false, true);
        QCOMPARE(parser.state(), HttpAnswerParser::State::Done);
        QVERIFY(parser.reusable());
    }

    void closedBeforeTheEndFails_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("nothing") << QByteArray();
        QTest::newRow("half a status line") << QByteArray("HTTP/1.1 2");
        QTest::newRow("in the headers") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le");
        QTest::newRow("short body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345");
        QTest::newRow("no last chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nab\r\n");
    }

    void closedBeforeTheEndFails()
    {
        QFETCH(QByteArray, bytes);
        HttpAnswerParser parser = parsed(bytes, true);
        parser.endOfStream();
        QCOMPARE(parser.state(), HttpAnswerParser::State::Failed);
        QVERIFY(!parser.error().isEmpty());
        QVERIFY(!parser.reusable());
    }

    void malformedAnswersFail_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
        QTest::newRow("HTTP/2 status line") << QByteArray("HTTP/2 200\r\n\r\n");
        QTest::newRow("two-digit status") << QByteArray("HTTP/1.1 20 OK\r\n\r\n");
        QTest::newRow("status not followed by a space") << QByteArray("HTTP/1.1 2000\r\n\r\n");
        QTest::newRow("header without colon") << QByteArray("HTTP/1.1 200 OK\r\nBroken\r\n\r\n");
        QTest::newRow("space in a header name")
            << QByteArray("HTTP/1.1 200 OK\r\nBad Name: 1\r\n\r\n");
        QTest::newRow("CR inside a header value")
            << QByteArray("HTTP/1.1 200 OK\r\nRetry-After: 1\rX: 2\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("NUL inside a header value")
            << QByteArray("HTTP/1.1 200 OK\r\nX-A: a\0b\r\nContent-Length: 0\r\n\r\n", 48);
        QTest::newRow("folded header")
            << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n continued\r\n\r\n");
        QTest::newRow("lengths disagree")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nab");
        QTest::newRow("negative length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("chunk size not hex")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("chunk size with 0x")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0x2\r\nab\r\n");
        QTest::newRow("length with a sign")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: +2\r\n\r\nab");
        QTest::newRow("chunk not followed by CRLF")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabcd\r\n");
        QTest::newRow("101 Switching Protocols")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n");
    }

    void malformedAnswersFail()
    {
        QFETCH(QByteArray, bytes);
        for (const bool byteByByte : { false, true }) {
            HttpAnswerParser parser = parsed(bytes, byteByByte);
            QCOMPARE(parser.state(), HttpAnswerParser::State::Failed);
            QVERIFY(!parser.error().isEmpty());
        }
    }

    void endlessHeadersStopAtTheCap()
    {
        HttpAnswerParser parser;
        parser.feed("HTTP/1.1 200 OK\r\n");
        const QByteArray line = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
        qsizetype fed = 0;
        while (parser.state() == HttpAnswerParser::State::Head && fed < 4 * 1024 * 1024) {
            parser.feed(line);
            fed += line.size();
        }
        QCOMPARE(parser.state(), HttpAnswerParser::State::Failed);
        QVERIFY(fed <= HttpAnswerParser::kMaxHeadBytes + line.size());
        // One endless line is refused just the same.
        HttpAnswerParser oneLine;
        oneLine.feed("HTTP/1.1 200 OK\r\nX-Filler: ");
        for (int i = 0; i < 300 && oneLine.state() == HttpAnswerParser::State::Head; ++i)
            oneLine.feed(QByteArray(1024, 'a'));
        QCOMPARE(oneLine.state(), HttpAnswerParser::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestHttpAnswerParser)
#include "tst_httpanswerparser.moc"
