// The sandbox's order book as a client sees it: every operation × every state of every mode,
// the answer shapes, replays of complete, and the field rules — through real HTTP, signed by
// the independent raw client.
#include "SandboxFixture.h"

#include "sandbox/Order.h"
#include "sandbox/OrderBook.h"
#include "sandbox/SandboxIdentity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace psc::sandbox;
using namespace psc::test;

class TestSandboxOrders : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void stateMachine_data();
    void stateMachine();
    void syncRecordsPaymentByMerchant();
    void completeReplaysAndRefusesOtherParameters();
    void payAfterCancelFinish();
    void queryByQueryIdAndEncodedNumbers();
    void fieldRules_data();
    void fieldRules();
    void merchantBindings_data();
    void merchantBindings();
    void demoOrdersCoverEveryStateAndMode();
    void modifyLowersTotalAndPayingAmount();
    void collectChargesOrDeclines();
    void writesWithoutSuchEndpointAreNotFound();

private:
    QString seed(OrderMode mode, const QString &state);
    QJsonObject body(OrderMode mode, const QString &operation) const;
    QByteArray target(OrderMode mode, const QString &operation, const QString &number) const;
    RawAnswer run(OrderMode mode, const QString &operation, const QString &number,
        const QJsonObject &requestBody);
    QJsonObject queryOrder(OrderMode mode, const QString &number);

    SandboxFixture m_fixture;
    int m_counter = 0;
};

void TestSandboxOrders::initTestCase()
{
    QVERIFY(m_fixture.start());
}

QString TestSandboxOrders::seed(OrderMode mode, const QString &state)
{
    const QString number = QStringLiteral("T-%1-%2").arg(++m_counter).arg(state.left(8));
    if (state == QLatin1String("MISSING"))
        return number;
    Order order = Order::create(
        mode, number, m_fixture.server.identity(), QStringLiteral("测试订单"), 99900);
    if (state != QLatin1String("CREATED") && state != QLatin1String("EXPIRED"))
        order.confirm(beijingAgo(7200));
    const QJsonArray payments { QJsonObject {
        { QStringLiteral("name"), QStringLiteral("租借费") }, { QStringLiteral("amount"), 700 } } };
    if (state == QLatin1String("MCH_COMPLETE") || state == QLatin1String("DONE")
        || state == QLatin1String("DEDUCTING"))
        order.complete({ { QStringLiteral("post_payments"), payments } }, 700);
    if (state == QLatin1String("DONE"))
        order.markPaid(
            QStringLiteral("NEWTON"), beijingAgo(600), 700, QStringLiteral("4200000001"));
    if (state == QLatin1String("DEDUCTING"))
        order.deducting = true;
    if (state == QLatin1String("REVOKED"))
        order.revoke();
    if (state == QLatin1String("EXPIRED"))
        order.expire();
    m_fixture.server.orderBook().insert(order);
    return number;
}

