// The journal as payscore's WriteJournal, over real loopback HTTP: the pending entry is on
// disk when the request reaches the server; every outcome is recorded; the same write is
// refused (nothing sent) while its outcome is unknown, until a query reconciles it; nothing
// secret lands in the journal files.
#include <LoopbackServer.h>
#include <apiv3/ApiClient.h>
#include <journal/JournalWriteHook.h>
#include <journal/PayScoreOrderLookup.h>
#include <payscore/OperationRunner.h>

#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc;
using psc::test::LoopbackServer;
using psc::test::RecordedRequest;
using psc::test::ScriptedAnswer;

namespace {

const QString profileName = QStringLiteral("Loopback");
const QByteArray wechatKeyId = "PUB_KEY_ID_0114232134912410000000000000000001";

// What another process reading the journal file sees for the newest entry of an order.
QString outcomeOnDisk(const QString &path, const QString &orderNo)
{
    QString outcome = QStringLiteral("<none>");
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("spy"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "SELECT outcome FROM entries WHERE out_order_no = ? ORDER BY id DESC LIMIT 1"));
            query.addBindValue(orderNo);
            if (query.exec() && query.next())
                outcome = query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("spy"));
    return outcome;
}

QString beijingHourAgo()
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(8 * 3600 - 3600)
        .toString(QStringLiteral("yyyyMMddHHmmss"));
}

} // namespace

