// The request models: JSON built from them (types, defaults, time formats per mode) and the
// body-file reader's type rules. The per-rule refusals are in tests/integration/payscore.
#include <payscore/JsonNumberSpelling.h>
#include <payscore/OrderQuery.h>
#include <payscore/PayAfterCompletion.h>
#include <payscore/PayScoreEndpoints.h>
#include <payscore/ServiceOrderCompletion.h>
#include <payscore/SyncRequest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <limits>

using namespace psc::payscore;

namespace {
const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0, 0), Qt::UTC); // 16:00 Beijing
const OrderDefaults kDefaults { QStringLiteral("wxd678efh567hg6787"), QStringLiteral("500001"),
    QStringLiteral("1900000109") };

OrderKey keyFor(Mode mode, const QString &outOrderNo = QStringLiteral("R-1"))
{
    OrderKey key;
    key.mode = mode;
    key.outOrderNo = outOrderNo;
    key.applyDefaults(kDefaults);
    return key;
}

bool isJsonInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}
} // namespace

class TestRequestModels : public QObject {
    Q_OBJECT
private slots:
    void syncBodyPerMode_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QString>("paidTime");
        QTest::newRow("serviceorder")
            << int(Mode::ServiceOrder) << QStringList { "appid", "detail", "service_id", "type" }
            << "20261122101500";
        QTest::newRow("payafter") << int(Mode::PayAfter)
                                  << QStringList { "appid", "detail", "service_id", "type" }
                                  << "20261122101500";
        QTest::newRow("oversea") << int(Mode::Oversea)
                                 << QStringList { "detail", "service_id", "sub_mchid", "type" }
                                 << "2026-11-22T10:15:00+08:00";
        QTest::newRow("partner") << int(Mode::Partner)
                                 << QStringList { "detail", "service_id", "sub_mchid", "type" }
                                 << "20261122101500";
    }
    void syncBodyPerMode()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, keys);
        QFETCH(QString, paidTime);
        SyncRequest request;
        request.key = keyFor(Mode(mode));
        request.paidTime = QStringLiteral("2026-11-22T02:15:00Z"); // typed in UTC
        if (usesSubMerchant(Mode(mode))) {
            request.seq = 1;
            request.paidAmount = Money::fromFen(3900);
        }
        QVERIFY(!request.validate(kNow).hasErrors());
        const QJsonObject body = request.toJson();
        QCOMPARE(body.keys(), keys);
        QCOMPARE(body.value("type").toString(), QStringLiteral("Order_Paid"));
        QCOMPARE(body.value("service_id").toString(), kDefaults.serviceId);
        const QJsonObject detail = body.value("detail").toObject();
        QCOMPARE(detail.value("paid_time").toString(), paidTime);
        if (usesSubMerchant(Mode(mode))) {
            QCOMPARE(body.value("sub_mchid").toString(), kDefaults.subMchid);
            QVERIFY(isJsonInteger(detail.value("seq")));
            QVERIFY(isJsonInteger(detail.value("paid_amount")));
            QCOMPARE(detail.value("paid_amount").toInteger(), 3900);
        } else {
            QCOMPARE(body.value("appid").toString(), kDefaults.appid);
            QVERIFY(!detail.contains("seq"));
        }
    }

    void explicitIdsWinOverDefaults()
    {
        OrderKey key;
        key.mode = Mode::ServiceOrder;
        key.appid = QStringLiteral("wxOTHER");
        key.applyDefaults(kDefaults);
        QCOMPARE(key.appid, QStringLiteral("wxOTHER"));
        QCOMPARE(key.serviceId, kDefaults.serviceId);
    }

    void serviceOrderBodyFromFile()
    {
        const QByteArray file
            = R"({"post_payments":[{"name":"租金","amount":4000,"description":"2 小时","count":2}],
            "post_discounts":[{"name":"新客","description":"首单","amount":100,"count":1}],
            "total_amount":3900,"time_range":{"start_time":"2026-11-22T09:00:00+08:00","end_time":"20261122110000"},
            "location":{"end_location":"西湖店"},"profit_sharing":false,"goods_tag":"T1",
            "device":{"start_device_id":"D1","end_device_id":"D2","materiel_no":"M1"}})";
        const auto completion = ServiceOrderCompletion::fromJson(file, keyFor(Mode::ServiceOrder));
        QVERIFY2(completion.readIssues.isEmpty(),
            qPrintable(completion.readIssues.firstError().message));
        QVERIFY(!completion.validate(kNow).hasErrors());
        const QJsonObject body = completion.toJson();
        QCOMPARE(body.value("appid").toString(), kDefaults.appid);
        QVERIFY(isJsonInteger(body.value("total_amount")));
        const QJsonObject payment = body.value("post_payments").toArray().at(0).toObject();
        QVERIFY(isJsonInteger(payment.value("amount")));
        QVERIFY(isJsonInteger(payment.value("count")));
        QCOMPARE(payment.value("name").toString(), QStringLiteral("租金"));
        QCOMPARE(body.value("time_range").toObject().value("start_time").toString(),
            QStringLiteral("20261122090000"));
        QCOMPARE(body.value("time_range").toObject().value("end_time").toString(),
            QStringLiteral("20261122110000"));
        QCOMPARE(
            body.value("device").toObject().value("materiel_no").toString(), QStringLiteral("M1"));
        QCOMPARE(body.value("profit_sharing").toBool(true), false);
    }

    void payAfterBodyFromFile()
    {
        const QByteArray file = R"({"finish_type":2,"real_service_start_time":"20261122090000",
            "real_service_end_time":"20261122110000","real_service_end_location":"西湖店",
            "fees":[{"fee_name":"租金","fee_count":2,"fee_amount":4000,"fee_desc":"每小时 20 元"}],
            "discounts":[{"discount_name":"满20减1元","discount_amount":100,"discount_desc":"不与其他优惠叠加"}],
            "total_amount":3900,"profit_sharing":false})";
        const auto completion = PayAfterCompletion::fromJson(file, keyFor(Mode::PayAfter));
        QVERIFY2(completion.readIssues.isEmpty(),
            qPrintable(completion.readIssues.firstError().message));
        QVERIFY2(!completion.validate(kNow).hasErrors(),
            qPrintable(completion.validate(kNow).firstError().message));
        const QJsonObject body = completion.toJson();
        QVERIFY(isJsonInteger(body.value("finish_type")));
        QVERIFY(isJsonInteger(body.value("total_amount")));
        QVERIFY(isJsonInteger(body.value("fees").toArray().at(0).toObject().value("fee_amount")));
        QVERIFY(isJsonInteger(
            body.value("discounts").toArray().at(0).toObject().value("discount_amount")));
        QCOMPARE(body.value("service_id").toString(), kDefaults.serviceId);
    }

    void bodyFileTypeRules_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("float amount")
            << QByteArray(R"({"post_payments":[{"name":"a","amount":12.5}],"total_amount":12})")
            << "/post_payments/0/amount";
        QTest::newRow("float spelled as whole")
            << QByteArray(R"({"post_payments":[{"name":"a","amount":100}],"total_amount":100.0})")
            << "/total_amount";
        QTest::newRow("exponent") << QByteArray(
            R"({"post_payments":[{"name":"a","amount":1e2}],"total_amount":100})")
                                  << "/post_payments/0/amount";
        QTest::newRow("string amount")
            << QByteArray(R"({"post_payments":[{"name":"a","amount":"100"}],"total_amount":100})")
            << "/post_payments/0/amount";
        QTest::newRow("bool amount")
            << QByteArray(R"({"post_payments":[{"name":"a","amount":true}],"total_amount":0})")
            << "/post_payments/0/amount";
        QTest::newRow("number as name")
            << QByteArray(R"({"post_payments":[{"name":7,"amount":1}],"total_amount":1})")
            << "/post_payments/0/name";
        QTest::newRow("row not an object")
            << QByteArray(R"({"post_payments":[5],"total_amount":0})") << "/post_payments/0";
        QTest::newRow("list not an array")
            << QByteArray(R"({"post_payments":{"name":"a"},"total_amount":0})") << "/post_payments";
        QTest::newRow("unknown field")
            << QByteArray(R"({"post_payment":[],"total_amount":0})") << "/post_payment";
        QTest::newRow("unknown row field") << QByteArray(
            R"({"post_payments":[{"name":"a","amount":1,"price":1}],"total_amount":1})")
                                           << "/post_payments/0/price";
        QTest::newRow("profit_sharing string") << QByteArray(
            R"({"post_payments":[{"name":"a","amount":1}],"total_amount":1,"profit_sharing":"yes"})")
                                               << "/profit_sharing";
        QTest::newRow("minus zero")
            << QByteArray(R"({"post_payments":[{"name":"a","amount":-0}],"total_amount":0})")
            << "/post_payments/0/amount";
        QTest::newRow("beyond 2^53") << QByteArray(
            R"({"post_payments":[{"name":"a","amount":9007199254740993}],"total_amount":1})")
                                     << "/post_payments/0/amount";
        QTest::newRow("count beyond 2^53") << QByteArray(
            R"({"post_payments":[{"name":"a","amount":1,"count":9007199254740993}],"total_amount":1})")
                                           << "/post_payments/0/count";
        QTest::newRow("not json") << QByteArray("{\"total_amount\": ") << "";
        QTest::newRow("array body") << QByteArray("[]") << "";
    }
    void bodyFileTypeRules()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, pointer);
        const auto completion = ServiceOrderCompletion::fromJson(file, keyFor(Mode::ServiceOrder));
        QVERIFY2(completion.readIssues.hasErrorAt(pointer),
            qPrintable(completion.readIssues.firstError().pointer));
        // validate() reports what the reader found.
        QVERIFY(completion.validate(kNow).hasErrorAt(pointer));
    }

    void numberSpelling()
    {
        const QSet<QString> found = JsonNumberSpelling::nonIntegerPointers(
            "{\"a\":1,\"b\":1.0,\"c\":[2,3e1,{\"d~/"
            "x\":-4.5}],\"e\":\"1.5\",\"f\":[true,null,-0,-1],"
            "\"g\":[9007199254740992,9007199254740993,-9007199254740993,99999999999999999999]}");
        QCOMPARE(
            found, (QSet<QString> { "/b", "/c/1", "/c/2/d~0~1x", "/f/2", "/g/1", "/g/2", "/g/3" }));
        // Qt's reader takes ".5" as 0.5: it is a fraction here too, and the scan keeps its place.
        QCOMPARE(
            JsonNumberSpelling::nonIntegerPointers(R"({"":.5,":3E":1})"), (QSet<QString> { "/" }));
    }

    // Issue 10: each amount and total is at most 10^13 fen, count and seq in their ranges, and
    // line items whose sum would wrap 2^63 or 2^64 are refused instead of "matching" a total.
    void moneyAndCountLimits_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<bool>("refused");
        const auto body = [](const QByteArray &amounts, const QByteArray &total) {
            QByteArrayList rows;
            int i = 0;
            for (const QByteArray &amount : amounts.split(','))
                rows << "{\"name\":\"r" + QByteArray::number(i++) + "\",\"amount\":" + amount + "}";
            return "{\"post_payments\":[" + rows.join(',') + "],\"total_amount\":" + total + "}";
        };
        QTest::newRow("amount at 10^13")
            << body("10000000000000", "10000000000000") << "/post_payments/0/amount" << false;
        QTest::newRow("amount above 10^13")
            << body("10000000000001", "10000000000001") << "/post_payments/0/amount" << true;
        QTest::newRow("total above 10^13")
            << body("5000000000001,5000000000000", "10000000000001") << "/total_amount" << true;
        QTest::newRow("total at 10^13")
            << body("5000000000000,5000000000000", "10000000000000") << "/total_amount" << false;
        // Beyond 2^53 a body file's number is refused where it stands, before any sum.
        QTest::newRow("sum wraps 2^63")
            << body("9223372036854775807,1", "0") << "/post_payments/0/amount" << true;
        QTest::newRow("sum wraps 2^64 to 5") << body("9223372036854775807,9223372036854775807,7",
            "5") << "/post_payments/1/amount" << true;
        QTest::newRow("discounts wrap below -2^63")
            << QByteArray("{\"post_payments\":[{\"name\":\"a\",\"amount\":0}],\"post_discounts\":["
                          "{\"name\":\"d\",\"description\":\"x\",\"amount\":9223372036854775807},"
                          "{\"name\":\"e\",\"description\":\"x\",\"amount\":9223372036854775807}],"
                          "\"total_amount\":2}")
            << "/post_discounts/0/amount" << true;
        const auto counted = [](const QByteArray &count) {
            return "{\"post_payments\":[{\"name\":\"a\",\"amount\":1,\"count\":" + count
                + "}],\"total_amount\":1}";
        };
        QTest::newRow("count 0") << counted("0") << "/post_payments/0/count" << true;
        QTest::newRow("count 1") << counted("1") << "/post_payments/0/count" << false;
        QTest::newRow("count 100") << counted("100") << "/post_payments/0/count" << false;
        QTest::newRow("count 101") << counted("101") << "/post_payments/0/count" << true;
    }
    void moneyAndCountLimits()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, pointer);
        QFETCH(bool, refused);
        const auto completion = ServiceOrderCompletion::fromJson(file, keyFor(Mode::ServiceOrder));
        const ValidationReport report = completion.validate(kNow);
        QVERIFY2(report.hasErrorAt(pointer) == refused, qPrintable(report.firstError().message));
        if (!refused)
            QVERIFY2(!report.hasErrors(), qPrintable(report.firstError().message));
    }

    void payAfterSumsAreChecked()
    {
        const QByteArray file = R"({"finish_type":2,"real_service_start_time":"20261122090000",
            "real_service_end_time":"20261122110000",
            "fees":[{"fee_name":"a","fee_amount":1},
                    {"fee_name":"b","fee_amount":1},
                    {"fee_name":"c","fee_amount":7}],"total_amount":5})";
        auto completion = PayAfterCompletion::fromJson(file, keyFor(Mode::PayAfter));
        // Amounts that no reader lets through, set directly: the sum itself must not wrap.
        completion.fees[0].amount = Money::fromFen(std::numeric_limits<qint64>::max());
        completion.fees[1].amount = Money::fromFen(std::numeric_limits<qint64>::max());
        QVERIFY(!completion.expectedTotal().has_value());
        const ValidationReport report = completion.validate(kNow);
        QVERIFY(report.hasErrorAt(QStringLiteral("/fees/0/fee_amount")));
        QVERIFY(report.hasErrorAt(QStringLiteral("/total_amount")));
    }

    void seqRange_data()
    {
        QTest::addColumn<int>("seq");
        QTest::addColumn<bool>("refused");
        QTest::newRow("0") << 0 << true;
        QTest::newRow("1") << 1 << false;
        QTest::newRow("100") << 100 << false;
        QTest::newRow("101") << 101 << true;
    }
    void seqRange()
    {
        QFETCH(int, seq);
        QFETCH(bool, refused);
        SyncRequest request;
        request.key = keyFor(Mode::Oversea);
        request.paidTime = QStringLiteral("2026-11-22T02:15:00Z");
        request.seq = seq;
        request.paidAmount = Money::fromFen(3900);
        QCOMPARE(request.validate(kNow).hasErrorAt(QStringLiteral("/detail/seq")), refused);
    }

    // Issue 10: no business time before 2010-01-01 00:00 Beijing time (0001 and 1970 were
    // applied to orders), and none in the future.
    void paidTimeFloor_data()
    {
        QTest::addColumn<QString>("paidTime");
        QTest::addColumn<bool>("refused");
        QTest::newRow("year 0001") << "00010101000000" << true;
        QTest::newRow("1970") << "19700101080000" << true;
        QTest::newRow("just before the floor") << "2009-12-31T23:59:59+08:00" << true;
        QTest::newRow("at the floor") << "20100101000000" << false;
        QTest::newRow("now") << "2026-11-22T08:00:00Z" << false;
        QTest::newRow("tomorrow") << "2026-11-23T08:00:00Z" << true;
    }
    void paidTimeFloor()
    {
        QFETCH(QString, paidTime);
        QFETCH(bool, refused);
        SyncRequest request;
        request.key = keyFor(Mode::ServiceOrder);
        request.paidTime = paidTime;
        const ValidationReport report = request.validate(kNow);
        QVERIFY2(report.hasErrorAt(QStringLiteral("/detail/paid_time")) == refused,
            qPrintable(report.firstError().message));
    }

    void endpoints_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("syncPath");
        QTest::addColumn<QByteArray>("queryTarget");
        QTest::newRow("serviceorder")
            << int(Mode::ServiceOrder) << QByteArray("/v3/payscore/serviceorder/A%7CB%2A1/sync")
            << QByteArray("/v3/payscore/serviceorder?service_id=500001&appid=wxd678efh567hg6787"
                          "&out_order_no=A%7CB%2A1");
        QTest::newRow("payafter") << int(Mode::PayAfter)
                                  << QByteArray("/v3/payscore/payafter-orders/A%7CB%2A1/sync")
                                  << QByteArray("/v3/payscore/payafter-orders/A%7CB%2A1"
                                                "?appid=wxd678efh567hg6787&service_id=500001");
        QTest::newRow("oversea")
            << int(Mode::Oversea)
            << QByteArray("/v3/payscore/oversea/partner/serviceorder/A%7CB%2A1/sync")
            << QByteArray("/v3/payscore/oversea/partner/serviceorder?service_id=500001"
                          "&sub_mchid=1900000109&out_order_no=A%7CB%2A1");
        QTest::newRow("partner") << int(Mode::Partner)
                                 << QByteArray("/v3/payscore/partner/serviceorder/A%7CB%2A1/sync")
                                 << QByteArray("/v3/payscore/partner/serviceorder?service_id=500001"
                                               "&sub_mchid=1900000109&out_order_no=A%7CB%2A1");
    }
    void endpoints()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, syncPath);
        QFETCH(QByteArray, queryTarget);
        SyncRequest sync;
        sync.key = keyFor(Mode(mode), QStringLiteral("A|B*1"));
        sync.paidTime = QStringLiteral("20261122101500");
        const auto post = PayScoreEndpoints::sync(sync);
        QCOMPARE(post.method(), QByteArray("POST"));
        QCOMPARE(post.target(), syncPath);
        QVERIFY(QJsonDocument::fromJson(post.body()).isObject());
        OrderQuery query;
        query.key = sync.key;
        const auto get = PayScoreEndpoints::query(query);
        QCOMPARE(get.method(), QByteArray("GET"));
        QCOMPARE(get.target(), queryTarget);
        QVERIFY(get.body().isEmpty());
    }

    void queryById()
    {
        OrderQuery query;
        query.key = keyFor(Mode::ServiceOrder, QString());
        query.queryId = QStringLiteral("15646546545165651651");
        QVERIFY(!query.validate().hasErrors());
        QCOMPARE(PayScoreEndpoints::query(query).target(),
            QByteArray("/v3/payscore/serviceorder?service_id=500001&appid=wxd678efh567hg6787"
                       "&query_id=15646546545165651651"));
    }

    void overseaHost()
    {
        QCOMPARE(
            PayScoreEndpoints::baseUrlFor(Mode::Oversea, QUrl("https://api.mch.weixin.qq.com")),
            QUrl("https://apihk.mch.weixin.qq.com"));
        QCOMPARE(PayScoreEndpoints::baseUrlFor(Mode::Oversea, QUrl("http://127.0.0.1:8080")),
            QUrl("http://127.0.0.1:8080"));
        QCOMPARE(
            PayScoreEndpoints::baseUrlFor(Mode::Partner, QUrl("https://api.mch.weixin.qq.com")),
            QUrl("https://api.mch.weixin.qq.com"));
    }
};

QTEST_GUILESS_MAIN(TestRequestModels)
#include "tst_request_models.moc"