QJsonObject TestSandboxOrders::body(OrderMode mode, const QString &operation) const
{
    const RawSandboxClient &c = *m_fixture.client;
    QJsonObject b;
    if (mode != OrderMode::Oversea)
        b.insert(QStringLiteral("appid"), c.appid());
    b.insert(QStringLiteral("service_id"), c.serviceId());
    if (mode == OrderMode::Oversea || mode == OrderMode::Partner)
        b.insert(QStringLiteral("sub_mchid"), c.subMchid());
    if (operation == QLatin1String("sync")) {
        b.insert(QStringLiteral("type"), QStringLiteral("Order_Paid"));
        if (mode == OrderMode::Oversea)
            b.insert(QStringLiteral("detail"),
                QJsonObject { { QStringLiteral("seq"), 1 },
                    { QStringLiteral("paid_time"), rfc3339Ago(300) },
                    { QStringLiteral("paid_amount"), 700 } });
        else
            b.insert(QStringLiteral("detail"),
                QJsonObject { { QStringLiteral("paid_time"), beijingAgo(300) } });
    } else if (operation == QLatin1String("complete") && mode == OrderMode::PayAfter) {
        b.insert(QStringLiteral("finish_type"), 2);
        b.insert(QStringLiteral("fees"),
            QJsonArray {
                QJsonObject { { QStringLiteral("fee_name"), QStringLiteral("骑行费") },
                    { QStringLiteral("fee_count"), 1 }, { QStringLiteral("fee_amount"), 500 },
                    { QStringLiteral("fee_desc"), QStringLiteral("30分钟") } },
                QJsonObject { { QStringLiteral("fee_name"), QStringLiteral("调度费") },
                    { QStringLiteral("fee_amount"), 200 } } });
        b.insert(QStringLiteral("discounts"),
            QJsonArray {
                QJsonObject { { QStringLiteral("discount_name"), QStringLiteral("新人券") },
                    { QStringLiteral("discount_amount"), 100 } } });
        b.insert(QStringLiteral("total_amount"), 600);
        b.insert(QStringLiteral("real_service_start_time"), beijingAgo(3600));
        b.insert(QStringLiteral("real_service_end_time"), beijingAgo(60));
    } else if (operation == QLatin1String("complete")) {
        b.insert(QStringLiteral("post_payments"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("租借费") },
                             { QStringLiteral("amount"), 500 },
                             { QStringLiteral("description"), QStringLiteral("每小时1元") },
                             { QStringLiteral("count"), 5 } },
                QJsonObject { { QStringLiteral("name"), QStringLiteral("赔偿金") },
                    { QStringLiteral("amount"), 300 } } });
        b.insert(QStringLiteral("post_discounts"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("会员折扣") },
                { QStringLiteral("description"), QStringLiteral("九折") },
                { QStringLiteral("amount"), 80 } } });
        b.insert(QStringLiteral("total_amount"), 720);
        b.insert(QStringLiteral("time_range"),
            QJsonObject { { QStringLiteral("start_time"), beijingAgo(3600) },
                { QStringLiteral("end_time"), beijingAgo(60) } });
        b.insert(QStringLiteral("location"),
            QJsonObject { { QStringLiteral("end_location"), QStringLiteral("深圳湾店") } });
    } else if (operation == QLatin1String("cancel")) {
        b.insert(QStringLiteral("reason"), QStringLiteral("用户未使用服务"));
    } else if (operation == QLatin1String("modify")) {
        // seed() completes with 700 fen: lowered to 500.
        b.insert(QStringLiteral("post_payments"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("租借费") },
                { QStringLiteral("amount"), 500 } } });
        b.insert(QStringLiteral("total_amount"), 500);
        b.insert(QStringLiteral("reason"), QStringLiteral("按实际时长重算"));
    }
    return b;
}

QByteArray TestSandboxOrders::target(
    OrderMode mode, const QString &operation, const QString &number) const
{
    const QByteArray encoded = QUrl::toPercentEncoding(number);
    const QByteArray family = mode == OrderMode::ServiceOrder ? "/v3/payscore/serviceorder"
        : mode == OrderMode::PayAfter                         ? "/v3/payscore/payafter-orders"
        : mode == OrderMode::Oversea ? "/v3/payscore/oversea/partner/serviceorder"
                                     : "/v3/payscore/partner/serviceorder";
    const RawSandboxClient &c = *m_fixture.client;
    if (operation != QLatin1String("query"))
        return family + '/' + encoded + '/' + operation.toLatin1();
    if (mode == OrderMode::PayAfter)
        return family + '/' + encoded + "?appid=" + c.appid().toLatin1()
            + "&service_id=" + c.serviceId().toLatin1();
    QByteArray query = family + "?service_id=" + c.serviceId().toLatin1();
    if (mode != OrderMode::Oversea)
        query += "&appid=" + c.appid().toLatin1();
    if (mode != OrderMode::ServiceOrder)
        query += "&sub_mchid=" + c.subMchid().toLatin1();
    return query + "&out_order_no=" + encoded;
}

RawAnswer TestSandboxOrders::run(
    OrderMode mode, const QString &operation, const QString &number, const QJsonObject &requestBody)
{
    if (operation == QLatin1String("query"))
        return m_fixture.client->send("GET", target(mode, operation, number), {});
    return m_fixture.client->postJson(target(mode, operation, number), requestBody);
}

QJsonObject TestSandboxOrders::queryOrder(OrderMode mode, const QString &number)
{
    const RawAnswer answer = run(mode, QStringLiteral("query"), number, {});
    if (answer.status != 200)
        qWarning("query %s: %d %s", qPrintable(number), answer.status, answer.body.constData());
    return answer.json();
}

