// Every validation rule of issue 3, table-driven: each bad request is refused as `invalid`,
// names the field at fault (JSON pointer), carries a message, and the scripted server sees
// ZERO requests. Body-file rows go through the same reader the CLI uses.
#include "PayScoreBench.h"

#include <payscore/Limits.h>

#include <QtTest>

#include <functional>

using namespace psc::payscore;
using namespace psc::test;

namespace {

using Start = std::function<PendingOperation *(PayScoreBench &)>;

struct Case {
    const char *name;
    QString pointer;
    Start start;
};

SyncRequest sync(PayScoreBench &bench, Mode mode = Mode::ServiceOrder)
{
    SyncRequest request;
    request.key = bench.key(mode);
    request.paidTime = QStringLiteral("20261122101500");
    if (usesSubMerchant(mode)) {
        request.seq = 1;
        request.paidAmount = Money::fromFen(100);
    }
    return request;
}

ServiceOrderCompletion serviceCompletion(PayScoreBench &bench, Mode mode = Mode::ServiceOrder)
{
    ServiceOrderCompletion c;
    c.key = bench.key(mode);
    c.postPayments = { { QStringLiteral("租金"), Money::fromFen(4000), QString(), 2 } };
    c.postDiscounts
        = { { QStringLiteral("新客"), Money::fromFen(100), QStringLiteral("首单"), 1 } };
    c.totalAmount = Money::fromFen(3900);
    return c;
}

PayAfterCompletion payAfter(PayScoreBench &bench)
{
    PayAfterCompletion c;
    c.key = bench.key(Mode::PayAfter);
    c.finishType = PayAfterCompletion::kFinishServiceUsed;
    c.fees = { { QStringLiteral("租金"), 2, Money::fromFen(4000), QString() } };
    c.discounts = { { QStringLiteral("满20减1元"), Money::fromFen(100), QString() } };
    c.totalAmount = Money::fromFen(3900);
    return c;
}

PayAfterCompletion cancelled(PayScoreBench &bench)
{
    PayAfterCompletion c;
    c.key = bench.key(Mode::PayAfter);
    c.finishType = PayAfterCompletion::kFinishCancelled;
    c.cancelReason = QStringLiteral("用户未使用");
    c.totalAmount = Money::fromFen(0);
    return c;
}

// Wraps a modifier of a valid request into a starter.
Start syncWith(std::function<void(SyncRequest &)> change, Mode mode = Mode::ServiceOrder)
{
    return [change, mode](PayScoreBench &bench) {
        SyncRequest request = sync(bench, mode);
        change(request);
        return bench.runner->sync(request);
    };
}
Start serviceWith(
    std::function<void(ServiceOrderCompletion &)> change, Mode mode = Mode::ServiceOrder)
{
    return [change, mode](PayScoreBench &bench) {
        ServiceOrderCompletion c = serviceCompletion(bench, mode);
        change(c);
        return bench.runner->complete(c);
    };
}
Start payAfterWith(std::function<void(PayAfterCompletion &)> change, bool cancel = false)
{
    return [change, cancel](PayScoreBench &bench) {
        PayAfterCompletion c = cancel ? cancelled(bench) : payAfter(bench);
        change(c);
        return bench.runner->complete(c);
    };
}
Start queryWith(std::function<void(OrderQuery &)> change, Mode mode = Mode::ServiceOrder)
{
    return [change, mode](PayScoreBench &bench) {
        OrderQuery query;
        query.key = bench.key(mode);
        change(query);
        return bench.runner->query(query);
    };
}
// A complete body file, read as the CLI reads it.
Start bodyFile(const QByteArray &json, Mode mode = Mode::ServiceOrder)
{
    return [json, mode](PayScoreBench &bench) {
        if (mode == Mode::PayAfter)
            return bench.runner->complete(PayAfterCompletion::fromJson(json, bench.key(mode)));
        return bench.runner->complete(ServiceOrderCompletion::fromJson(json, bench.key(mode)));
    };
}

QList<PostItem> rows(int count)
{
    QList<PostItem> items;
    for (int i = 0; i < count; ++i)
        items.append(
            { QStringLiteral("item%1").arg(i), Money::fromFen(1), QStringLiteral("d"), 1 });
    return items;
}

const QString kFuture = QStringLiteral("2026-11-22T16:05:00+08:00"); // now + 5 min
const QString k20 = QString(limits::kNameMaxLength, u'名');
const QString k30 = QString(limits::kDescriptionMaxLength, u'述');
const QString k50 = QString(limits::kReasonMaxLength, u'因');

const QList<Case> &cases()
{
    static const QList<Case> table = {
        // out_order_no
        { "order no empty", "/out_order_no", syncWith([](auto &r) { r.key.outOrderNo.clear(); }) },
        { "order no 33 chars", "/out_order_no",
            syncWith([](auto &r) { r.key.outOrderNo = QString(33, u'A'); }) },
        { "order no space", "/out_order_no",
            syncWith([](auto &r) { r.key.outOrderNo = QStringLiteral("A 1"); }) },
        { "order no hash", "/out_order_no",
            syncWith([](auto &r) { r.key.outOrderNo = QStringLiteral("A#1"); }) },
        { "order no chinese", "/out_order_no",
            syncWith([](auto &r) { r.key.outOrderNo = QStringLiteral("订单1"); }) },
        // ids
        { "service_id empty", "/service_id", syncWith([](auto &r) { r.key.serviceId.clear(); }) },
        { "service_id 33 chars", "/service_id",
            syncWith([](auto &r) { r.key.serviceId = QString(33, u'5'); }) },
        { "appid empty", "/appid", syncWith([](auto &r) { r.key.appid.clear(); }) },
        { "appid 33 chars", "/appid", syncWith([](auto &r) { r.key.appid = QString(33, u'w'); }) },
        { "appid with space", "/appid",
            syncWith([](auto &r) { r.key.appid = QStringLiteral("wx 1"); }) },
        { "sub_mchid empty (partner)", "/sub_mchid",
            syncWith([](auto &r) { r.key.subMchid.clear(); }, Mode::Partner) },
        { "sub_mchid 33 chars (oversea)", "/sub_mchid",
            syncWith([](auto &r) { r.key.subMchid = QString(33, u'1'); }, Mode::Oversea) },
        // type
        { "type not Order_Paid", "/type",
            syncWith([](auto &r) { r.type = QStringLiteral("Order_Refund"); }) },
        // times
        { "paid_time missing", "/detail/paid_time", syncWith([](auto &r) { r.paidTime.clear(); }) },
        { "paid_time garbage", "/detail/paid_time",
            syncWith([](auto &r) { r.paidTime = QStringLiteral("yesterday"); }) },
        { "paid_time impossible date", "/detail/paid_time",
            syncWith([](auto &r) { r.paidTime = QStringLiteral("20260230101500"); }) },
        { "paid_time without offset", "/detail/paid_time",
            syncWith([](auto &r) { r.paidTime = QStringLiteral("2026-11-22T10:15:00"); }) },
        { "paid_time in the future", "/detail/paid_time",
            syncWith([](auto &r) { r.paidTime = kFuture; }) },
        { "oversea paid_time in the future", "/detail/paid_time",
            syncWith([](auto &r) { r.paidTime = kFuture; }, Mode::Oversea) },
        { "end_time in the future", "/time_range/end_time",
            serviceWith([](auto &c) { c.endTime = kFuture; }) },
        { "end before start", "/time_range/end_time", serviceWith([](auto &c) {
             c.startTime = QStringLiteral("20261122110000");
             c.endTime = QStringLiteral("20261122100000");
         }) },
        { "pay-after end before start", "/real_service_end_time", payAfterWith([](auto &c) {
             c.realServiceStartTime = QStringLiteral("2026-11-22T11:00:00+08:00");
             c.realServiceEndTime = QStringLiteral("2026-11-22T10:59:59+08:00");
         }) },
        { "pay-after start impossible", "/real_service_start_time", payAfterWith([](auto &c) {
             c.realServiceStartTime = QStringLiteral("20261131090000");
         }) },
        // amounts
        { "negative payment amount", "/post_payments/0/amount",
            serviceWith([](auto &c) { c.postPayments[0].amount = Money::fromFen(-1); }) },
        { "missing payment amount", "/post_payments/0/amount",
            serviceWith([](auto &c) { c.postPayments[0].amount.reset(); }) },
        { "negative total", "/total_amount",
            serviceWith([](auto &c) { c.totalAmount = Money::fromFen(-3900); }) },
        { "missing total", "/total_amount", serviceWith([](auto &c) { c.totalAmount.reset(); }) },
        { "negative fee", "/fees/0/fee_amount",
            payAfterWith([](auto &c) { c.fees[0].amount = Money::fromFen(-5); }) },
        { "negative paid_amount (oversea)", "/detail/paid_amount",
            syncWith([](auto &r) { r.paidAmount = Money::fromFen(-1); }, Mode::Oversea) },
        { "missing paid_amount (oversea)", "/detail/paid_amount",
            syncWith([](auto &r) { r.paidAmount.reset(); }, Mode::Oversea) },
        { "missing seq (oversea)", "/detail/seq",
            syncWith([](auto &r) { r.seq.reset(); }, Mode::Oversea) },
        { "seq 0 (partner)", "/detail/seq", syncWith([](auto &r) { r.seq = 0; }, Mode::Partner) },
        { "paid_amount in a domestic mode", "/detail/paid_amount",
            syncWith([](auto &r) { r.paidAmount = Money::fromFen(1); }) },
        { "float amount in body file", "/post_payments/0/amount",
            bodyFile(R"({"post_payments":[{"name":"a","amount":39.5}],"total_amount":39})") },
        { "float total in body file", "/total_amount",
            bodyFile(R"({"post_payments":[{"name":"a","amount":3900}],"total_amount":3900.00})") },
        { "string amount in body file", "/post_payments/0/amount",
            bodyFile(R"({"post_payments":[{"name":"a","amount":"3900"}],"total_amount":3900})") },
        { "negative amount in body file", "/post_discounts/0/amount",
            bodyFile(
                R"({"post_payments":[{"name":"a","amount":3900}],"post_discounts":[{"name":"b","description":"c","amount":-100}],"total_amount":4000})") },
        { "string fee in pay-after body file", "/fees/0/fee_amount",
            bodyFile(
                R"({"finish_type":2,"fees":[{"fee_name":"a","fee_amount":"1"}],"total_amount":1})",
                Mode::PayAfter) },
        // total rules
        { "total mismatch", "/total_amount",
            serviceWith([](auto &c) { c.totalAmount = Money::fromFen(4000); }) },
        { "pay-after total mismatch", "/total_amount",
            payAfterWith([](auto &c) { c.totalAmount = Money::fromFen(4000); }) },
        // counts and lengths
        { "101 post_payments", "/post_payments", serviceWith([](auto &c) {
             c.postPayments = rows(limits::kServiceOrderMaxPostPayments + 1);
             c.postDiscounts.clear();
             c.totalAmount = Money::fromFen(101);
         }) },
        { "31 post_discounts", "/post_discounts", serviceWith([](auto &c) {
             c.postDiscounts = rows(limits::kServiceOrderMaxPostDiscounts + 1);
             c.totalAmount = Money::fromFen(4000 - 31);
         }) },
        { "6 pay-after discounts", "/discounts", payAfterWith([](auto &c) {
             c.discounts.clear();
             for (int i = 0; i <= limits::kPayAfterMaxDiscounts; ++i)
                 c.discounts.append({ QStringLiteral("d%1").arg(i), Money::fromFen(1), {} });
             c.totalAmount = Money::fromFen(4000 - 6);
         }) },
        { "name 21 chars", "/post_payments/0/name",
            serviceWith([](auto &c) { c.postPayments[0].name = k20 + u'x'; }) },
        { "name missing", "/post_payments/0/name",
            serviceWith([](auto &c) { c.postPayments[0].name.clear(); }) },
        { "duplicate payment name", "/post_payments/1/name", serviceWith([](auto &c) {
             c.postPayments.append(c.postPayments.at(0));
             c.totalAmount = Money::fromFen(7900);
         }) },
        { "duplicate discount name", "/post_discounts/1/name", serviceWith([](auto &c) {
             c.postDiscounts.append(c.postDiscounts.at(0));
             c.totalAmount = Money::fromFen(3800);
         }) },
        { "duplicate fee name", "/fees/1/fee_name", payAfterWith([](auto &c) {
             c.fees.append(c.fees.at(0));
             c.totalAmount = Money::fromFen(7900);
         }) },
        { "duplicate pay-after discount name", "/discounts/1/discount_name",
            payAfterWith([](auto &c) {
                c.discounts.append(c.discounts.at(0));
                c.totalAmount = Money::fromFen(3800);
            }) },
        { "discount name 21 chars", "/discounts/0/discount_name",
            payAfterWith([](auto &c) { c.discounts[0].name = k20 + u'x'; }) },
        { "description 31 chars", "/post_payments/0/description",
            serviceWith([](auto &c) { c.postPayments[0].description = k30 + u'x'; }) },
        { "discount description missing", "/post_discounts/0/description",
            serviceWith([](auto &c) { c.postDiscounts[0].description.clear(); }) },
        { "fee_desc 31 chars", "/fees/0/fee_desc",
            payAfterWith([](auto &c) { c.fees[0].description = k30 + u'x'; }) },
        { "count 0", "/post_payments/0/count",
            serviceWith([](auto &c) { c.postPayments[0].count = 0; }) },
        { "count 101", "/post_discounts/0/count",
            serviceWith([](auto &c) { c.postDiscounts[0].count = 101; }) },
        { "fee_count 0", "/fees/0/fee_count", payAfterWith([](auto &c) { c.fees[0].count = 0; }) },
        { "cancel_reason 51 chars", "/cancel_reason",
            payAfterWith([](auto &c) { c.cancelReason = k50 + u'x'; }, true) },
        { "no post_payments", "/post_payments", serviceWith([](auto &c) {
             c.postPayments.clear();
             c.postDiscounts.clear();
             c.totalAmount = Money::fromFen(0);
         }) },
        // finish_type
        { "finish_type missing", "/finish_type",
            payAfterWith([](auto &c) { c.finishType.reset(); }) },
        { "finish_type 3", "/finish_type", payAfterWith([](auto &c) { c.finishType = 3; }) },
        { "cancelled without reason", "/cancel_reason",
            payAfterWith([](auto &c) { c.cancelReason.clear(); }, true) },
        { "cancelled with fees", "/fees",
            payAfterWith(
                [](auto &c) {
                    c.fees = { { QStringLiteral("租金"), 1, Money::fromFen(0), QString() } };
                },
                true) },
        { "cancelled with a total", "/total_amount",
            payAfterWith([](auto &c) { c.totalAmount = Money::fromFen(1); }, true) },
        { "used without fees", "/fees", payAfterWith([](auto &c) {
             c.fees.clear();
             c.discounts.clear();
             c.totalAmount = Money::fromFen(0);
         }) },
        { "used with a cancel_reason", "/cancel_reason",
            payAfterWith([](auto &c) { c.cancelReason = QStringLiteral("?"); }) },
        // 1–3-byte UTF-8 only
        { "emoji in a name", "/post_payments/0/name",
            serviceWith([](auto &c) { c.postPayments[0].name = QStringLiteral("充电宝🔋"); }) },
        { "emoji in a description", "/post_discounts/0/description",
            serviceWith([](auto &c) { c.postDiscounts[0].description = QStringLiteral("😀"); }) },
        { "emoji in cancel_reason", "/cancel_reason",
            payAfterWith([](auto &c) { c.cancelReason = QStringLiteral("不用了🙏"); }, true) },
        { "emoji in end_location", "/location/end_location",
            serviceWith([](auto &c) { c.endLocation = QStringLiteral("🏠"); }) },
        // queries
        { "query by both", "/query_id",
            queryWith([](auto &q) { q.queryId = QStringLiteral("123"); }) },
        { "query by neither", "/out_order_no",
            queryWith([](auto &q) { q.key.outOrderNo.clear(); }) },
        { "pay-after query by query_id", "/query_id",
            queryWith(
                [](auto &q) {
                    q.key.outOrderNo.clear();
                    q.queryId = QStringLiteral("123");
                },
                Mode::PayAfter) },
        // wrong model for the mode
        { "service completion in payafter mode", "/mode",
            serviceWith([](auto &c) { c.key.mode = Mode::PayAfter; }) },
    };
    return table;
}

} // namespace

