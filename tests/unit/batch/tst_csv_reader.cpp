// CsvReader: the files operators save from Excel and WPS, and what is not such a file.
#include <batch/CsvReader.h>

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using psc::batch::CsvReader;
using psc::batch::CsvTable;

class TstCsvReader : public QObject {
    Q_OBJECT

private:
    static QByteArray gb18030(const QString &text)
    {
        QStringEncoder encoder("GB18030");
        return encoder.encode(text);
    }
    static CsvTable readOk(const QByteArray &bytes)
    {
        auto table = CsvReader().read(bytes);
        if (!table)
            qWarning() << table.error();
        Q_ASSERT(table.ok());
        return std::move(table).value();
    }

private slots:
    void utf8WithoutBom()
    {
        const CsvTable table = readOk(
            QStringLiteral("商户订单号,模式,收款时间\nA-1,serviceorder,2026-11-28 10:00:00\n")
                .toUtf8());
        QCOMPARE(table.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(table.header, QStringList({ "商户订单号", "模式", "收款时间" }));
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(table.cell(0, 2), QStringLiteral("2026-11-28 10:00:00"));
    }

    void utf8WithBomIsNotPartOfTheFirstHeader()
    {
        const CsvTable table
            = readOk(QByteArray("\xEF\xBB\xBF") + QStringLiteral("商户订单号\r\nA-1\r\n").toUtf8());
        QCOMPARE(table.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(table.header.at(0), QStringLiteral("商户订单号")); // no U+FEFF in front
        QCOMPARE(table.cell(0, 0), QStringLiteral("A-1"));
    }

    void gb18030AsChineseExcelSavesIt()
    {
        const QString text = QStringLiteral("商户订单号,取消原因\r\nA-1,顾客不租了\r\n");
        const QByteArray bytes = gb18030(text);
        QVERIFY(bytes != text.toUtf8()); // really a different byte sequence
        const CsvTable table = readOk(bytes);
        QCOMPARE(table.encoding, QStringLiteral("GB18030"));
        QCOMPARE(table.header.at(1), QStringLiteral("取消原因"));
        QCOMPARE(table.cell(0, 1), QStringLiteral("顾客不租了"));
    }

    void utf16WithBomAsExcelUnicodeText()
    {
        const QString text = QStringLiteral("商户订单号\t模式\nA-1\tpayafter\n");
        QByteArray bytes("\xFF\xFE");
        bytes += QStringEncoder(QStringConverter::Utf16LE).encode(text);
        const CsvTable table = readOk(bytes);
        QCOMPARE(table.encoding, QStringLiteral("UTF-16LE (BOM)"));
        QCOMPARE(table.separator, QChar(u'\t'));
        QCOMPARE(table.cell(0, 1), QStringLiteral("payafter"));
    }

    // A quote inside a cell is text for the separator's detection as for the parser, and
    // written back quoted the table reads the same (found by fuzz_batch_csv).
    void aQuoteInsideACellDoesNotHideTheSeparator()
    {
        // The header has no separator: the row after it chooses (a tab, with an empty cell).
        const CsvTable table = readOk(QByteArray("a\"\n0\"\t\n"));
        QCOMPARE(table.separator, QChar(u'\t'));
        QCOMPARE(table.header, QStringList { QStringLiteral("a\"") });
        QCOMPARE(table.cells(0), QStringList({ QStringLiteral("0\""), QString() }));
        const CsvTable quoted = readOk(QByteArray("\"x,\"\"y\"\tz\t\"w\"\n1\t2\t3\n"));
        QCOMPARE(quoted.separator, QChar(u'\t'));
        QCOMPARE(quoted.header.at(0), QStringLiteral("x,\"y"));
    }

    // A lone surrogate (half of a UTF-16 pair) is not text: refused, never read as a header
    // that would come back different once written out (found by fuzz_batch_csv).
    void utf16WithALoneSurrogateIsRefused()
    {
        const QByteArray bytes("\xFF\xFE"
                               "a\0,\0\x00\xD8,\0b\0\n\0",
            14);
        const auto table = CsvReader(1024 * 1024).read(bytes);
        QVERIFY(!table);
        QVERIFY(!table.error().isEmpty());
    }

    void separators_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QByteArray("a,b,c;d\n1,2,3;4\n") << QChar(u',');
        QTest::newRow("tab") << QByteArray("a\tb,c\tx\n1\t2,3\t4\n") << QChar(u'\t');
        QTest::newRow("semicolon") << QByteArray("a;b;c,d\n1;2;3,4\n") << QChar(u';');
    }
    void separators()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        const CsvTable table = readOk(bytes);
        QCOMPARE(table.separator, separator);
        QCOMPARE(table.header.size(), 3);
        QCOMPARE(table.cellCount(0), 3);
    }

