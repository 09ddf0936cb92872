// The team journal end to end: payscore-cli processes on two "PCs" (different HOMEs and OS
// accounts) share one journal on a real PostgreSQL 15 (started by the test), logged in as
// members of the operator role that installer/postgresql/team-journal.sql creates, against
// the sandbox running in this process:
//  - they race the same write: exactly one reaches the sandbox, the other is refused naming
//    the first one's operator;
//  - one is killed mid-write: the other sees its pending entry, is refused, reconciles it;
//  - the server stops: writes are refused with nothing sent (exit 4), queries work, and
//    writes work again once it is back;
//  - a local SQLite journal migrates in once, Chinese intact, the second run a no-op;
//  - the operator role has no DELETE and may only update the outcome columns;
//  - roles the DBA creates after the owner's first open get their rights at the owner's next.
#include "sandbox/Order.h"
#include "sandbox/OrderBook.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxIdentity.h"
#include "support/PostgresServer.h"

#include <journal/Journal.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace psc;

namespace {

QString beijingAgo(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(-seconds)
        .toTimeZone(QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString cliPath()
{
    return QStringLiteral(PAYSCORE_BINARY_DIR "/app/cli/payscore-cli");
}

struct CliRun {
    int exitCode = -1;
    QJsonObject json; // --output json
    QByteArray output;
};

// One store PC: its own HOME (settings, local files) and OS account; its clerk logs in to the
// team journal as `login`.
struct Pc {
    QString home;
    QString account;
    QString login;
};

} // namespace

class TestTeamJournal : public QObject {
    Q_OBJECT

    static constexpr const char *earlyDatabase = "payscore_early";

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "payscore-cli is not built");
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const QString password = QString::fromLatin1(test::PostgresServer::password);
        // A journal made by its owner before the DBA created the group roles.
        QVERIFY2(
            m_server.exec(
                QStringLiteral("CREATE ROLE payscore_owner LOGIN PASSWORD '%1'").arg(password)),
            qPrintable(m_server.lastError()));
        QVERIFY2(m_server.exec(QStringLiteral("CREATE DATABASE %1 OWNER payscore_owner")
                                   .arg(QLatin1String(earlyDatabase))),
            qPrintable(m_server.lastError()));
        {
            auto owner = journal::Journal::open(
                m_server.url(QLatin1String(earlyDatabase), QStringLiteral("payscore_owner")));
            QVERIFY2(owner.ok(), qPrintable(owner.error()));
        }
        // What the DBA does: the script (which finds the owner already there), passwords for
        // the logins, one start as the owner.
        QVERIFY2(m_server.runScript(
                     QStringLiteral(PAYSCORE_SOURCE_DIR "/installer/postgresql/team-journal.sql"),
                     QStringLiteral("postgres")),
            qPrintable(m_server.lastError()));
        for (const QString &statement :
            { QStringLiteral("ALTER ROLE payscore_owner PASSWORD '%1'"),
                QStringLiteral("CREATE ROLE store12 LOGIN PASSWORD '%1' IN ROLE payscore_operator"),
                QStringLiteral(
                    "CREATE ROLE support_li LOGIN PASSWORD '%1' IN ROLE payscore_operator"),
                QStringLiteral(
                    "CREATE ROLE audit_wang LOGIN PASSWORD '%1' IN ROLE payscore_auditor") })
            QVERIFY2(m_server.exec(statement.arg(password)), qPrintable(m_server.lastError()));
        {
            auto owner = journal::Journal::open(teamUrl(QStringLiteral("payscore_owner")));
            QVERIFY2(owner.ok(), qPrintable(owner.error()));
        }
        m_pcA = { m_dir.filePath(QStringLiteral("pc-a")), QStringLiteral("cashier-a"),
            QStringLiteral("store12") };
        m_pcB = { m_dir.filePath(QStringLiteral("pc-b")), QStringLiteral("support-b"),
            QStringLiteral("support_li") };

        sandbox::SandboxOptions options;
        options.dir = m_dir.filePath(QStringLiteral("sandbox"));
        const auto url = m_sandbox.start(options);
        QVERIFY2(url.ok(), qPrintable(url.error()));
    }

    void cleanup() { m_sandbox.setLatencyMs(0); }

