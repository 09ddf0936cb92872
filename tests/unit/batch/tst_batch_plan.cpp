// The preview: headers in Chinese or English, the mapping step, spreadsheet times and yuan,
// each row checked with the single request's rules, duplicates, counts and the total.
#include <batch/BatchPlan.h>
#include <batch/CsvReader.h>
#include <batch/ModeLookup.h>
#include <batch/SpreadsheetTime.h>

#include <payscore/OrderFinder.h>
#include <payscore/SyncRequest.h>

#include <QTest>

using namespace psc::batch;
using psc::payscore::OrderDefaults;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
const QTimeZone kShanghai("Asia/Shanghai");
const OrderDefaults kDefaults { QStringLiteral("wxd678efh567hg6787"), QStringLiteral("500001"),
    QStringLiteral("1900000109") };

BatchPlan planOf(BatchOperation operation, const QString &csv)
{
    auto table = CsvReader::readText(csv);
    Q_ASSERT(table.ok());
    BatchPlan plan(operation, std::move(table).value(), kDefaults, kShanghai);
    plan.validate(kNow);
    return plan;
}

QString firstError(const BatchPlan &plan, qsizetype row)
{
    return plan.check(row).report.firstError().message;
}

} // namespace

class TstBatchPlan : public QObject {
    Q_OBJECT

private slots:
    // Without a mode column each order's finding decides its row: found in one mode → checked
    // and sent in it; in two → the row must name its mode; nowhere → an error at /mode.
    void findingsDecideRowsWithoutMode()
    {
        using psc::payscore::FindResult;
        using psc::payscore::Mode;
        BatchPlan plan
            = planOf(BatchOperation::Query, QStringLiteral("out_order_no\nA-1\nA-2\nA-3\nA-1\n"));
        QVERIFY(plan.needsModeLookup());
        QCOMPARE(plan.ordersToLookUp(), QStringList({ "A-1", "A-2", "A-3" })); // A-1 once
        const auto found = [](const QString &order, Mode mode, QList<Mode> also) {
            FindResult result;
            result.kind = FindResult::Kind::Found;
            result.outOrderNo = order;
            result.mode = mode;
            result.alsoFoundIn = also;
            return psc::batch::ModeLookup::findingOf(result);
        };
        FindResult nowhere;
        nowhere.kind = FindResult::Kind::NotFound;
        nowhere.outOrderNo = QStringLiteral("A-3");
        QHash<QString, psc::batch::ModeFinding> findings;
        findings.insert(QStringLiteral("A-1"), found(QStringLiteral("A-1"), Mode::PayAfter, {}));
        findings.insert(QStringLiteral("A-2"),
            found(QStringLiteral("A-2"), Mode::ServiceOrder, { Mode::Partner }));
        findings.insert(QStringLiteral("A-3"), psc::batch::ModeLookup::findingOf(nowhere));
        plan.addModeFindings(findings, kNow);
        QVERIFY(plan.ordersToLookUp().isEmpty());
        QVERIFY(plan.check(0).isSendable());
        QCOMPARE(plan.check(0).mode, Mode::PayAfter);
        QVERIFY(plan.check(0).modeFound);
        QCOMPARE(plan.request(0).mode, Mode::PayAfter);
        QVERIFY(plan.check(1).report.hasErrorAt(QStringLiteral("/mode")));
        QVERIFY(plan.check(1).report.firstError().message.contains(QStringLiteral("partner")));
        QVERIFY(plan.check(2).report.hasErrorAt(QStringLiteral("/mode")));
        QCOMPARE(plan.check(3).duplicateOf, 0); // the same order, found in the same mode
        QCOMPARE(plan.summary().sendable, 1);
    }

