// The refund room's rules, checked before anything is sent: the refund number, each field of
// the request (named in English and in Chinese), integer fen on the wire byte for byte, the
// order's refundable payments and what remains on each after the refunds a real journal holds.
#include <journal/Journal.h>
#include <refund/RefundEndpoints.h>
#include <refund/RefundLedger.h>
#include <refund/RefundNumber.h>
#include <refund/RefundRequest.h>
#include <refund/RefundablePayments.h>

#include <Translations.h>

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace psc;
using payscore::Money;
using payscore::ValidationReport;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(8, 0, 0), Qt::UTC); // 16:00 Beijing

refund::RefundRequest validRequest()
{
    refund::RefundRequest request;
    request.mode = payscore::Mode::ServiceOrder;
    request.outOrderNo = QStringLiteral("R-1");
    request.transactionId = QStringLiteral("4200000000202611220000000001");
    request.outRefundNo = QStringLiteral("RF-1");
    request.reason = QStringLiteral("多收了停车费");
    request.refund = Money::fromFen(300);
    request.total = Money::fromFen(1550);
    return request;
}

// A DONE order paid with two PayScore payments and one payment made another way.
payscore::OrderView paidOrder()
{
    const QByteArray json = R"({"out_order_no":"R-1","state":"DONE","total_amount":1500,
"collection":{"state":"USER_PAID","paid_amount":1500,"details":[
{"seq":1,"amount":1000,"paid_type":"NEWTON","paid_time":"20261122100000","transaction_id":"TX-1"},
{"seq":2,"amount":500,"paid_type":"NEWTON","paid_time":"20261122110000","transaction_id":"TX-2"}]}})";
    return payscore::OrderView::fromJson(QJsonDocument::fromJson(json).object());
}

