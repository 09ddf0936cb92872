// The fee and discount table model: yuan typed → exact fen, row limits, paste from a
// spreadsheet, invalid cells, and the model contract (QAbstractItemModelTester).
#include "LineItemTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using psc::payscore::Money;
using psc::ui::LineItemTableModel;

class TestLineItemTableModel : public QObject {
    Q_OBJECT
private slots:
    void passesTheModelTester();
    void typedYuanBecomesExactFen_data();
    void typedYuanBecomesExactFen();
    void rowLimitIsEnforcedWithAMessage();
    void pasteFromSpreadsheet();
    void pasteWithoutCountColumn();
    void duplicateAndRemove();
    void invalidCellsAreReported();
    void validationFindingsShowOnTheirCellUntilEdited();
};

void TestLineItemTableModel::passesTheModelTester()
{
    LineItemTableModel model(LineItemTableModel::Kind::Fees);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRowLimit(4);
    QVERIFY(
        model.addRow({ QStringLiteral("租金"), QStringLiteral("1"), QStringLiteral("12.34"), {} }));
    QVERIFY(model.addRow());
    QVERIFY(model.duplicateRow(0));
    QVERIFY(model.setData(model.index(1, LineItemTableModel::AmountColumn), QStringLiteral("0.5")));
    QVERIFY(model.removeRowAt(2));
    QCOMPARE(model.pasteTabSeparated(QStringLiteral("a\t2\t3\tx\nb\t1\t4\ty\n")), 2);
    model.setHasCount(false);
    model.setHasCount(true);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestLineItemTableModel::typedYuanBecomesExactFen_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("shown");
    QTest::newRow("12.34") << "12.34" << qint64(1234) << "¥12.34";
    QTest::newRow("12") << "12" << qint64(1200) << "¥12.00";
    QTest::newRow("0.5") << "0.5" << qint64(50) << "¥0.50";
    QTest::newRow("0.01") << "0.01" << qint64(1) << "¥0.01";
    QTest::newRow("19.99 (no float drift)") << "19.99" << qint64(1999) << "¥19.99";
}

void TestLineItemTableModel::typedYuanBecomesExactFen()
{
    QFETCH(QString, typed);
    QFETCH(qint64, fen);
    QFETCH(QString, shown);
    LineItemTableModel model(LineItemTableModel::Kind::Fees);
    QVERIFY(model.addRow({ QStringLiteral("fee"), QStringLiteral("1"), {}, {} }));
    const QModelIndex amount = model.index(0, model.sectionOf(LineItemTableModel::AmountColumn));
    QVERIFY(model.setData(amount, typed));
    QCOMPARE(model.data(amount, Qt::DisplayRole).toString(), shown);
    const auto items = model.items();
    QVERIFY(items.has_value());
    QCOMPARE(items->at(0).amount.fen(), fen);
    QCOMPARE(model.sum().value().fen(), fen);
    QVERIFY(model.firstProblem().isEmpty());
}

void TestLineItemTableModel::rowLimitIsEnforcedWithAMessage()
{
    LineItemTableModel model(LineItemTableModel::Kind::Discounts);
    model.setHasCount(false);
    model.setRowLimit(5);
    QSignalSpy limit(&model, &LineItemTableModel::rowLimitReached);
    for (int i = 0; i < 5; ++i)
        QVERIFY(model.addRow());
    QVERIFY(!model.addRow());
    QVERIFY(!model.duplicateRow(0));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(limit.count(), 2);
    QVERIFY(limit.at(0).at(0).toString().contains(QLatin1String("5")));
}