void TestSandboxOrders::stateMachine_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("stateAfter"); // "STATE/DESCRIPTION" after the call

    const QStringList states { "CREATED", "USER_CONFIRM", "MCH_COMPLETE", "DONE", "REVOKED",
        "EXPIRED", "DEDUCTING", "MISSING" };
    const QString ios = QStringLiteral("INVALID_ORDER_STATE");
    // Expected results per state, in the order above: {status, code, state after}.
    struct Cell {
        int status;
        QString code;
        QString after;
    };
    auto row = [](int success, const QString &successAfter, const QList<int> &okStates,
                   const QString &refused) {
        QList<Cell> cells;
        const QList<Cell> refusals { { 400, refused, "CREATED/" },
            { 400, refused, "DOING/USER_CONFIRM" }, { 400, refused, "DOING/MCH_COMPLETE" },
            { 400, "ORDER_DONE", "DONE/" }, { 400, "ORDER_CANCELED", "REVOKED/" },
            { 400, refused, "EXPIRED/" }, { 400, refused, "DOING/MCH_COMPLETE" },
            { 404, "ORDER_NOT_EXIST", "" } };
        for (int i = 0; i < refusals.size(); ++i)
            cells.append(
                okStates.contains(i) ? Cell { success, QString(), successAfter } : refusals[i]);
        return cells;
    };
    struct Operation {
        OrderMode mode;
        QString name;
        QList<Cell> cells;
    };
    const QList<Operation> operations {
        { OrderMode::ServiceOrder, "sync", row(200, "DONE/", { 2 }, ios) },
        { OrderMode::ServiceOrder, "complete", row(200, "DOING/MCH_COMPLETE", { 1 }, ios) },
        { OrderMode::ServiceOrder, "cancel", row(200, "REVOKED/", { 0, 1 }, ios) },
        { OrderMode::ServiceOrder, "modify", row(200, "DOING/MCH_COMPLETE", { 2 }, ios) },
        { OrderMode::ServiceOrder, "pay", row(200, "DONE/", { 2 }, ios) },
        { OrderMode::ServiceOrder, "query", row(200, "", { 0, 1, 2, 3, 4, 5, 6 }, ios) },
        { OrderMode::PayAfter, "cancel", row(200, "REVOKED/", { 0, 1 }, ios) },
        { OrderMode::Oversea, "cancel", row(204, "REVOKED/", { 0, 1 }, ios) },
        { OrderMode::Partner, "modify", row(204, "DOING/MCH_COMPLETE", { 2 }, ios) },
        { OrderMode::Partner, "pay", row(204, "DONE/", { 2 }, ios) },
        { OrderMode::PayAfter, "sync", row(200, "DONE/", { 2 }, ios) },
        { OrderMode::PayAfter, "complete", row(200, "DOING/MCH_COMPLETE", { 1 }, ios) },
        { OrderMode::PayAfter, "query", row(200, "", { 0, 1, 2, 3, 4, 5, 6 }, ios) },
        { OrderMode::Oversea, "sync", row(204, "DONE/", { 2 }, ios) },
        { OrderMode::Oversea, "query", row(200, "", { 0, 1, 2, 3, 4, 5, 6 }, ios) },
        { OrderMode::Partner, "sync", row(204, "DONE/", { 2 }, ios) },
        { OrderMode::Partner, "complete", row(204, "DOING/MCH_COMPLETE", { 1 }, ios) },
        { OrderMode::Partner, "cancel", row(204, "REVOKED/", { 0, 1 }, ios) },
        { OrderMode::Partner, "query", row(200, "", { 0, 1, 2, 3, 4, 5, 6 }, ios) },
    };
    for (const Operation &operation : operations) {
        for (int i = 0; i < states.size(); ++i) {
            const Cell &cell = operation.cells[i];
            QTest::addRow("%s/%s/%s", qPrintable(modeName(operation.mode)),
                qPrintable(operation.name), qPrintable(states[i]))
                << int(operation.mode) << operation.name << states[i] << cell.status << cell.code
                << cell.after;
        }
    }
}

