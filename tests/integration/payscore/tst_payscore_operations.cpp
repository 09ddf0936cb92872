// Every cell of issue 3's operations table over real loopback HTTP: what goes on the wire
// (method, encoded path and query, body fields and JSON types, a signature that verifies over
// the received bytes) and how each answer is decoded (200, 204 + follow-up query, each error
// class, each untrusted-answer verdict), plus the WriteJournal hooks.
#include "PayScoreBench.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

using namespace psc::payscore;
using namespace psc::test;

namespace {

const QByteArray kOrderDone
    = R"({"out_order_no":"R-1","service_id":"500001","appid":"wxd678efh567hg6787",
"mchid":"1900007291","service_introduction":"充电宝","state":"DONE","state_description":"MCH_COMPLETE",
"total_amount":3900,"need_collection":true,"order_id":"15000000000001","collection":{"state":"USER_PAID",
"total_amount":3900,"paying_amount":0,"paid_amount":3900,"details":[{"seq":1,"amount":3900,"paid_type":"MCH",
"paid_time":"20261122101500"}]}})";
const QByteArray kOrderCollecting
    = R"({"out_order_no":"R-1","service_id":"500001","appid":"wxd678efh567hg6787",
"mchid":"1900007291","state":"DOING","state_description":"MCH_COMPLETE","total_amount":3900,
"order_id":"15000000000001","collection":{"state":"USER_PAYING","total_amount":3900,"paying_amount":3900,"paid_amount":0}})";
const QByteArray kPayAfterIds
    = R"({"appid":"wxd678efh567hg6787","mchid":"1900007291","out_order_no":"R-1","service_id":"500001","order_id":"15000000000001"})";

ServiceOrderCompletion completion(PayScoreBench &bench, Mode mode)
{
    ServiceOrderCompletion c;
    c.key = bench.key(mode);
    c.postPayments
        = { { QStringLiteral("租金"), Money::fromFen(4000), QStringLiteral("2 小时"), 2 } };
    c.postDiscounts
        = { { QStringLiteral("新客"), Money::fromFen(100), QStringLiteral("首单"), 1 } };
    c.totalAmount = Money::fromFen(3900);
    c.startTime = QStringLiteral("20261122090000");
    c.endTime = QStringLiteral("2026-11-22T11:00:00+08:00");
    return c;
}

PayAfterCompletion payAfterCompletion(PayScoreBench &bench)
{
    PayAfterCompletion c;
    c.key = bench.key(Mode::PayAfter);
    c.finishType = PayAfterCompletion::kFinishServiceUsed;
    c.fees
        = { { QStringLiteral("租金"), 2, Money::fromFen(4000), QStringLiteral("每小时 20 元") } };
    c.discounts = { { QStringLiteral("满20减1元"), Money::fromFen(100), QString() } };
    c.totalAmount = Money::fromFen(3900);
    c.realServiceStartTime = QStringLiteral("20261122090000");
    c.realServiceEndTime = QStringLiteral("20261122110000");
    return c;
}

SyncRequest syncRequest(PayScoreBench &bench, Mode mode, const QString &outOrderNo = "R-1")
{
    SyncRequest request;
    request.key = bench.key(mode, outOrderNo);
    request.paidTime = QStringLiteral("2026-11-22T10:15:00+08:00");
    if (usesSubMerchant(mode)) {
        request.seq = 1;
        request.paidAmount = Money::fromFen(3900);
    }
    return request;
}

// Records what the runner tells the journal, and what the server had seen at that moment.
class RecordingJournal : public WriteJournal {
public:
    explicit RecordingJournal(LoopbackServer *server, bool accept = true)
        : m_server(server)
        , m_accept(accept)
    {
    }
    bool beforeSend(const WriteRecord &record, WriteRefusal *refusal) override
    {
        before.append(record);
        requestsSeenBeforeSend = m_server->requestCount();
        if (!m_accept)
            refusal->reason = QStringLiteral("journal is read-only");
        return m_accept;
    }
    void afterOutcome(const WriteRecord &record, const OperationResult &result) override
    {
        after.append({ record, result });
    }
    QList<WriteRecord> before;
    QList<QPair<WriteRecord, OperationResult>> after;
    int requestsSeenBeforeSend = -1;

private:
    LoopbackServer *m_server;
    bool m_accept;
};

} // namespace

