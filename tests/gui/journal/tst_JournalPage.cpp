// The Journal screen with real widgets, offscreen: opens on the unknown outcomes, filters,
// detail view, CSV export and the Reconcile button against a scripted lookup.
#include "JournalPage.h"
#include "JournalTableModel.h"
#include "LanguageSwitcher.h"

#include <journal/OperatorIdentity.h>
#include <refund/RefundView.h>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc::journal;
using psc::ui::JournalPage;
using psc::ui::JournalTableModel;

namespace {

class FoundLookup : public OrderLookup {
public:
    int calls = 0;
    void lookup(const JournalEntry &entry, std::function<void(OrderFinding)> done) override
    {
        ++calls;
        OrderFinding finding;
        finding.kind = OrderFinding::Kind::Found;
        finding.state = QStringLiteral("DONE");
        finding.orderId = QStringLiteral("ID-") + entry.write.outOrderNo;
        QTimer::singleShot(1, [done, finding] { done(finding); });
    }
};

PendingWrite write(const QString &no, const QString &op, const QString &profile)
{
    PendingWrite w;
    w.operatorName = op;
    w.profileName = profile;
    w.mode = QStringLiteral("payafter");
    w.operation = QStringLiteral("complete");
    w.outOrderNo = no;
    w.requestBody = R"({"fees":[{"fee_name":"租金","fee_amount":1200}],"total_amount":1200})";
    w.amountFen = 1200;
    return w;
}

} // namespace

