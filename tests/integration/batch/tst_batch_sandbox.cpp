// Batches against the real sandbox: per-row outcomes of a mixed batch, a payscore-cli batch
// killed with SIGKILL half-way and resumed (no row sent twice, unknown rows queried first),
// 429 answers slowing the batch without failing rows, and the results files.
#include <apiv3/ApiClient.h>
#include <batch/BatchExport.h>
#include <batch/BatchPlan.h>
#include <batch/BatchRunner.h>
#include <batch/CsvReader.h>
#include <batch/ModeLookup.h>
#include <journal/Journal.h>
#include <journal/JournalWriteHook.h>
#include <payscore/OperationRunner.h>
#include <payscore/OrderFinder.h>
#include <profile/ClientConfigFactory.h>
#include <profile/Profile.h>
#include <sandbox/OrderBook.h>
#include <sandbox/Sandbox.h>
#include <session/BatchLanes.h>
#include <session/BatchRunnerThread.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

using namespace psc;
using batch::BatchOperation;
using batch::BatchPlan;
using batch::BatchRunner;
using batch::RowOutcome;

namespace {

// Runners per lane, each with its own connections, journaling into one file.
class Lanes {
public:
    Lanes(const profile::Profile &profile, std::shared_ptr<journal::Journal> journal)
        : m_hook(std::move(journal))
    {
        auto config = profile::ClientConfigFactory().create(profile);
        Q_ASSERT(config.ok());
        m_config = *config;
        m_config.retry.retryRateLimited = false;
        m_config.retry.backoff = std::chrono::milliseconds(10); // FAULT-500 retries fast
        m_profileName = profile.name;
    }
    payscore::OperationRunner *runner(payscore::Mode, int lane)
    {
        auto &slot = m_lanes[lane];
        if (!slot.runner) {
            slot.network = std::make_unique<QNetworkAccessManager>();
            slot.client = std::make_unique<apiv3::ApiClient>(m_config, slot.network.get());
            slot.runner = std::make_unique<payscore::OperationRunner>(slot.client.get());
            slot.runner->setWriteIdentity(QStringLiteral("batch-test"), m_profileName);
            slot.runner->setJournal(&m_hook);
        }
        return slot.runner.get();
    }

private:
    struct Lane {
        std::unique_ptr<QNetworkAccessManager> network;
        std::unique_ptr<apiv3::ApiClient> client;
        std::unique_ptr<payscore::OperationRunner> runner;
    };
    apiv3::ClientConfig m_config;
    QString m_profileName;
    journal::JournalWriteHook m_hook;
    std::map<int, Lane> m_lanes;
};

QByteArray csv(const QStringList &lines)
{
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QString paidTime()
{
    return QDateTime::currentDateTime().addSecs(-3600).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

class TstBatchSandbox : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    profile::Profile m_profile;
    std::shared_ptr<journal::Journal> m_journal;

    BatchPlan plan(BatchOperation operation, const QByteArray &bytes)
    {
        auto table = batch::CsvReader().read(bytes);
        Q_ASSERT(table.ok());
        BatchPlan plan(operation, std::move(table).value(),
            { m_profile.appid, m_profile.serviceId, m_profile.subMchid });
        plan.validate(QDateTime::currentDateTimeUtc());
        return plan;
    }

    // Runs the batch to its end in this event loop (the sandbox answers from it too).
    void run(BatchRunner &runner)
    {
        QSignalSpy finished(&runner, &BatchRunner::finished);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 60000);
    }

    QList<sandbox::SandboxRequestRecord> requestsFor(const QString &order, int from = 0) const
    {
        QList<sandbox::SandboxRequestRecord> found;
        const auto log = m_sandbox.requestLog();
        for (qsizetype i = from; i < log.size(); ++i) {
            if (log.at(i).outOrderNo == order)
                found.append(log.at(i));
        }
        return found;
    }

    // The file has no mode column: its orders are looked up as `find` does, through the
    // lanes a batch uses, and the plan is checked again with what was found.
    void lookUpModes(BatchPlan &plan)
    {
        session::BatchLanes lanes(m_sandbox.profilePath(), payscore::Operation::Query, {});
        batch::ModeLookup lookup(
            payscore::OrderFinder::modesFor(plan.defaults(), m_sandbox.url()),
            [&](payscore::Mode mode, int lane) { return lanes.runner(mode, lane); },
            plan.defaults());
        QSignalSpy finished(&lookup, &batch::ModeLookup::finished);
        lookup.start(plan.ordersToLookUp());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 30000);
        plan.addModeFindings(lookup.findings(), QDateTime::currentDateTimeUtc());
    }