void TestSandboxOrders::stateMachine()
{
    QFETCH(int, mode);
    QFETCH(QString, operation);
    QFETCH(QString, state);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, stateAfter);
    const auto orderMode = OrderMode(mode);
    const QString number = seed(orderMode, state);
    const RawAnswer answer = run(orderMode, operation, number, body(orderMode, operation));
    QString why;
    QVERIFY2(m_fixture.client->verify(answer, &why), qPrintable(why));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.code(), code);
    if (state == QLatin1String("DEDUCTING") && operation != QLatin1String("query"))
        QVERIFY(answer.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("正在扣款中")));
    if (status == 204)
        QVERIFY(answer.body.isEmpty());
    if (!stateAfter.isEmpty()) {
        const QJsonObject order = queryOrder(orderMode, number);
        QCOMPARE(order.value(QStringLiteral("state")).toString() + QLatin1Char('/')
                + order.value(QStringLiteral("state_description")).toString(),
            stateAfter);
    }
    if (status == 200 && orderMode == OrderMode::PayAfter && operation != QLatin1String("query")) {
        // Pay-after writes answer with ids only.
        const QJsonObject ids = answer.json();
        QCOMPARE(ids.value(QStringLiteral("out_order_no")).toString(), number);
        QVERIFY(!ids.value(QStringLiteral("order_id")).toString().isEmpty());
        QVERIFY(!ids.contains(QStringLiteral("state")));
    }
    if (status == 200 && orderMode == OrderMode::ServiceOrder
        && operation != QLatin1String("cancel"))
        QCOMPARE(answer.json().value(QStringLiteral("out_order_no")).toString(), number);
}

void TestSandboxOrders::syncRecordsPaymentByMerchant()
{
    const QString number = seed(OrderMode::ServiceOrder, QStringLiteral("USER_CONFIRM"));
    RawAnswer answer = run(OrderMode::ServiceOrder, QStringLiteral("complete"), number,
        body(OrderMode::ServiceOrder, QStringLiteral("complete")));
    QCOMPARE(answer.status, 200);
    QJsonObject order = answer.json();
    QCOMPARE(order.value(QStringLiteral("total_amount")).toInteger(), 720);
    QJsonObject collection = order.value(QStringLiteral("collection")).toObject();
    QCOMPARE(collection.value(QStringLiteral("state")).toString(), QStringLiteral("USER_PAYING"));
    QCOMPARE(collection.value(QStringLiteral("paying_amount")).toInteger(), 720);
    QCOMPARE(order.value(QStringLiteral("location"))
                 .toObject()
                 .value(QStringLiteral("end_location"))
                 .toString(),
        QStringLiteral("深圳湾店"));

    answer = run(OrderMode::ServiceOrder, QStringLiteral("sync"), number,
        body(OrderMode::ServiceOrder, QStringLiteral("sync")));
    QCOMPARE(answer.status, 200);
    order = answer.json();
    QCOMPARE(order.value(QStringLiteral("state")).toString(), QStringLiteral("DONE"));
    collection = order.value(QStringLiteral("collection")).toObject();
    QCOMPARE(collection.value(QStringLiteral("state")).toString(), QStringLiteral("USER_PAID"));
    QCOMPARE(collection.value(QStringLiteral("paid_amount")).toInteger(), 720);
    QCOMPARE(collection.value(QStringLiteral("paying_amount")).toInteger(), 0);
    const QJsonArray details = collection.value(QStringLiteral("details")).toArray();
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.at(0).toObject().value(QStringLiteral("paid_type")).toString(),
        QStringLiteral("MCH"));
    QCOMPARE(details.at(0).toObject().value(QStringLiteral("amount")).toInteger(), 720);
    // And the book agrees with what was answered.
    QCOMPARE(queryOrder(OrderMode::ServiceOrder, number), order);
}

void TestSandboxOrders::completeReplaysAndRefusesOtherParameters()
{
    for (OrderMode mode : { OrderMode::ServiceOrder, OrderMode::PayAfter, OrderMode::Partner }) {
        const QString number = seed(mode, QStringLiteral("USER_CONFIRM"));
        const QJsonObject request = body(mode, QStringLiteral("complete"));
        const RawAnswer first = run(mode, QStringLiteral("complete"), number, request);
        QVERIFY(first.status == 200 || first.status == 204);
        const RawAnswer again = run(mode, QStringLiteral("complete"), number, request);
        QCOMPARE(again.status, first.status);
        QCOMPARE(again.body, first.body);
        QVERIFY(m_fixture.client->verify(again));
        QJsonObject other = request;
        other.insert(QStringLiteral("profit_sharing"), true);
        const RawAnswer different = run(mode, QStringLiteral("complete"), number, other);
        QCOMPARE(different.status, 400);
        QCOMPARE(different.code(), QStringLiteral("INVALID_REQUEST"));
    }
}

