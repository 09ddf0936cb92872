#include <payscore/Money.h>
#include <payscore/MoneyLimits.h>

#include <QtTest>

#include <limits>

using namespace psc::payscore;

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void parseYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen"); // -1: refused
        QTest::newRow("two decimals") << "12.34" << qint64(1234);
        QTest::newRow("whole") << "12" << qint64(1200);
        QTest::newRow("one decimal") << "0.5" << qint64(50);
        QTest::newRow("leading point") << ".5" << qint64(50);
        QTest::newRow("trailing point") << "3." << qint64(300);
        QTest::newRow("yuan sign") << "¥12.30" << qint64(1230);
        QTest::newRow("fullwidth sign") << "￥0.01" << qint64(1);
        QTest::newRow("spaces") << "  7 " << qint64(700);
        QTest::newRow("zero") << "0" << qint64(0);
        // 0.1 + 0.2 style float traps: exact integer arithmetic only.
        QTest::newRow("float trap") << "0.29" << qint64(29);
        QTest::newRow("large") << "99999999999.99" << qint64(9999999999999);
        QTest::newRow("three decimals") << "1.234" << qint64(-1);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("plus") << "+1" << qint64(-1);
        QTest::newRow("exponent") << "1e3" << qint64(-1);
        QTest::newRow("comma") << "1,000" << qint64(-1);
        QTest::newRow("two points") << "1.2.3" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("point only") << "." << qint64(-1);
        QTest::newRow("letters") << "abc" << qint64(-1);
        QTest::newRow("too large") << "999999999999" << qint64(-1);
    }
    void parseYuan()
    {
        QFETCH(QString, text);
        QFETCH(qint64, fen);
        const auto money = Money::parseYuan(text);
        if (fen < 0) {
            QVERIFY2(!money.has_value(), qPrintable(text));
        } else {
            QVERIFY2(money.has_value(), qPrintable(text));
            QCOMPARE(money->fen(), fen);
        }
    }

    void display()
    {
        QCOMPARE(Money::fromFen(1234).display(), QStringLiteral("¥12.34"));
        QCOMPARE(Money::fromFen(5).display(), QStringLiteral("¥0.05"));
        QCOMPARE(Money::fromFen(0).toYuanString(), QStringLiteral("0.00"));
        QCOMPARE(Money::fromFen(-50).display(), QStringLiteral("-¥0.50"));
        QCOMPARE(Money::fromFen(-50).toYuanString(), QStringLiteral("-0.50"));
        // An amount the order does not carry is a dash, not ¥0.00.
        QCOMPARE(Money::display(std::nullopt), QStringLiteral("—"));
        QCOMPARE(Money::display(Money::fromFen(0)), QStringLiteral("¥0.00"));
    }

    void arithmetic()
    {
        Money total = Money::fromFen(1000);
        total -= Money::fromFen(1500);
        QVERIFY(total.isNegative());
        QCOMPARE((total + Money::fromFen(500)).fen(), 0);
        QVERIFY(Money::fromFen(1) < Money::fromFen(2));
    }

    void checkedArithmeticNeverWraps()
    {
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        QCOMPARE(checkedPlus(Money::fromFen(max - 1), Money::fromFen(1))->fen(), max);
        QVERIFY(!checkedPlus(Money::fromFen(max), Money::fromFen(1)));
        QCOMPARE(checkedMinus(Money::fromFen(min + 1), Money::fromFen(1))->fen(), min);
        QVERIFY(!checkedMinus(Money::fromFen(min), Money::fromFen(1)));
        QVERIFY(!checkedMinus(Money::fromFen(0), Money::fromFen(min)));
        QCOMPARE(checkedPlus(Money::fromFen(kMaxAmountFen), Money::fromFen(kMaxAmountFen))->fen(),
            2 * kMaxAmountFen);
        // What a person types stays below the same limit.
        QCOMPARE(Money::parseYuan(u"99999999999.99")->fen(), kMaxAmountFen - 1);
        QVERIFY(!Money::parseYuan(u"100000000000.01"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
