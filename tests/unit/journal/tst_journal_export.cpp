// CSV for Excel (BOM, CRLF, quoting, Chinese intact, no formula injection) and JSON export.
#include <journal/JournalExport.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace psc::journal;

namespace {

JournalEntry chineseEntry()
{
    JournalEntry e;
    e.id = 7;
    e.startedAt = QDateTime(QDate(2026, 11, 22), QTime(2, 15, 0), Qt::UTC);
    e.write.operatorName = QStringLiteral("张三");
    e.write.profileName = QStringLiteral("门店, 12号");
    e.write.mode = QStringLiteral("serviceorder");
    e.write.operation = QStringLiteral("complete");
    e.write.outOrderNo = QStringLiteral("1234323JKHDFE1243252");
    e.write.requestBody
        = R"({"post_payments":[{"name":"就餐费用","amount":40000}],"total_amount":40000})";
    e.write.amountFen = 40000;
    e.result.outcome = Outcome::Rejected;
    e.result.httpStatus = 400;
    e.result.requestId = QStringLiteral("08F4D9A1-0001");
    e.result.errorCode = QStringLiteral("PARAM_ERROR");
    e.result.errorMessage = QStringLiteral("=HYPERLINK(\"x\") 最终总金额计算非法");
    e.result.elapsedMs = 88;
    e.finishedAt = e.startedAt.addMSecs(88);
    return e;
}

// A minimal RFC 4180 reader: what a spreadsheet does with the bytes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestJournalExport : public QObject {
    Q_OBJECT

private slots:
    void csvOpensWithTheRightColumnsAndChineseIntact()
    {
        const QByteArray csv = JournalExport::toCsv({ chineseEntry() });
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("\r\n"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(rows.size(), 2);
        const QStringList header = rows.at(0);
        for (const char *column : { "started_at", "operator", "profile", "mode", "operation",
                 "out_order_no", "amount_fen", "amount_yuan", "outcome", "http_status",
                 "request_id", "error_code", "order_id", "state", "elapsed_ms", "request_body" })
            QVERIFY2(header.contains(QLatin1String(column)), column);
        QCOMPARE(header, JournalExport::columns());
        const QStringList row = rows.at(1);
        QCOMPARE(row.size(), header.size());
        auto cell
            = [&](const char *column) { return row.at(header.indexOf(QLatin1String(column))); };
        QCOMPARE(cell("operator"), QStringLiteral("张三"));
        QCOMPARE(cell("profile"), QStringLiteral("门店, 12号"));
        QCOMPARE(cell("amount_fen"), QStringLiteral("40000"));
        QCOMPARE(cell("amount_yuan"), QStringLiteral("400.00"));
        QCOMPARE(cell("outcome"), QStringLiteral("rejected"));
        QCOMPARE(cell("http_status"), QStringLiteral("400"));
        QCOMPARE(cell("started_at"), QStringLiteral("2026-11-22T02:15:00.000Z"));
        QVERIFY(cell("request_body").contains(QStringLiteral("就餐费用")));
        // A server message cannot become a spreadsheet formula.
        QVERIFY(cell("error_message").startsWith(QStringLiteral("'=HYPERLINK")));
        QVERIFY(cell("error_message").endsWith(QStringLiteral("最终总金额计算非法")));
    }

    void emptyCsvStillHasItsHeader()
    {
        const QByteArray csv = JournalExport::toCsv({});
        QCOMPARE(csv,
            QByteArray("\xEF\xBB\xBF") + JournalExport::columns().join(QLatin1Char(',')).toUtf8()
                + "\r\n");
    }

    void jsonKeepsNumbersAndEmbedsTheBody()
    {
        const QJsonDocument doc
            = QJsonDocument::fromJson(JournalExport::toJson({ chineseEntry() }));
        const QJsonArray entries = doc.object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.at(0).toObject();
        QCOMPARE(e.keys().size(), JournalExport::columns().size());
        QVERIFY(e.value(QStringLiteral("amount_fen")).isDouble());
        QCOMPARE(e.value(QStringLiteral("amount_fen")).toInteger(), qint64(40000));
        QCOMPARE(e.value(QStringLiteral("operator")).toString(), QStringLiteral("张三"));
        QCOMPARE(e.value(QStringLiteral("outcome_unknown")).toBool(), false);
        QVERIFY(e.value(QStringLiteral("order_id")).toString().isEmpty());
        const QJsonObject body = e.value(QStringLiteral("request_body")).toObject();
        QCOMPARE(body.value(QStringLiteral("total_amount")).toInteger(), qint64(40000));
        QVERIFY(e.value(QStringLiteral("reconciled_at")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJournalExport)
#include "tst_journal_export.moc"