    void rolesCreatedAfterTheFirstOpenGetTheirRightsAtTheOwnersNextOpen()
    {
        const QString early = QLatin1String(earlyDatabase);
        QVERIFY(!journal::Journal::open(m_server.url(early, QStringLiteral("store12"))).ok());
        {
            auto owner
                = journal::Journal::open(m_server.url(early, QStringLiteral("payscore_owner")));
            QVERIFY2(owner.ok(), qPrintable(owner.error()));
        }
        auto journal = journal::Journal::open(m_server.url(early, QStringLiteral("store12")));
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        journal::PendingWrite write;
        write.operatorName = QStringLiteral("王五");
        write.profileName = QStringLiteral("Store 12");
        write.mode = QStringLiteral("serviceorder");
        write.operation = QStringLiteral("sync");
        write.outOrderNo = QStringLiteral("LATE-ROLE-001");
        const auto id = (*journal)->beginWriteIfSettled(write, nullptr);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        journal::WriteResult result;
        result.outcome = journal::Outcome::Succeeded;
        QVERIFY2((*journal)->recordResult(*id, result), qPrintable((*journal)->lastError()));
        QCOMPARE(m_server.scalar(
                     QStringLiteral("SELECT operator FROM entries WHERE id = %1").arg(*id), early),
            QStringLiteral("王五"));
    }