    void quotedFieldsWithSeparatorsQuotesAndNewlines()
    {
        const CsvTable table
            = readOk(QByteArray("out_order_no,reason,mode\r\n"
                                "A-1,\"line one\r\nline two, with a comma\",serviceorder\r\n"
                                "A-2,\"say \"\"hi\"\"\",payafter\r\n"));
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.cell(0, 1), QStringLiteral("line one\nline two, with a comma"));
        QCOMPARE(table.cell(0, 2), QStringLiteral("serviceorder"));
        QCOMPARE(table.cell(1, 1), QStringLiteral("say \"hi\""));
        QCOMPARE(table.lineNumbers, QList<int>({ 2, 4 })); // the quoted newline moved row 2 down
    }

    // Found by fuzz_batch_csv: a lone \r before \r\n in a quoted cell was kept, so the cell
    // read "\r\n", which a second reading of the written table turned into "\n".
    void everyLineBreakInACellIsANewline()
    {
        const CsvTable table = readOk(QByteArray("out_order_no,reason\r\n"
                                                 "A-1,\"one\r\r\ntwo\rthree\nfour\"\r\n"
                                                 "A-2,x\r\n"));
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.cell(0, 1), QStringLiteral("one\n\ntwo\nthree\nfour"));
        QCOMPARE(table.lineNumbers, QList<int>({ 2, 7 }));
        const QByteArray again
            = "out_order_no,reason\r\nA-1,\"" + table.cell(0, 1).toUtf8() + "\"\r\nA-2,x\r\n";
        QCOMPARE(readOk(again).cell(0, 1), table.cell(0, 1));
    }

    // Found by fuzz_batch_csv: the separator was chosen on the first physical line, a blank
    // one too, and a one-column header (one quoted cell holding ";" and ",") gave no evidence,
    // so a table written back with its own separator read back split differently.
    void blankLinesAndSeparatorlessRowsDoNotChooseTheSeparator()
    {
        QCOMPARE(readOk(QByteArray("\t\nout_order_no;reason\nA-1;x\n")).separator, u';');
        const CsvTable oneColumn = readOk(QByteArray("\"a;b,c\"\r\n\"A-1\"\t\"x\"\r\n"));
        QCOMPARE(oneColumn.separator, u'\t');
        QCOMPARE(oneColumn.header, QStringList { QStringLiteral("a;b,c") });
        QCOMPARE(oneColumn.cells(0), QStringList({ QStringLiteral("A-1"), QStringLiteral("x") }));
    }

    void blankLinesAndShortRows()
    {
        const CsvTable table = readOk(QByteArray("a,b,c\n\n1\n,,\n2,3,4,5\n"));
        QCOMPARE(table.rowCount(), 2); // the empty line and ",," are skipped
        QCOMPARE(table.cell(0, 2), QString()); // a missing cell reads as empty
        QCOMPARE(table.cellCount(1), 4); // an extra cell is kept for the preview to flag
        QCOMPARE(table.lineNumbers, QList<int>({ 3, 5 }));
    }

    void unterminatedQuoteIsRefused()
    {
        const auto table = CsvReader().read(QByteArray("a,b\n1,\"open\n2,3\n"));
        QVERIFY(!table.ok());
        QVERIFY2(table.error().contains(QStringLiteral("line 2")), qPrintable(table.error()));
    }

    void emptyFileIsRefused()
    {
        QVERIFY(!CsvReader().read(QByteArray("\n\r\n")).ok());
        QVERIFY(!CsvReader().read(QByteArray()).ok());
    }

    void workbookIsRefusedWithAdvice()
    {
        const auto table = CsvReader().read(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8));
        QVERIFY(!table.ok());
        QVERIFY(table.error().contains(QStringLiteral("CSV UTF-8")));
    }

    void neitherUtf8NorGb18030IsRefused()
    {
        // Latin-1 "café" then 0xFF: invalid in UTF-8 and in GB18030.
        const auto table = CsvReader().read(QByteArray("name\ncaf\xE9\xFF\n"));
        QVERIFY(!table.ok());
        QVERIFY(table.error().contains(QStringLiteral("GB18030")));
    }

    void tenMegabytesOfGarbageAreRefusedCleanly()
    {
        QByteArray garbage(10 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(13);
        generator.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
        const auto table = CsvReader().readFile(path);
        QVERIFY(!table.ok());
        QVERIFY(!table.error().isEmpty());
        // Without NUL bytes, random bytes are still neither UTF-8 nor GB18030.
        garbage.replace('\0', '\x01');
        QVERIFY(!CsvReader().read(garbage).ok());
    }

    void sizeCapIsNamed()
    {
        const auto table = CsvReader(1024).read(QByteArray(4096, 'a'));
        QVERIFY(!table.ok());
        QVERIFY2(table.error().contains(QStringLiteral("MiB")), qPrintable(table.error()));
    }

    void pastedRows()
    {
        const auto table = CsvReader::readText(QStringLiteral("商户订单号\t模式\nA-1\t先享后付\n"));
        QVERIFY(table.ok());
        QCOMPARE(table->separator, QChar(u'\t'));
        QCOMPARE(table->cell(0, 1), QStringLiteral("先享后付"));
    }
};

QTEST_GUILESS_MAIN(TstCsvReader)
#include "tst_csv_reader.moc"