    // A sync batch of `rows` for a session::BatchRunnerThread on the sandbox's profile.
    session::BatchRunnerThread::Setup threadSetup(const QByteArray &rows)
    {
        session::BatchRunnerThread::Setup setup;
        setup.plan = std::make_shared<const BatchPlan>(plan(BatchOperation::Sync, rows));
        setup.profilePath = m_sandbox.profilePath();
        setup.profileName = m_profile.name;
        return setup;
    }

    QString cliOutput(QProcess &process)
    {
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    void startCli(QProcess &process, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PAYSCORE_JOURNAL"), m_dir.filePath("journal.sqlite"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PAYSCORE_CLI),
            QStringList { QStringLiteral("--profile"), m_sandbox.profilePath(),
                QStringLiteral("--output"), QStringLiteral("json"), QStringLiteral("batch") }
                + arguments);
        QVERIFY(process.waitForStarted());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sandbox::SandboxOptions options;
        options.dir = m_dir.filePath(QStringLiteral("sandbox"));
        const auto url = m_sandbox.start(options);
        QVERIFY2(url.ok(), qPrintable(url.error()));
        auto loaded = profile::Profile::load(m_sandbox.profilePath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        m_profile = *loaded;
        auto journal = journal::Journal::open(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        m_journal = *journal;
    }

    void mixedBatchGivesEachRowItsOutcome()
    {
        const BatchPlan plan = this->plan(BatchOperation::Sync,
            csv({ QStringLiteral("商户订单号,模式,收款时间"),
                QStringLiteral("DEMO-STAY-COLLECTING-001,serviceorder,%1").arg(paidTime()),
                QStringLiteral("BAD ORDER,serviceorder,%1").arg(paidTime()),
                QStringLiteral("FAULT-500-M1,serviceorder,%1").arg(paidTime()),
                QStringLiteral("FAULT-BADSIG-M1,服务订单,%1").arg(paidTime()),
                QStringLiteral("DEMO-RETAIL-DONE-001,serviceorder,%1").arg(paidTime()) }));
        Lanes lanes(m_profile, m_journal);
        BatchRunner runner(
            plan, [&](payscore::Mode mode, int lane) { return lanes.runner(mode, lane); });
        runner.setJournal(m_journal, m_profile.name, QStringLiteral("batch-test"));
        run(runner);

        const auto &results = runner.results();
        QCOMPARE(results.at(0).outcome, RowOutcome::Succeeded);
        QCOMPARE(results.at(0).state, QStringLiteral("DONE"));
        QVERIFY(!results.at(0).requestId.isEmpty());
        QCOMPARE(results.at(1).outcome, RowOutcome::Invalid);
        QCOMPARE(results.at(1).errorCode, QStringLiteral("INVALID_INPUT"));
        QVERIFY(requestsFor(QStringLiteral("BAD ORDER")).isEmpty()); // never sent
        QCOMPARE(results.at(2).outcome, RowOutcome::Rejected);
        QCOMPARE(results.at(2).errorCode, QStringLiteral("SYSTEM_ERROR"));
        QVERIFY(results.at(2).retryable);
        QCOMPARE(results.at(3).outcome, RowOutcome::Unknown); // applied, answer not believed
        QCOMPARE(results.at(4).outcome, RowOutcome::Rejected);
        QVERIFY(!results.at(4).errorCode.isEmpty());
        const batch::BatchProgress progress = runner.progress();
        QCOMPARE(progress.succeeded, 1);
        QCOMPARE(progress.rejected, 2);
        QCOMPARE(progress.unknown, 1);
        QCOMPARE(progress.invalid, 1);
        QCOMPARE(runner.retryableRows(), QList<qsizetype>({ 2 }));

        // The same file again: the succeeded row is skipped, the unknown one is queried first
        // and (the write had taken effect) not sent again.
        const int before = int(m_sandbox.requestLog().size());
        BatchRunner again(
            plan, [&](payscore::Mode mode, int lane) { return lanes.runner(mode, lane); });
        again.setJournal(m_journal, m_profile.name, QStringLiteral("batch-test"));
        run(again);
        QCOMPARE(again.results().at(0).outcome, RowOutcome::Skipped);
        QCOMPARE(again.results().at(3).outcome, RowOutcome::Skipped);
        QVERIFY(again.results().at(3).note.contains(QStringLiteral("query")));
        QVERIFY(requestsFor(QStringLiteral("DEMO-STAY-COLLECTING-001"), before).isEmpty());
        const auto badsig = requestsFor(QStringLiteral("FAULT-BADSIG-M1"), before);
        QCOMPARE(badsig.size(), 1);
        QCOMPARE(badsig.first().action, QStringLiteral("query"));

        // Results files: the input columns, then the outcome columns.
        const QString xlsx = m_dir.filePath(QStringLiteral("results.xlsx"));
        QVERIFY(batch::BatchExport::writeXlsx(xlsx, plan, runner.results()).ok());
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
            { QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml") });
        QVERIFY(unzip.waitForFinished());
        QCOMPARE(unzip.exitCode(), 0);
        const QByteArray sheet = unzip.readAllStandardOutput();
        QVERIFY(sheet.contains("<sheetData>"));
        QCOMPARE(sheet.count("<row "), 6); // header + 5 rows
        unzip.start(QStringLiteral("unzip"),
            { QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml") });
        QVERIFY(unzip.waitForFinished());
        const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY(strings.contains(QStringLiteral("商户订单号")));
        QVERIFY(strings.contains(QStringLiteral("FAULT-BADSIG-M1")));
        QVERIFY(strings.contains(QStringLiteral("SYSTEM_ERROR")));

        const QString csvPath = m_dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(batch::BatchExport::writeCsv(csvPath, plan, runner.results()).ok());
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF商户订单号,模式,收款时间,"));
        auto reread = batch::CsvReader().read(bytes); // the file reads back as a batch
        QVERIFY(reread.ok());
        QCOMPARE(reread->rowCount(), 5);
        QCOMPARE(reread->cell(2, 6), QStringLiteral("SYSTEM_ERROR"));
    }

    // Cancel rows become CancelRequests sent through OperationRunner::cancel: the order's
    // fresh state is queried first (a DONE order is refused before anything is written), the
    // reason is checked by CancelRequest itself (1–30 characters), and every write journaled.
    void cancelBatchSendsThroughTheStateCheckedCancel()
    {
        const QString tooLong(31, QChar(u'长'));
        const BatchPlan plan = this->plan(BatchOperation::Cancel,
            csv({ QStringLiteral("商户订单号,模式,取消原因"),
                QStringLiteral("DEMO-RENT-CREATED-001,serviceorder,顾客不再需要"),
                QStringLiteral("DEMO-RENT-CONFIRMED-002,服务订单,设备故障"),
                QStringLiteral("DEMO-RETAIL-DONE-001,serviceorder,顾客不再需要"),
                QStringLiteral("FAULT-500-C1,serviceorder,设备故障"),
                QStringLiteral("FAULT-BADSIG-C1,serviceorder,设备故障"),
                QStringLiteral("DEMO-RENT-CONFIRMED-001,serviceorder,%1").arg(tooLong),
                QStringLiteral("DEMO-RENT-EXPIRED-001,serviceorder,   ") }));
        QVERIFY(plan.check(5).report.hasErrorAt(QStringLiteral("/reason"))); // 31 > 30
        QVERIFY(plan.check(6).report.hasErrorAt(QStringLiteral("/reason"))); // blank
        QVERIFY(plan.check(0).isSendable());
        const int before = int(m_sandbox.requestLog().size());
        Lanes lanes(m_profile, m_journal);
        BatchRunner runner(
            plan, [&](payscore::Mode mode, int lane) { return lanes.runner(mode, lane); });
        runner.setJournal(m_journal, m_profile.name, QStringLiteral("batch-test"));
        run(runner);

        const auto &results = runner.results();
        for (int row : { 0, 1 }) {
            QCOMPARE(results.at(row).outcome, RowOutcome::Succeeded);
            QVERIFY(results.at(row).state.startsWith(QStringLiteral("REVOKED")));
            QVERIFY(!results.at(row).requestId.isEmpty());
        }
        // A DONE order cannot be cancelled: refused after the fresh query, nothing written.
        QCOMPARE(results.at(2).outcome, RowOutcome::Invalid);
        QCOMPARE(results.at(2).errorCode, QStringLiteral("INVALID_ORDER_STATE"));
        QVERIFY(results.at(2).state.startsWith(QStringLiteral("DONE")));
        for (const auto &record : requestsFor(QStringLiteral("DEMO-RETAIL-DONE-001"), before))
            QCOMPARE(record.action, QStringLiteral("query"));
        QCOMPARE(results.at(3).outcome, RowOutcome::Rejected);
        QCOMPARE(results.at(3).errorCode, QStringLiteral("SYSTEM_ERROR"));
        QCOMPARE(results.at(4).outcome, RowOutcome::Unknown); // written, answer not believed
        QCOMPARE(results.at(5).outcome, RowOutcome::Invalid);
        QCOMPARE(results.at(6).outcome, RowOutcome::Invalid);
        QVERIFY(requestsFor(QStringLiteral("DEMO-RENT-CONFIRMED-001"), before).isEmpty());
        QVERIFY(requestsFor(QStringLiteral("DEMO-RENT-EXPIRED-001"), before).isEmpty());

        // Each sendable row was queried before its one cancel went out.
        for (const QString &order : { QStringLiteral("DEMO-RENT-CREATED-001"),
                 QStringLiteral("DEMO-RENT-CONFIRMED-002"), QStringLiteral("FAULT-BADSIG-C1") }) {
            const auto records = requestsFor(order, before);
            QVERIFY2(records.size() >= 2, qPrintable(order));
            QCOMPARE(records.first().action, QStringLiteral("query"));
            int cancels = 0;
            for (const auto &record : records)
                cancels += record.action == QLatin1String("cancel") ? 1 : 0;
            QVERIFY2(cancels == 1, qPrintable(order));
        }
        // The sandbox's own order book: the cancels took effect (also the unverified one).
        auto &book = m_sandbox.orderBook();
        for (const QString &order : { QStringLiteral("DEMO-RENT-CREATED-001"),
                 QStringLiteral("DEMO-RENT-CONFIRMED-002"), QStringLiteral("FAULT-BADSIG-C1") }) {
            const auto *found = book.find(sandbox::OrderMode::ServiceOrder, order);
            QVERIFY2(found, qPrintable(order));
            QCOMPARE(found->state(), QStringLiteral("REVOKED"));
        }
        QCOMPARE(book.find(sandbox::OrderMode::ServiceOrder, QStringLiteral("DEMO-RETAIL-DONE-001"))
                     ->state(),
            QStringLiteral("DONE"));

        // Journaled like single writes: the same file again skips the revoked rows and settles
        // the unknown one by query (REVOKED: took effect), sending no cancel again.
        const int again = int(m_sandbox.requestLog().size());
        BatchRunner resumed(
            plan, [&](payscore::Mode mode, int lane) { return lanes.runner(mode, lane); });
        resumed.setJournal(m_journal, m_profile.name, QStringLiteral("batch-test"));
        run(resumed);
        QCOMPARE(resumed.results().at(0).outcome, RowOutcome::Skipped);
        QCOMPARE(resumed.results().at(1).outcome, RowOutcome::Skipped);
        QCOMPARE(resumed.results().at(4).outcome, RowOutcome::Skipped);
        const auto log = m_sandbox.requestLog();
        for (qsizetype i = again; i < log.size(); ++i)
            QVERIFY(log.at(i).action != QLatin1String("cancel")
                || log.at(i).outOrderNo == QLatin1String("FAULT-500-C1"));
    }

    void rateLimitSlowsTheBatchWithoutFailingRows()
    {
        QStringList lines { QStringLiteral("out_order_no,mode") };
        for (int i = 1; i <= 16; ++i)
            lines.append(
                QStringLiteral("FAULT-SLOW-1-Q%1,serviceorder").arg(i, 2, 10, QLatin1Char('0')));
        const BatchPlan plan = this->plan(BatchOperation::Query, csv(lines));
        Lanes lanes(m_profile, m_journal);
        BatchRunner runner(
            plan, [&](payscore::Mode mode, int lane) { return lanes.runner(mode, lane); });
        runner.setConcurrency(4);
        runner.setRatePerSecond(100);
        QSignalSpy limited(&runner, &BatchRunner::rateLimited);
        m_sandbox.setRateLimit(5);
        const int limitedBefore = m_sandbox.rateLimitedCount();
        run(runner);
        m_sandbox.setRateLimit(0);
        QVERIFY(m_sandbox.rateLimitedCount() > limitedBefore); // the sandbox did say 429
        QVERIFY(limited.size() >= 1);
        QVERIFY(limited.first().at(1).toDouble() < 100); // and the batch slowed down
        QCOMPARE(runner.progress().succeeded, 16); // no row failed for it
        QVERIFY(runner.progress().currentRateLimit < 100);
    }

    void cliBatchKilledHalfWayResumesWithoutSendingARowTwice()
    {
        QStringList lines { QStringLiteral("商户订单号,模式,收款时间") };
        QStringList orders;
        for (int i = 1; i <= 24; ++i) {
            orders.append(QStringLiteral("FAULT-SLOW-300-K%1").arg(i, 2, 10, QLatin1Char('0')));
            lines.append(QStringLiteral("%1,serviceorder,%2").arg(orders.last(), paidTime()));
        }
        const QString rows = m_dir.filePath(QStringLiteral("resume.csv"));
        QFile file(rows);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv(lines));
        file.close();
        const QStringList arguments { QStringLiteral("--op"), QStringLiteral("sync"),
            QStringLiteral("--file"), rows, QStringLiteral("--concurrency"), QStringLiteral("4"),
            QStringLiteral("--qps"), QStringLiteral("50") };

        // The orders are waiting for payment (completed), as the orders of a real sync batch
        // are: a write the kill stopped before it left is then simply sent on resume.
        QStringList completions { QStringLiteral("商户订单号,模式,费用名称,费用金额") };
        for (const QString &order : std::as_const(orders))
            completions.append(QStringLiteral("%1,serviceorder,租借费,1.00").arg(order));
        const BatchPlan completePlan = plan(BatchOperation::Complete, csv(completions));
        Lanes lanes(m_profile, m_journal);
        BatchRunner completing(
            completePlan, [&](payscore::Mode mode, int lane) { return lanes.runner(mode, lane); });
        completing.setJournal(m_journal, m_profile.name, QStringLiteral("batch-test"));
        completing.setConcurrency(8);
        completing.setRatePerSecond(100);
        run(completing);
        QCOMPARE(completing.progress().succeeded, 24);

        const int startedAt = int(m_sandbox.requestLog().size());
        QProcess first;
        startCli(first, arguments);
        QString output;
        QTRY_VERIFY_WITH_TIMEOUT(
            (output += cliOutput(first), output.count(QStringLiteral("\"succeeded\"")) >= 6),
            60000);
        first.kill(); // SIGKILL: rows in flight stay pending in the journal
        QTRY_VERIFY(first.state() == QProcess::NotRunning);
        const int killedAt = int(m_sandbox.requestLog().size());
        QVERIFY(killedAt - startedAt < 24); // really half-way
        // The rows the kill caught in flight: pending in the journal (usually one to four; none
        // when it fell between rows, which a loaded machine makes possible).
        int inFlight = 0;
        for (const journal::JournalEntry &entry : m_journal->outcomeUnknown())
            inFlight += orders.contains(entry.write.outOrderNo) ? 1 : 0;

        QProcess second;
        startCli(second, arguments);
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 90000);
        const QString resumed = cliOutput(second);
        QVERIFY2(second.exitCode() == 0, qPrintable(resumed));

        // Each order was synced exactly once over both runs.
        for (const QString &order : orders) {
            int syncs = 0;
            for (const auto &record : requestsFor(order))
                syncs += record.action == QLatin1String("sync") ? 1 : 0;
            QVERIFY2(syncs == 1, qPrintable(order + QStringLiteral(": %1 syncs").arg(syncs)));
        }
        // The second run queried before it sent anything.
        const auto log = m_sandbox.requestLog();
        bool sentYet = false;
        int queries = 0;
        for (qsizetype i = killedAt; i < log.size(); ++i) {
            if (log.at(i).action == QLatin1String("sync"))
                sentYet = true;
            else if (log.at(i).action == QLatin1String("query")) {
                QVERIFY2(!sentYet, "a query came after a write of the resumed batch");
                ++queries;
            }
        }
        // Every row in flight at the kill was queried before anything was sent again.
        QVERIFY2(queries >= inFlight,
            qPrintable(QStringLiteral("%1 queries, %2 in flight").arg(queries).arg(inFlight)));
        // Every row is reported, the settled ones as skipped; then the summary.
        const QStringList jsonLines = resumed.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(jsonLines.size(), 25);
        int skipped = 0;
        for (const QString &line : jsonLines.mid(0, 24)) {
            const QJsonObject row = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY(row.value("outcome") == "skipped" || row.value("outcome") == "succeeded");
            skipped += row.value("outcome") == "skipped" ? 1 : 0;
        }
        QVERIFY(skipped >= 6);
        const QJsonObject summary = QJsonDocument::fromJson(jsonLines.last().toUtf8()).object();
        QVERIFY(summary.value("summary").toBool());
        QCOMPARE(summary.value("skipped").toInt(), skipped);
        QCOMPARE(summary.value("succeeded").toInt() + skipped, 24);
    }

    void rowsWithoutModeAreFoundBeforeTheyAreSent()
    {
        BatchPlan plan = this->plan(BatchOperation::Cancel,
            csv({ QStringLiteral("商户订单号,取消原因"),
                QStringLiteral("DEMO-PAYAFTER-CREATED-001,店员操作失误"),
                QStringLiteral("DEMO-PARTNER-CREATED-001,店员操作失误"),
                QStringLiteral("NOPE-NOWHERE-001,店员操作失误") }));
        QVERIFY(plan.needsModeLookup());
        QVERIFY(plan.missingColumns().isEmpty()); // mode is not a required column
        // Before the lookup no row can be sent, and each says why.
        QCOMPARE(plan.summary().sendable, 0);
        QVERIFY(plan.check(0).report.firstError().message.contains(
            QStringLiteral("not been looked up")));
        QCOMPARE(plan.ordersToLookUp().size(), 3);

        const int before = int(m_sandbox.requestLog().size());
        lookUpModes(plan);
        QVERIFY(plan.ordersToLookUp().isEmpty());
        // Only queries went out for the lookup.
        const auto log = m_sandbox.requestLog();
        for (qsizetype i = before; i < log.size(); ++i)
            QCOMPARE(log.at(i).action, QStringLiteral("query"));
        QCOMPARE(plan.check(0).mode, payscore::Mode::PayAfter);
        QVERIFY(plan.check(0).modeFound);
        QCOMPARE(plan.check(1).mode, payscore::Mode::Partner);
        QVERIFY(plan.check(1).isSendable());
        QVERIFY(!plan.check(2).isSendable());
        const payscore::ValidationIssue notFound = plan.check(2).report.firstError();
        QCOMPARE(notFound.pointer, QStringLiteral("/mode"));
        QVERIFY2(notFound.message.contains(QStringLiteral("found in no mode")),
            qPrintable(notFound.message));
        QCOMPARE(plan.summary().sendable, 2);

        // The batch sends each found row in its own mode, journaled like any cancel.
        session::MerchantSession::Options options;
        options.journal = m_journal;
        options.operatorName = QStringLiteral("batch-test");
        session::BatchLanes lanes(m_sandbox.profilePath(), payscore::Operation::Cancel, options);
        BatchRunner runner(
            plan, [&](payscore::Mode mode, int lane) { return lanes.runner(mode, lane); });
        runner.setJournal(m_journal, m_profile.name, QStringLiteral("batch-test"));
        run(runner);
        QCOMPARE(runner.results().at(0).outcome, RowOutcome::Succeeded);
        QCOMPARE(runner.results().at(0).state, QStringLiteral("REVOKED"));
        QCOMPARE(runner.results().at(1).outcome, RowOutcome::Succeeded);
        QCOMPARE(runner.results().at(2).outcome, RowOutcome::Invalid);
        const auto payAfter = requestsFor(QStringLiteral("DEMO-PAYAFTER-CREATED-001"), before);
        QVERIFY(std::any_of(payAfter.cbegin(), payAfter.cend(),
            [](const auto &request) { return request.action == QLatin1String("cancel"); }));
        QVERIFY(requestsFor(QStringLiteral("NOPE-NOWHERE-001"), before).size() > 0);
        for (const auto &request : requestsFor(QStringLiteral("NOPE-NOWHERE-001"), before))
            QCOMPARE(request.action, QStringLiteral("query")); // looked up, never written
        // The journal names the mode the row was found in.
        bool journaled = false;
        for (const journal::JournalEntry &entry : m_journal->entries()) {
            if (entry.write.outOrderNo == QLatin1String("DEMO-PAYAFTER-CREATED-001")
                && entry.write.operation == QLatin1String("cancel")) {
                QCOMPARE(entry.write.mode, QStringLiteral("payafter"));
                journaled = true;
            }
        }
        QVERIFY(journaled);
    }

    // The lanes take the batch's own operation: a write batch's rows are journaled (no
    // journal: every write refused, nothing sent), a query batch's need no journal.
    void lanesFollowTheBatchOperation()
    {
        const QByteArray rows = csv({ QStringLiteral("out_order_no,mode,reason"),
            QStringLiteral("DEMO-PAYAFTER-CONFIRMED-001,payafter,店员操作失误") });
        const BatchPlan cancel = plan(BatchOperation::Cancel, rows);
        session::BatchLanes writeLanes(m_sandbox.profilePath(), payscore::Operation::Cancel, {});
        QVERIFY(writeLanes.journalsWrites());
        const int before = int(m_sandbox.requestLog().size());
        BatchRunner refused(
            cancel, [&](payscore::Mode mode, int lane) { return writeLanes.runner(mode, lane); });
        run(refused);
        const batch::BatchRowResult &result = refused.results().at(0);
        QVERIFY2(result.outcome != RowOutcome::Succeeded, qPrintable(result.errorMessage));
        QVERIFY2(result.errorMessage.contains(QStringLiteral("journal")),
            qPrintable(result.errorMessage));
        for (const auto &request :
            requestsFor(QStringLiteral("DEMO-PAYAFTER-CONFIRMED-001"), before))
            QVERIFY(request.action != QLatin1String("cancel")); // never sent unjournaled

        const BatchPlan query = plan(BatchOperation::Query, rows);
        session::BatchLanes queryLanes(m_sandbox.profilePath(), payscore::Operation::Query, {});
        QVERIFY(!queryLanes.journalsWrites());
        BatchRunner queried(
            query, [&](payscore::Mode mode, int lane) { return queryLanes.runner(mode, lane); });
        run(queried);
        QCOMPARE(queried.results().at(0).outcome, RowOutcome::Succeeded);
    }

    // The console's batch (session::BatchRunnerThread): the journal is opened, read and
    // committed on the batch's own thread — every commit is an fsync the window must not wait
    // for — and the caller's thread only receives the rows, in order.
    void aBatchThreadCommitsTheJournalOffTheCallersThread()
    {
        QStringList lines { QStringLiteral("out_order_no,mode,paid_time") };
        for (int i = 1; i <= 6; ++i)
            lines << QStringLiteral("THREAD-NOPE-%1,serviceorder,%2").arg(i).arg(paidTime());
        session::BatchRunnerThread::Setup setup = threadSetup(csv(lines));
        setup.session.operatorName = QStringLiteral("thread-test");
        profile::EnvironmentSecretSource environment;
        setup.secretSnapshot = profile::SecretSnapshot::take(m_profile, environment);
        QMutex mutex;
        QSet<QThread *> committedOn; // the journal's clock runs in every commit
        QThread *openedOn = nullptr;
        setup.journal = [&, opener = m_journal->opener()] {
            openedOn = QThread::currentThread();
            auto opened = opener();
            if (opened) {
                (*opened)->setClock([&] {
                    const QMutexLocker lock(&mutex);
                    committedOn.insert(QThread::currentThread());
                    return QDateTime::currentDateTimeUtc();
                });
            }
            return opened;
        };
        setup.concurrency = 3;
        setup.ratePerSecond = 100;
        session::BatchRunnerThread run(std::move(setup));
        QList<qsizetype> rows;
        connect(&run, &session::BatchRunnerThread::rowFinished, this,
            [&](qsizetype row, const batch::BatchRowResult &result) {
                QCOMPARE(QThread::currentThread(), thread());
                QCOMPARE(result.outcome, RowOutcome::Rejected); // the sandbox has no such order
                QCOMPARE(result.errorCode, QStringLiteral("ORDER_NOT_EXIST"));
                rows.append(row);
            });
        QSignalSpy finished(&run, &session::BatchRunnerThread::finished);
        run.start();
        QVERIFY(run.isReadingJournal());
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, 30000);
        QCOMPARE(run.state(), BatchRunner::State::Finished);
        QCOMPARE(run.progress().rejected, 6);
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, QList<qsizetype>({ 0, 1, 2, 3, 4, 5 }));

        QVERIFY(openedOn && openedOn != thread());
        {
            const QMutexLocker lock(&mutex);
            QVERIFY(!committedOn.isEmpty());
            QVERIFY(!committedOn.contains(thread()));
        }
        // Journaled like single writes: each row's entry, with its outcome, pending no more.
        for (int i = 1; i <= 6; ++i) {
            journal::JournalFilter filter;
            filter.outOrderNo = QStringLiteral("THREAD-NOPE-%1").arg(i);
            const auto entries = m_journal->entries(filter);
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().write.operatorName, QStringLiteral("thread-test"));
            QCOMPARE(entries.first().result.httpStatus, 404);
        }
    }