void TestSandboxOrders::payAfterCancelFinish()
{
    const QString number = seed(OrderMode::PayAfter, QStringLiteral("USER_CONFIRM"));
    QJsonObject request = body(OrderMode::PayAfter, QStringLiteral("query"));
    request.insert(QStringLiteral("finish_type"), 1);
    request.insert(QStringLiteral("cancel_reason"), QStringLiteral("用户未使用"));
    const RawAnswer answer = run(OrderMode::PayAfter, QStringLiteral("complete"), number, request);
    QCOMPARE(answer.status, 200);
    QCOMPARE(queryOrder(OrderMode::PayAfter, number).value(QStringLiteral("state")).toString(),
        QStringLiteral("REVOKED"));
}

void TestSandboxOrders::queryByQueryIdAndEncodedNumbers()
{
    const RawSandboxClient &c = *m_fixture.client;
    const Order *demo = m_fixture.server.orderBook().find(
        OrderMode::ServiceOrder, QStringLiteral("DEMO|PIPE*COLLECTING-001"));
    QVERIFY(demo);
    const QByteArray base = "/v3/payscore/serviceorder?service_id=" + c.serviceId().toLatin1()
        + "&appid=" + c.appid().toLatin1();
    RawAnswer answer = c.send("GET", base + "&query_id=" + demo->queryId.toLatin1(), {});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(QStringLiteral("out_order_no")).toString(),
        QStringLiteral("DEMO|PIPE*COLLECTING-001"));
    answer = c.send("GET", base + "&out_order_no=DEMO%7CPIPE*COLLECTING-001", {});
    QCOMPARE(answer.status, 200);
    // `|` must arrive encoded.
    answer = c.send("GET", base + "&out_order_no=DEMO|PIPE*COLLECTING-001", {});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), QStringLiteral("INVALID_REQUEST"));
    QVERIFY(c.verify(answer));
    // Both or neither of out_order_no and query_id.
    answer = c.send("GET", base, {});
    QCOMPARE(answer.code(), QStringLiteral("PARAM_ERROR"));
    answer = c.send("GET", base + "&out_order_no=X&query_id=Y", {});
    QCOMPARE(answer.code(), QStringLiteral("PARAM_ERROR"));
    // Sync on the encoded path works as well.
    answer = c.postJson("/v3/payscore/serviceorder/DEMO%7CPIPE*COLLECTING-001/sync",
        body(OrderMode::ServiceOrder, QStringLiteral("sync")));
    QCOMPARE(answer.status, 200);
    // A path number outside the allowed characters.
    answer = c.postJson("/v3/payscore/serviceorder/BAD%20NUMBER/sync",
        body(OrderMode::ServiceOrder, QStringLiteral("sync")));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json()
                 .value(QStringLiteral("detail"))
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
        QStringLiteral("/out_order_no"));
}