class TestPayScoreValidation : public QObject {
    Q_OBJECT
private slots:
    void refusedBeforeSending_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases().size(); ++i)
            QTest::newRow(cases().at(i).name) << i;
    }
    void refusedBeforeSending()
    {
        QFETCH(int, index);
        const Case &testCase = cases().at(index);
        PayScoreBench bench;
        bench.server.setDefaultAnswer(bench.signedJson(200, R"({"state":"DONE"})"));
        const OperationResult result = OperationRunner::wait(testCase.start(bench));
        QCOMPARE(result.outcome, OperationResult::Outcome::Invalid);
        QCOMPARE(result.exitCode(), 2);
        QVERIFY2(result.validation.hasErrorAt(testCase.pointer),
            qPrintable(QStringLiteral("expected %1, got %2: %3")
                           .arg(testCase.pointer, result.error.field, result.error.message)));
        QCOMPARE(result.error.code, QStringLiteral("INVALID_INPUT"));
        QVERIFY(!result.error.message.isEmpty());
        QVERIFY(!result.error.field.isEmpty() || testCase.pointer.isEmpty());
        QCOMPARE(bench.server.connectionCount(), 0);
        QCOMPARE(bench.server.requestCount(), 0); // nothing was sent
    }

    // Limits that are exactly met pass: the rules are not off by one.
    void boundariesAreAccepted()
    {
        PayScoreBench bench;
        bench.server.setDefaultAnswer(bench.signedJson(200, R"({"state":"DOING"})"));
        ServiceOrderCompletion c = serviceCompletion(bench);
        c.postPayments = rows(limits::kServiceOrderMaxPostPayments);
        c.postPayments[0].name = k20;
        c.postPayments[0].description = k30;
        c.postPayments[1].count = limits::kCountMax;
        c.postDiscounts = rows(limits::kServiceOrderMaxPostDiscounts);
        c.totalAmount = Money::fromFen(100 - 30);
        c.endTime = QStringLiteral("2026-11-22T16:00:59+08:00"); // within the minute of slack
        c.key.outOrderNo = QString(limits::kOutOrderNoMaxLength, u'9');
        const OperationResult result = OperationRunner::wait(bench.runner->complete(c));
        QVERIFY2(result.succeeded(), qPrintable(result.error.message));
        QCOMPARE(bench.server.requestCount(), 1);
    }

    void pipeAndStarAreWarnedNotRefused()
    {
        PayScoreBench bench;
        bench.server.enqueue(bench.signedJson(200, R"({"state":"DONE","out_order_no":"A|B*C"})"));
        SyncRequest request = sync(bench);
        request.key.outOrderNo = QStringLiteral("A|B*C");
        const OperationResult result = OperationRunner::wait(bench.runner->sync(request));
        QVERIFY(result.succeeded());
        QCOMPARE(result.validation.warnings().size(), 1);
        QCOMPARE(result.validation.warnings().at(0).pointer, QStringLiteral("/out_order_no"));
        QCOMPARE(bench.server.requests().at(0).target,
            QByteArray("/v3/payscore/serviceorder/A%7CB%2AC/sync"));
    }

    void issuesNameTheFieldForForms()
    {
        ValidationReport report;
        report.addError(QStringLiteral("/post_payments/2/amount"), QStringLiteral("x"));
        QCOMPARE(report.issues().at(0).formKey(), QStringLiteral("post_payments.2.amount"));
        QCOMPARE(report.issues().at(0).field(), QStringLiteral("amount"));
    }

    void cancelledAndUsedPayAfterPass()
    {
        PayScoreBench bench;
        const QDateTime now = kNow;
        QVERIFY(!cancelled(bench).validate(now).hasErrors());
        QVERIFY(!payAfter(bench).validate(now).hasErrors());
    }
};

QTEST_GUILESS_MAIN(TestPayScoreValidation)
#include "tst_payscore_validation.moc"