    // Letting a running batch go (the page opens another file, the window closes) does not wait
    // for it: nothing more is reported, its thread tears it down, and the rows in flight keep
    // their journal entries, so the next run queries them before sending anything.
    void aBatchLetGoMidWayReportsNothingMore()
    {
        QStringList lines { QStringLiteral("out_order_no,mode,paid_time") };
        for (int i = 1; i <= 20; ++i)
            lines << QStringLiteral("THREAD-LETGO-%1,serviceorder,%2").arg(i).arg(paidTime());
        session::BatchRunnerThread::Setup setup = threadSetup(csv(lines));
        setup.journal = m_journal->opener();
        setup.concurrency = 2;
        setup.ratePerSecond = 10;
        auto run = std::make_unique<session::BatchRunnerThread>(std::move(setup));
        int reported = 0;
        QObject receiver;
        connect(run.get(), &session::BatchRunnerThread::rowFinished, &receiver,
            [&reported] { ++reported; });
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(reported >= 2, 20000);
        run.reset();
        const int reportedWhenLetGo = reported;
        QTest::qWait(500);
        QCOMPARE(reported, reportedWhenLetGo);
        session::BatchRunnerThread::waitForAllLetGo();
        int sent = 0;
        for (int i = 1; i <= 20; ++i) {
            const QString order = QStringLiteral("THREAD-LETGO-%1").arg(i);
            const int requests = int(requestsFor(order).size());
            QVERIFY(requests <= 1);
            sent += requests;
            journal::JournalFilter filter;
            filter.outOrderNo = order;
            QCOMPARE(m_journal->entries(filter).size(), requests); // journaled before sent
        }
        QVERIFY(sent >= reportedWhenLetGo);
        QVERIFY(sent < 20); // let go long before the end
    }