    void operatorRoleHasExactlyTheRightsTheProgramNeeds()
    {
        // The program itself works as an operator: a write and its outcome.
        auto journal = journal::Journal::open(teamUrl(QStringLiteral("store12")));
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        journal::PendingWrite write;
        write.operatorName = QStringLiteral("张三");
        write.profileName = QStringLiteral("Store 12");
        write.mode = QStringLiteral("serviceorder");
        write.operation = QStringLiteral("sync");
        write.outOrderNo = QStringLiteral("RIGHTS-001");
        const auto id = (*journal)->beginWriteIfSettled(write, nullptr);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        journal::WriteResult result;
        result.outcome = journal::Outcome::Unknown;
        QVERIFY2((*journal)->recordResult(*id, result), qPrintable((*journal)->lastError()));
        journal::Reconciliation settled;
        settled.operatorName = QStringLiteral("李四");
        QVERIFY((*journal)->recordReconciliation(*id, settled));

        // …and nothing more.
        const auto refusedAs = [&](const QString &login, const QString &sql) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), login);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_server.port());
            db.setDatabaseName(QStringLiteral("payscore"));
            db.setUserName(login);
            if (!db.open())
                return QStringLiteral("cannot connect: ") + db.lastError().text();
            QSqlQuery query(db);
            return query.exec(sql) ? QStringLiteral("allowed") : query.lastError().text();
        };
        for (const QString &sql : { QStringLiteral("DELETE FROM entries"),
                 QStringLiteral("UPDATE entries SET operator = 'someone else'"),
                 QStringLiteral("UPDATE entries SET started_at = '2000-01-01'"),
                 QStringLiteral("TRUNCATE entries"), QStringLiteral("DROP TABLE entries"),
                 QStringLiteral("DELETE FROM journal_schema") }) {
            const QString answer = refusedAs(QStringLiteral("store12"), sql);
            QVERIFY2(answer.contains(QStringLiteral("permission denied"))
                    || answer.contains(QStringLiteral("must be owner")),
                qPrintable(sql + QStringLiteral(": ") + answer));
        }
        QCOMPARE(refusedAs(QStringLiteral("store12"),
                     QStringLiteral("UPDATE entries SET outcome = outcome WHERE id = 0")),
            QStringLiteral("allowed"));
        QCOMPARE(
            refusedAs(QStringLiteral("audit_wang"), QStringLiteral("SELECT count(*) FROM entries")),
            QStringLiteral("allowed"));
        QVERIFY(refusedAs(
            QStringLiteral("audit_wang"), QStringLiteral("UPDATE entries SET outcome = outcome"))
                    .contains(QStringLiteral("permission denied")));
        for (const QString &name : { QStringLiteral("store12"), QStringLiteral("audit_wang") })
            QSqlDatabase::removeDatabase(name);
    }

    void twoPcsRaceTheSameWriteAndOnlyOneIsSent()
    {
        const QString number = QStringLiteral("RACE-COLLECTING-001");
        addCollectingOrder(number);
        // The answer takes long enough that the loser checks while the winner's write is in
        // flight, however slowly either process starts.
        m_sandbox.setLatencyMs(4000);
        const int before = m_sandbox.requestCount();
        QProcess a;
        QProcess b;
        start(a, m_pcA, syncArguments(number));
        start(b, m_pcB, syncArguments(number));
        const CliRun ranA = finish(a);
        const CliRun ranB = finish(b);
        QCOMPARE(m_sandbox.requestCount() - before, 1);
        QVERIFY2((ranA.exitCode == 0) != (ranB.exitCode == 0),
            qPrintable(QString::fromUtf8(ranA.output + ranB.output)));
        const bool aWon = ranA.exitCode == 0;
        const CliRun &loser = aWon ? ranB : ranA;
        const Pc &winner = aWon ? m_pcA : m_pcB;
        QVERIFY2(loser.exitCode == 2, qPrintable(QString::fromUtf8(loser.output)));
        const QJsonObject error = loser.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("JOURNAL_REFUSED"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(winner.account),
            qPrintable(error.value(QStringLiteral("message")).toString()));
    }

    void aPcKilledMidWriteLeavesPendingThatAnotherPcReconciles()
    {
        const QString number = QStringLiteral("FAULT-HANG-TEAM-001");
        addCollectingOrder(number);
        QProcess a;
        start(a, m_pcA,
            QStringList { QStringLiteral("--timeout"), QStringLiteral("60") }
                + syncArguments(number));
        QVERIFY(
            QTest::qWaitFor([&] { return orderState(number) == QLatin1String("DONE"); }, 30000));
        QCOMPARE(a.state(), QProcess::Running);
        a.kill(); // SIGKILL: nothing of the process runs after this
        QVERIFY(a.waitForFinished(5000));

        // PC B sees A's pending entry and is refused, told whose it is.
        const int before = m_sandbox.requestCount();
        const CliRun refused = run(m_pcB, syncArguments(number));
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(m_sandbox.requestCount(), before);
        const QString message = refused.json.value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(m_pcA.account), qPrintable(message));

        // B reconciles it for everyone.
        const CliRun reconciled = run(m_pcB,
            { QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("--profile"),
                m_sandbox.profilePath(), QStringLiteral("reconcile") });
        QCOMPARE(reconciled.exitCode, 0);
        QCOMPARE(reconciled.json.value(QStringLiteral("settled")).toInt(), 1);
        auto journal = journal::Journal::open(teamUrl(QStringLiteral("store12")));
        QVERIFY(journal.ok());
        journal::JournalFilter filter;
        filter.outOrderNo = number;
        const auto entries = (*journal)->entries(filter);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().write.operatorName, m_pcA.account);
        QCOMPARE(entries.first().write.osAccount, m_pcA.account);
        QVERIFY(entries.first().reconciliation.has_value());
        QCOMPARE(entries.first().reconciliation->operatorName, m_pcB.account);
        QCOMPARE(entries.first().reconciliation->orderState, QStringLiteral("DONE"));
    }

    void whenTheServerIsDownWritesAreRefusedAndQueriesWork()
    {
        const QString number = QStringLiteral("OUTAGE-COLLECTING-001");
        addCollectingOrder(number);
        QVERIFY(m_server.stop());
        const int before = m_sandbox.requestCount();
        const CliRun refused = run(m_pcA, syncArguments(number));
        QCOMPARE(refused.exitCode, 4);
        QCOMPARE(m_sandbox.requestCount(), before); // nothing sent
        QCOMPARE(refused.json.value(QStringLiteral("outcome")).toString(),
            QStringLiteral("config_error"));
        const QString message = refused.json.value(QStringLiteral("error"))
                                    .toObject()
                                    .value(QStringLiteral("message"))
                                    .toString();
        QVERIFY2(message.contains(QStringLiteral("cannot be reached")), qPrintable(message));
        QVERIFY(!refused.output.contains(test::PostgresServer::password));

        const CliRun query = run(m_pcA,
            { QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("--profile"),
                m_sandbox.profilePath(), QStringLiteral("query"), QStringLiteral("--mode"),
                QStringLiteral("serviceorder"), QStringLiteral("--out-order-no"), number });
        QCOMPARE(query.exitCode, 0);
        QCOMPARE(query.json.value(QStringLiteral("order"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("DOING"));

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QCOMPARE(run(m_pcA, syncArguments(number)).exitCode, 0);
    }

    void aLocalJournalMigratesOnceWithChineseIntact()
    {
        const QString local = m_dir.filePath(QStringLiteral("pc-c/journal.sqlite"));
        {
            auto journal = journal::Journal::open(local);
            QVERIFY(journal.ok());
            for (int i = 1; i <= 3; ++i) {
                journal::PendingWrite write;
                write.operatorName = QStringLiteral("收银员%1号").arg(i);
                write.profileName = QStringLiteral("门店 12");
                write.mode = QStringLiteral("serviceorder");
                write.operation = QStringLiteral("sync");
                write.outOrderNo = QStringLiteral("迁移-%1").arg(i);
                write.requestBody = QStringLiteral(R"({"reason":"线下已付款 %1"})").arg(i).toUtf8();
                const auto id = (*journal)->beginWrite(write);
                QVERIFY(id.ok());
                if (i < 3) {
                    journal::WriteResult done;
                    done.outcome = journal::Outcome::Succeeded;
                    done.state = QStringLiteral("DONE");
                    QVERIFY((*journal)->recordResult(*id, done));
                }
            }
        }
        const QStringList migrate { QStringLiteral("--output"), QStringLiteral("json"),
            QStringLiteral("journal"), QStringLiteral("migrate"), QStringLiteral("--from"), local,
            QStringLiteral("--to"), teamUrl(m_pcA.login) };
        const CliRun first = run(m_pcA, migrate);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json.value(QStringLiteral("copied")).toInt(), 3);
        const CliRun second = run(m_pcA, migrate);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json.value(QStringLiteral("copied")).toInt(), 0);
        QCOMPARE(second.json.value(QStringLiteral("already_there")).toInt(), 3);

        auto team = journal::Journal::open(teamUrl(QStringLiteral("store12")));
        QVERIFY(team.ok());
        journal::JournalFilter filter;
        filter.profileName = QStringLiteral("门店 12");
        const auto entries = (*team)->entries(filter);
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().write.outOrderNo, QStringLiteral("迁移-3")); // order kept
        QCOMPARE(entries.first().write.operatorName, QStringLiteral("收银员3号"));
        QVERIFY(entries.first().write.requestBody.contains("线下已付款 3"));
        QVERIFY(entries.first().isOutcomeUnknown()); // its unknown outcome came along
        QCOMPARE(entries.last().result.state, QStringLiteral("DONE"));
        // …and blocks the same write on every PC.
        QVERIFY((*team)->unsettledWrite(QStringLiteral("门店 12"), QStringLiteral("serviceorder"),
            QStringLiteral("sync"), QStringLiteral("迁移-3")));
    }

    void cleanupTestCase() { m_sandbox.stop(); }