void TestSandboxOrders::fieldRules_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("mutation"); // JSON merged into the valid body; "KEY=null" removes
    QTest::addColumn<QString>("field");

    const int S = int(OrderMode::ServiceOrder), P = int(OrderMode::PayAfter),
              O = int(OrderMode::Oversea);
    QTest::newRow("total rule") << S << "complete"
                                << R"({"total_amount":721})"
                                << "/total_amount";
    QTest::newRow("float amount")
        << S << "complete"
        << R"({"post_payments":[{"name":"a","amount":500.0}],"total_amount":500})"
        << "/post_payments/0/amount";
    QTest::newRow("string amount")
        << S << "complete"
        << R"({"post_payments":[{"name":"a","amount":"500"}],"total_amount":500})"
        << "/post_payments/0/amount";
    QTest::newRow("negative amount")
        << S << "complete"
        << R"({"post_payments":[{"name":"a","amount":-1}],"total_amount":0})"
        << "/post_payments/0/amount";
    QTest::newRow("float total") << S << "complete"
                                 << R"({"total_amount":720.5})"
                                 << "/total_amount";
    QTest::newRow("name 21 chars")
        << S << "complete"
        << R"({"post_payments":[{"name":"一二三四五六七八九十一二三四五六七八九十一","amount":1}],"total_amount":1})"
        << "/post_payments/0/name";
    QTest::newRow("duplicate names")
        << S << "complete"
        << R"({"post_payments":[{"name":"a","amount":1},{"name":"a","amount":1}],"total_amount":2})"
        << "/post_payments/1/name";
    QTest::newRow("description 31")
        << S << "complete"
        << R"({"post_payments":[{"name":"a","amount":1,"description":"1234567890123456789012345678901"}],"total_amount":1})"
        << "/post_payments/0/description";
    QTest::newRow("count 0")
        << S << "complete"
        << R"({"post_payments":[{"name":"a","amount":1,"count":0}],"total_amount":1})"
        << "/post_payments/0/count";
    QTest::newRow("count 101")
        << S << "complete"
        << R"({"post_payments":[{"name":"a","amount":1,"count":101}],"total_amount":1})"
        << "/post_payments/0/count";
    QTest::newRow("no payments") << S << "complete"
                                 << R"({"post_payments":[],"total_amount":0})"
                                 << "/post_payments";
    QTest::newRow("missing appid") << S << "complete"
                                   << R"({"appid":null})"
                                   << "/appid";
    QTest::newRow("end in future")
        << S << "complete"
        << QStringLiteral(R"({"time_range":{"end_time":"%1"}})").arg(beijingAgo(-3600))
        << "/time_range/end_time";
    QTest::newRow("end before start")
        << S << "complete"
        << QStringLiteral(R"({"time_range":{"start_time":"%1","end_time":"%2"}})")
               .arg(beijingAgo(60), beijingAgo(3600))
        << "/time_range/end_time";
    QTest::newRow("end_location 51")
        << S << "complete"
        << QStringLiteral(R"({"location":{"end_location":"%1"}})").arg(QString(51, u'x'))
        << "/location/end_location";
    QTest::newRow("emoji")
        << S << "complete"
        << QStringLiteral(R"({"post_payments":[{"name":"a😀","amount":1}],"total_amount":1})")
        << "/";
    QTest::newRow("sync type") << S << "sync"
                               << R"({"type":"Order_Refund"})"
                               << "/type";
    QTest::newRow("sync paid_time future")
        << S << "sync" << QStringLiteral(R"({"detail":{"paid_time":"%1"}})").arg(beijingAgo(-3600))
        << "/detail/paid_time";
    QTest::newRow("sync paid_time format") << S << "sync"
                                           << R"({"detail":{"paid_time":"2026-11-22 10:00:00"}})"
                                           << "/detail/paid_time";
    QTest::newRow("sync impossible date") << S << "sync"
                                          << R"({"detail":{"paid_time":"20260231100000"}})"
                                          << "/detail/paid_time";
    QTest::newRow("sync no detail") << S << "sync"
                                    << R"({"detail":null})"
                                    << "/detail";
    QTest::newRow("cancel reason 51")
        << S << "cancel" << QStringLiteral(R"({"reason":"%1"})").arg(QString(51, u'x'))
        << "/reason";
    QTest::newRow("payafter 6 discounts")
        << P << "complete"
        << R"({"discounts":[{"discount_name":"a","discount_amount":1},{"discount_name":"b","discount_amount":1},{"discount_name":"c","discount_amount":1},{"discount_name":"d","discount_amount":1},{"discount_name":"e","discount_amount":1},{"discount_name":"f","discount_amount":1}],"total_amount":694})"
        << "/discounts";
    QTest::newRow("payafter total rule") << P << "complete"
                                         << R"({"total_amount":700})"
                                         << "/total_amount";
    QTest::newRow("payafter finish_type 3") << P << "complete"
                                            << R"({"finish_type":3})"
                                            << "/finish_type";
    QTest::newRow("payafter cancel without reason")
        << P << "complete"
        << R"({"finish_type":1,"fees":null,"discounts":null,"total_amount":0})"
        << "/cancel_reason";
    QTest::newRow("payafter date-only paid_time") << P << "sync"
                                                  << R"({"detail":{"paid_time":"20260101"}})"
                                                  << "/detail/paid_time";
    QTest::newRow("oversea paid_time not rfc3339")
        << O << "sync"
        << QStringLiteral(R"({"detail":{"seq":1,"paid_amount":1,"paid_time":"%1"}})")
               .arg(beijingAgo(60))
        << "/detail/paid_time";
    QTest::newRow("oversea paid_amount float")
        << O << "sync"
        << QStringLiteral(R"({"detail":{"seq":1,"paid_amount":1.5,"paid_time":"%1"}})")
               .arg(rfc3339Ago(60))
        << "/detail/paid_amount";
    QTest::newRow("oversea missing sub_mchid") << O << "sync"
                                               << R"({"sub_mchid":null})"
                                               << "/sub_mchid";
}

