// The rules of cancel, modify and collect that are checked before anything is sent (each
// failure names its field, in English and zh_CN), and OrderActions' table of which state allows
// which correction, with the reason for each refusal.
#include <payscore/CancelRequest.h>
#include <payscore/CollectRequest.h>
#include <payscore/ModifyRequest.h>
#include <payscore/OrderActions.h>
#include <payscore/OrderFinder.h>
#include <payscore/PayScoreEndpoints.h>

#include <Translations.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTranslator>
#include <QtTest>

using namespace psc::payscore;

namespace {

OrderKey key(Mode mode, const QString &number = QStringLiteral("R-1"))
{
    OrderKey k;
    k.mode = mode;
    k.outOrderNo = number;
    k.applyDefaults({ QStringLiteral("wxd678efh567hg6787"), QStringLiteral("500001"),
        QStringLiteral("1900000109") });
    return k;
}

OrderView order(const QString &state, const QString &description = {},
    const QString &collection = {}, qint64 total = 3900)
{
    OrderView view;
    view.outOrderNo = QStringLiteral("R-1");
    view.state = state;
    view.stateDescription = description;
    view.totalAmount = Money::fromFen(total);
    if (!collection.isEmpty()) {
        view.collection = OrderView::Collection();
        view.collection->state = collection;
        view.collection->payingAmount = Money::fromFen(total);
    }
    return view;
}

ModifyRequest modify(Mode mode = Mode::ServiceOrder)
{
    ModifyRequest request;
    request.key = key(mode);
    request.postPayments = { { QStringLiteral("租金"), Money::fromFen(3000), QString(), 1 } };
    request.postDiscounts
        = { { QStringLiteral("会员"), Money::fromFen(500), QStringLiteral("九折"), 1 } };
    request.totalAmount = Money::fromFen(2500);
    request.reason = QStringLiteral("按会员价重算");
    return request;
}

} // namespace

class TestOrderCorrectionsRules : public QObject {
    Q_OBJECT

private slots:
    // Which modes "find" tries follows the host table (apiv3::WeChatPayHosts), any case.
    void modesForTheOfficialHosts()
    {
        const OrderDefaults direct { QStringLiteral("wx1"), QStringLiteral("svc"), QString() };
        const OrderDefaults partner { QStringLiteral("wx1"), QStringLiteral("svc"),
            QStringLiteral("1900000109") };
        const auto modes = [](const OrderDefaults &defaults, const char *url) {
            return OrderFinder::modesFor(defaults, QUrl(QString::fromLatin1(url)));
        };
        const QList<Mode> domestic { Mode::ServiceOrder, Mode::PayAfter };
        QCOMPARE(modes(direct, "https://apihk.mch.weixin.qq.com"), QList<Mode> { Mode::Oversea });
        QCOMPARE(modes(partner, "https://APIHK.mch.weixin.qq.com"), QList<Mode> { Mode::Oversea });
        QCOMPARE(modes(direct, "https://api.mch.weixin.qq.com"), domestic);
        QCOMPARE(modes(direct, "https://API2.MCH.weixin.qq.com"), domestic);
        QCOMPARE(modes(partner, "https://api.mch.weixin.qq.com"), QList<Mode> { Mode::Partner });
        // Not an official host: every mode the profile's ids allow (here the sandbox's).
        QVERIFY(modes(partner, "http://127.0.0.1:8080").contains(Mode::Partner));
        QVERIFY(modes(partner, "http://127.0.0.1:8080").contains(Mode::ServiceOrder));
    }

