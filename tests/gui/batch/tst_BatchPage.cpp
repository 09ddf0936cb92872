// The batch screen as an operator uses it: real widgets (offscreen), the real in-process
// sandbox over loopback HTTP through ConsoleContext, the real journal. A GB18030 file with
// invalid rows is opened through the file picker, one row is fixed in place and one excluded,
// the batch runs, pauses and resumes, the results are exported as CSV and XLSX, and opening
// the same file again skips every settled row. Screenshots in both languages at 1366×768.
#include "BatchConfirmDialog.h"
#include "BatchPage.h"
#include "BatchTableModel.h"
#include "ConsoleContext.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "ui_MainWindow.h"

#include <batch/BatchPlan.h>
#include <batch/BatchRunner.h>
#include <sandbox/Sandbox.h>
#include <session/BatchRunnerThread.h>

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc::ui;
using psc::batch::BatchRunner;
using psc::batch::RowOutcome;

class TestBatchPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void gb18030FileShowsInvalidRowsWithTheirField();
    void fixOneInPlaceAndExcludeAnother();
    void runPauseResume();
    void exportCsvAndXlsx();
    void openingTheSameFileAgainSkipsSettledRows();
    void pastedRowsFromExcel();
    void rowsWithoutModeAreFoundAsFindDoes();
    void productionRequiresTypingTheRowCount();
    void screenInBothLanguages();

private:
    BatchPage *page() const { return m_window->screen<BatchPage>(); }
    QTableView *table() const { return page()->findChild<QTableView *>("batchTable"); }
    QPushButton *button(const char *name) const { return page()->findChild<QPushButton *>(name); }
    QString labelText(const char *name) const { return page()->findChild<QLabel *>(name)->text(); }
    void openThroughThePicker(const QString &path);
    void waitUntilChecked();
    // The row of the table whose Line column says `line`, as the view shows it.
    QModelIndex cell(int line, int column) const;
    QString checkText(int line) const;
    void typeIntoCell(const QModelIndex &index, const QString &text);
    void typeIntoSpin(QAbstractSpinBox *spin, const QString &text);
    void startAndConfirm(int expectedRows);
    QList<psc::sandbox::SandboxRequestRecord> requestsFor(const QString &order) const;
    void shot(const QString &name);
    QStringList untranslatedTexts() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QString m_shots;
    QString m_file; // the GB18030 file
    QString m_confirmText; // what the last confirmation said
};

namespace {

const QStringList kOrders { QStringLiteral("FAULT-SLOW-200-COLLECTING-BP1"),
    QStringLiteral("FAULT-SLOW-200-COLLECTING-BP2"),
    QStringLiteral("FAULT-SLOW-200-COLLECTING-BP3"),
    QStringLiteral("FAULT-SLOW-200-COLLECTING-BP4"),
    QStringLiteral("FAULT-SLOW-200-COLLECTING-BP5") };

QString hourAgo()
{
    return QDateTime::currentDateTime().addSecs(-3600).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

ModalAnswer::Answer pick(const QString &path)
{
    return [path](QDialog &dialog) {
        auto *picker = qobject_cast<QFileDialog *>(&dialog);
        if (!picker)
            return int(QDialog::Rejected);
        picker->setOption(QFileDialog::DontUseNativeDialog);
        picker->selectFile(path);
        return int(QDialog::Accepted);
    };
}

} // namespace

void TestBatchPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_shots = QStringLiteral(PAYSCORE_BINARY_DIR "/screenshots");
    QDir().mkpath(m_shots);
    ConsoleContext::Options options;
    options.dataDir = m_dir.path();
    options.journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
    m_context = std::make_unique<ConsoleContext>(options);
    m_window = std::make_unique<MainWindow>(*m_context, QStringLiteral("en"));
    m_window->resize(1366, 768);
    m_window->show();
    m_window->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_context->sandboxState() != ConsoleContext::SandboxState::Starting, 30000);
    QVERIFY2(m_context->session(), qPrintable(m_context->sandboxError()));
    m_window->form()->screens->setCurrentWidget(page());

    // A file as Chinese Excel saves it: GB18030, Chinese headers, one time in the future,
    // one order number WeChat Pay would refuse, and one order twice.
    QStringList lines { QStringLiteral("商户订单号,模式,收款时间") };
    for (const QString &order : kOrders.mid(0, 4))
        lines << QStringLiteral("%1,服务订单,%2").arg(order, hourAgo());
    lines << QStringLiteral("%1,服务订单,2099-01-01 10:00:00").arg(kOrders.at(4));
    lines << QStringLiteral("BAD ORDER,服务订单,%1").arg(hourAgo());
    lines << QStringLiteral("%1,服务订单,%2").arg(kOrders.at(1), hourAgo());
    QStringEncoder gb18030("GB18030");
    QVERIFY(gb18030.isValid());
    const QByteArray bytes
        = gb18030.encode(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    QVERIFY(!gb18030.hasError());
    m_file = m_dir.filePath(QStringLiteral("现金收款.csv"));
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestBatchPage::cleanupTestCase()
{
    ModalAnswer::clear();
    m_window.reset();
    m_context.reset();
}

void TestBatchPage::openThroughThePicker(const QString &path)
{
    ModalAnswer::setNext(pick(path));
    QTest::mouseClick(button("batchOpen"), Qt::LeftButton);
    QCOMPARE(ModalAnswer::pendingCount(), 0);
    waitUntilChecked();
}

void TestBatchPage::waitUntilChecked()
{
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isChecking(), 20000);
    QVERIFY(page()->plan());
}