void TestSandboxOrders::fieldRules()
{
    QFETCH(int, mode);
    QFETCH(QString, operation);
    QFETCH(QString, mutation);
    QFETCH(QString, field);
    const auto orderMode = OrderMode(mode);
    const QString number = seed(orderMode,
        operation == QLatin1String("sync") ? QStringLiteral("MCH_COMPLETE")
                                           : QStringLiteral("USER_CONFIRM"));
    QJsonObject request = body(orderMode, operation);
    const QJsonObject changes = QJsonDocument::fromJson(mutation.toUtf8()).object();
    QVERIFY2(!changes.isEmpty(), qPrintable(mutation));
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value().isNull())
            request.remove(it.key());
        else
            request.insert(it.key(), it.value());
    }
    // Bodies go out exactly as written so that 500.0 stays a float on the wire.
    QByteArray wire = QJsonDocument(request).toJson(QJsonDocument::Compact);
    if (mutation.contains(QLatin1String("500.0")))
        wire.replace("\"amount\":500", "\"amount\":500.0");
    const RawAnswer answer
        = m_fixture.client->send("POST", target(orderMode, operation, number), wire);
    QVERIFY(m_fixture.client->verify(answer));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), QStringLiteral("PARAM_ERROR"));
    QCOMPARE(answer.json()
                 .value(QStringLiteral("detail"))
                 .toObject()
                 .value(QStringLiteral("field"))
                 .toString(),
        field);
    // A refused write leaves the order as it was.
    const QString before = operation == QLatin1String("sync") ? QStringLiteral("MCH_COMPLETE")
                                                              : QStringLiteral("USER_CONFIRM");
    QCOMPARE(queryOrder(orderMode, number).value(QStringLiteral("state_description")).toString(),
        before);
}

void TestSandboxOrders::merchantBindings_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("key");
    QTest::newRow("appid") << int(OrderMode::ServiceOrder) << "appid";
    QTest::newRow("service_id") << int(OrderMode::ServiceOrder) << "service_id";
    QTest::newRow("payafter appid") << int(OrderMode::PayAfter) << "appid";
    QTest::newRow("partner sub_mchid") << int(OrderMode::Partner) << "sub_mchid";
    QTest::newRow("oversea sub_mchid") << int(OrderMode::Oversea) << "sub_mchid";
}

void TestSandboxOrders::merchantBindings()
{
    QFETCH(int, mode);
    QFETCH(QString, key);
    const auto orderMode = OrderMode(mode);
    const QString number = seed(orderMode, QStringLiteral("MCH_COMPLETE"));
    QJsonObject request = body(orderMode, QStringLiteral("sync"));
    request.insert(key, QStringLiteral("9999999999"));
    const RawAnswer answer = run(orderMode, QStringLiteral("sync"), number, request);
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.code(), QStringLiteral("NO_AUTH"));
    QVERIFY(m_fixture.client->verify(answer));
}