    // A journal that cannot be opened on the batch's thread sends nothing, and says why.
    void aBatchThreadWithoutItsJournalSendsNothing()
    {
        const QByteArray rows = csv({ QStringLiteral("out_order_no,mode,paid_time"),
            QStringLiteral("THREAD-UNSENT-1,serviceorder,%1").arg(paidTime()) });
        session::BatchRunnerThread::Setup setup = threadSetup(rows);
        setup.journal = [] {
            return Result<std::shared_ptr<journal::Journal>>::failure(
                QStringLiteral("the journal server does not answer"));
        };
        session::BatchRunnerThread run(std::move(setup));
        QSignalSpy refused(&run, &session::BatchRunnerThread::refused);
        run.start();
        QTRY_VERIFY_WITH_TIMEOUT(refused.size() == 1, 10000);
        QCOMPARE(refused.first().first().toString(),
            QStringLiteral("the journal server does not answer"));
        QVERIFY(!run.isReadingJournal());
        QCOMPARE(run.state(), BatchRunner::State::Idle);
        QTest::qWait(200);
        QVERIFY(requestsFor(QStringLiteral("THREAD-UNSENT-1")).isEmpty());
    }

    void cliFindsRowsWithoutMode()
    {
        const QString rows = m_dir.filePath(QStringLiteral("nomode.csv"));
        QFile file(rows);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv({ QStringLiteral("out_order_no"), QStringLiteral("DEMO-OVERSEA-DONE-001"),
            QStringLiteral("DEMO-PAYAFTER-DONE-001"), QStringLiteral("NOPE-NOWHERE-002") }));
        file.close();