class TestJournalPage : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(opened.ok());
        m_journal = *opened;
        WriteResult ok;
        ok.outcome = Outcome::Succeeded;
        ok.httpStatus = 200;
        ok.requestId = QStringLiteral("REQ-OK");
        ok.orderId = QStringLiteral("WX-1");
        m_done = *m_journal->beginWrite(
            write(QStringLiteral("PA-001"), QStringLiteral("张三"), QStringLiteral("Store 1")));
        QVERIFY(m_journal->recordResult(m_done, ok));
        m_pending = *m_journal->beginWrite(
            write(QStringLiteral("PA-002"), QStringLiteral("李四"), QStringLiteral("Store 2")));
        WriteResult unknown;
        unknown.outcome = Outcome::Unknown;
        unknown.errorCode = QStringLiteral("TIMEOUT");
        m_unknown = *m_journal->beginWrite(
            write(QStringLiteral("PA-003"), QStringLiteral("张三"), QStringLiteral("Store 1")));
        QVERIFY(m_journal->recordResult(m_unknown, unknown));
    }

    void opensOnOutcomeUnknownWithBanner()
    {
        JournalPage page;
        QAbstractItemModelTester tester(
            page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setJournal(m_journal);
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("journalTable"));
        auto *banner = page.findChild<QLabel *>(QStringLiteral("unknownBanner"));
        QVERIFY(table && banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QLatin1Char('2')));
        QCOMPARE(table->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(table->model()->index(row, JournalTableModel::Outcome).data().toString(),
                QStringLiteral("Outcome unknown"));
        auto *outcome = page.findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        outcome->setCurrentIndex(0); // all
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void showsWhosePcHoldsTheUnknownOutcomesAndFiltersByPc()
    {
        // A colleague's PC in a team journal: its unknown outcome blocks the same write here.
        PendingWrite remote
            = write(QStringLiteral("PA-004"), QStringLiteral("王五"), QStringLiteral("Store 1"));
        remote.hostName = QStringLiteral("STORE-12-PC");
        remote.osAccount = QStringLiteral("store12");
        QVERIFY(m_journal->beginWrite(remote).ok());
        JournalPage page;
        page.setJournal(m_journal);
        page.show();
        auto *banner = page.findChild<QLabel *>(QStringLiteral("unknownBanner"));
        QVERIFY2(banner->text().contains(QStringLiteral("王五 on STORE-12-PC")),
            qPrintable(banner->text()));
        auto *table = page.findChild<QTableView *>(QStringLiteral("journalTable"));
        page.findChild<QComboBox *>(QStringLiteral("outcomeFilter"))->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 4);

        // The PC picker lists the PCs in the journal; choosing one, as a person would.
        auto *pcs = page.findChild<QComboBox *>(QStringLiteral("hostFilter"));
        QVERIFY(pcs);
        const int index = pcs->findText(QStringLiteral("STORE-12-PC"));
        QVERIFY(index > 0);
        pcs->setFocus();
        pcs->setCurrentIndex(index);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, JournalTableModel::Pc).data().toString(),
            QStringLiteral("STORE-12-PC (store12)"));
        pcs->setCurrentIndex(0);
        auto *accounts = page.findChild<QComboBox *>(QStringLiteral("accountFilter"));
        accounts->setCurrentIndex(accounts->findText(QStringLiteral("store12")));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, JournalTableModel::OrderNo).data().toString(),
            QStringLiteral("PA-004"));
    }

    void filtersAndDetails()
    {
        JournalPage page;
        page.setJournal(m_journal);
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("journalTable"));
        page.findChild<QComboBox *>(QStringLiteral("outcomeFilter"))->setCurrentIndex(0);
        auto *order = page.findChild<QLineEdit *>(QStringLiteral("orderFilter"));
        // Wide enough for a whole 32-character order number.
        const QString longest = QStringLiteral("PAYSCORE-20261128-STORE12-000001");
        QCOMPARE(longest.size(), 32);
        QVERIFY2(order->width() >= order->fontMetrics().horizontalAdvance(longest) + 16,
            qPrintable(QString::number(order->width())));
        QTest::keyClicks(order, QStringLiteral("001"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, JournalTableModel::OrderNo).data().toString(),
            QStringLiteral("PA-001"));
        QCOMPARE(table->model()->index(0, JournalTableModel::Amount).data().toString(),
            QStringLiteral("¥12.00"));
        table->selectRow(0);
        const QString details
            = page.findChild<QPlainTextEdit *>(QStringLiteral("detailView"))->toPlainText();
        QVERIFY(details.contains(QStringLiteral("REQ-OK")));
        QVERIFY(details.contains(QStringLiteral("租金")));
        order->clear();

        auto *operatorBox = page.findChild<QComboBox *>(QStringLiteral("operatorFilter"));
        operatorBox->setCurrentIndex(operatorBox->findData(QStringLiteral("李四")));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, JournalTableModel::OrderNo).data().toString(),
            QStringLiteral("PA-002"));
        operatorBox->setCurrentIndex(0);

        auto *profileBox = page.findChild<QComboBox *>(QStringLiteral("profileFilter"));
        profileBox->setCurrentIndex(profileBox->findData(QStringLiteral("Store 1")));
        QCOMPARE(table->model()->rowCount(), 2);

        auto *outcome = page.findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        outcome->setCurrentIndex(outcome->findData(QStringLiteral("succeeded")));
        QCOMPARE(table->model()->rowCount(), 1);
        outcome->setCurrentIndex(0);

        // Dates: today is in, a range in the past is empty.
        page.findChild<QCheckBox *>(QStringLiteral("dateFilterCheck"))->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 2);
        page.findChild<QDateEdit *>(QStringLiteral("toDate"))
            ->setDate(QDate::currentDate().addDays(-3));
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void exportCsvButtonWritesTheFile()
    {
        JournalPage page;
        page.setJournal(m_journal);
        page.findChild<QComboBox *>(QStringLiteral("outcomeFilter"))->setCurrentIndex(0);
        const QString path = m_dir->filePath(QStringLiteral("export.csv"));
        page.setExportPathProvider([path] { return path; });
        QTest::mouseClick(
            page.findChild<QPushButton *>(QStringLiteral("exportCsvButton")), Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csv.count("\r\n"), 4); // header + 3 entries
        QVERIFY(csv.contains("张三"));
    }

    void reconcileButtonSettlesUnknownOutcomes()
    {
        JournalPage page;
        FoundLookup lookup;
        page.setOperatorName(QStringLiteral("manager"));
        page.setJournal(m_journal);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("reconcileButton"));
        QVERIFY(!button->isEnabled()); // no lookup yet
        page.setOrderLookup(&lookup);
        QVERIFY(button->isEnabled());
        QSignalSpy finished(&page, &JournalPage::reconcileFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(lookup.calls, 2);
        QCOMPARE(finished.at(0).at(0).toInt(), 2);
        QVERIFY(m_journal->outcomeUnknown().isEmpty());
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("unknownBanner"))->isVisibleTo(&page));
        QCOMPARE(m_journal->entry(m_pending)->reconciliation->orderId, QStringLiteral("ID-PA-002"));
        QCOMPARE(
            m_journal->entry(m_unknown)->reconciliation->operatorName, QStringLiteral("manager"));
    }

    // In zh_CN the journal reads as Chinese: the mode and operation columns, the outcome of a
    // reconciled entry (state meaning, code beside it), local times in a readable form; the
    // detail pane follows a switch to English; the columns that matter fit 1366 pixels.
    void readsAsPlainWordsInBothLanguages()
    {
        Reconciliation found;
        found.operatorName = QStringLiteral("manager");
        found.orderState = QStringLiteral("DONE");
        found.orderId = QStringLiteral("WX-3");
        QVERIFY(m_journal->recordReconciliation(m_unknown, found));
        psc::ui::LanguageSwitcher language;
        QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
        JournalPage page;
        page.setJournal(m_journal);
        page.resize(1366 - 560, 700); // beside the results pane of a 1366×768 window
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTableView *>(QStringLiteral("journalTable"));
        page.findChild<QComboBox *>(QStringLiteral("outcomeFilter"))->setCurrentIndex(0);
        int row = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, JournalTableModel::OrderNo).data() == "PA-003")
                row = r;
        }
        QVERIFY(row >= 0);
        const auto cell
            = [&](int column) { return table->model()->index(row, column).data().toString(); };
        QCOMPARE(cell(JournalTableModel::Mode), QStringLiteral("先享后付"));
        QCOMPARE(cell(JournalTableModel::Operation), QStringLiteral("完结订单"));
        // The cell in a word; what the reconciliation found, with its code, in the tooltip.
        QCOMPARE(cell(JournalTableModel::Outcome), QStringLiteral("未知→已生效"));
        QCOMPARE(
            table->model()->index(row, JournalTableModel::Outcome).data(Qt::ToolTipRole).toString(),
            QStringLiteral("未知，已核对：订单已完成（DONE）"));
        const QDateTime started = m_journal->entry(m_unknown)->startedAt;
        QCOMPARE(cell(JournalTableModel::Time),
            started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        table->selectRow(row);
        auto *details = page.findChild<QPlainTextEdit *>(QStringLiteral("detailView"));
        QVERIFY2(details->toPlainText().contains(QStringLiteral("操作：完结订单")),
            qPrintable(details->toPlainText()));
        QVERIFY(!details->toPlainText().contains(QStringLiteral("payafter")));
        QVERIFY(!details->toPlainText().contains(started.toString(Qt::ISODateWithMs)));

        // Everything a clerk needs, up to the state, is visible without scrolling sideways.
        const auto fits = [&] {
            QApplication::processEvents();
            const int right
                = table->horizontalHeader()->sectionViewportPosition(JournalTableModel::State)
                + table->horizontalHeader()->sectionSize(JournalTableModel::State);
            return table->horizontalScrollBar()->value() == 0
                && right <= table->viewport()->width();
        };
        page.grab().save(QStringLiteral(PAYSCORE_BINARY_DIR "/screenshots/journal_page_zh_CN.png"));
        QVERIFY2(fits(), "zh_CN: the outcome and state columns are off the right edge");

        QVERIFY(language.setLanguage(QStringLiteral("en")));
        QVERIFY2(details->toPlainText().contains(QStringLiteral("Operation: complete")),
            qPrintable(details->toPlainText()));
        QCOMPARE(cell(JournalTableModel::Mode), QStringLiteral("Pay-after"));
        QCOMPARE(cell(JournalTableModel::Outcome), QStringLiteral("Unknown→took effect"));
        page.grab().save(QStringLiteral(PAYSCORE_BINARY_DIR "/screenshots/journal_page_en.png"));
        QVERIFY2(fits(), "en: the outcome and state columns are off the right edge");
    }

    // A refund's status reads the same in the journal's tooltip as on the results pane, in
    // Chinese; the cell keeps a word of its own.
    void aRefundStatusReadsAsTheResultsPaneSaysIt()
    {
        psc::ui::LanguageSwitcher language;
        QVERIFY(language.setLanguage(QStringLiteral("zh_CN")));
        const QString refund = QStringLiteral("refund");
        for (const QString &status : { QStringLiteral("SUCCESS"), QStringLiteral("PROCESSING"),
                 QStringLiteral("ABNORMAL"), QStringLiteral("CLOSED") }) {
            const QString text = JournalTableModel::stateText(refund, status);
            QCOMPARE(text, psc::refund::RefundView::statusLabel(status));
            QVERIFY2(text.contains(status)
                    && text.contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
                qPrintable(text));
            QVERIFY(!JournalTableModel::stateWord(refund, status).contains(status));
        }
        QCOMPARE(JournalTableModel::stateText(refund, QStringLiteral("SUCCESS")),
            QStringLiteral("退款成功（SUCCESS）"));
        QVERIFY(language.setLanguage(QStringLiteral("en")));
    }

    void operatorNameCanBeChangedOncePerSession()
    {
        qputenv("USER", "store-pc");
        OperatorIdentity identity;
        JournalPage page;
        page.setOperatorIdentity(&identity);
        auto *edit = page.findChild<QLineEdit *>(QStringLiteral("operatorNameEdit"));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("operatorNameButton"));
        QCOMPARE(edit->text(), QStringLiteral("store-pc"));
        QVERIFY(button->isEnabled());
        QSignalSpy changed(&page, &JournalPage::operatorNameChanged);
        edit->setText(QStringLiteral("王小明"));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("王小明"));
        QCOMPARE(identity.name(), QStringLiteral("王小明"));
        QVERIFY(!button->isEnabled());
        QVERIFY(edit->isReadOnly());
        // The reconciler records the new name.
        FoundLookup lookup;
        page.setJournal(m_journal);
        page.setOrderLookup(&lookup);
        QSignalSpy finished(&page, &JournalPage::reconcileFinished);
        page.reconcile();
        QVERIFY(finished.wait(5000));
        QCOMPARE(
            m_journal->entry(m_pending)->reconciliation->operatorName, QStringLiteral("王小明"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Journal> m_journal;
    qint64 m_done = 0;
    qint64 m_pending = 0;
    qint64 m_unknown = 0;
};

QTEST_MAIN(TestJournalPage)
#include "tst_JournalPage.moc"
