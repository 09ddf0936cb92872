#include <payscore/BusinessTime.h>

#include <QtTest>

using psc::payscore::BusinessTime;

class TestBusinessTime : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: refused
        QTest::newRow("api format is Beijing time") << "20261122101500"
                                                    << "2026-11-22T02:15:00Z";
        QTest::newRow("iso +08:00") << "2026-11-22T10:15:00+08:00"
                                    << "2026-11-22T02:15:00Z";
        QTest::newRow("iso Z") << "2026-11-22T02:15:00Z"
                               << "2026-11-22T02:15:00Z";
        QTest::newRow("iso negative offset") << "2026-11-21T21:15:00-05:00"
                                             << "2026-11-22T02:15:00Z";
        QTest::newRow("iso fraction") << "2026-11-22T10:15:00.250+08:00"
                                      << "2026-11-22T02:15:00Z";
        QTest::newRow("iso compact offset") << "2026-11-22T10:15:00+0800"
                                            << "2026-11-22T02:15:00Z";
        QTest::newRow("leap day") << "20240229120000"
                                  << "2024-02-29T04:00:00Z";
        QTest::newRow("no leap day") << "20250229120000"
                                     << "";
        QTest::newRow("february 30") << "2026-02-30T10:00:00+08:00"
                                     << "";
        QTest::newRow("month 13") << "20261322101500"
                                  << "";
        QTest::newRow("hour 24") << "20261122240000"
                                 << "";
        QTest::newRow("minute 60") << "20261122106000"
                                   << "";
        QTest::newRow("iso without offset") << "2026-11-22T10:15:00"
                                            << "";
        QTest::newRow("date only") << "2026-11-22"
                                   << "";
        QTest::newRow("13 digits") << "2026112210150"
                                   << "";
        QTest::newRow("offset beyond 14h") << "2026-11-22T10:15:00+15:00"
                                           << "";
        QTest::newRow("garbage") << "yesterday"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const auto parsed = BusinessTime::parse(text);
        if (utc.isEmpty()) {
            QVERIFY2(!parsed, qPrintable(text));
            return;
        }
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(parsed->toUTC().toString(Qt::ISODate), utc);
    }

    void formatsAreBeijingTime()
    {
        const QDateTime instant(QDate(2026, 11, 21), QTime(18, 5, 9), Qt::UTC);
        QCOMPARE(BusinessTime::toApiTime(instant), QStringLiteral("20261122020509"));
        QCOMPARE(BusinessTime::toRfc3339(instant), QStringLiteral("2026-11-22T02:05:09+08:00"));
        // Round trip through the API format keeps the instant.
        QCOMPARE(*BusinessTime::parse(BusinessTime::toApiTime(instant)), instant);
        QCOMPARE(*BusinessTime::parse(BusinessTime::toRfc3339(instant)), instant);
    }
};

QTEST_GUILESS_MAIN(TestBusinessTime)
#include "tst_business_time.moc"
