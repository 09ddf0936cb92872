#include <payscore/OrderView.h>

#include <QJsonDocument>
#include <QtTest>

using namespace psc::payscore;

class TestOrderView : public QObject {
    Q_OBJECT
private slots:
    void decodesAServiceOrder()
    {
        const QByteArray answer = R"({"out_order_no":"R-1","service_id":"500001","appid":"wx1",
            "mchid":"1900000109","state":"DONE","state_description":"MCH_COMPLETE",
            "total_amount":3900,"need_collection":true,"order_id":"150000",
            "collection":{"state":"USER_PAID","total_amount":3900,"paying_amount":0,
            "paid_amount":3900,"details":[{"seq":1,"amount":3900,"paid_type":"MCH",
            "paid_time":"20261122101500"}]}})";
        const OrderView view = OrderView::fromJson(QJsonDocument::fromJson(answer).object());
        QCOMPARE(view.outOrderNo, QStringLiteral("R-1"));
        QCOMPARE(view.orderId, QStringLiteral("150000"));
        QCOMPARE(view.state, QStringLiteral("DONE"));
        QCOMPARE(view.stateDescription, QStringLiteral("MCH_COMPLETE"));
        QCOMPARE(view.totalAmount->fen(), 3900);
        QVERIFY(view.collection);
        QCOMPARE(view.collection->state, QStringLiteral("USER_PAID"));
        QCOMPARE(view.collection->paidAmount->fen(), 3900);
        QCOMPARE(view.collection->details.size(), 1);
        QCOMPARE(view.collection->details.at(0).paidType, QStringLiteral("MCH"));

        const QJsonObject json = view.toJson();
        QVERIFY(json.value("total_amount").isDouble());
        QCOMPARE(json.value("total_amount").toVariant().typeId(), QMetaType::LongLong);
        QCOMPARE(json.value("collection").toObject().value("paid_amount").toInteger(), 3900);
        // Money stays integer text on the wire.
        QVERIFY(
            QJsonDocument(json).toJson(QJsonDocument::Compact).contains("\"total_amount\":3900"));
    }

    void idsOnlyAnswerHasNoState()
    {
        const QByteArray answer
            = R"({"appid":"wx1","mchid":"1900000109","out_order_no":"P-1","order_id":"9"})";
        const OrderView view = OrderView::fromJson(QJsonDocument::fromJson(answer).object());
        QVERIFY(!view.isEmpty());
        QVERIFY(!view.hasState());
        QCOMPARE(view.orderId, QStringLiteral("9"));
        QVERIFY(!view.toJson().contains("state"));
        QVERIFY(!view.collection);
    }

    void emptyObjectIsEmpty() { QVERIFY(OrderView::fromJson(QJsonObject()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestOrderView)
#include "tst_order_view.moc"