        QProcess dry;
        startCli(dry,
            { QStringLiteral("--op"), QStringLiteral("query"), QStringLiteral("--file"), rows,
                QStringLiteral("--dry-run") });
        QTRY_VERIFY_WITH_TIMEOUT(dry.state() == QProcess::NotRunning, 30000);
        QCOMPARE(dry.exitCode(), 2); // the order found nowhere is invalid
        QVERIFY(QString::fromUtf8(dry.readAllStandardError()).contains(QStringLiteral("mode")));
        QStringList lines = cliOutput(dry).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QJsonObject first = QJsonDocument::fromJson(lines.at(0).toUtf8()).object();
        QCOMPARE(first.value("mode").toString(), QStringLiteral("oversea"));
        QCOMPARE(first.value("mode_source").toString(), QStringLiteral("find"));
        QCOMPARE(first.value("outcome").toString(), QStringLiteral("valid"));
        QJsonObject third = QJsonDocument::fromJson(lines.at(2).toUtf8()).object();
        QCOMPARE(third.value("outcome").toString(), QStringLiteral("invalid"));
        QCOMPARE(
            third.value("error").toObject().value("field").toString(), QStringLiteral("/mode"));

        QProcess run;
        startCli(run,
            { QStringLiteral("--op"), QStringLiteral("query"), QStringLiteral("--file"), rows });
        QTRY_VERIFY_WITH_TIMEOUT(run.state() == QProcess::NotRunning, 30000);
        QCOMPARE(run.exitCode(), 1); // a row was held back
        lines = cliOutput(run).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QJsonObject payAfter;
        for (const QString &line : lines) {
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
            if (object.value("out_order_no") == QLatin1String("DEMO-PAYAFTER-DONE-001"))
                payAfter = object;
        }
        QCOMPARE(payAfter.value("outcome").toString(), QStringLiteral("succeeded"));
        QCOMPARE(payAfter.value("mode").toString(), QStringLiteral("payafter"));
        QCOMPARE(payAfter.value("mode_source").toString(), QStringLiteral("find"));
    }

    void cliDryRunAndTemplate()
    {
        const QString rows = m_dir.filePath(QStringLiteral("dry.csv"));
        QFile file(rows);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv({ QStringLiteral("out_order_no,mode,paid_time"),
            QStringLiteral("DRY-1,serviceorder,%1").arg(paidTime()),
            QStringLiteral("DRY 2,serviceorder,%1").arg(paidTime()) }));
        file.close();
        const int before = int(m_sandbox.requestLog().size());
        QProcess dry;
        startCli(dry,
            { QStringLiteral("--op"), QStringLiteral("sync"), QStringLiteral("--file"), rows,
                QStringLiteral("--dry-run") });
        QTRY_VERIFY(dry.state() == QProcess::NotRunning);
        QCOMPARE(dry.exitCode(), 2); // a row is invalid
        const QStringList lines = cliOutput(dry).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines.at(1).toUtf8()).object().value("outcome").toString(),
            QStringLiteral("invalid"));
        QCOMPARE(int(m_sandbox.requestLog().size()), before); // nothing sent

        QProcess templ;
        startCli(templ,
            { QStringLiteral("template"), QStringLiteral("--op"), QStringLiteral("complete") });
        QTRY_VERIFY(templ.state() == QProcess::NotRunning);
        QCOMPARE(templ.exitCode(), 0);
        const QByteArray bytes = templ.readAllStandardOutput();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        auto table = batch::CsvReader().read(bytes);
        QVERIFY(table.ok());
        QCOMPARE(table->rowCount(), 1);
        const BatchPlan templatePlan(BatchOperation::Complete, *table,
            { m_profile.appid, m_profile.serviceId, m_profile.subMchid });
        QVERIFY(templatePlan.missingColumns().isEmpty()); // the template reads back as a batch
    }
};

QTEST_GUILESS_MAIN(TstBatchSandbox)
#include "tst_batch_sandbox.moc"