class TestPayScoreOperations : public QObject {
    Q_OBJECT
private slots:
    void syncServiceOrder()
    {
        PayScoreBench bench;
        bench.server.enqueue(bench.signedJson(200, kOrderDone));
        const OperationResult result = OperationRunner::wait(
            bench.runner->sync(syncRequest(bench, Mode::ServiceOrder, QStringLiteral("R|1*x"))));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        QCOMPARE(bench.server.requestCount(), 1); // the answer had a state: no follow-up
        const RecordedRequest request = bench.server.requests().at(0);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/v3/payscore/serviceorder/R%7C1%2Ax/sync"));
        QVERIFY(signatureVerifies(request, bench.merchantKey));
        const QJsonObject body = bodyOf(request);
        QCOMPARE(body.value("appid").toString(), QStringLiteral("wxd678efh567hg6787"));
        QCOMPARE(body.value("service_id").toString(), QStringLiteral("500001"));
        QCOMPARE(body.value("type").toString(), QStringLiteral("Order_Paid"));
        QCOMPARE(body.value("detail").toObject().value("paid_time").toString(),
            QStringLiteral("20261122101500"));
        QVERIFY(!body.contains("sub_mchid"));
        QVERIFY(result.verified);
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(!result.requestId.isEmpty());
        QVERIFY(result.order);
        QCOMPARE(result.order->state, QStringLiteral("DONE"));
        QCOMPARE(result.order->collection->paidAmount->fen(), 3900);
        QVERIFY(result.hasResponse);
        QVERIFY(!result.followUp);
        // '|' and '*' are allowed but warned about.
        QCOMPARE(result.validation.warnings().size(), 1);
        QVERIFY(!result.validation.hasErrors());
        QVERIFY(result.toJson().value("validation").toArray().size() == 1);
    }

