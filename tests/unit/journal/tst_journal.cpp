// The journal's promises: pending committed before anything leaves, every outcome recorded,
// unsettled writes blocked until reconciled, filters, and nothing secret stored.
#include <journal/BodyRedactor.h>
#include <journal/Journal.h>
#include <journal/OperatorIdentity.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "support/FileSizeLimit.h"

using namespace psc::journal;
using psc::test::FileSizeLimit;

namespace {

PendingWrite sampleWrite(const QString &orderNo, const QString &operation = QStringLiteral("sync"))
{
    PendingWrite write;
    write.operatorName = QStringLiteral("张三");
    write.profileName = QStringLiteral("Store 12");
    write.mode = QStringLiteral("payafter");
    write.operation = operation;
    write.outOrderNo = orderNo;
    write.requestBody
        = R"({"appid":"wxd678efh567hg6787","service_id":"500001","type":"Order_Paid","detail":{"paid_time":"20261122101500"}})";
    write.amountFen = 1234;
    return write;
}

// Reads the file through a connection of its own, as another process would.
QString outcomeSeenByOtherConnection(const QString &path, qint64 id)
{
    QString outcome;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT outcome FROM entries WHERE id = ?"));
            query.addBindValue(id);
            if (query.exec() && query.next())
                outcome = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reader"));
    return outcome;
}

} // namespace