class TestJournalHook : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto merchant = crypto::PrivateKey::generateRsa(2048);
        auto wechat = crypto::PrivateKey::generateRsa(2048);
        QVERIFY(merchant.ok() && wechat.ok());
        m_merchantKey = *merchant;
        m_wechatKey = *wechat;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("journal.sqlite"));
        auto opened = journal::Journal::open(m_path);
        QVERIFY(opened.ok());
        m_journal = *opened;
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());

        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<apiv3::ApiClient>(configFor(*m_server), m_network.get());
        m_runner = std::make_unique<payscore::OperationRunner>(m_client.get());
        m_hook = std::make_unique<journal::JournalWriteHook>(m_journal);
        m_runner->setJournal(m_hook.get());
        m_runner->setWriteIdentity(QStringLiteral("张三"), profileName);
        m_runner->setFollowUpEnabled(false);
    }

    void cleanup()
    {
        m_runner.reset();
        m_client.reset();
        m_network.reset();
        m_server.reset();
        m_hook.reset();
        m_journal.reset();
    }

    void pendingIsOnDiskWhenTheRequestArrives()
    {
        QString seenByServer;
        connect(
            m_server.get(), &LoopbackServer::requestReceived, this, [&](const RecordedRequest &) {
                seenByServer = outcomeOnDisk(m_path, QStringLiteral("PA-1001"));
            });
        m_server->enqueue(signedJson(200,
            R"({"appid":"wxd678efh567hg6787","mchid":"1900000109","out_order_no":"PA-1001","order_id":"15646546545165651651"})"));
        const auto result = sync(QStringLiteral("PA-1001"));
        QCOMPARE(seenByServer, QStringLiteral("pending"));
        QCOMPARE(int(result.outcome), int(payscore::OperationResult::Outcome::Succeeded));

        const auto entries = m_journal->entries();
        QCOMPARE(entries.size(), 1);
        const journal::JournalEntry &e = entries.first();
        QCOMPARE(int(e.result.outcome), int(journal::Outcome::Succeeded));
        QCOMPARE(e.result.httpStatus, 200);
        QVERIFY(!e.result.requestId.isEmpty());
        QCOMPARE(e.result.requestId, result.requestId);
        QCOMPARE(e.result.orderId, QStringLiteral("15646546545165651651"));
        QVERIFY(e.result.elapsedMs >= 0);
        QCOMPARE(e.write.operatorName, QStringLiteral("张三"));
        QCOMPARE(e.write.profileName, profileName);
        QCOMPARE(e.write.mode, QStringLiteral("payafter"));
        QCOMPARE(e.write.operation, QStringLiteral("sync"));
        QVERIFY(e.write.requestBody.contains("Order_Paid"));
        QVERIFY(e.finishedAt.isValid());
    }

    void rejectionIsRecordedWithItsCode()
    {
        m_server->enqueue(ScriptedAnswer::json(
            400, R"({"code":"INVALID_ORDER_STATE","message":"订单状态不正确"})"));
        const auto result = sync(QStringLiteral("PA-1002"));
        QCOMPARE(int(result.outcome), int(payscore::OperationResult::Outcome::Rejected));
        const auto e = m_journal->entries().first();
        QCOMPARE(int(e.result.outcome), int(journal::Outcome::Rejected));
        QCOMPARE(e.result.errorCode, QStringLiteral("INVALID_ORDER_STATE"));
        QCOMPARE(e.result.errorMessage, QStringLiteral("订单状态不正确"));
        QCOMPARE(e.result.httpStatus, 400);
        QVERIFY(!m_journal->unsettledWrite(profileName, QStringLiteral("payafter"),
            QStringLiteral("sync"), QStringLiteral("PA-1002")));
    }

    void unverifiedAnswerIsUnknown()
    {
        // A 200 nobody signed: the outcome is unknown, never a success.
        m_server->enqueue(ScriptedAnswer::json(200, R"({"out_order_no":"PA-1003"})"));
        const auto result = sync(QStringLiteral("PA-1003"));
        QCOMPARE(int(result.outcome), int(payscore::OperationResult::Outcome::Unknown));
        QCOMPARE(int(m_journal->entries().first().result.outcome), int(journal::Outcome::Unknown));
    }

    void sameWriteIsRefusedWhileUnknownThenReconciled()
    {
        m_server->enqueue(ScriptedAnswer::stall()); // the answer never comes: timeout
        const auto first = sync(QStringLiteral("PA-1004"));
        QCOMPARE(int(first.outcome), int(payscore::OperationResult::Outcome::Unknown));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(outcomeOnDisk(m_path, QStringLiteral("PA-1004")), QStringLiteral("unknown"));

        // Sending the same write again is refused before anything leaves.
        const auto second = sync(QStringLiteral("PA-1004"));
        QCOMPARE(int(second.outcome), int(payscore::OperationResult::Outcome::Invalid));
        QCOMPARE(second.error.code, QStringLiteral("JOURNAL_REFUSED"));
        QVERIFY(second.error.message.contains(QStringLiteral("PA-1004")));
        QTest::qWait(50);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_journal->entries().size(), 1);

        // Reconcile: the query finds the order DONE; the write may be sent again.
        m_server->enqueue(signedJson(200,
            R"({"appid":"wxd678efh567hg6787","service_id":"500001","out_order_no":"PA-1004","state":"DONE","order_id":"ORDER-ID-1004","collection":{"state":"USER_PAID","paid_amount":100}})"));
        journal::PayScoreOrderLookup lookup(*m_runner, payscore::OrderDefaults {});
        journal::Reconciler reconciler(*m_journal, lookup, QStringLiteral("李四"));
        reconciler.run(m_journal->outcomeUnknown());
        QCOMPARE(reconciler.settledCount(), 1);
        QCOMPARE(m_server->requestCount(), 2);
        const RecordedRequest query = m_server->requests().last();
        QCOMPARE(query.method, QByteArray("GET"));
        QVERIFY(query.target.contains("PA-1004"));
        QVERIFY(query.target.contains("service_id=500001"));
        const auto entry = m_journal->entries().first();
        QVERIFY(entry.reconciliation.has_value());
        QCOMPARE(entry.reconciliation->orderState, QStringLiteral("DONE"));
        QCOMPARE(entry.reconciliation->orderId, QStringLiteral("ORDER-ID-1004"));
        QVERIFY(entry.reconciliation->note.contains(QStringLiteral("USER_PAID")));

        m_server->enqueue(
            ScriptedAnswer::json(400, R"({"code":"ORDER_DONE","message":"订单已完成"})"));
        const auto third = sync(QStringLiteral("PA-1004"));
        QCOMPARE(int(third.outcome), int(payscore::OperationResult::Outcome::Rejected));
        QCOMPARE(m_server->requestCount(), 3);
    }

    void reconcileQueriesThroughTheRunnerOfTheEntrysMode()
    {
        // An oversea write is reconciled on the oversea host (the console keeps a runner per
        // host): the query goes to that runner's server, never to the profile's main host.
        LoopbackServer overseaServer;
        QVERIFY(overseaServer.listen());
        apiv3::ApiClient overseaClient(configFor(overseaServer), m_network.get());
        payscore::OperationRunner overseaRunner(&overseaClient);
        overseaRunner.setWriteIdentity(QStringLiteral("张三"), profileName);

        journal::PendingWrite write;
        write.operatorName = QStringLiteral("张三");
        write.profileName = profileName;
        write.mode = payscore::modeName(payscore::Mode::Oversea);
        write.operation = QStringLiteral("sync");
        write.outOrderNo = QStringLiteral("OS-2001");
        write.requestBody
            = R"({"sub_mchid":"1900000110","service_id":"500001","out_order_no":"OS-2001"})";
        const auto id = m_journal->beginWrite(write);
        QVERIFY(id.ok());
        QVERIFY(m_journal->recordResult(*id, journal::WriteResult {}));
        QCOMPARE(m_journal->outcomeUnknown().size(), 1);

        overseaServer.enqueue(signedJson(200,
            R"({"sub_mchid":"1900000110","service_id":"500001","out_order_no":"OS-2001","state":"DONE","order_id":"OID-2001"})"));
        journal::PayScoreOrderLookup lookup(
            [&](payscore::Mode mode) -> payscore::OperationRunner & {
                return mode == payscore::Mode::Oversea ? overseaRunner : *m_runner;
            },
            payscore::OrderDefaults {});
        journal::Reconciler reconciler(*m_journal, lookup, QStringLiteral("李四"));
        reconciler.run(m_journal->outcomeUnknown());
        QCOMPARE(overseaServer.requestCount(), 1);
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(overseaServer.requests().first().target.startsWith(
            "/v3/payscore/oversea/partner/serviceorder"));
        QCOMPARE(reconciler.settledCount(), 1);
    }

    void overrideAfterSeeingTheQuerySendsOnceAndIsRecorded()
    {
        m_server->enqueue(ScriptedAnswer::closeAfterRequest()); // connection lost: unknown
        const auto lost = sync(QStringLiteral("PA-1008"));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(int(lost.outcome), int(payscore::OperationResult::Outcome::Unknown));
        const qint64 first = m_journal->entries().first().id;
        m_hook->allowOverride(
            QStringLiteral("店长"), QStringLiteral("query showed DOING/MCH_COMPLETE"));
        m_server->enqueue(signedJson(200, R"({"out_order_no":"PA-1008","order_id":"OID-1008"})"));
        QCOMPARE(int(sync(QStringLiteral("PA-1008")).outcome),
            int(payscore::OperationResult::Outcome::Succeeded));
        QCOMPARE(m_server->requestCount(), 2);
        const auto settled = m_journal->entry(first);
        QVERIFY(settled->reconciliation.has_value());
        QCOMPARE(int(settled->reconciliation->kind), int(journal::ReconciliationKind::Override));
        QCOMPARE(settled->reconciliation->operatorName, QStringLiteral("店长"));
        // The override was used up: a new unknown outcome blocks again.
        m_server->enqueue(ScriptedAnswer::closeAfterRequest());
        sync(QStringLiteral("PA-1008"));
        QCOMPARE(sync(QStringLiteral("PA-1008")).error.code, QStringLiteral("JOURNAL_REFUSED"));
        QCOMPARE(m_server->requestCount(), 3);
    }

    void queriesAreNotJournaled()
    {
        m_server->enqueue(signedJson(200, R"({"out_order_no":"PA-1005","state":"DOING"})"));
        payscore::OrderQuery query;
        query.key.mode = payscore::Mode::PayAfter;
        query.key.outOrderNo = QStringLiteral("PA-1005");
        query.key.appid = QStringLiteral("wxd678efh567hg6787");
        query.key.serviceId = QStringLiteral("500001");
        payscore::OperationRunner::wait(m_runner->query(query));
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(m_journal->entries().isEmpty());
    }

    void nothingSecretInTheJournalFiles()
    {
        m_server->enqueue(signedJson(200, R"({"out_order_no":"PA-1006","order_id":"X"})"));
        sync(QStringLiteral("PA-1006"));
        m_server->enqueue(ScriptedAnswer::stall());
        sync(QStringLiteral("PA-1007"));
        QCOMPARE(m_server->requestCount(), 2);
        // The full signatures that went over the wire.
        QList<QByteArray> secrets;
        for (const RecordedRequest &request : m_server->requests()) {
            const QByteArray authorization = request.header("Authorization");
            const int at = authorization.indexOf("signature=\"");
            QVERIFY(at > 0);
            secrets << authorization.mid(at + 11, authorization.indexOf('"', at + 11) - at - 11);
        }
        const QByteArray pem = m_merchantKey.toPkcs8Pem().view().toByteArray();
        for (const QByteArray &line : pem.split('\n')) {
            if (line.size() > 40 && !line.startsWith("-----"))
                secrets << line;
        }
        m_hook.reset();
        m_journal.reset(); // closes the file; the WAL is checkpointed
        const QDir folder(m_dir->path());
        for (const QString &name : folder.entryList(QDir::Files)) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains("WECHATPAY2-SHA256-RSA2048"), qPrintable(name));
            for (const QByteArray &secret : secrets)
                QVERIFY2(!bytes.contains(secret), qPrintable(name));
        }
    }