QByteArray refundBody(const QString &number, const QString &transaction, qint64 fen)
{
    refund::RefundRequest request = validRequest();
    request.outRefundNo = number;
    request.transactionId = transaction;
    request.refund = Money::fromFen(fen);
    request.total = Money::fromFen(1000);
    return QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRefundRules : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A journal with one refund entry per call, ending as told.
    qint64 addRefund(journal::Journal &journal, const QString &number, const QString &transaction,
        qint64 fen, std::optional<journal::Outcome> outcome, const QString &status = {})
    {
        journal::PendingWrite write;
        write.operatorName = QStringLiteral("clerk");
        write.profileName = QStringLiteral("Store 12");
        write.mode = QStringLiteral("serviceorder");
        write.operation = QStringLiteral("refund");
        write.outOrderNo = QStringLiteral("R-1");
        write.requestBody = refundBody(number, transaction, fen);
        write.amountFen = fen;
        const auto id = journal.beginWrite(write);
        if (!id)
            return 0;
        if (outcome) {
            journal::WriteResult result;
            result.outcome = *outcome;
            result.state = status;
            journal.recordResult(*id, result);
        }
        return *id;
    }

private slots:
    void generatedNumbersFollowTheRule()
    {
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const QString number = refund::RefundNumber::generate(kNow);
            QCOMPARE(number.size(), 32);
            QVERIFY(number.startsWith(QStringLiteral("RF20261122160000")));
            ValidationReport report;
            QVERIFY2(refund::RefundNumber::check(report, QStringLiteral("/out_refund_no"), number),
                qPrintable(number));
            seen.insert(number);
        }
        QCOMPARE(seen.size(), 500);
    }

    void numberRule_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("all allowed characters") << QStringLiteral("aZ09_-|*@") << true;
        QTest::newRow("64 characters") << QString(64, u'A') << true;
        QTest::newRow("65 characters") << QString(65, u'A') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("hash") << QStringLiteral("RF#1") << false;
        QTest::newRow("space") << QStringLiteral("RF 1") << false;
        QTest::newRow("Chinese") << QStringLiteral("退款1") << false;
    }
    void numberRule()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        ValidationReport report;
        QCOMPARE(
            refund::RefundNumber::check(report, QStringLiteral("/out_refund_no"), number), valid);
        QCOMPARE(report.hasErrorAt(QStringLiteral("/out_refund_no")), !valid);
    }

    void bodyIsIntegerFenByteForByte()
    {
        QCOMPARE(QJsonDocument(validRequest().toJson()).toJson(QJsonDocument::Compact),
            QByteArray(R"({"amount":{"currency":"CNY","refund":300,"total":1550},)"
                       R"("out_refund_no":"RF-1","reason":"多收了停车费",)"
                       R"("transaction_id":"4200000000202611220000000001"})"));
        refund::RefundRequest partner = validRequest();
        partner.mode = payscore::Mode::Partner;
        partner.subMchid = QStringLiteral("1900000109");
        QCOMPARE(partner.toJson().value(QStringLiteral("sub_mchid")).toString(),
            QStringLiteral("1900000109"));
        QVERIFY(!validRequest().toJson().contains(QStringLiteral("sub_mchid")));
        QVERIFY(validRequest().validate().isEmpty());
    }

    void endpoints()
    {
        const apiv3::ApiRequest create = refund::RefundEndpoints::create(validRequest());
        QCOMPARE(create.method(), QByteArray("POST"));
        QCOMPARE(create.path(), QByteArray("/v3/refund/domestic/refunds"));
        const apiv3::ApiRequest query
            = refund::RefundEndpoints::query(QStringLiteral("RF|1"), QStringLiteral("1900000109"));
        QCOMPARE(query.method(), QByteArray("GET"));
        QCOMPARE(
            query.target(), QByteArray("/v3/refund/domestic/refunds/RF%7C1?sub_mchid=1900000109"));
        QCOMPARE(refund::RefundEndpoints::query(QStringLiteral("RF-2")).target(),
            QByteArray("/v3/refund/domestic/refunds/RF-2"));
    }

    void fieldRulesNameTheField_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("reason missing")
            << QStringLiteral("/reason") << QStringLiteral("reason is required.")
            << QStringLiteral("reason 为必填项。");
        QTest::newRow("reason too long")
            << QStringLiteral("/reason") << QStringLiteral("reason must be at most 80")
            << QStringLiteral("reason 最多 80");
        QTest::newRow("refund zero") << QStringLiteral("/amount/refund")
                                     << QStringLiteral("amount.refund must be more than ¥0.00")
                                     << QStringLiteral("amount.refund 必须大于 ¥0.00");
        QTest::newRow("refund over total")
            << QStringLiteral("/amount/refund")
            << QStringLiteral("amount.refund (¥15.51) cannot be more than the payment's amount")
            << QStringLiteral("amount.refund（¥15.51）不能超过该笔支付的金额");
        QTest::newRow("refund number")
            << QStringLiteral("/out_refund_no") << QStringLiteral("out_refund_no may only contain")
            << QStringLiteral("out_refund_no 只能包含");
        QTest::newRow("oversea") << QStringLiteral("/mode")
                                 << QStringLiteral("Oversea (apihk) orders are refunded through")
                                 << QStringLiteral("境外（apihk）订单");
        QTest::newRow("partner without sub_mchid")
            << QStringLiteral("/sub_mchid") << QStringLiteral("sub_mchid is required.")
            << QStringLiteral("sub_mchid 为必填项。");
    }
    void fieldRulesNameTheField()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const auto make = [] {
            refund::RefundRequest request = validRequest();
            const QString tag = QString::fromLatin1(QTest::currentDataTag());
            if (tag == QLatin1String("reason missing"))
                request.reason = QStringLiteral("   ");
            else if (tag == QLatin1String("reason too long"))
                request.reason = QString(81, u'退');
            else if (tag == QLatin1String("refund zero"))
                request.refund = Money::fromFen(0);
            else if (tag == QLatin1String("refund over total"))
                request.refund = Money::fromFen(1551);
            else if (tag == QLatin1String("refund number"))
                request.outRefundNo = QStringLiteral("RF/1");
            else if (tag == QLatin1String("oversea"))
                request.mode = payscore::Mode::Oversea;
            else if (tag == QLatin1String("partner without sub_mchid"))
                request.mode = payscore::Mode::Partner;
            return request.validate();
        };
        const ValidationReport english_ = make();
        QVERIFY(english_.hasErrorAt(pointer));
        QVERIFY2(english_.firstError().message.contains(english),
            qPrintable(english_.firstError().message));

        QTranslator translator;
        QVERIFY(translator.load(
            QStringLiteral("payscore_zh_CN"), resources::Translations::resourcePath()));
        QCoreApplication::installTranslator(&translator);
        const ValidationReport chinese_ = make();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(chinese_.hasErrorAt(pointer));
        QVERIFY2(chinese_.firstError().message.contains(chinese),
            qPrintable(chinese_.firstError().message));
    }

    void remainingRefundableCountsEarlierRefunds()
    {
        auto opened = journal::Journal::open(m_dir.filePath(QStringLiteral("remaining.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
        journal::Journal &journal = **opened;
        using journal::Outcome;
        addRefund(journal, QStringLiteral("RF-A"), QStringLiteral("TX-1"), 300, Outcome::Succeeded,
            QStringLiteral("SUCCESS"));
        addRefund(journal, QStringLiteral("RF-B"), QStringLiteral("TX-1"), 100, Outcome::Succeeded,
            QStringLiteral("PROCESSING"));
        addRefund(journal, QStringLiteral("RF-C"), QStringLiteral("TX-1"), 50, Outcome::Rejected);
        addRefund(journal, QStringLiteral("RF-D"), QStringLiteral("TX-1"), 40, Outcome::Succeeded,
            QStringLiteral("CLOSED"));
        const qint64 notFound = addRefund(
            journal, QStringLiteral("RF-E"), QStringLiteral("TX-1"), 30, Outcome::Unknown);
        journal::Reconciliation never;
        never.orderState = QStringLiteral("RESOURCE_NOT_EXISTS");
        QVERIFY(journal.recordReconciliation(notFound, never));
        addRefund(journal, QStringLiteral("RF-F"), QStringLiteral("TX-2"), 20, Outcome::Unknown);
        // Another order whose number contains this one's: never counted here.
        journal::PendingWrite other;
        other.operatorName = QStringLiteral("clerk");
        other.profileName = QStringLiteral("Store 12");
        other.mode = QStringLiteral("serviceorder");
        other.operation = QStringLiteral("refund");
        other.outOrderNo = QStringLiteral("R-10");
        other.requestBody = refundBody(QStringLiteral("RF-X"), QStringLiteral("TX-1"), 7);
        QVERIFY(journal.beginWrite(other));

        const refund::RefundLedger ledger = refund::RefundLedger::load(journal,
            QStringLiteral("Store 12"), QStringLiteral("serviceorder"), QStringLiteral("R-1"));
        QCOMPARE(ledger.refunds().size(), 6);
        // 300 SUCCESS + 100 PROCESSING; not the rejected, the CLOSED or the one never arrived.
        QCOMPARE(ledger.refundedOn(QStringLiteral("TX-1")), Money::fromFen(400));
        // An unknown outcome may have happened: it counts until a query settles it.
        QCOMPARE(ledger.refundedOn(QStringLiteral("TX-2")), Money::fromFen(20));
        QCOMPARE(ledger.resumable()->outRefundNo, QStringLiteral("RF-F"));
        QCOMPARE(refund::RefundLedger::unsettledByNumber(journal, QStringLiteral("RF-F"))->entryId,
            ledger.resumable()->entryId);

        const refund::RefundablePayments payments(paidOrder(), ledger);
        QVERIFY(payments.isPaid());
        QCOMPARE(payments.payments().size(), 2);
        QCOMPARE(payments.payments().at(0).remaining(), Money::fromFen(600));
        QCOMPARE(payments.payments().at(1).remaining(), Money::fromFen(480));

        ValidationReport fits;
        refund::RefundablePayments::checkAmount(
            fits, payments.payments().at(0), Money::fromFen(600));
        QVERIFY(fits.isEmpty());
        ValidationReport over;
        refund::RefundablePayments::checkAmount(
            over, payments.payments().at(0), Money::fromFen(601));
        QVERIFY(over.hasErrorAt(QStringLiteral("/amount/refund")));
        QVERIFY2(over.firstError().message.contains(QStringLiteral("¥6.00")),
            qPrintable(over.firstError().message));
    }

    void severalPaymentsMustBeChosen()
    {
        const refund::RefundablePayments payments(paidOrder(), refund::RefundLedger());
        ValidationReport report;
        QVERIFY(!payments.choose(report, QString()));
        QVERIFY(report.hasErrorAt(QStringLiteral("/transaction_id")));
        const QString message = report.firstError().message;
        QVERIFY2(message.contains(QStringLiteral("TX-1"))
                && message.contains(QStringLiteral("TX-2"))
                && message.contains(QStringLiteral("¥10.00")),
            qPrintable(message));

        ValidationReport named;
        QCOMPARE(payments.choose(named, QStringLiteral("TX-2"))->amount, Money::fromFen(500));
        QVERIFY(named.isEmpty());
        ValidationReport stranger;
        QVERIFY(!payments.choose(stranger, QStringLiteral("TX-9")));
        QVERIFY(stranger.hasErrorAt(QStringLiteral("/transaction_id")));
    }

    void onlyPaidOrdersWithAWeChatPayment()
    {
        const auto order = [](const QByteArray &json) {
            return payscore::OrderView::fromJson(QJsonDocument::fromJson(json).object());
        };
        ValidationReport collecting;
        refund::RefundablePayments(order(R"({"out_order_no":"R-2","state":"DOING",
"state_description":"MCH_COMPLETE","collection":{"state":"USER_PAYING"}})"),
            refund::RefundLedger())
            .checkOrder(collecting);
        QVERIFY(collecting.hasErrorAt(QStringLiteral("/out_order_no")));
        QVERIFY(collecting.firstError().message.contains(QStringLiteral("not paid")));

        ValidationReport synced;
        refund::RefundablePayments(order(R"({"out_order_no":"R-3","state":"DONE",
"collection":{"state":"USER_PAID","details":[{"seq":1,"amount":900,"paid_type":"MCH",
"paid_time":"20261122100000"}]}})"),
            refund::RefundLedger())
            .checkOrder(synced);
        QVERIFY(synced.firstError().message.contains(QStringLiteral("outside WeChat Pay")));

        ValidationReport paid;
        refund::RefundablePayments(paidOrder(), refund::RefundLedger()).checkOrder(paid);
        QVERIFY(paid.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRefundRules)
#include "tst_refund_rules.moc"