    void cancelReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("   ") << false;
        QTest::newRow("1 char") << QStringLiteral("退") << true;
        QTest::newRow("30 chars") << QString(30, u'退') << true;
        QTest::newRow("31 chars (the stricter source)") << QString(31, u'退') << false;
        QTest::newRow("emoji") << QStringLiteral("误建\U0001F600") << false;
    }
    void cancelReason()
    {
        QFETCH(QString, reason);
        QFETCH(bool, valid);
        for (const Mode mode :
            { Mode::ServiceOrder, Mode::PayAfter, Mode::Oversea, Mode::Partner }) {
            CancelRequest request;
            request.key = key(mode);
            request.reason = reason;
            const ValidationReport report = request.validate();
            QCOMPARE(report.hasErrors(), !valid);
            if (!valid) {
                QVERIFY(report.hasErrorAt(QStringLiteral("/reason")));
                QVERIFY2(report.firstError().message.contains(QStringLiteral("reason")),
                    qPrintable(report.firstError().message));
            }
        }
    }

    void cancelBodyAndPathPerMode()
    {
        CancelRequest request;
        request.reason = QStringLiteral("误建订单");
        request.key = key(Mode::ServiceOrder, QStringLiteral("A|1"));
        psc::apiv3::ApiRequest sent = PayScoreEndpoints::cancel(request);
        QCOMPARE(sent.path(), QByteArray("/v3/payscore/serviceorder/A%7C1/cancel"));
        QCOMPARE(sent.body(),
            QByteArray(
                R"({"appid":"wxd678efh567hg6787","reason":"误建订单","service_id":"500001"})"));
        request.key = key(Mode::PayAfter);
        QCOMPARE(PayScoreEndpoints::cancel(request).path(),
            QByteArray("/v3/payscore/payafter-orders/R-1/cancel"));
        request.key = key(Mode::Oversea);
        sent = PayScoreEndpoints::cancel(request);
        QCOMPARE(sent.path(), QByteArray("/v3/payscore/oversea/partner/serviceorder/R-1/cancel"));
        QCOMPARE(sent.body(),
            QByteArray(R"({"reason":"误建订单","service_id":"500001","sub_mchid":"1900000109"})"));
        request.key = key(Mode::Partner);
        QCOMPARE(PayScoreEndpoints::cancel(request).path(),
            QByteArray("/v3/payscore/partner/serviceorder/R-1/cancel"));
        CancelRequest missingIds;
        missingIds.key.mode = Mode::Partner;
        missingIds.key.outOrderNo = QStringLiteral("R-1");
        missingIds.reason = QStringLiteral("x");
        QVERIFY(missingIds.validate().hasErrorAt(QStringLiteral("/sub_mchid")));
        QVERIFY(missingIds.validate().hasErrorAt(QStringLiteral("/service_id")));
    }

    void modifyRules()
    {
        QVERIFY(!modify().validate().hasErrors());
        QCOMPARE(modify().expectedTotal(), Money::fromFen(2500));

        ModifyRequest wrongTotal = modify();
        wrongTotal.totalAmount = Money::fromFen(3000);
        QVERIFY(wrongTotal.validate().hasErrorAt(QStringLiteral("/total_amount")));
        ModifyRequest noTotal = modify();
        noTotal.totalAmount.reset();
        QVERIFY(noTotal.validate().hasErrorAt(QStringLiteral("/total_amount")));
        ModifyRequest noReason = modify();
        noReason.reason.clear();
        QVERIFY(noReason.validate().hasErrorAt(QStringLiteral("/reason")));
        ModifyRequest longReason = modify();
        longReason.reason = QString(51, u'价');
        QVERIFY(longReason.validate().hasErrorAt(QStringLiteral("/reason")));
        longReason.reason = QString(50, u'价');
        QVERIFY(!longReason.validate().hasErrors());
        ModifyRequest noLines = modify();
        noLines.postPayments.clear();
        noLines.postDiscounts.clear();
        noLines.totalAmount = Money::fromFen(0);
        QVERIFY(noLines.validate().hasErrorAt(QStringLiteral("/post_payments")));
        // The same item limits as complete.
        ModifyRequest longName = modify();
        longName.postPayments[0].name = QString(21, u'租');
        QVERIFY(longName.validate().hasErrorAt(QStringLiteral("/post_payments/0/name")));
        ModifyRequest twice = modify();
        twice.postPayments.append(twice.postPayments.first());
        twice.totalAmount = Money::fromFen(5500);
        QVERIFY(twice.validate().hasErrors());
        ModifyRequest discountWithoutDescription = modify();
        discountWithoutDescription.postDiscounts[0].description.clear();
        QVERIFY(discountWithoutDescription.validate().hasErrorAt(
            QStringLiteral("/post_discounts/0/description")));
        ModifyRequest badCount = modify();
        badCount.postPayments[0].count = 101;
        QVERIFY(badCount.validate().hasErrorAt(QStringLiteral("/post_payments/0/count")));
        ModifyRequest tooMany = modify();
        tooMany.postPayments.clear();
        for (int i = 0; i < 101; ++i)
            tooMany.postPayments.append(
                { QStringLiteral("行%1").arg(i), Money::fromFen(0), QString(), 1 });
        tooMany.postDiscounts.clear();
        tooMany.totalAmount = Money::fromFen(0);
        QVERIFY(tooMany.validate().hasErrorAt(QStringLiteral("/post_payments")));
        // Checked money: a sum that overflows is refused, never wrapped.
        ModifyRequest huge = modify();
        huge.postPayments
            = { { QStringLiteral("a"), Money::fromFen(std::numeric_limits<qint64>::max()),
                    QString(), 1 },
                  { QStringLiteral("b"), Money::fromFen(1), QString(), 1 } };
        QVERIFY(!huge.expectedTotal());
        QVERIFY(huge.validate().hasErrorAt(QStringLiteral("/total_amount")));
        // Modes without modify.
        for (const Mode mode : { Mode::PayAfter, Mode::Oversea })
            QVERIFY(modify(mode).validate().hasErrorAt(QStringLiteral("/mode")));
        QVERIFY(!modify(Mode::Partner).validate().hasErrors());
    }

    void modifyFromBodyFile()
    {
        const ModifyRequest read = ModifyRequest::fromJson(
            R"({"post_payments":[{"name":"租金","amount":3000,"count":1}],
                "post_discounts":[{"name":"会员","description":"九折","amount":500}],
                "total_amount":2500,"reason":"按会员价重算"})",
            key(Mode::ServiceOrder));
        QVERIFY(!read.validate().hasErrors());
        QCOMPARE(read.totalAmount, Money::fromFen(2500));
        const QJsonObject body
            = QJsonDocument::fromJson(PayScoreEndpoints::modify(read).body()).object();
        QCOMPARE(body.value("total_amount"), QJsonValue(2500));
        QCOMPARE(body.value("reason").toString(), QStringLiteral("按会员价重算"));
        QCOMPARE(body.value("post_payments").toArray().size(), 1);
        QCOMPARE(body.value("appid").toString(), QStringLiteral("wxd678efh567hg6787"));
        QVERIFY(!body.contains("out_order_no")); // it is in the path, never twice
        QCOMPARE(PayScoreEndpoints::modify(read).path(),
            QByteArray("/v3/payscore/serviceorder/R-1/modify"));

        const ModifyRequest floaty = ModifyRequest::fromJson(
            R"({"post_payments":[{"name":"a","amount":12.5}],"total_amount":12,"reason":"x"})",
            key(Mode::ServiceOrder));
        QVERIFY(floaty.validate().hasErrorAt(QStringLiteral("/post_payments/0/amount")));
        const ModifyRequest unknown = ModifyRequest::fromJson(
            R"({"post_payments":[{"name":"a","amount":1}],"total_amount":1,"reason":"x","finish_type":2})",
            key(Mode::ServiceOrder));
        QVERIFY(unknown.validate().hasErrorAt(QStringLiteral("/finish_type")));
    }

    void modifyOnlyLowers()
    {
        const ModifyRequest request = modify(); // 2500
        QVERIFY(
            !request.checkAgainst(order("DOING", "MCH_COMPLETE", "USER_PAYING", 3900)).hasErrors());
        for (const qint64 current : { 2500, 2000 }) {
            const ValidationReport report
                = request.checkAgainst(order("DOING", "MCH_COMPLETE", "USER_PAYING", current));
            QVERIFY(report.hasErrorAt(QStringLiteral("/total_amount")));
            QVERIFY(report.firstError().message.contains(Money::fromFen(current).display()));
        }
    }

    void collectBodyAndModes()
    {
        CollectRequest request;
        request.key = key(Mode::ServiceOrder);
        QVERIFY(!request.validate().hasErrors());
        const psc::apiv3::ApiRequest sent = PayScoreEndpoints::collect(request);
        QCOMPARE(sent.path(), QByteArray("/v3/payscore/serviceorder/R-1/pay"));
        QCOMPARE(
            sent.body(), QByteArray(R"({"appid":"wxd678efh567hg6787","service_id":"500001"})"));
        request.key = key(Mode::Partner);
        QCOMPARE(PayScoreEndpoints::collect(request).path(),
            QByteArray("/v3/payscore/partner/serviceorder/R-1/pay"));
        for (const Mode mode : { Mode::PayAfter, Mode::Oversea }) {
            request.key = key(mode);
            QVERIFY(request.validate().hasErrorAt(QStringLiteral("/mode")));
        }
    }

    void allowedActions_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QStringList>("allowed");
        const int S = int(Mode::ServiceOrder), P = int(Mode::PayAfter), O = int(Mode::Oversea),
                  R = int(Mode::Partner);
        QTest::newRow("serviceorder created") << S << "CREATED"
                                              << ""
                                              << "" << QStringList { "cancel", "query" };
        QTest::newRow("serviceorder confirmed")
            << S << "DOING"
            << "USER_CONFIRM"
            << "" << QStringList { "complete", "cancel", "query" };
        QTest::newRow("serviceorder collecting")
            << S << "DOING"
            << "MCH_COMPLETE"
            << "USER_PAYING" << QStringList { "sync", "modify", "collect", "query" };
        QTest::newRow("serviceorder done") << S << "DONE"
                                           << ""
                                           << "USER_PAID" << QStringList { "query" };
        QTest::newRow("serviceorder revoked") << S << "REVOKED"
                                              << ""
                                              << "" << QStringList { "query" };
        QTest::newRow("serviceorder expired") << S << "EXPIRED"
                                              << ""
                                              << "" << QStringList { "query" };
        QTest::newRow("payafter collecting") << P << "DOING"
                                             << "MCH_COMPLETE"
                                             << "USER_PAYING" << QStringList { "sync", "query" };
        QTest::newRow("payafter confirmed") << P << "DOING"
                                            << "USER_CONFIRM"
                                            << "" << QStringList { "complete", "cancel", "query" };
        QTest::newRow("oversea confirmed") << O << "DOING"
                                           << "USER_CONFIRM"
                                           << "" << QStringList { "cancel", "query" };
        QTest::newRow("oversea collecting") << O << "DOING"
                                            << "MCH_COMPLETE"
                                            << "USER_PAYING" << QStringList { "sync", "query" };
        QTest::newRow("partner collecting")
            << R << "DOING"
            << "MCH_COMPLETE"
            << "USER_PAYING" << QStringList { "sync", "modify", "collect", "query" };
        QTest::newRow("partner created") << R << "CREATED"
                                         << ""
                                         << "" << QStringList { "cancel", "query" };
    }
    void allowedActions()
    {
        QFETCH(int, mode);
        QFETCH(QString, state);
        QFETCH(QString, description);
        QFETCH(QString, collection);
        QFETCH(QStringList, allowed);
        const OrderActions actions(Mode(mode), order(state, description, collection));
        QStringList names;
        for (const Operation operation : actions.allowed())
            names.append(operationName(operation));
        QCOMPARE(names, allowed);
        for (const Operation operation : OrderActions::all()) {
            const bool allows = allowed.contains(operationName(operation));
            QCOMPARE(actions.allows(operation), allows);
            QCOMPARE(actions.refusal(operation).isEmpty(), allows);
            QCOMPARE(actions.check(operation).hasErrorAt(QStringLiteral("/state")), !allows);
            if (!allows && supports(Mode(mode), operation)) {
                // The refusal names the state and what is allowed instead.
                const QString why = actions.refusal(operation);
                QVERIFY2(why.contains(state), qPrintable(why));
                QVERIFY2(why.contains(QStringLiteral("Allowed now: ")), qPrintable(why));
                QVERIFY2(
                    why.contains(OrderActions::label(actions.allowed().first())), qPrintable(why));
            }
        }
    }

    void chineseMessages()
    {
        QTranslator translator;
        QVERIFY(translator.load(
            QStringLiteral("payscore_zh_CN"), psc::resources::Translations::resourcePath()));
        QCoreApplication::installTranslator(&translator);
        CancelRequest request;
        request.key = key(Mode::ServiceOrder);
        request.reason = QString(31, u'退');
        const QString tooLong = request.validate().firstError().message;
        request.reason.clear();
        const QString missing = request.validate().firstError().message;
        const ValidationReport lower
            = modify().checkAgainst(order("DOING", "MCH_COMPLETE", "USER_PAYING", 2000));
        const OrderActions actions(Mode::ServiceOrder, order("DONE", "", "USER_PAID"));
        const QString refusal = actions.refusal(Operation::Cancel);
        CollectRequest collect;
        collect.key = key(Mode::PayAfter);
        const QString noCollect = collect.validate().firstError().message;
        // A mode without the operation is named in plain words, never as the API's mode name.
        const QString noCollectHere
            = OrderActions(Mode::PayAfter, order("DOING", "MCH_COMPLETE", "USER_PAYING", 2000))
                  .refusal(Operation::Collect);
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(noCollectHere.contains(QStringLiteral("先享后付"))
                && !noCollectHere.contains(QStringLiteral("payafter")),
            qPrintable(noCollectHere));
        QCOMPARE(tooLong, QStringLiteral("reason 最多 30 个字符，当前为 31 个。"));
        QVERIFY2(
            missing.contains(QStringLiteral("reason")) && missing.contains(QStringLiteral("必填")),
            qPrintable(missing));
        QVERIFY2(lower.firstError().message.contains(QStringLiteral("total_amount"))
                && lower.firstError().message.contains(QStringLiteral("低于")),
            qPrintable(lower.firstError().message));
        QVERIFY2(refusal.contains(QStringLiteral("已完成并支付"))
                && refusal.contains(QStringLiteral("现在可以：查询")),
            qPrintable(refusal));
        QVERIFY2(noCollect.contains(QStringLiteral("催收")), qPrintable(noCollect));
    }
};

QTEST_GUILESS_MAIN(TestOrderCorrectionsRules)
#include "tst_order_corrections_rules.moc"