private:
    QString teamUrl(const QString &login) const
    {
        return m_server.url(QStringLiteral("payscore"), login);
    }

    QStringList syncArguments(const QString &number) const
    {
        return { QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("--profile"),
            m_sandbox.profilePath(), QStringLiteral("sync"), QStringLiteral("--mode"),
            QStringLiteral("serviceorder"), QStringLiteral("--out-order-no"), number,
            QStringLiteral("--paid-time"), beijingAgo(600), QStringLiteral("--no-follow-up") };
    }

    void start(QProcess &process, const Pc &pc, const QStringList &arguments)
    {
        QDir().mkpath(pc.home);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), pc.home);
        for (const char *xdg : { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" })
            env.remove(QString::fromLatin1(xdg));
        env.insert(QStringLiteral("USER"), pc.account);
        env.insert(QStringLiteral("PAYSCORE_JOURNAL_URL"), teamUrl(pc.login));
        env.insert(QStringLiteral("PAYSCORE_APIV3_KEY"),
            QString::fromLatin1(m_sandbox.identity().apiv3Key.view().toByteArray()));
        process.setProcessEnvironment(env);
        process.start(cliPath(), arguments);
    }

    // Waits while this process keeps serving the sandbox.
    CliRun finish(QProcess &process)
    {
        CliRun result;
        // Not waitForStarted(): it answers false for a process that has already finished, and
        // the race's loser is refused long before the winner's answer arrives.
        if (process.error() == QProcess::FailedToStart
            || !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)
            || process.error() == QProcess::FailedToStart) {
            process.kill();
            process.waitForFinished(3000);
            return result;
        }
        const QByteArray out = process.readAllStandardOutput();
        result.output = out + process.readAllStandardError();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.json = QJsonDocument::fromJson(out).object(); // --output json: one object
        return result;
    }

    CliRun run(const Pc &pc, const QStringList &arguments)
    {
        QProcess process;
        start(process, pc, arguments);
        return finish(process);
    }

    void addCollectingOrder(const QString &number)
    {
        auto order = sandbox::Order::create(sandbox::OrderMode::ServiceOrder, number,
            m_sandbox.identity(), QStringLiteral("免押租借充电宝"), 9900);
        order.confirm(beijingAgo(3 * 3600));
        const QJsonObject payment { { QStringLiteral("name"), QStringLiteral("租借费") },
            { QStringLiteral("amount"), 500 }, { QStringLiteral("count"), 1 } };
        const QJsonObject fields { { QStringLiteral("post_payments"), QJsonArray { payment } },
            { QStringLiteral("time_range"),
                QJsonObject { { QStringLiteral("end_time"), beijingAgo(3600) } } } };
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
    test::PostgresServer m_server;
    sandbox::Sandbox m_sandbox;
    Pc m_pcA;
    Pc m_pcB;
};

QTEST_GUILESS_MAIN(TestTeamJournal)
#include "tst_team_journal.moc"
