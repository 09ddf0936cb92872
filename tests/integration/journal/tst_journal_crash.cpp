// The journal's promises end to end, with payscore-cli as a child process and the sandbox
// in this process:
//  - a CLI killed with SIGKILL while its sync is in flight leaves a pending entry, the same
//    sync is refused while it is unsettled, and `payscore-cli reconcile` resolves it against
//    the sandbox;
//  - `payscore-cli journal` exports it (CSV with BOM, JSON);
//  - after a whole session, no private key, APIv3 key or full signature is found in the
//    journal, the settings folders or anything the CLI printed.
#include "sandbox/Order.h"
#include "sandbox/OrderBook.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxIdentity.h"

#include <journal/Journal.h>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <sys/types.h>

using namespace psc;

namespace {

QString beijingAgo(qint64 seconds, const QString &format)
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(-seconds)
        .toTimeZone(QTimeZone(8 * 3600))
        .toString(format);
}

QString cliPath()
{
    return QStringLiteral(PAYSCORE_BINARY_DIR "/app/cli/payscore-cli");
}

} // namespace

class TestJournalCrash : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "payscore-cli is not built");
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.dir = m_dir.filePath(QStringLiteral("sandbox"));
        const auto url = m_sandbox.start(options);
        QVERIFY2(url.ok(), qPrintable(url.error()));
        m_profile = m_sandbox.profilePath();
        m_journalPath = m_dir.filePath(QStringLiteral("journal/journal.sqlite"));
        // An order that is collecting (DOING/MCH_COMPLETE) and whose sync answer never comes.
        for (const QString &number : { QStringLiteral("FAULT-HANG-KILL-001"),
                 QStringLiteral("FAULT-BADSIG-GREP-001"), QStringLiteral("GREP-OK-001") })
            addCollectingOrder(number);
    }

    void killedMidRequestLeavesPendingThatReconcileResolves()
    {
        const QString number = QStringLiteral("FAULT-HANG-KILL-001");
        QProcess child;
        child.setProcessEnvironment(environment());
        child.start(cliPath(),
            { QStringLiteral("--profile"), m_profile, QStringLiteral("--timeout"),
                QStringLiteral("60"), QStringLiteral("sync"), QStringLiteral("--mode"),
                QStringLiteral("serviceorder"), QStringLiteral("--out-order-no"), number,
                QStringLiteral("--paid-time"), beijingAgo(600, QStringLiteral("yyyyMMddHHmmss")) });
        QVERIFY(child.waitForStarted());
        // The sandbox has applied the write (and will never answer): the request is in flight.
        QVERIFY(
            QTest::qWaitFor([&] { return orderState(number) == QLatin1String("DONE"); }, 20000));
        QCOMPARE(child.state(), QProcess::Running);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        m_output += child.readAll();

        {
            auto journal = journal::Journal::open(m_journalPath);
            QVERIFY(journal.ok());
            const auto unknown = (*journal)->outcomeUnknown();
            QCOMPARE(unknown.size(), 1);
            QCOMPARE(unknown.first().write.outOrderNo, number);
            QCOMPARE(int(unknown.first().result.outcome), int(journal::Outcome::Pending));
            QCOMPARE(unknown.first().write.operation, QStringLiteral("sync"));
        }

        // The same write is refused, nothing is sent, while its outcome is unknown.
        const auto again = runCli(
            { QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("--profile"),
                m_profile, QStringLiteral("sync"), QStringLiteral("--mode"),
                QStringLiteral("serviceorder"), QStringLiteral("--out-order-no"), number,
                QStringLiteral("--paid-time"), beijingAgo(600, QStringLiteral("yyyyMMddHHmmss")) });
        QCOMPARE(again.first, 2);
        const QJsonObject refused = QJsonDocument::fromJson(again.second).object();
        QCOMPARE(refused.value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            QStringLiteral("JOURNAL_REFUSED"));

        // Reconcile queries the order and records what the sandbox says.
        const auto reconciled = runCli({ QStringLiteral("--output"), QStringLiteral("json"),
            QStringLiteral("--profile"), m_profile, QStringLiteral("reconcile") });
        QCOMPARE(reconciled.first, 0);
        const QJsonObject report = QJsonDocument::fromJson(reconciled.second).object();
        QCOMPARE(report.value(QStringLiteral("settled")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("still_unknown")).toInt(), 0);
        {
            auto journal = journal::Journal::open(m_journalPath);
            QVERIFY((*journal)->outcomeUnknown().isEmpty());
            const auto entry = (*journal)->entries().first();
            QVERIFY(entry.reconciliation.has_value());
            QCOMPARE(entry.reconciliation->orderState, QStringLiteral("DONE"));
            QVERIFY(!entry.reconciliation->orderId.isEmpty());
        }
        // Settled: the sync may be sent again (the sandbox now says the order is done).
        // (The sandbox hangs on this order's writes again: a short timeout, outcome unknown.)
        const auto afterwards = runCli({ QStringLiteral("--output"), QStringLiteral("json"),
            QStringLiteral("--profile"), m_profile, QStringLiteral("--timeout"),
            QStringLiteral("2"), QStringLiteral("sync"), QStringLiteral("--mode"),
            QStringLiteral("serviceorder"), QStringLiteral("--out-order-no"), number,
            QStringLiteral("--paid-time"), beijingAgo(600, QStringLiteral("yyyyMMddHHmmss")) });
        QVERIFY(afterwards.first != 2);
        QVERIFY(afterwards.second.contains("\"outcome\"")
            && !afterwards.second.contains("JOURNAL_REFUSED"));
    }

    void journalCommandExportsCsvAndJson()
    {
        const auto csv = runCli({ QStringLiteral("journal"), QStringLiteral("--since"),
            QDate::currentDate().addDays(-1).toString(Qt::ISODate) });
        QCOMPARE(csv.first, 0);
        QVERIFY(csv.second.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.second.mid(3).split('\n');
        QVERIFY(lines.first().startsWith(
            "id,started_at,operator,profile,mode,operation,out_order_no,amount_fen"));
        QVERIFY(csv.second.contains("FAULT-HANG-KILL-001"));
        const auto json = runCli({ QStringLiteral("journal"), QStringLiteral("--format"),
            QStringLiteral("json"), QStringLiteral("--out-order-no"), QStringLiteral("KILL") });
        QCOMPARE(json.first, 0);
        const QJsonArray entries = QJsonDocument::fromJson(json.second)
                                       .object()
                                       .value(QStringLiteral("entries"))
                                       .toArray();
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.last().toObject().value(QStringLiteral("reconciled_state")).toString(),
            QStringLiteral("DONE"));
        const auto none = runCli({ QStringLiteral("journal"), QStringLiteral("--since"),
            QStringLiteral("2099-01-01"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(none.second)
                     .object()
                     .value(QStringLiteral("entries"))
                     .toArray()
                     .size(),
            0);
        QCOMPARE(runCli({ QStringLiteral("journal"), QStringLiteral("--since"),
                            QStringLiteral("yesterday") })
                     .first,
            2);
    }

    void noSecretAnywhereAfterASession()
    {
        // More of a session: a successful write, a forged answer (unknown), a query, a
        // complete refused by the server, reconcile.
        runCli({ QStringLiteral("--profile"), m_profile, QStringLiteral("sync"),
            QStringLiteral("--mode"), QStringLiteral("serviceorder"),
            QStringLiteral("--out-order-no"), QStringLiteral("GREP-OK-001"),
            QStringLiteral("--paid-time"), beijingAgo(600, QStringLiteral("yyyyMMddHHmmss")) });
        runCli({ QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("--profile"),
            m_profile, QStringLiteral("sync"), QStringLiteral("--mode"),
            QStringLiteral("serviceorder"), QStringLiteral("--out-order-no"),
            QStringLiteral("FAULT-BADSIG-GREP-001"), QStringLiteral("--paid-time"),
            beijingAgo(600, QStringLiteral("yyyyMMddHHmmss")) });
        runCli({ QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("--profile"),
            m_profile, QStringLiteral("query"), QStringLiteral("--mode"),
            QStringLiteral("serviceorder"), QStringLiteral("--out-order-no"),
            QStringLiteral("DEMO-STAY-COLLECTING-001") });
        runCli({ QStringLiteral("--profile"), m_profile, QStringLiteral("reconcile") });
        {
            auto journal = journal::Journal::open(m_journalPath);
            QVERIFY((*journal)->entries().size() >= 4);
        }

        QList<QByteArray> secrets;
        const QByteArray apiv3Key = m_sandbox.identity().apiv3Key.view().toByteArray();
        QCOMPARE(apiv3Key.size(), 32);
        secrets << apiv3Key;
        const QByteArray pem = m_sandbox.identity().merchantKey.toPkcs8Pem().view().toByteArray();
        for (const QByteArray &line : pem.split('\n')) {
            if (line.size() >= 32 && !line.startsWith("-----"))
                secrets << line;
        }
        QVERIFY(secrets.size() > 10);
        // A full RSA-2048 signature is 344 Base64 characters: no run that long may appear.
        const QRegularExpression longBase64(QStringLiteral("[A-Za-z0-9+/]{300,}={0,2}"));

        QList<QPair<QString, QByteArray>> haystacks;
        haystacks.append({ QStringLiteral("CLI output"), m_output });
        const auto addTree = [&haystacks](const QString &root) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    haystacks.append({ file.fileName(), file.readAll() });
            }
        };
        addTree(QFileInfo(m_journalPath).absolutePath()); // the journal, its WAL
        addTree(QDir::homePath()); // settings, caches, logs of this test's isolated HOME
        for (const char *variable : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" }) {
            if (!qEnvironmentVariableIsEmpty(variable)
                && !qEnvironmentVariable(variable).startsWith(QDir::homePath()))
                addTree(qEnvironmentVariable(variable));
        }
        QVERIFY(std::any_of(haystacks.cbegin(), haystacks.cend(),
            [](const auto &h) { return h.first.endsWith(QLatin1String("journal.sqlite")); }));
        QVERIFY(m_output.contains("FAULT-BADSIG-GREP-001")); // the CLI did print its results
        for (const auto &[name, bytes] : haystacks) {
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(name));
            QVERIFY2(!longBase64.match(QString::fromLatin1(bytes)).hasMatch(), qPrintable(name));
        }
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAYSCORE_JOURNAL"), m_journalPath);
        env.insert(QStringLiteral("PAYSCORE_APIV3_KEY"),
            QString::fromLatin1(m_sandbox.identity().apiv3Key.view().toByteArray()));
        env.insert(QStringLiteral("USER"), QStringLiteral("cashier-7"));
        return env;
    }

    // Runs payscore-cli to the end while this process keeps serving the sandbox.
    QPair<int, QByteArray> runCli(const QStringList &arguments)
    {
        QProcess child;
        child.setProcessEnvironment(environment());
        child.start(cliPath(), arguments);
        if (!child.waitForStarted())
            return { -1, {} };
        if (!QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 40000)) {
            child.kill();
            child.waitForFinished(3000);
            return { -1, {} };
        }
        const QByteArray out = child.readAllStandardOutput();
        m_output += out + child.readAllStandardError();
        return { child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1, out };
    }

    void addCollectingOrder(const QString &number)
    {
        auto order = sandbox::Order::create(sandbox::OrderMode::ServiceOrder, number,
            m_sandbox.identity(), QStringLiteral("免押租借充电宝"), 9900);
        order.confirm(beijingAgo(3 * 3600, QStringLiteral("yyyyMMddHHmmss")));
        const QJsonObject payment { { QStringLiteral("name"), QStringLiteral("租借费") },
            { QStringLiteral("amount"), 500 },
            { QStringLiteral("description"), QStringLiteral("5小时") },
            { QStringLiteral("count"), 1 } };
        const QJsonObject fields { { QStringLiteral("post_payments"), QJsonArray { payment } },
            { QStringLiteral("time_range"),
                QJsonObject { { QStringLiteral("end_time"),
                    beijingAgo(3600, QStringLiteral("yyyyMMddHHmmss")) } } } };
        order.complete(fields, 500);
        m_sandbox.orderBook().insert(order);
    }

    QString orderState(const QString &number)
    {
        const sandbox::Order *order
            = m_sandbox.orderBook().find(sandbox::OrderMode::ServiceOrder, number);
        return order ? order->state() : QString();
    }

    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    QString m_profile;
    QString m_journalPath;
    QByteArray m_output;
};

QTEST_GUILESS_MAIN(TestJournalCrash)
#include "tst_journal_crash.moc"