void TestLineItemTableModel::pasteFromSpreadsheet()
{
    LineItemTableModel model(LineItemTableModel::Kind::Fees);
    model.setRowLimit(3);
    QSignalSpy limit(&model, &LineItemTableModel::rowLimitReached);
    // Excel copies rows with CRLF and a trailing newline.
    const int added = model.pasteTabSeparated(QStringLiteral(
        "租金\t2\t12.34\t两小时\r\n押金\t1\t0.5\t\r\n超时费\t1\t3\t\r\n多余\t1\t1\t\r\n"));
    QCOMPARE(added, 3);
    QCOMPARE(limit.count(), 1);
    const auto items = model.items();
    QVERIFY(items.has_value());
    QCOMPARE(items->at(0).name, QStringLiteral("租金"));
    QCOMPARE(items->at(0).count, 2);
    QCOMPARE(items->at(0).amount.fen(), 1234);
    QCOMPARE(items->at(0).description, QStringLiteral("两小时"));
    QCOMPARE(items->at(1).amount.fen(), 50);
    QCOMPARE(model.sum().value().fen(), 1234 + 50 + 300);
}

void TestLineItemTableModel::pasteWithoutCountColumn()
{
    LineItemTableModel model(LineItemTableModel::Kind::Discounts);
    model.setHasCount(false);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.pasteTabSeparated(QStringLiteral("新客立减\t5\t首单")), 1);
    const auto items = model.items();
    QVERIFY(items.has_value());
    QCOMPARE(items->at(0).amount.fen(), 500);
    QCOMPARE(items->at(0).description, QStringLiteral("首单"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Amount (yuan)"));
}

void TestLineItemTableModel::duplicateAndRemove()
{
    LineItemTableModel model(LineItemTableModel::Kind::Fees);
    QVERIFY(model.addRow({ QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("1"), {} }));
    QVERIFY(model.addRow({ QStringLiteral("b"), QStringLiteral("1"), QStringLiteral("2"), {} }));
    QVERIFY(model.duplicateRow(0));
    QCOMPARE(model.rows().at(1).name, QStringLiteral("a"));
    QCOMPARE(model.rows().at(2).name, QStringLiteral("b"));
    QCOMPARE(model.sum().value().fen(), 400);
    QVERIFY(model.removeRowAt(1));
    QCOMPARE(model.sum().value().fen(), 300);
    QVERIFY(!model.removeRowAt(7));
}

void TestLineItemTableModel::invalidCellsAreReported()
{
    LineItemTableModel model(LineItemTableModel::Kind::Fees);
    QVERIFY(
        model.addRow({ QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("1.234"), {} }));
    auto problem = model.firstProblem();
    QCOMPARE(problem.row, 0);
    QCOMPARE(problem.column, LineItemTableModel::AmountColumn);
    QVERIFY(!model.items().has_value());
    const QModelIndex amount = model.index(0, LineItemTableModel::AmountColumn);
    QVERIFY(model.data(amount, Qt::BackgroundRole).isValid());
    QCOMPARE(model.data(amount, Qt::DisplayRole).toString(), QStringLiteral("1.234"));

    QVERIFY(model.setData(amount, QStringLiteral("-1")));
    QVERIFY(!model.firstProblem().isEmpty());
    QVERIFY(model.setData(amount, QStringLiteral("1.23")));
    QVERIFY(model.setData(model.index(0, LineItemTableModel::CountColumn), QStringLiteral("two")));
    problem = model.firstProblem();
    QCOMPARE(problem.column, LineItemTableModel::CountColumn);
    QVERIFY(model.setData(model.index(0, LineItemTableModel::CountColumn), QStringLiteral("2")));
    QVERIFY(model.firstProblem().isEmpty());
    QVERIFY(!model.data(amount, Qt::BackgroundRole).isValid());
}

void TestLineItemTableModel::validationFindingsShowOnTheirCellUntilEdited()
{
    LineItemTableModel model(LineItemTableModel::Kind::Fees);
    QVERIFY(model.addRow({ QStringLiteral("a"), QStringLiteral("1"), QStringLiteral("1"), {} }));
    model.setCellProblem(0, LineItemTableModel::NameColumn, QStringLiteral("name repeated"));
    QCOMPARE(model.firstProblem().reason, QStringLiteral("name repeated"));
    QVERIFY(model.setData(model.index(0, LineItemTableModel::NameColumn), QStringLiteral("b")));
    QVERIFY(model.firstProblem().isEmpty());
}

QTEST_MAIN(TestLineItemTableModel)
#include "tst_LineItemTableModel.moc"