QModelIndex TestBatchPage::cell(int line, int column) const
{
    QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toInt() == line)
            return model->index(row, column);
    }
    return {};
}

QString TestBatchPage::checkText(int line) const
{
    return cell(line, page()->model()->firstOutcomeColumn()).data().toString();
}

void TestBatchPage::typeIntoCell(const QModelIndex &index, const QString &text)
{
    QTableView *view = table();
    view->setCurrentIndex(index);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    // The cell's editor lives on the view's viewport.
    const QList<QLineEdit *> editors = view->viewport()->findChildren<QLineEdit *>();
    QCOMPARE(editors.size(), 1);
    QLineEdit *editor = editors.first();
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
}

void TestBatchPage::typeIntoSpin(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Tab);
}

void TestBatchPage::startAndConfirm(int expectedRows)
{
    m_confirmText.clear();
    ModalAnswer::setNext([this, expectedRows](QDialog &dialog) {
        auto *confirm = qobject_cast<BatchConfirmDialog *>(&dialog);
        if (!confirm)
            return int(QDialog::Rejected);
        m_confirmText = confirm->findChild<QLabel *>("confirmBadge")->text() + u'|'
            + confirm->findChild<QLabel *>("confirmSummary")->text();
        if (!confirm->startButton()->isEnabled() || confirm->rowCountEdit())
            return int(QDialog::Rejected); // the sandbox needs no typed count
        return m_confirmText.contains(QString::number(expectedRows)) ? int(QDialog::Accepted)
                                                                     : int(QDialog::Rejected);
    });
    QTest::mouseClick(button("batchStart"), Qt::LeftButton);
    QCOMPARE(ModalAnswer::pendingCount(), 0);
}

QList<psc::sandbox::SandboxRequestRecord> TestBatchPage::requestsFor(const QString &order) const
{
    // The sandbox lives on its own thread: its log is read there.
    QList<psc::sandbox::SandboxRequestRecord> log;
    psc::sandbox::Sandbox *sandbox = m_context->sandbox();
    QMetaObject::invokeMethod(
        sandbox, [&] { log = sandbox->requestLog(); }, Qt::BlockingQueuedConnection);
    QList<psc::sandbox::SandboxRequestRecord> found;
    for (const auto &record : log) {
        if (record.outOrderNo == order)
            found.append(record);
    }
    return found;
}

void TestBatchPage::shot(const QString &name)
{
    QApplication::processEvents();
    const QString file
        = QStringLiteral("%1/batch_%2_%3.png").arg(m_shots, name, m_window->language());
    QVERIFY2(m_window->grab().save(file), qPrintable(file));
}