class TestJournal : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("sub/journal.sqlite"));
    }

    void opensInWalModeWithFullSync()
    {
        auto journal = Journal::open(m_path);
        QVERIFY2(journal.ok(), qPrintable(journal.error()));
        QVERIFY(QFile::exists(m_path));
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal")); // persistent in the file
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    }

    void pendingIsVisibleToAnotherConnectionAtOnce()
    {
        auto journal = Journal::open(m_path);
        QVERIFY(journal.ok());
        const auto id = (*journal)->beginWrite(sampleWrite(QStringLiteral("ORDER-1")));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(outcomeSeenByOtherConnection(m_path, *id), QStringLiteral("pending"));
    }

    void everyOutcomeIsRecorded_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::newRow("succeeded") << int(Outcome::Succeeded);
        QTest::newRow("rejected") << int(Outcome::Rejected);
        QTest::newRow("unknown") << int(Outcome::Unknown);
        QTest::newRow("invalid") << int(Outcome::Invalid);
    }
    void everyOutcomeIsRecorded()
    {
        QFETCH(int, outcome);
        auto journal = Journal::open(m_path);
        QVERIFY(journal.ok());
        const auto id = (*journal)->beginWrite(sampleWrite(QStringLiteral("ORDER-2")));
        QVERIFY(id.ok());
        WriteResult result;
        result.outcome = Outcome(outcome);
        result.httpStatus = outcome == int(Outcome::Rejected) ? 400 : 200;
        result.requestId = QStringLiteral("REQ-42");
        result.errorCode
            = outcome == int(Outcome::Rejected) ? QStringLiteral("INVALID_ORDER_STATE") : QString();
        result.orderId = QStringLiteral("1000000000201905081234567890");
        result.state = QStringLiteral("DONE");
        result.elapsedMs = 321;
        QVERIFY((*journal)->recordResult(*id, result));

        QCOMPARE(outcomeSeenByOtherConnection(m_path, *id), outcomeName(Outcome(outcome)));
        const auto entry = (*journal)->entry(*id);
        QVERIFY(entry.has_value());
        QCOMPARE(int(entry->result.outcome), outcome);
        QCOMPARE(entry->result.httpStatus, result.httpStatus);
        QCOMPARE(entry->result.requestId, QStringLiteral("REQ-42"));
        QCOMPARE(entry->result.errorCode, result.errorCode);
        QCOMPARE(entry->result.orderId, result.orderId);
        QCOMPARE(entry->result.state, QStringLiteral("DONE"));
        QCOMPARE(entry->result.elapsedMs, qint64(321));
        QVERIFY(entry->finishedAt.isValid());
        QCOMPARE(entry->write.operatorName, QStringLiteral("张三"));
        QCOMPARE(entry->write.amountFen.value_or(-1), qint64(1234));
        QCOMPARE(entry->isOutcomeUnknown(), outcome == int(Outcome::Unknown));
    }

    void recordingForAMissingEntryFails()
    {
        auto journal = Journal::open(m_path);
        QVERIFY(journal.ok());
        QVERIFY(!(*journal)->recordResult(999, WriteResult {}));
        QVERIFY(!(*journal)->lastError().isEmpty());
    }

    void sameWriteIsBlockedWhileUnknownUntilReconciled()
    {
        auto journal = Journal::open(m_path);
        QVERIFY(journal.ok());
        Journal &j = **journal;
        const QString profile = QStringLiteral("Store 12");
        const QString mode = QStringLiteral("payafter");
        const QString no = QStringLiteral("ORDER-3");

        QVERIFY(!j.unsettledWrite(profile, mode, QStringLiteral("sync"), no));
        const auto id = j.beginWrite(sampleWrite(no));
        QVERIFY(id.ok());
        // In flight (or crashed): pending blocks a second send.
        QCOMPARE(j.unsettledWrite(profile, mode, QStringLiteral("sync"), no)->id, *id);
        WriteResult unknown;
        unknown.outcome = Outcome::Unknown;
        unknown.errorCode = QStringLiteral("TIMEOUT");
        QVERIFY(j.recordResult(*id, unknown));
        QCOMPARE(j.unsettledWrite(profile, mode, QStringLiteral("sync"), no)->id, *id);
        // Other writes, other orders, other profiles are not blocked.
        QVERIFY(!j.unsettledWrite(profile, mode, QStringLiteral("complete"), no));
        QVERIFY(
            !j.unsettledWrite(profile, mode, QStringLiteral("sync"), QStringLiteral("ORDER-4")));
        QVERIFY(!j.unsettledWrite(QStringLiteral("Store 13"), mode, QStringLiteral("sync"), no));
        QCOMPARE(j.outcomeUnknown().size(), 1);

        Reconciliation found;
        found.operatorName = QStringLiteral("李四");
        found.orderState = QStringLiteral("DONE");
        found.orderId = QStringLiteral("15646546545165651651");
        found.note = QStringLiteral("order found DONE, paid by MCH");
        QVERIFY(j.recordReconciliation(*id, found));
        QVERIFY(!j.unsettledWrite(profile, mode, QStringLiteral("sync"), no));
        QVERIFY(j.outcomeUnknown().isEmpty());
        const auto entry = j.entry(*id);
        QVERIFY(entry->reconciliation.has_value());
        QCOMPARE(entry->reconciliation->orderState, QStringLiteral("DONE"));
        QCOMPARE(entry->reconciliation->operatorName, QStringLiteral("李四"));
        QCOMPARE(int(entry->reconciliation->kind), int(ReconciliationKind::Query));
        QVERIFY(entry->reconciledAt.isValid());
        QCOMPARE(int(entry->result.outcome), int(Outcome::Unknown)); // history kept
    }

    void beginIfSettledRefusesAtomically()
    {
        auto journal = Journal::open(m_path);
        auto other = Journal::open(m_path); // another process, in effect
        std::optional<JournalEntry> blocked;
        const auto first
            = (*journal)->beginWriteIfSettled(sampleWrite(QStringLiteral("ORDER-9")), &blocked);
        QVERIFY(first.ok());
        QVERIFY(!blocked);
        const auto second
            = (*other)->beginWriteIfSettled(sampleWrite(QStringLiteral("ORDER-9")), &blocked);
        QVERIFY(!second.ok());
        QVERIFY(blocked.has_value());
        QCOMPARE(blocked->id, *first);
        QCOMPARE((*journal)->entries().size(), 1); // nothing written by the refused one
        // The lock is released after a refusal: other writes go on.
        QVERIFY(
            (*other)->beginWriteIfSettled(sampleWrite(QStringLiteral("ORDER-10")), &blocked).ok());
    }

    // Issue 10: the pending entry counts only after a successful COMMIT. Here the commit
    // fails for real (the write-ahead log may not grow): a failure, and nothing left behind.
    void failedCommitIsAFailureAndLeavesNothing()
    {
        auto journal = Journal::open(m_path);
        QVERIFY(journal.ok());
        const qint64 walSize = QFileInfo(m_path + QStringLiteral("-wal")).size();
        QVERIFY(walSize > 0);
        std::optional<JournalEntry> blocked;
        {
            const FileSizeLimit full(walSize);
            const auto id = (*journal)->beginWriteIfSettled(
                sampleWrite(QStringLiteral("ORDER-FULL")), &blocked);
            QVERIFY(!id.ok());
            QVERIFY2(id.error().contains(QLatin1String("COMMIT")), qPrintable(id.error()));
            QVERIFY(!blocked);
        }
        QVERIFY((*journal)->entries().isEmpty());
        // With room again the same journal records the write: no transaction was left open.
        QVERIFY((*journal)
                    ->beginWriteIfSettled(sampleWrite(QStringLiteral("ORDER-FULL")), &blocked)
                    .ok());
        QCOMPARE((*journal)->entries().size(), 1);
    }

    void overrideSettlesTheWriteAndIsRecordedAsSuch()
    {
        auto journal = Journal::open(m_path);
        QVERIFY(journal.ok());
        const auto id = (*journal)->beginWrite(sampleWrite(QStringLiteral("ORDER-5")));
        Reconciliation override;
        override.kind = ReconciliationKind::Override;
        override.operatorName = QStringLiteral("manager");
        override.orderState = QStringLiteral("DOING/MCH_COMPLETE");
        QVERIFY((*journal)->recordReconciliation(*id, override));
        QVERIFY(!(*journal)->unsettledWrite(QStringLiteral("Store 12"), QStringLiteral("payafter"),
            QStringLiteral("sync"), QStringLiteral("ORDER-5")));
        QCOMPARE(
            int((*journal)->entry(*id)->reconciliation->kind), int(ReconciliationKind::Override));
    }

    void aLaterSuccessUnblocksAnOlderUnknown()
    {
        auto journal = Journal::open(m_path);
        const auto first = (*journal)->beginWrite(sampleWrite(QStringLiteral("ORDER-6")));
        WriteResult result;
        result.outcome = Outcome::Unknown;
        QVERIFY((*journal)->recordResult(*first, result));
        const auto second = (*journal)->beginWrite(sampleWrite(QStringLiteral("ORDER-6")));
        result.outcome = Outcome::Succeeded;
        QVERIFY((*journal)->recordResult(*second, result));
        QVERIFY(!(*journal)->unsettledWrite(QStringLiteral("Store 12"), QStringLiteral("payafter"),
            QStringLiteral("sync"), QStringLiteral("ORDER-6")));
    }

    void filtersSelectTheRightEntries()
    {
        auto journal = Journal::open(m_path);
        Journal &j = **journal;
        QDateTime clock(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        j.setClock([&clock] { return clock; });

        PendingWrite a = sampleWrite(QStringLiteral("A-100"));
        const qint64 idA = *j.beginWrite(a);
        clock = clock.addDays(1);
        PendingWrite b = sampleWrite(QStringLiteral("B-200"), QStringLiteral("complete"));
        b.operatorName = QStringLiteral("王五");
        b.profileName = QStringLiteral("HQ");
        const qint64 idB = *j.beginWrite(b);
        WriteResult rejected;
        rejected.outcome = Outcome::Rejected;
        rejected.errorCode = QStringLiteral("PARAM_ERROR");
        QVERIFY(j.recordResult(idB, rejected));
        clock = clock.addDays(1);
        const qint64 idC = *j.beginWrite(sampleWrite(QStringLiteral("A-101")));

        auto ids = [](const QList<JournalEntry> &entries) {
            QList<qint64> result;
            for (const auto &e : entries)
                result << e.id;
            return result;
        };
        QCOMPARE(ids(j.entries()), (QList<qint64> { idC, idB, idA })); // newest first

        JournalFilter byOrder;
        byOrder.outOrderNo = QStringLiteral("A-10");
        QCOMPARE(ids(j.entries(byOrder)), (QList<qint64> { idC, idA }));

        JournalFilter byDate;
        byDate.from = QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC);
        byDate.to = QDateTime(QDate(2026, 11, 22), QTime(0, 0), Qt::UTC);
        QCOMPARE(ids(j.entries(byDate)), (QList<qint64> { idB }));

        JournalFilter byOperator;
        byOperator.operatorName = QStringLiteral("王五");
        QCOMPARE(ids(j.entries(byOperator)), (QList<qint64> { idB }));

        JournalFilter byProfile;
        byProfile.profileName = QStringLiteral("Store 12");
        QCOMPARE(ids(j.entries(byProfile)), (QList<qint64> { idC, idA }));

        JournalFilter byOutcome;
        byOutcome.outcomes = { Outcome::Rejected };
        QCOMPARE(ids(j.entries(byOutcome)), (QList<qint64> { idB }));

        JournalFilter unknownOnly;
        unknownOnly.onlyOutcomeUnknown = true;
        QCOMPARE(ids(j.entries(unknownOnly)), (QList<qint64> { idC, idA }));

        QCOMPARE(j.operators(), (QStringList { QStringLiteral("张三"), QStringLiteral("王五") }));
        QCOMPARE(j.profiles(), (QStringList { QStringLiteral("HQ"), QStringLiteral("Store 12") }));
    }

    void twoJournalsOnOneFileSeeEachOther()
    {
        auto writer = Journal::open(m_path);
        auto reader = Journal::open(m_path);
        QVERIFY(writer.ok() && reader.ok());
        const auto id = (*writer)->beginWrite(sampleWrite(QStringLiteral("ORDER-7")));
        QCOMPARE((*reader)->outcomeUnknown().size(), 1);
        QCOMPARE((*reader)->outcomeUnknown().first().id, *id);
    }

    void secretsNeverReachTheFile()
    {
        {
            auto journal = Journal::open(m_path);
            PendingWrite write = sampleWrite(QStringLiteral("ORDER-8"));
            write.requestBody
                = R"({"appid":"wx1","signature":"SECRETSIGNATURE","nested":{"apiv3_key":"SECRETAPIV3KEY","Authorization":"WECHATPAY2-SHA256-RSA2048 SECRETAUTH"},"list":[{"private_key":"SECRETPEM"}],"paid_amount":100})";
            const auto id = (*journal)->beginWrite(write);
            QVERIFY(id.ok());
            const QByteArray stored = (*journal)->entry(*id)->write.requestBody;
            QVERIFY(stored.contains("\"appid\":\"wx1\""));
            QVERIFY(stored.contains("\"paid_amount\":100"));
        }
        // Every file of the journal (database, WAL, shared memory) is searched.
        const QDir folder = QFileInfo(m_path).absoluteDir();
        for (const QString &file : folder.entryList(QDir::Files)) {
            QFile f(folder.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (const char *secret :
                { "SECRETSIGNATURE", "SECRETAPIV3KEY", "SECRETAUTH", "SECRETPEM" })
                QVERIFY2(!bytes.contains(secret),
                    qPrintable(file + QLatin1Char(' ') + QLatin1String(secret)));
        }
    }

    void nonJsonBodyIsNotStored()
    {
        const QByteArray redacted = BodyRedactor::redact("-----BEGIN PRIVATE KEY-----\nMIIE");
        QVERIFY(!redacted.contains("PRIVATE"));
        QVERIFY(redacted.contains("unparsed_body_bytes"));
    }

    void operatorNameEditableOncePerSession()
    {
        qputenv("USER", "store-pc-3");
        OperatorIdentity identity;
        QCOMPARE(identity.name(), QStringLiteral("store-pc-3"));
        QVERIFY(identity.isEditable());
        QVERIFY(!identity.setName(QStringLiteral("   "))); // refused, still editable
        QVERIFY(identity.isEditable());
        QVERIFY(identity.setName(QStringLiteral(" 张 三 ")));
        QCOMPARE(identity.name(), QStringLiteral("张 三"));
        QVERIFY(!identity.isEditable());
        QVERIFY(!identity.setName(QStringLiteral("someone else")));
        QCOMPARE(identity.name(), QStringLiteral("张 三"));
    }

    void defaultPathHonoursOverride()
    {
        qputenv("PAYSCORE_JOURNAL", m_path.toUtf8());
        QCOMPARE(Journal::defaultPath(), m_path);
        qunsetenv("PAYSCORE_JOURNAL");
        QVERIFY(Journal::defaultPath().endsWith(QStringLiteral("PayScoreConsole/journal.sqlite")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