    void syncPayAfterFollowsUpWithQuery()
    {
        PayScoreBench bench;
        bench.server.enqueue(bench.signedJson(200, kPayAfterIds));
        bench.server.enqueue(bench.signedJson(200, kOrderDone));
        const OperationResult result
            = OperationRunner::wait(bench.runner->sync(syncRequest(bench, Mode::PayAfter)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        QCOMPARE(bench.server.requestCount(), 2);
        const auto requests = bench.server.requests();
        QCOMPARE(requests.at(0).target, QByteArray("/v3/payscore/payafter-orders/R-1/sync"));
        QCOMPARE(bodyOf(requests.at(0)).value("detail").toObject().value("paid_time").toString(),
            QStringLiteral("20261122101500"));
        QCOMPARE(requests.at(1).method, QByteArray("GET"));
        QCOMPARE(requests.at(1).target,
            QByteArray(
                "/v3/payscore/payafter-orders/R-1?appid=wxd678efh567hg6787&service_id=500001"));
        QVERIFY(requests.at(1).body.isEmpty());
        QVERIFY(signatureVerifies(requests.at(1), bench.merchantKey));
        QVERIFY(result.followUp);
        QVERIFY(result.followUp->succeeded());
        QCOMPARE(result.order->state, QStringLiteral("DONE")); // from the follow-up
        QCOMPARE(result.response.value("order_id").toString(), QStringLiteral("15000000000001"));
    }

    void syncOverseaAnswers204()
    {
        PayScoreBench bench;
        bench.server.enqueue(bench.signedNoContent());
        bench.server.enqueue(bench.signedJson(200, kOrderDone));
        const OperationResult result
            = OperationRunner::wait(bench.runner->sync(syncRequest(bench, Mode::Oversea)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        QCOMPARE(result.httpStatus, 204);
        QVERIFY(result.verified); // verified over the empty body
        QVERIFY(!result.hasResponse);
        const auto requests = bench.server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).target,
            QByteArray("/v3/payscore/oversea/partner/serviceorder/R-1/sync"));
        QVERIFY(signatureVerifies(requests.at(0), bench.merchantKey));
        const QJsonObject body = bodyOf(requests.at(0));
        QCOMPARE(body.value("sub_mchid").toString(), QStringLiteral("1900000109"));
        QVERIFY(!body.contains("appid"));
        const QJsonObject detail = body.value("detail").toObject();
        QCOMPARE(detail.value("paid_time").toString(), QStringLiteral("2026-11-22T10:15:00+08:00"));
        QVERIFY(isJsonInteger(detail.value("seq")));
        QVERIFY(isJsonInteger(detail.value("paid_amount")));
        QCOMPARE(detail.value("paid_amount").toInteger(), 3900);
        QCOMPARE(requests.at(1).target,
            QByteArray("/v3/payscore/oversea/partner/serviceorder?service_id=500001"
                       "&sub_mchid=1900000109&out_order_no=R-1"));
        QCOMPARE(result.order->state, QStringLiteral("DONE"));
    }

    void syncPartnerAnswers204()
    {
        PayScoreBench bench;
        bench.server.enqueue(bench.signedNoContent());
        bench.server.enqueue(bench.signedJson(200, kOrderDone));
        const OperationResult result
            = OperationRunner::wait(bench.runner->sync(syncRequest(bench, Mode::Partner)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        const auto requests = bench.server.requests();
        QCOMPARE(requests.at(0).target, QByteArray("/v3/payscore/partner/serviceorder/R-1/sync"));
        QCOMPARE(bodyOf(requests.at(0)).value("detail").toObject().value("paid_time").toString(),
            QStringLiteral("20261122101500"));
        QCOMPARE(requests.at(1).target,
            QByteArray("/v3/payscore/partner/serviceorder?service_id=500001"
                       "&sub_mchid=1900000109&out_order_no=R-1"));
        QCOMPARE(result.order->state, QStringLiteral("DONE"));
    }

    void completeServiceOrder()
    {
        PayScoreBench bench;
        bench.server.enqueue(bench.signedJson(200, kOrderCollecting));
        const OperationResult result
            = OperationRunner::wait(bench.runner->complete(completion(bench, Mode::ServiceOrder)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        QCOMPARE(bench.server.requestCount(), 1);
        const RecordedRequest request = bench.server.requests().at(0);
        QCOMPARE(request.target, QByteArray("/v3/payscore/serviceorder/R-1/complete"));
        QVERIFY(signatureVerifies(request, bench.merchantKey));
        QVERIFY(request.body.contains("租金")); // UTF-8 on the wire, signed as such
        const QJsonObject body = bodyOf(request);
        QVERIFY(isJsonInteger(body.value("total_amount")));
        const QJsonObject payment = body.value("post_payments").toArray().at(0).toObject();
        QVERIFY(isJsonInteger(payment.value("amount")));
        QVERIFY(isJsonInteger(payment.value("count")));
        QCOMPARE(body.value("time_range").toObject().value("end_time").toString(),
            QStringLiteral("20261122110000"));
        QCOMPARE(result.order->stateDescription, QStringLiteral("MCH_COMPLETE"));
        QCOMPARE(result.order->collection->state, QStringLiteral("USER_PAYING"));
    }

    void completePayAfter()
    {
        PayScoreBench bench;
        bench.server.enqueue(bench.signedJson(200, kPayAfterIds));
        bench.server.enqueue(bench.signedJson(200, kOrderCollecting));
        const OperationResult result
            = OperationRunner::wait(bench.runner->complete(payAfterCompletion(bench)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        const auto requests = bench.server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).target, QByteArray("/v3/payscore/payafter-orders/R-1/complete"));
        const QJsonObject body = bodyOf(requests.at(0));
        QVERIFY(isJsonInteger(body.value("finish_type")));
        QCOMPARE(body.value("finish_type").toInteger(), 2);
        QVERIFY(isJsonInteger(body.value("fees").toArray().at(0).toObject().value("fee_amount")));
        QVERIFY(isJsonInteger(body.value("total_amount")));
        QCOMPARE(result.order->state, QStringLiteral("DOING"));
    }

    void completePartnerAnswers204()
    {
        PayScoreBench bench;
        bench.server.enqueue(bench.signedNoContent());
        bench.server.enqueue(bench.signedJson(200, kOrderCollecting));
        const OperationResult result
            = OperationRunner::wait(bench.runner->complete(completion(bench, Mode::Partner)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        const auto requests = bench.server.requests();
        QCOMPARE(
            requests.at(0).target, QByteArray("/v3/payscore/partner/serviceorder/R-1/complete"));
        const QJsonObject body = bodyOf(requests.at(0));
        QCOMPARE(body.value("sub_mchid").toString(), QStringLiteral("1900000109"));
        QVERIFY(!body.contains("appid"));
        QCOMPARE(result.order->state, QStringLiteral("DOING"));
    }

    void query_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("queryId");
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("serviceorder") << int(Mode::ServiceOrder) << QString()
                                      << QByteArray("/v3/payscore/serviceorder?service_id=500001"
                                                    "&appid=wxd678efh567hg6787&out_order_no=R-1");
        QTest::newRow("serviceorder by query_id")
            << int(Mode::ServiceOrder) << "Q*1"
            << QByteArray("/v3/payscore/serviceorder?service_id=500001&appid=wxd678efh567hg6787"
                          "&query_id=Q%2A1");
        QTest::newRow("payafter") << int(Mode::PayAfter) << QString()
                                  << QByteArray("/v3/payscore/payafter-orders/R-1"
                                                "?appid=wxd678efh567hg6787&service_id=500001");
        QTest::newRow("oversea") << int(Mode::Oversea) << QString()
                                 << QByteArray("/v3/payscore/oversea/partner/serviceorder"
                                               "?service_id=500001&sub_mchid=1900000109"
                                               "&out_order_no=R-1");
        QTest::newRow("partner") << int(Mode::Partner) << QString()
                                 << QByteArray("/v3/payscore/partner/serviceorder"
                                               "?service_id=500001&sub_mchid=1900000109"
                                               "&out_order_no=R-1");
    }
    void query()
    {
        QFETCH(int, mode);
        QFETCH(QString, queryId);
        QFETCH(QByteArray, target);
        PayScoreBench bench;
        bench.server.enqueue(bench.signedJson(200, kOrderDone));
        OrderQuery query;
        query.key = bench.key(Mode(mode), queryId.isEmpty() ? QStringLiteral("R-1") : QString());
        query.queryId = queryId;
        const OperationResult result = OperationRunner::wait(bench.runner->query(query));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        const RecordedRequest request = bench.server.requests().at(0);
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, target);
        QVERIFY(request.body.isEmpty());
        QVERIFY(signatureVerifies(request, bench.merchantKey));
        QCOMPARE(result.order->outOrderNo, QStringLiteral("R-1"));
        QCOMPARE(result.order->totalAmount->fen(), 3900);
    }

    void errorClasses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("signedAnswer");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("400 PARAM_ERROR unsigned")
            << 400
            << QByteArray(
                   R"({"code":"PARAM_ERROR","message":"最终总金额计算非法","detail":{"field":"/total_amount","value":1,"issue":"sum mismatch","location":"body"}})")
            << false << "PARAM_ERROR" << false;
        QTest::newRow("400 INVALID_ORDER_STATE")
            << 400 << QByteArray(R"({"code":"INVALID_ORDER_STATE","message":"订单状态不正确"})")
            << true << "INVALID_ORDER_STATE" << false;
        QTest::newRow("401 SIGN_ERROR")
            << 401 << QByteArray(R"({"code":"SIGN_ERROR","message":"签名错误"})") << false
            << "SIGN_ERROR" << false;
        QTest::newRow("403 NO_AUTH")
            << 403 << QByteArray(R"({"code":"NO_AUTH","message":"无权限"})") << true << "NO_AUTH"
            << false;
        QTest::newRow("404 ORDER_NOT_EXIST")
            << 404 << QByteArray(R"({"code":"ORDER_NOT_EXIST","message":"订单不存在"})") << true
            << "ORDER_NOT_EXIST" << false;
        QTest::newRow("429 FREQUENCY_LIMITED")
            << 429 << QByteArray(R"({"code":"FREQUENCY_LIMITED","message":"频率超限"})") << true
            << "FREQUENCY_LIMITED" << true;
        QTest::newRow("500 SYSTEM_ERROR")
            << 500 << QByteArray(R"({"code":"SYSTEM_ERROR","message":"系统错误"})") << false
            << "SYSTEM_ERROR" << true;
    }
    void errorClasses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, signedAnswer);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        PayScoreBench bench;
        bench.server.enqueue(
            signedAnswer ? bench.signedJson(status, body) : ScriptedAnswer::json(status, body));
        const OperationResult result
            = OperationRunner::wait(bench.runner->complete(completion(bench, Mode::ServiceOrder)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(result.exitCode(), 1);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.verified, signedAnswer);
        QCOMPARE(result.error.code, code);
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!result.error.hint.isEmpty());
        QCOMPARE(result.error.retryable, retryable);
        QVERIFY(!result.order);
        QVERIFY(result.hasResponse);
        QCOMPARE(bench.server.requestCount(), 1); // no follow-up after a rejection
        if (code == QLatin1String("PARAM_ERROR")) {
            QCOMPARE(result.error.field, QStringLiteral("/total_amount"));
            QCOMPARE(result.error.issue, QStringLiteral("sum mismatch"));
            QVERIFY(result.error.message.contains(QStringLiteral("最终总金额计算非法")));
        }
    }

    void untrustedAnswers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("verdict");
        QTest::newRow("missing headers") << 0 << "missing_headers";
        QTest::newRow("unknown serial") << 1 << "unknown_serial";
        QTest::newRow("clock skew") << 2 << "clock_skew";
        QTest::newRow("probe signature") << 3 << "bad_signature_encoding";
        QTest::newRow("signature mismatch") << 4 << "signature_mismatch";
    }
    void untrustedAnswers()
    {
        QFETCH(int, kind);
        QFETCH(QString, verdict);
        PayScoreBench bench;
        ScriptedAnswer answer = bench.signedJson(200, kOrderDone);
        switch (kind) {
        case 0:
            answer = ScriptedAnswer::json(200, kOrderDone);
            break;
        case 1:
            answer.signingSerial = "PUB_KEY_ID_UNKNOWN";
            break;
        case 2:
            answer.timestamp = QDateTime::currentSecsSinceEpoch() - 3600;
            break;
        case 3:
            answer.signatureOverride = "WECHATPAY/SIGNTEST/abcdefghijklmnop";
            break;
        case 4:
            answer.signingKey = bench.merchantKey; // right serial, wrong key
            break;
        }
        bench.server.enqueue(answer);
        const OperationResult result
            = OperationRunner::wait(bench.runner->sync(syncRequest(bench, Mode::ServiceOrder)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Unknown);
        QCOMPARE(result.exitCode(), 3);
        QCOMPARE(result.verdict, verdict);
        QVERIFY(!result.verified);
        QVERIFY(!result.order); // an unverified answer is never shown as an order
        QVERIFY(!result.hasResponse);
        QVERIFY(!result.error.code.isEmpty());
        QVERIFY(!result.followUp);
        QCOMPARE(bench.server.requestCount(), 1);
    }

    void timeoutIsUnknown()
    {
        PayScoreBench bench(800);
        bench.server.enqueue(ScriptedAnswer::stall());
        const OperationResult result
            = OperationRunner::wait(bench.runner->sync(syncRequest(bench, Mode::ServiceOrder)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Unknown);
        QCOMPARE(result.error.code, QStringLiteral("TIMEOUT"));
        QCOMPARE(result.httpStatus, 0);
    }

    // cancel() aborts the request on the wire: the result comes at once (not after the 30 s
    // transfer timeout), unknown because the write had left, exactly once, and journaled.
    void cancelAbortsTheRequestInFlight()
    {
        PayScoreBench bench(30000);
        RecordingJournal journal(&bench.server);
        bench.runner->setJournal(&journal);
        bench.server.enqueue(ScriptedAnswer::stall());
        PendingOperation *operation = bench.runner->sync(syncRequest(bench, Mode::ServiceOrder));
        QSignalSpy finished(operation, &PendingOperation::finished);
        QVERIFY(bench.server.waitForRequests(1));
        QElapsedTimer clock;
        clock.start();
        operation->cancel();
        QCOMPARE(finished.size(), 1); // from within cancel()
        QVERIFY(clock.elapsed() < 1000);
        const OperationResult result = operation->result();
        QCOMPARE(result.outcome, OperationResult::Outcome::Unknown);
        QCOMPARE(result.error.code, QStringLiteral("CANCELLED"));
        QCOMPARE(journal.after.size(), 1);
        QCOMPARE(journal.after.first().second.outcome, OperationResult::Outcome::Unknown);
        // The connection is aborted: the server sees it close long before any timeout.
        QTRY_VERIFY_WITH_TIMEOUT(bench.server.findChildren<QTcpSocket *>().isEmpty(), 3000);
        operation->cancel(); // finished already: nothing more
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(journal.after.size(), 1);
    }

    // Cancelled before it started: nothing is sent, nothing journaled, and it finishes once.
    void cancelBeforeStartSendsNothing()
    {
        PayScoreBench bench;
        RecordingJournal journal(&bench.server);
        bench.runner->setJournal(&journal);
        PendingOperation *operation = bench.runner->sync(syncRequest(bench, Mode::ServiceOrder));
        QSignalSpy finished(operation, &PendingOperation::finished);
        operation->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(operation->result().outcome, OperationResult::Outcome::Invalid);
        QCOMPARE(operation->result().error.code, QStringLiteral("CANCELLED"));
        QTest::qWait(100); // the queued start() must not send it after all
        QCOMPARE(bench.server.requestCount(), 0);
        QVERIFY(journal.before.isEmpty());
        QCOMPARE(finished.size(), 1);
    }

    // Cancelled during the follow-up query: that query stops, the write's own outcome stands.
    void cancelDuringFollowUpKeepsTheWriteOutcome()
    {
        PayScoreBench bench(30000);
        bench.server.enqueue(bench.signedJson(200, kPayAfterIds));
        bench.server.enqueue(ScriptedAnswer::stall());
        PendingOperation *operation = bench.runner->sync(syncRequest(bench, Mode::PayAfter));
        QSignalSpy finished(operation, &PendingOperation::finished);
        QVERIFY(bench.server.waitForRequests(2));
        QVERIFY(finished.isEmpty());
        operation->cancel();
        QCOMPARE(finished.size(), 1);
        const OperationResult result = operation->result();
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        QVERIFY(result.followUp);
        QCOMPARE(result.followUp->error.code, QStringLiteral("CANCELLED"));
        QCOMPARE(result.warnings.size(), 1);
    }

    // A write whose connection drops before the answer: unknown, and never sent twice.
    void lostConnectionIsUnknown()
    {
        PayScoreBench bench;
        bench.server.enqueue(ScriptedAnswer::closeAfterRequest());
        const OperationResult result
            = OperationRunner::wait(bench.runner->sync(syncRequest(bench, Mode::ServiceOrder)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Unknown);
        QCOMPARE(result.exitCode(), 3);
        QVERIFY(!result.followUp);
        QTest::qWait(50);
        QCOMPARE(bench.server.requestCount(), 1);
    }

    void plainHttpToRemoteHostIsConfigError()
    {
        QNetworkAccessManager network;
        psc::apiv3::ClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://pay.example.com"));
        config.credentials.mchid = QStringLiteral("1900007291");
        config.credentials.merchantSerial = QString::fromLatin1(kMerchantSerial);
        config.credentials.privateKey = loadKey(QStringLiteral("vectors/v1_private_key.pem"));
        psc::apiv3::ApiClient client(config, &network);
        OperationRunner runner(&client);
        runner.setClock([] { return kNow; });
        PayScoreBench bench;
        const OperationResult result
            = OperationRunner::wait(runner.sync(syncRequest(bench, Mode::ServiceOrder)));
        QCOMPARE(result.outcome, OperationResult::Outcome::ConfigError);
        QCOMPARE(result.exitCode(), 4);
        QVERIFY(!result.error.code.isEmpty());
    }

    void failedFollowUpIsReportedBesideTheSuccess()
    {
        PayScoreBench bench;
        bench.server.enqueue(bench.signedJson(200, kPayAfterIds));
        bench.server.enqueue(ScriptedAnswer::json(500, R"({"code":"SYSTEM_ERROR","message":"x"})"));
        const OperationResult result
            = OperationRunner::wait(bench.runner->sync(syncRequest(bench, Mode::PayAfter)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        QVERIFY(result.error.isEmpty());
        QVERIFY(result.followUp);
        QCOMPARE(result.followUp->outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(result.followUp->error.code, QStringLiteral("SYSTEM_ERROR"));
        QVERIFY(!result.warnings.isEmpty());
        QCOMPARE(result.order->orderId, QStringLiteral("15000000000001")); // the write's ids
        QVERIFY(!result.order->hasState());
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value("ok").toBool(), true);
        QCOMPARE(json.value("follow_up").toObject().value("outcome").toString(),
            QStringLiteral("rejected"));
    }

    void followUpCanBeSkipped()
    {
        PayScoreBench bench;
        bench.runner->setFollowUpEnabled(false);
        bench.server.enqueue(bench.signedNoContent());
        const OperationResult result
            = OperationRunner::wait(bench.runner->sync(syncRequest(bench, Mode::Partner)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        QCOMPARE(bench.server.requestCount(), 1);
        QVERIFY(!result.followUp);
        QVERIFY(!result.order);
    }

    void journalWrapsEveryWrite()
    {
        PayScoreBench bench;
        RecordingJournal journal(&bench.server);
        bench.runner->setJournal(&journal);
        bench.runner->setWriteIdentity(QStringLiteral("alice"), QStringLiteral("store-1"));
        bench.server.enqueue(bench.signedJson(200, kPayAfterIds));
        bench.server.enqueue(bench.signedJson(200, kOrderDone));
        const OperationResult result
            = OperationRunner::wait(bench.runner->complete(payAfterCompletion(bench)));
        QCOMPARE(result.outcome, OperationResult::Outcome::Succeeded);
        QCOMPARE(journal.before.size(), 1);
        QCOMPARE(journal.requestsSeenBeforeSend, 0); // committed before anything left
        const WriteRecord record = journal.before.at(0);
        QCOMPARE(record.mode, QStringLiteral("payafter"));
        QCOMPARE(record.operation, QStringLiteral("complete"));
        QCOMPARE(record.outOrderNo, QStringLiteral("R-1"));
        QCOMPARE(record.operatorName, QStringLiteral("alice"));
        QCOMPARE(record.profileName, QStringLiteral("store-1"));
        QCOMPARE(*record.amountFen, 3900);
        QCOMPARE(record.requestBody, bench.server.requests().at(0).body);
        QCOMPARE(journal.after.size(), 1);
        QCOMPARE(journal.after.at(0).first.id, record.id);
        QCOMPARE(journal.after.at(0).second.order->state, QStringLiteral("DONE"));

        // Queries are not writes: no journal calls.
        bench.server.enqueue(bench.signedJson(200, kOrderDone));
        OrderQuery query;
        query.key = bench.key(Mode::PayAfter);
        OperationRunner::wait(bench.runner->query(query));
        QCOMPARE(journal.before.size(), 1);
    }

    void journalRefusalSendsNothing()
    {
        PayScoreBench bench;
        RecordingJournal journal(&bench.server, false);
        bench.runner->setJournal(&journal);
        const OperationResult result
            = OperationRunner::wait(bench.runner->sync(syncRequest(bench, Mode::ServiceOrder)));
        // A journal that cannot record the write is a problem of this machine: config_error.
        QCOMPARE(result.outcome, OperationResult::Outcome::ConfigError);
        QCOMPARE(result.error.code, QStringLiteral("JOURNAL_UNAVAILABLE"));
        QCOMPARE(result.error.message, QStringLiteral("journal is read-only"));
        QVERIFY(result.error.hint.contains(QLatin1String("Nothing was sent")));
        QCOMPARE(result.exitCode(), 4);
        QVERIFY(journal.after.isEmpty());
        QTest::qWait(50);
        QCOMPARE(bench.server.requestCount(), 0);
    }

    void finishedIsNeverEmittedInsideTheCall()
    {
        PayScoreBench bench;
        SyncRequest invalid = syncRequest(bench, Mode::ServiceOrder);
        invalid.key.outOrderNo.clear();
        PendingOperation *operation = bench.runner->sync(invalid);
        QVERIFY(!operation->isFinished());
        QSignalSpy spy(operation, &PendingOperation::finished);
        QVERIFY(spy.wait(2000));
        QCOMPARE(operation->result().outcome, OperationResult::Outcome::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestPayScoreOperations)
#include "tst_payscore_operations.moc"
