// Issue 15's bounded soak: `payscore-cli sandbox` as a process under `ulimit -n 256`, attacked
// over loopback while a client sends 1,000 signed requests. Every signed request is answered
// and verifies; the sandbox's peak RSS grows by at most 50 MiB; its connections are released;
// a connection flood above the descriptor limit does not make it spin; half-closed clients get
// their answers; and what it writes to disk per new order stays flat up to the 3,000th order.
#include "SandboxFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

using namespace psc::test;

namespace {

QString cliPath()
{
    return QStringLiteral(PAYSCORE_BINARY_DIR "/app/cli/payscore-cli");
}

// A figure from /proc/PID/status ("VmRSS", "VmHWM") in KiB.
qint64 statusKiB(qint64 pid, const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key + ':'))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Bytes the process handed to write() so far (/proc/PID/io wchar).
qint64 bytesWritten(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/io").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

// User + system CPU time of the process in clock ticks (/proc/PID/stat fields 14 and 15).
qint64 cpuTicks(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

int openDescriptors(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                   .entryList(QDir::NoDotAndDotDot | QDir::System)
                   .size());
}

} // namespace

class TestSandboxSoak : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QProcess m_process;
    qint64 m_pid = 0;
    quint16 m_port = 0;
    std::unique_ptr<RawSandboxClient> m_client;
    int m_ordersCreated = 0;

    QByteArray queryTarget(const QString &number) const
    {
        return "/v3/payscore/serviceorder?service_id=" + m_client->serviceId().toLatin1()
            + "&appid=" + m_client->appid().toLatin1()
            + "&out_order_no=" + QUrl::toPercentEncoding(number);
    }
    QByteArray syncBody() const
    {
        return QJsonDocument(QJsonObject { { "appid", m_client->appid() },
                                 { "service_id", m_client->serviceId() }, { "type", "Order_Paid" },
                                 { "detail", QJsonObject { { "paid_time", beijingAgo(60) } } } })
            .toJson(QJsonDocument::Compact);
    }
    QByteArray syncTarget(const QString &number) const
    {
        return "/v3/payscore/serviceorder/" + QUrl::toPercentEncoding(number) + "/sync";
    }
    // A new order (FAULT-SLOW-0- numbers exist on first use), synced: answered and verified.
    bool createOrder()
    {
        const QString number = QStringLiteral("FAULT-SLOW-0-SOAK%1").arg(++m_ordersCreated);
        const RawAnswer answer = m_client->send("POST", syncTarget(number), syncBody());
        return answer.status == 200 && m_client->verify(answer);
    }
    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        return socket;
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(cliPath()))
            QSKIP("payscore-cli is not built");
        QVERIFY(m_dir.isValid());
        // The descriptor limit of the measurement: the sandbox must cap itself below it.
        m_process.start(QStringLiteral("/bin/bash"),
            { "-c", "ulimit -n 256 && exec \"$0\" \"$@\"", cliPath(), "sandbox", "--listen",
                "127.0.0.1:0", "--dir", m_dir.path() });
        QVERIFY(m_process.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return m_process.canReadLine(); }, 30000));
        const QString first = QString::fromUtf8(m_process.readLine()).trimmed();
        QVERIFY2(first.startsWith("listening on http://127.0.0.1:"), qPrintable(first));
        m_port = quint16(QUrl(first.mid(13)).port());
        m_pid = m_process.processId();
        m_client = std::make_unique<RawSandboxClient>(m_dir.path());
    }

    void cleanupTestCase()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(15000))
            m_process.kill();
    }

    void attacksWhileSignedRequestsAreServed()
    {
        for (int i = 0; i < 20; ++i)
            QVERIFY(createOrder()); // warm up: keys loaded, allocator settled
        const qint64 peakBefore = statusKiB(m_pid, "VmHWM");
        const int descriptorsBefore = openDescriptors(m_pid);
        std::vector<std::unique_ptr<QTcpSocket>> attackers;

        // Bytes streamed into a connection whose request is never answered (FAULT-HANG-).
        auto streamer = connectRaw();
        qint64 streamed = 0;
        const QByteArray junk(64 * 1024, 'j');
        QObject::connect(
            streamer.get(), &QTcpSocket::connected, streamer.get(), [&, s = streamer.get()] {
                s->write(
                    m_client->buildRequest("POST", syncTarget("FAULT-HANG-SOAK"), syncBody(), {}));
                s->write(junk);
            });
        QObject::connect(streamer.get(), &QTcpSocket::bytesWritten, streamer.get(),
            [&, s = streamer.get()](qint64 n) {
                streamed += n;
                if (s->bytesToWrite() < 256 * 1024)
                    s->write(junk);
            });
        attackers.push_back(std::move(streamer));

        // 80 connections each holding most of a 1 MiB body: the server-wide budget refuses the
        // ones beyond it with 503.
        int refusedForBudget = 0;
        for (int i = 0; i < 80; ++i) {
            auto holder = connectRaw();
            QObject::connect(
                holder.get(), &QTcpSocket::connected, holder.get(), [s = holder.get()] {
                    s->write("POST /v3/payscore/serviceorder/X/sync HTTP/1.1\r\nHost: "
                             "x\r\nContent-Length: 1048576\r\n\r\n");
                    s->write(QByteArray(1000 * 1024, 'b'));
                });
            QObject::connect(
                holder.get(), &QTcpSocket::readyRead, holder.get(), [&, s = holder.get()] {
                    if (s->readAll().startsWith("HTTP/1.1 503"))
                        ++refusedForBudget;
                });
            attackers.push_back(std::move(holder));
        }

        // 5,000 pipelined requests in one burst on one connection.
        auto pipeliner = connectRaw();
        int pipelinedAnswers = 0;
        QByteArray burst;
        for (int i = 0; i < 5000; ++i)
            burst += "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
        QObject::connect(pipeliner.get(), &QTcpSocket::connected, pipeliner.get(),
            [s = pipeliner.get(), burst] { s->write(burst); });
        QObject::connect(pipeliner.get(), &QTcpSocket::readyRead, pipeliner.get(),
            [&, s = pipeliner.get()] { pipelinedAnswers += int(s->readAll().count("HTTP/1.1 ")); });
        attackers.push_back(std::move(pipeliner));

        // Meanwhile: 1,000 signed requests (new orders and queries) and two deep bodies.
        QElapsedTimer clock;
        clock.start();
        qint64 slowest = 0;
        for (int i = 0; i < 1000; ++i) {
            QElapsedTimer one;
            one.start();
            if (i % 2 == 0) {
                QVERIFY2(createOrder(), qPrintable(QString::number(i)));
            } else {
                const RawAnswer answer
                    = m_client->send("GET", queryTarget("DEMO-RENT-CONFIRMED-001"), {});
                QCOMPARE(answer.status, 200);
                QVERIFY(m_client->verify(answer));
            }
            slowest = std::max(slowest, one.elapsed());
            if (i == 500) {
                // Signed, 1,000 deep with 100-character keys: refused before it is parsed.
                QByteArray deep;
                for (int d = 0; d < 1000; ++d)
                    deep += "{\"" + QByteArray(100, char('a' + d % 26)) + "\":";
                deep += "1" + QByteArray(1000, '}');
                const RawAnswer answer = m_client->send("POST", syncTarget("DEEP-1"), deep);
                QCOMPARE(answer.status, 400);
                QVERIFY(m_client->verify(answer));
            }
        }
        qInfo("1,000 signed requests under attack: %lld ms, slowest %lld ms; %lld bytes taken "
              "from the streamer, %d pipelined answers, %d connections refused for the budget",
            clock.elapsed(), slowest, streamed, pipelinedAnswers, refusedForBudget);
        const qint64 peakGrowthKiB = statusKiB(m_pid, "VmHWM") - peakBefore;
        qInfo("sandbox peak RSS growth: %lld KiB", peakGrowthKiB);
        QVERIFY2(peakGrowthKiB <= 50 * 1024, qPrintable(QString::number(peakGrowthKiB)));
        // The streamer got no further than the kernel's buffers and ours.
        QVERIFY2(streamed < 32 * 1024 * 1024, qPrintable(QString::number(streamed)));
        QVERIFY(refusedForBudget > 0);
        QVERIFY(pipelinedAnswers > 0);

        attackers.clear();
        QVERIFY2(
            QTest::qWaitFor([&] { return openDescriptors(m_pid) <= descriptorsBefore + 2; }, 20000),
            qPrintable(QStringLiteral("%1 descriptors open, %2 before")
                           .arg(openDescriptors(m_pid))
                           .arg(descriptorsBefore)));
    }

    void connectionFloodDoesNotSpin()
    {
        // 300 connections against a limit of 256 descriptors: the sandbox stops accepting.
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        for (int i = 0; i < 300; ++i)
            flood.push_back(connectRaw());
        QTest::qWait(1500);
        const qint64 before = cpuTicks(m_pid);
        QTest::qWait(2000);
        const qint64 used = cpuTicks(m_pid) - before;
        const long ticksPerSecond = sysconf(_SC_CLK_TCK);
        qInfo("CPU while flooded: %lld ticks in 2 s", used);
        QVERIFY2(used < ticksPerSecond / 2, qPrintable(QString::number(used)));
        QVERIFY(m_process.state() == QProcess::Running);
        flood.clear();
        const RawAnswer answer = m_client->send("GET", queryTarget("DEMO-RENT-CONFIRMED-001"), {});
        QCOMPARE(answer.status, 200);
        QVERIFY(m_client->verify(answer));
    }

    void halfClosedClientsAreAnswered()
    {
        for (int i = 0; i < 40; ++i) {
            const bool post = i % 2 == 1;
            const QString number = QStringLiteral("FAULT-SLOW-0-HALF%1").arg(i);
            const QByteArray request = post
                ? m_client->buildRequest("POST", syncTarget(number), syncBody(), {})
                : m_client->buildRequest("GET", queryTarget("DEMO-RENT-CONFIRMED-001"), {}, {});
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(socket.waitForConnected(5000));
            socket.write(request);
            QVERIFY(socket.waitForBytesWritten(5000));
            QCOMPARE(::shutdown(int(socket.socketDescriptor()), SHUT_WR), 0);
            QByteArray received;
            RawAnswer answer;
            while (!parseHttpAnswer(received, &answer) && socket.waitForReadyRead(5000))
                received += socket.readAll();
            received += socket.readAll();
            QVERIFY2(parseHttpAnswer(received, &answer),
                qPrintable(QStringLiteral("request %1 got no answer").arg(i)));
            QCOMPARE(answer.status, 200);
            QVERIFY(m_client->verify(answer));
        }
    }

    void perOrderCostIsFlat()
    {
        // Bytes written per new order, in blocks of 500, up to the 3,000th order: one appended
        // line per change, and snapshot rewrites that come rarer as the book grows.
        QList<double> bytesPerOrder;
        QList<double> msPerOrder;
        while (m_ordersCreated < 3000) {
            const qint64 before = bytesWritten(m_pid);
            QElapsedTimer clock;
            clock.start();
            const int start = m_ordersCreated;
            while (m_ordersCreated < std::min(3000, start + 500))
                QVERIFY(createOrder());
            const int count = m_ordersCreated - start;
            bytesPerOrder.append(double(bytesWritten(m_pid) - before) / count);
            msPerOrder.append(double(clock.elapsed()) / count);
            qInfo("orders %d..%d: %.0f bytes written and %.2f ms per order", start + 1,
                m_ordersCreated, bytesPerOrder.last(), msPerOrder.last());
        }
        const double first = bytesPerOrder.first();
        const double last = bytesPerOrder.last();
        QVERIFY2(last <= 3 * first, qPrintable(QStringLiteral("%1 → %2").arg(first).arg(last)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxSoak)
#include "tst_sandbox_soak.moc"