private:
    apiv3::ClientConfig configFor(const LoopbackServer &server) const
    {
        apiv3::ClientConfig config;
        config.baseUrl = server.baseUrl();
        config.credentials.mchid = QStringLiteral("1900000109");
        config.credentials.merchantSerial
            = QStringLiteral("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC");
        config.credentials.privateKey = m_merchantKey;
        config.keyRing.addPublicKey(QString::fromLatin1(wechatKeyId),
            *crypto::PublicKey::fromPem(m_wechatKey.publicKeyPem()));
        config.wechatpaySerial = QString::fromLatin1(wechatKeyId);
        config.transferTimeout = std::chrono::milliseconds(1500);
        config.retry.maxRetries = 0;
        return config;
    }

    ScriptedAnswer signedJson(int status, const QByteArray &body) const
    {
        return ScriptedAnswer::json(status, body).signedWith(m_wechatKey, wechatKeyId);
    }

    payscore::OperationResult sync(const QString &orderNo)
    {
        payscore::SyncRequest request;
        request.key.mode = payscore::Mode::PayAfter;
        request.key.outOrderNo = orderNo;
        request.key.appid = QStringLiteral("wxd678efh567hg6787");
        request.key.serviceId = QStringLiteral("500001");
        request.paidTime = beijingHourAgo();
        return payscore::OperationRunner::wait(m_runner->sync(request));
    }

    crypto::PrivateKey m_merchantKey;
    crypto::PrivateKey m_wechatKey;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::shared_ptr<journal::Journal> m_journal;
    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<apiv3::ApiClient> m_client;
    std::unique_ptr<payscore::OperationRunner> m_runner;
    std::unique_ptr<journal::JournalWriteHook> m_hook;
};

QTEST_GUILESS_MAIN(TestJournalHook)
#include "tst_journal_hook.moc"