QStringList TestBatchPage::untranslatedTexts() const
{
    // English left on a Chinese screen: two English words in a row and no Chinese at all.
    static const QRegularExpression english(
        QStringLiteral("(^|[^_\\w])[A-Za-z][a-z]+ [a-z]{2,}\\b"));
    static const QRegularExpression chinese(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    QStringList found;
    const auto check = [&](const QString &text, const QString &where) {
        QString plain = text;
        plain.remove(u'&');
        if (!plain.isEmpty() && !chinese.match(plain).hasMatch() && english.match(plain).hasMatch())
            found << QStringLiteral("%1: %2").arg(where, plain);
    };
    for (QLabel *label : page()->findChildren<QLabel *>()) {
        if (label->isVisibleTo(page()))
            check(label->text(), label->objectName());
    }
    for (QAbstractButton *b : page()->findChildren<QAbstractButton *>()) {
        if (b->isVisibleTo(page()))
            check(b->text(), b->objectName());
    }
    for (QComboBox *combo : page()->findChildren<QComboBox *>()) {
        for (int i = 0; i < combo->count(); ++i)
            check(combo->itemText(i), combo->objectName());
    }
    QAbstractItemModel *model = table()->model();
    for (int section = 0; section < model->columnCount(); ++section)
        check(model->headerData(section, Qt::Horizontal).toString(), QStringLiteral("header"));
    for (int row = 0; row < model->rowCount(); ++row)
        check(checkText(model->index(row, 0).data().toInt()), QStringLiteral("check"));
    return found;
}

void TestBatchPage::gb18030FileShowsInvalidRowsWithTheirField()
{
    openThroughThePicker(m_file);
    QVERIFY2(labelText("batchFileInfo").contains(QStringLiteral("GB18030")),
        qPrintable(labelText("batchFileInfo")));
    QVERIFY(labelText("batchFileInfo").contains(QStringLiteral("local time")));
    QCOMPARE(page()->plan()->rowCount(), 7);
    // Chinese headers recognised: no mapping step; the cells show without mojibake.
    QVERIFY(!page()->findChild<QGroupBox *>("batchMapping")->isVisible());
    QCOMPARE(cell(2, 1).data().toString(), kOrders.at(0));
    QCOMPARE(cell(2, 2).data().toString(), QStringLiteral("服务订单"));
    QCOMPARE(
        table()->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("商户订单号"));
    // Every held-back row names its field and reason.
    QVERIFY2(checkText(6).contains(QStringLiteral("paid_time")), qPrintable(checkText(6)));
    QVERIFY2(checkText(7).contains(QStringLiteral("out_order_no")), qPrintable(checkText(7)));
    QVERIFY2(checkText(8).contains(QStringLiteral("line 3")), qPrintable(checkText(8)));
    QCOMPARE(checkText(2), QStringLiteral("OK"));
    QVERIFY2(labelText("batchSummary")
                 .startsWith(QStringLiteral("To send: 4 of 7 rows. Invalid: 2. "
                                            "Duplicates: 1.")),
        qPrintable(labelText("batchSummary")));
    // "Held back" lists exactly the three.
    auto *filter = page()->findChild<QComboBox *>("batchFilter");
    filter->setCurrentIndex(1);
    QCOMPARE(table()->model()->rowCount(), 3);
    shot(QStringLiteral("preview"));
    filter->setCurrentIndex(0);
    QCOMPARE(table()->model()->rowCount(), 7);
}

void TestBatchPage::fixOneInPlaceAndExcludeAnother()
{
    // Line 6: the time in the future, typed again as it should have been.
    const QString typed = hourAgo();
    typeIntoCell(cell(6, 3), typed);
    // The delegate commits the edit on the next turn of the event loop.
    QTRY_COMPARE_WITH_TIMEOUT(checkText(6), QStringLiteral("OK"), 5000);
    QCOMPARE(page()->plan()->table().cell(4, 2), typed);
    // Line 7: taken out of the batch.
    table()->selectRow(cell(7, 0).row());
    QTest::mouseClick(button("batchExclude"), Qt::LeftButton);
    QCOMPARE(checkText(7), QStringLiteral("Excluded by you"));
    QVERIFY2(labelText("batchSummary").startsWith(QStringLiteral("To send: 5 of 7 rows.")),
        qPrintable(labelText("batchSummary")));
}

void TestBatchPage::runPauseResume()
{
    // Slow enough to pause half-way: one row at a time, two a second.
    typeIntoSpin(page()->findChild<QSpinBox *>("batchConcurrency"), QStringLiteral("1"));
    typeIntoSpin(page()->findChild<QDoubleSpinBox *>("batchRate"), QStringLiteral("2"));
    startAndConfirm(5);
    QVERIFY2(m_confirmText.startsWith(QStringLiteral("SANDBOX")), qPrintable(m_confirmText));
    // The built-in profile by the name the profile bar gives it, in the window's language.
    QVERIFY2(
        m_confirmText.contains(QStringLiteral("Sandbox (built-in)")), qPrintable(m_confirmText));
    // A sync file without amounts says so, not "¥0.00".
    QVERIFY2(m_confirmText.contains(QStringLiteral("Total amount: no amounts in the file")),
        qPrintable(m_confirmText));
    QVERIFY(page()->runner());
    QCOMPARE(page()->runner()->concurrency(), 1);
    QCOMPARE(page()->runner()->ratePerSecond(), 2.0);
    QTRY_VERIFY_WITH_TIMEOUT(page()->runner()->progress().succeeded >= 1, 20000);
    QTest::mouseClick(button("batchPause"), Qt::LeftButton);
    // The batch runs on a thread of its own: the pause takes effect there a moment later.
    QTRY_COMPARE_WITH_TIMEOUT(page()->runner()->state(), BatchRunner::State::Paused, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(page()->runner()->progress().inFlight, 0, 10000);
    const auto doneAtPause = page()->runner()->progress().done();
    QVERIFY(doneAtPause < 5);
    QVERIFY(labelText("batchProgressText").contains(QStringLiteral("paused")));
    shot(QStringLiteral("paused"));
    QTest::qWait(1500); // paused: nothing new starts
    QCOMPARE(page()->runner()->progress().done(), doneAtPause);
    QVERIFY(!button("batchStart")->isEnabled());

    QTest::mouseClick(button("batchResume"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page()->runner()->state(), BatchRunner::State::Finished, 30000);
    const auto &results = page()->model()->results();
    for (int row : { 0, 1, 2, 3, 4 })
        QCOMPARE(results.at(row).outcome, RowOutcome::Succeeded);
    QCOMPARE(results.at(5).outcome, RowOutcome::Invalid); // excluded
    QCOMPARE(results.at(6).outcome, RowOutcome::Invalid); // duplicate
    QCOMPARE(cell(2, page()->model()->firstOutcomeColumn() + 1).data().toString(),
        QStringLiteral("Succeeded"));
    QVERIFY(!cell(2, page()->model()->firstOutcomeColumn() + 5).data().toString().isEmpty());
    for (const QString &order : kOrders) {
        int syncs = 0;
        for (const auto &record : requestsFor(order))
            syncs += record.action == QLatin1String("sync") ? 1 : 0;
        QCOMPARE(syncs, 1); // the duplicate row was not sent
    }
    QVERIFY(labelText("batchProgressText").contains(QStringLiteral("Succeeded 5")));
    shot(QStringLiteral("finished"));
}

void TestBatchPage::exportCsvAndXlsx()
{
    const QString csv = m_dir.filePath(QStringLiteral("results.csv"));
    ModalAnswer::setNext(pick(csv));
    QSignalSpy exported(page(), &BatchPage::exported);
    QTest::mouseClick(button("batchExportCsv"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a BOM, for Excel
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("商户订单号,模式,收款时间,")),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(kOrders.at(0) + QStringLiteral(",服务订单,")),
        qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",Succeeded,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(6).contains(QStringLiteral("BAD ORDER")), qPrintable(lines.at(6)));

    const QString xlsx = m_dir.filePath(QStringLiteral("results.xlsx"));
    ModalAnswer::setNext(pick(xlsx));
    QTest::mouseClick(button("batchExportXlsx"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, 10000);
    QFile xlsxFile(xlsx);
    QVERIFY(xlsxFile.open(QIODevice::ReadOnly));
    QVERIFY(xlsxFile.read(4) == QByteArray("PK\x03\x04", 4));
    // The workbook's cells, read back with Python's zipfile (python3 is in ./dev).
    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);"
                           "sys.stdout.buffer.write(z.read('xl/sharedStrings.xml'))"),
            xlsx });
    QVERIFY(python.waitForFinished(20000));
    const QString strings = QString::fromUtf8(python.readAllStandardOutput());
    QVERIFY2(strings.contains(kOrders.at(0)), qPrintable(python.readAllStandardError()));
    QVERIFY(strings.contains(QStringLiteral("商户订单号")));
    QVERIFY(strings.contains(QStringLiteral("Succeeded")));
}

void TestBatchPage::openingTheSameFileAgainSkipsSettledRows()
{
    openThroughThePicker(m_file);
    // The file still has the future time (the fix was on screen): that row is held back again.
    QVERIFY(checkText(6).contains(QStringLiteral("paid_time")));
    startAndConfirm(4);
    // The journal's earlier entries are read on a worker: the click came back before they
    // were, nothing has been sent, and the screen says what it waits for until the read
    // answers and the batch starts.
    QVERIFY(page()->isReadingJournal());
    QCOMPARE(page()->runner()->state(), BatchRunner::State::Idle);
    QVERIFY(labelText("batchProgressText").contains(QStringLiteral("Reading the journal")));
    QVERIFY(!button("batchStart")->isEnabled());
    QVERIFY(!button("batchCancel")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isReadingJournal(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(page()->runner()->state(), BatchRunner::State::Finished, 30000);
    const auto &results = page()->model()->results();
    for (int row : { 0, 1, 2, 3 }) {
        QCOMPARE(results.at(row).outcome, RowOutcome::Skipped);
        QVERIFY(!results.at(row).note.isEmpty());
    }
    QCOMPARE(cell(2, page()->model()->firstOutcomeColumn() + 1).data().toString(),
        QStringLiteral("Already done, skipped"));
    for (const QString &order : kOrders) {
        int syncs = 0;
        for (const auto &record : requestsFor(order))
            syncs += record.action == QLatin1String("sync") ? 1 : 0;
        QCOMPARE(syncs, 1); // never sent twice
    }
}

void TestBatchPage::pastedRowsFromExcel()
{
    auto *operation = page()->findChild<QComboBox *>("batchOperation");
    operation->setCurrentIndex(operation->findData(int(psc::batch::BatchOperation::Query)));
    waitUntilChecked(); // the rows on screen, read again as queries
    QApplication::clipboard()->setText(
        QStringLiteral("out_order_no\tmode\nDEMO-STAY-COLLECTING-002\tserviceorder\n%1\t服务订单\n"
                       "NO-SUCH-ORDER-1\tserviceorder\n")
            .arg(kOrders.at(0)));
    QTest::mouseClick(button("batchPaste"), Qt::LeftButton);
    waitUntilChecked();
    QCOMPARE(page()->plan()->rowCount(), 3);
    QVERIFY(labelText("batchFileInfo").contains(QStringLiteral("tabs")));
    QTest::mouseClick(button("batchStart"), Qt::LeftButton); // a query changes nothing: no confirm
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->runner() && page()->runner()->state() == BatchRunner::State::Finished, 20000);
    QCOMPARE(page()->model()->results().at(0).outcome, RowOutcome::Succeeded);
    QVERIFY(page()->model()->results().at(0).state.startsWith(QStringLiteral("DOING")));
    QCOMPARE(page()->model()->results().at(1).state, QStringLiteral("DONE"));
    // A rejection's meaning in the window's language (the sandbox, like WeChat Pay, answers
    // in Chinese: "订单不存在").
    QCOMPARE(page()->model()->results().at(2).errorCode, QStringLiteral("ORDER_NOT_EXIST"));
    QCOMPARE(cell(4, page()->model()->firstOutcomeColumn() + 4).data().toString(),
        QStringLiteral("No such order."));
    operation->setCurrentIndex(operation->findData(int(psc::batch::BatchOperation::Sync)));
    waitUntilChecked();
}

void TestBatchPage::rowsWithoutModeAreFoundAsFindDoes()
{
    auto *operation = page()->findChild<QComboBox *>("batchOperation");
    QCOMPARE(operation->currentData().toInt(), int(psc::batch::BatchOperation::Sync));
    // Rows copied from a sheet without a mode column: one 先享后付 order, one nobody has.
    QApplication::clipboard()->setText(QStringLiteral(
        "商户订单号\t收款时间\nDEMO-PAYAFTER-COLLECTING-001\t%1\nNOPE-NOWHERE-GUI\t%1\n")
                                           .arg(hourAgo()));
    QTest::mouseClick(button("batchPaste"), Qt::LeftButton);
    waitUntilChecked();
    // The screen looks each order up before anything can start.
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isLookingUpModes() && !page()->isChecking(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(checkText(2), QStringLiteral("OK · found in payafter"), 20000);
    QVERIFY2(checkText(3).contains(QStringLiteral("found in no mode")), qPrintable(checkText(3)));
    QVERIFY2(
        labelText("batchSummary").startsWith(QStringLiteral("To send: 1 of 2 rows. Invalid: 1.")),
        qPrintable(labelText("batchSummary")));
    shot(QStringLiteral("modes_found"));
    startAndConfirm(1);
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->runner() && page()->runner()->state() == BatchRunner::State::Finished, 20000);
    QCOMPARE(page()->model()->results().at(0).outcome, RowOutcome::Succeeded);
    QCOMPARE(page()->model()->results().at(0).state, QStringLiteral("DONE"));
    const auto payAfter = requestsFor(QStringLiteral("DEMO-PAYAFTER-COLLECTING-001"));
    QVERIFY(std::any_of(payAfter.cbegin(), payAfter.cend(),
        [](const auto &request) { return request.action == QLatin1String("sync"); }));
    for (const auto &request : requestsFor(QStringLiteral("NOPE-NOWHERE-GUI")))
        QCOMPARE(request.action, QStringLiteral("query")); // looked up, never written
}

void TestBatchPage::productionRequiresTypingTheRowCount()
{
    BatchConfirmDialog::Figures figures;
    figures.environment = psc::profile::Environment::Production;
    figures.profileName = QStringLiteral("Store 12");
    figures.operation = QStringLiteral("Sync");
    figures.rows = 120;
    figures.total = QStringLiteral("¥1,234.00");
    BatchConfirmDialog dialog(figures, m_window.get());
    dialog.show();
    QVERIFY(
        dialog.findChild<QLabel *>("confirmBadge")->text().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(
        dialog.findChild<QLabel *>("confirmSummary")->text().contains(QStringLiteral("¥1,234.00")));
    QVERIFY(dialog.rowCountEdit());
    QVERIFY(!dialog.startButton()->isEnabled());
    QTest::keyClicks(dialog.rowCountEdit(), QStringLiteral("12"));
    QVERIFY(!dialog.startButton()->isEnabled());
    QTest::keyClicks(dialog.rowCountEdit(), QStringLiteral("0"));
    QVERIFY(dialog.startButton()->isEnabled());
    QVERIFY(dialog.grab().save(QStringLiteral("%1/batch_production_confirm_en.png").arg(m_shots)));
}

void TestBatchPage::screenInBothLanguages()
{
    openThroughThePicker(m_file);
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        m_window->setLanguage(language);
        QApplication::processEvents();
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isChecking(), 20000); // reasons in the new language
        if (language == QLatin1String("zh_CN")) {
            const QStringList english = untranslatedTexts();
            QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
        }
        shot(QStringLiteral("screen"));
        // Fits 1366×768: the run controls and the export buttons are on screen.
        for (const char *name : { "batchStart", "batchCancel", "batchExportXlsx" }) {
            QPushButton *b = button(name);
            const QRect inWindow(b->mapTo(m_window.get(), QPoint(0, 0)), b->size());
            QVERIFY2(m_window->rect().contains(inWindow), name);
            QVERIFY2(b->width() >= b->sizeHint().width(), name);
        }
    }
}

QTEST_MAIN(TestBatchPage)
#include "tst_BatchPage.moc"