void TestSandboxOrders::demoOrdersCoverEveryStateAndMode()
{
    QFile file(m_fixture.server.ordersPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray orders = QJsonDocument::fromJson(file.readAll()).array();
    QVERIFY(orders.size() >= 12);
    QSet<QString> seen;
    for (const QJsonValue &value : orders) {
        const QJsonObject order = value.toObject();
        if (!order.value(QStringLiteral("out_order_no"))
                 .toString()
                 .startsWith(QLatin1String("DEMO")))
            continue;
        seen.insert(order.value(QStringLiteral("mode")).toString());
        seen.insert(order.value(QStringLiteral("state")).toString() + QLatin1Char('/')
            + order.value(QStringLiteral("state_description")).toString());
        if (order.value(QStringLiteral("deducting")).toBool())
            seen.insert(QStringLiteral("deducting"));
    }
    for (const char *expected :
        { "serviceorder", "payafter", "oversea", "partner", "CREATED/", "DOING/USER_CONFIRM",
            "DOING/MCH_COMPLETE", "DONE/", "REVOKED/", "EXPIRED/", "deducting" })
        QVERIFY2(seen.contains(QLatin1String(expected)), expected);
}

void TestSandboxOrders::modifyLowersTotalAndPayingAmount()
{
    const QString number = seed(OrderMode::ServiceOrder, QStringLiteral("MCH_COMPLETE"));
    QJsonObject request = body(OrderMode::ServiceOrder, QStringLiteral("modify"));
    // Not lower: PARAM_ERROR naming the field, the order untouched.
    request.insert(QStringLiteral("post_payments"),
        QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("租借费") },
            { QStringLiteral("amount"), 700 } } });
    request.insert(QStringLiteral("total_amount"), 700);
    RawAnswer answer = run(OrderMode::ServiceOrder, QStringLiteral("modify"), number, request);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.code(), QStringLiteral("PARAM_ERROR"));
    QCOMPARE(answer.json().value("detail").toObject().value("field").toString(),
        QStringLiteral("/total_amount"));
    QVERIFY(m_fixture.client->verify(answer));
    // The total rule, as for complete.
    request.insert(QStringLiteral("total_amount"), 600);
    answer = run(OrderMode::ServiceOrder, QStringLiteral("modify"), number, request);
    QCOMPARE(answer.code(), QStringLiteral("PARAM_ERROR"));
    // A reason is required.
    request = body(OrderMode::ServiceOrder, QStringLiteral("modify"));
    request.remove(QStringLiteral("reason"));
    answer = run(OrderMode::ServiceOrder, QStringLiteral("modify"), number, request);
    QCOMPARE(answer.json().value("detail").toObject().value("field").toString(),
        QStringLiteral("/reason"));
    answer = run(OrderMode::ServiceOrder, QStringLiteral("modify"), number,
        body(OrderMode::ServiceOrder, QStringLiteral("modify")));
    QCOMPARE(answer.status, 200);
    const QJsonObject order = queryOrder(OrderMode::ServiceOrder, number);
    QCOMPARE(order.value("total_amount").toInt(), 500);
    const QJsonObject collection = order.value("collection").toObject();
    QCOMPARE(collection.value("total_amount").toInt(), 500);
    QCOMPARE(collection.value("paying_amount").toInt(), 500);
    QCOMPARE(collection.value("state").toString(), QStringLiteral("USER_PAYING"));
    QCOMPARE(
        order.value("post_payments").toArray().first().toObject().value("amount").toInt(), 500);
}

void TestSandboxOrders::collectChargesOrDeclines()
{
    const QString number = seed(OrderMode::ServiceOrder, QStringLiteral("MCH_COMPLETE"));
    RawAnswer answer = run(OrderMode::ServiceOrder, QStringLiteral("pay"), number,
        body(OrderMode::ServiceOrder, QStringLiteral("pay")));
    QCOMPARE(answer.status, 200);
    QVERIFY(m_fixture.client->verify(answer));
    QCOMPARE(answer.json().value("out_order_no").toString(), number);
    QVERIFY(!answer.json().contains("state")); // ids only
    QJsonObject collection
        = queryOrder(OrderMode::ServiceOrder, number).value("collection").toObject();
    QCOMPARE(collection.value("state").toString(), QStringLiteral("USER_PAID"));
    const QJsonObject detail = collection.value("details").toArray().last().toObject();
    QCOMPARE(detail.value("paid_type").toString(), QStringLiteral("NEWTON"));
    QCOMPARE(detail.value("amount").toInt(), 700);
    QVERIFY(!detail.value("transaction_id").toString().isEmpty());

    // FAULT-DECLINE-: accepted, the charge fails, the order keeps waiting for payment.
    const QString declined = QStringLiteral("FAULT-DECLINE-SB1");
    answer = run(OrderMode::Partner, QStringLiteral("pay"), declined,
        body(OrderMode::Partner, QStringLiteral("pay")));
    QCOMPARE(answer.status, 204);
    QVERIFY(m_fixture.client->verify(answer));
    collection = queryOrder(OrderMode::Partner, declined).value("collection").toObject();
    QCOMPARE(collection.value("state").toString(), QStringLiteral("USER_PAYING"));
    QCOMPARE(collection.value("paid_amount").toInt(), 0);
}

void TestSandboxOrders::writesWithoutSuchEndpointAreNotFound()
{
    // Pay-after and oversea have no modify or pay; oversea has no complete.
    for (const auto &[mode, action] :
        { std::pair { OrderMode::PayAfter, "modify" }, std::pair { OrderMode::PayAfter, "pay" },
            std::pair { OrderMode::Oversea, "modify" }, std::pair { OrderMode::Oversea, "pay" } }) {
        const QString number = seed(mode, QStringLiteral("MCH_COMPLETE"));
        const RawAnswer answer = run(mode, QString::fromLatin1(action), number, body(mode, {}));
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.code(), QStringLiteral("NOT_FOUND"));
    }
}

QTEST_GUILESS_MAIN(TestSandboxOrders)
#include "tst_sandbox_orders.moc"