    void headersInChineseAndEnglish_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        QTest::newRow("zh order") << "商户订单号" << int(BatchField::OutOrderNo);
        QTest::newRow("en order") << "out_order_no" << int(BatchField::OutOrderNo);
        QTest::newRow("en spaced") << " Out Order No " << int(BatchField::OutOrderNo);
        QTest::newRow("zh mode") << "模式" << int(BatchField::Mode);
        QTest::newRow("zh paid") << "收款时间" << int(BatchField::PaidTime);
        QTest::newRow("zh reason") << "取消原因" << int(BatchField::Reason);
        QTest::newRow("zh fee yuan") << "费用金额（元）" << int(BatchField::FeeAmount);
        QTest::newRow("en fee yuan") << "fee_amount (yuan)" << int(BatchField::FeeAmount);
        QTest::newRow("zh discount") << "优惠名称" << int(BatchField::DiscountName);
    }
    void headersInChineseAndEnglish()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        const auto found = fieldForHeader(header);
        QVERIFY(found);
        QCOMPARE(int(*found), field);
    }

    void unknownHeaderIsMappedByTheOperator()
    {
        BatchPlan plan = planOf(BatchOperation::Sync,
            QStringLiteral("单号,mode,收款时间,备注\nDEMO-1,serviceorder,20261128100000,x\n"));
        QCOMPARE(plan.missingColumns(), QList<BatchField>({ BatchField::OutOrderNo }));
        QCOMPARE(plan.mapping().unmappedColumns(), QList<qsizetype>({ 0, 3 }));
        QVERIFY(plan.check(0).report.hasErrors()); // out_order_no missing
        ColumnMapping mapping = plan.mapping();
        mapping.setColumn(BatchField::OutOrderNo, 0);
        plan.setMapping(mapping, kNow);
        QVERIFY(plan.missingColumns().isEmpty());
        QVERIFY2(!plan.check(0).report.hasErrors(), qPrintable(firstError(plan, 0)));
        QCOMPARE(plan.request(0).outOrderNo, QStringLiteral("DEMO-1"));
    }

    void spreadsheetTimesAreLocalAndSaidSo()
    {
        const auto dashed
            = SpreadsheetTime::normalise(QStringLiteral("2026-11-28 10:00:00"), kShanghai);
        QVERIFY(dashed.readAsLocal);
        QCOMPARE(dashed.text, QStringLiteral("2026-11-28T10:00:00+08:00"));
        const auto slashed = SpreadsheetTime::normalise(QStringLiteral("2026/1/5 9:05"), kShanghai);
        QCOMPARE(slashed.text, QStringLiteral("2026-01-05T09:05:00+08:00"));
        const auto iso
            = SpreadsheetTime::normalise(QStringLiteral("2026-11-28T10:00:00Z"), kShanghai);
        QVERIFY(!iso.readAsLocal);
        QCOMPARE(iso.text, QStringLiteral("2026-11-28T10:00:00Z"));
        const auto api = SpreadsheetTime::normalise(QStringLiteral("20261128100000"), kShanghai);
        QVERIFY(!api.readAsLocal);

        const BatchPlan plan = planOf(BatchOperation::Sync,
            QStringLiteral("out_order_no,mode,paid_time\n"
                           "A-1,serviceorder,2026/11/28 10:00\n"
                           "A-2,serviceorder,20261128100000\n"));
        QVERIFY(plan.summary().usedLocalTime);
        QCOMPARE(plan.summary().rowsWithAmount, 0); // a sync file without amounts
        QVERIFY(plan.check(0).usedLocalTime);
        QVERIFY(!plan.check(1).usedLocalTime);
        // The body as sent: Beijing yyyyMMddHHmmss for a domestic mode.
        const auto sync = std::get<psc::payscore::SyncRequest>(plan.request(0).model);
        QCOMPARE(sync.toJson().value("detail").toObject().value("paid_time").toString(),
            QStringLiteral("20261128100000"));
    }

    void syncAmountsAreAddedWhereGiven()
    {
        const BatchPlan plan = planOf(BatchOperation::Sync,
            QStringLiteral("out_order_no,mode,paid_time,seq,收款金额\n"
                           "P-1,oversea,2026-11-28 10:00:00,1,12.34\n"
                           "P-2,serviceorder,2026-11-28 10:00:00,,\n"
                           "P-3,oversea,2026-11-28 10:00:00,1,0.66\n"));
        for (qsizetype row = 0; row < 3; ++row)
            QVERIFY2(plan.check(row).isSendable(), qPrintable(firstError(plan, row)));
        QCOMPARE(plan.summary().rowsWithAmount, 2);
        QCOMPARE(plan.summary().totalFen, 1300);
    }

    void rowsAreJudgedWithTheSingleRequestRules()
    {
        const BatchPlan plan = planOf(BatchOperation::Sync,
            QStringLiteral("out_order_no,mode,paid_time\n"
                           "GOOD-1,serviceorder,2026-11-28 10:00:00\n"
                           "BAD ORDER,serviceorder,2026-11-28 10:00:00\n"
                           "FUTURE-1,serviceorder,2027-01-01 10:00:00\n"
                           "NOMODE-1,,2026-11-28 10:00:00\n"
                           "ODD-1,先享后付,2026-02-30 10:00:00\n"));
        QVERIFY(plan.check(0).isSendable());
        QVERIFY(plan.check(1).report.hasErrorAt(QStringLiteral("/out_order_no")));
        QVERIFY(plan.check(2).report.hasErrorAt(QStringLiteral("/detail/paid_time")));
        QVERIFY(plan.check(3).report.hasErrorAt(QStringLiteral("/mode")));
        QVERIFY(plan.check(4).report.hasErrorAt(QStringLiteral("/detail/paid_time")));
        QCOMPARE(plan.summary().sendable, 1);
        QCOMPARE(plan.summary().invalid, 4);
        // The same message a single sync would give for that order number.
        psc::payscore::SyncRequest single;
        single.key.mode = psc::payscore::Mode::ServiceOrder;
        single.key.outOrderNo = QStringLiteral("BAD ORDER");
        single.key.applyDefaults(kDefaults);
        single.paidTime = QStringLiteral("20261128100000");
        QCOMPARE(firstError(plan, 1), single.validate(kNow).firstError().message);
    }

    void duplicatesAreFlaggedAndHeldBack()
    {
        BatchPlan plan = planOf(BatchOperation::Query,
            QStringLiteral("out_order_no,mode\nA-1,serviceorder\nA-2,serviceorder\n"
                           "A-1,服务订单\nA-1,payafter\n"));
        QCOMPARE(plan.check(2).duplicateOf, 0); // 服务订单 is serviceorder
        QCOMPARE(plan.check(3).duplicateOf, -1); // another mode: another order
        QCOMPARE(plan.summary().duplicates, 1);
        QCOMPARE(plan.sendableRows(), QList<qsizetype>({ 0, 1, 3 }));
        plan.setExcluded(0, true);
        QCOMPARE(plan.check(2).duplicateOf, -1); // the excluded row no longer counts
        QCOMPARE(plan.sendableRows(), QList<qsizetype>({ 1, 2, 3 }));
    }

    void completeTotalsInFen()
    {
        const BatchPlan plan = planOf(BatchOperation::Complete,
            QStringLiteral(
                "商户订单号,模式,费用名称,费用金额,优惠名称,优惠金额,优惠说明,订单总金额\n"
                "R-1,serviceorder,租借费,12.34,新客,1.00,首单立减,\n"
                "R-2,payafter,租借费,0.10,,,,\n"
                "R-3,serviceorder,租借费,5,,,,4.00\n"
                "R-4,serviceorder,租借费,12.345,,,,\n"
                "R-5,serviceorder,租借费,12.34,新客,1.00,,\n"));
        QCOMPARE(plan.check(0).amountFen, 1134); // total computed from the fee and discount
        QVERIFY2(plan.check(0).isSendable(), qPrintable(firstError(plan, 0)));
        QCOMPARE(plan.check(1).amountFen, 10);
        QVERIFY2(plan.check(1).isSendable(), qPrintable(firstError(plan, 1)));
        QVERIFY(plan.check(2).report.hasErrorAt(QStringLiteral("/total_amount"))); // ≠ 5.00
        QVERIFY(plan.check(3).report.hasErrorAt(QStringLiteral("/post_payments/0/amount")));
        // The single request's rule: a discount needs its description.
        QVERIFY(plan.check(4).report.hasErrorAt(QStringLiteral("/post_discounts/0/description")));
        QCOMPARE(plan.summary().totalFen, 1144);
        QCOMPARE(plan.summary().sendable, 2);
        QCOMPARE(plan.summary().rowsWithAmount, 2);
    }

    void fixInPlace()
    {
        BatchPlan plan = planOf(BatchOperation::Cancel,
            QStringLiteral("out_order_no,mode,reason\nC-1,serviceorder,\n"));
        QVERIFY(plan.check(0).report.hasErrorAt(QStringLiteral("/reason")));
        plan.setCell(0, 2, QStringLiteral("顾客取消"), kNow);
        QVERIFY(plan.check(0).isSendable());
        // The table keeps the fix (the results file writes it back), beside the rows as read.
        QCOMPARE(plan.table().cell(0, 2), QStringLiteral("顾客取消"));
        QCOMPARE(plan.table().cells(0),
            QStringList({ QStringLiteral("C-1"), QStringLiteral("serviceorder"),
                QStringLiteral("顾客取消") }));
        const BatchPlan copy = plan;
        QCOMPARE(copy.table().cell(0, 2), QStringLiteral("顾客取消"));
    }

    // The reason rule is CancelRequest's own (1–30 characters), not a copy in the batch.
    void cancelReasonFollowsCancelRequest()
    {
        const BatchPlan plan = planOf(BatchOperation::Cancel,
            QStringLiteral("out_order_no,mode,reason\nC-1,serviceorder,%1\n"
                           "C-2,serviceorder,%2\nC-3,serviceorder,  \n")
                .arg(QString(30, u'因'), QString(31, u'因')));
        QVERIFY(plan.check(0).isSendable());
        QVERIFY(plan.check(1).report.hasErrorAt(QStringLiteral("/reason")));
        QVERIFY(plan.check(2).report.hasErrorAt(QStringLiteral("/reason")));
    }

    void extraCellsAreFlagged()
    {
        const BatchPlan plan = planOf(BatchOperation::Query,
            QStringLiteral("out_order_no,mode\nA-1,serviceorder,oops\nA-2,serviceorder,\n"));
        QVERIFY(plan.check(0).report.hasErrors());
        QVERIFY(plan.check(1).isSendable()); // an empty trailing cell is harmless
    }
};

QTEST_GUILESS_MAIN(TstBatchPlan)
#include "tst_batch_plan.moc"
