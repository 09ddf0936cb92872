// The order workspace as staff use it: type an order number, press Enter, read the panel,
// press the buttons the state allows. Real widgets (offscreen), the real in-process sandbox over
// loopback HTTP, the real journal; both languages at 1366×768.
#include "BatchConfirmDialog.h"
#include "CompletePage.h"
#include "ConfirmWriteDialog.h"
#include "ConsoleContext.h"
#include "JournalPage.h"
#include "JournalSettingsDialog.h"
#include "LineItemEditor.h"
#include "LineItemTableModel.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "ModeLabels.h"
#include "ModifyForm.h"
#include "ProfileDialog.h"
#include "QueryPage.h"
#include "ResultsPane.h"
#include "SyncPage.h"
#include "WorkspaceModel.h"
#include "WorkspacePage.h"
#include "ui_MainWindow.h"
#include "ui_ResultsPane.h"
#include <gui/ConsoleUnderTest.h>

#include <journal/Journal.h>
#include <journal/JournalFilter.h>
#include <payscore/OperationRunner.h>
#include <payscore/OrderActions.h>

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc::ui;
using psc::payscore::Mode;
using psc::payscore::Operation;
using Action = WorkspaceModel::Action;

class TestWorkspace : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnTheWorkspaceWithFocusInTheOrderField();
    void findsADemoOrderOfEachMode_data();
    void findsADemoOrderOfEachMode();
    void offersExactlyWhatTheStateAllows_data();
    void offersExactlyWhatTheStateAllows();
    void anOrderFoundNowhereSaysSo();
    void editingTheNumberMakesThePanelStale();
    void cancelThroughTheWorkspace();
    void modifyRefusesATotalThatIsNotLower();
    void modifyThroughTheWorkspace();
    void collectThroughTheWorkspace();
    void anUnknownOutcomeNeverSaysNoFollowUpIsNeeded();
    void goingBackSendsNothing();
    void syncHandsOverToTheSyncScreen();
    void theWheelNeverChangesAFieldItPassesOver();
    void screenshotsInBothLanguages();
    void everyScreenAndDialogFitsAStorePc();

private:
    void lookUp(const QString &outOrderNo) { m_console.lookUp(outOrderNo); }
    void waitUntilIdle() { m_console.waitUntilIdle(); }
    psc::payscore::OrderView queryOrder(Mode mode, const QString &outOrderNo);
    int journalCount(const QString &outOrderNo, const QString &operation) const;
    WorkspacePage *page() const { return m_window->screen<WorkspacePage>(); }

    psc::testsupport::ConsoleUnderTest m_console;
    ConsoleContext *m_context = nullptr; // m_console's, once started
    MainWindow *m_window = nullptr;
};

void TestWorkspace::initTestCase()
{
    m_console.start();
    m_context = &m_console.context();
    m_window = m_console.window();
}

void TestWorkspace::cleanupTestCase()
{
    m_console.stop();
}

psc::payscore::OrderView TestWorkspace::queryOrder(Mode mode, const QString &outOrderNo)
{
    psc::payscore::OrderQuery query;
    query.key.mode = mode;
    query.key.outOrderNo = outOrderNo;
    query.key.applyDefaults(m_context->session()->defaults());
    auto *runner = m_context->session()->runner(mode);
    const auto result = psc::payscore::OperationRunner::wait(runner->query(query));
    return result.order.value_or(psc::payscore::OrderView {});
}

int TestWorkspace::journalCount(const QString &outOrderNo, const QString &operation) const
{
    psc::journal::JournalFilter filter;
    filter.outOrderNo = outOrderNo;
    int count = 0;
    for (const auto &entry : m_context->journal()->entries(filter))
        count += entry.write.operation == operation ? 1 : 0;
    return count;
}

void TestWorkspace::opensOnTheWorkspaceWithFocusInTheOrderField()
{
    QCOMPARE(m_window->form()->screens->currentWidget(), page());
    QCOMPARE(m_window->form()->screens->indexOf(page()), 0);
    QTRY_COMPARE(QApplication::focusWidget(), page()->orderEdit());
    // The other screens stay reachable.
    for (QWidget *screen : { static_cast<QWidget *>(m_window->screen<SyncPage>()),
             static_cast<QWidget *>(m_window->screen<CompletePage>()),
             static_cast<QWidget *>(m_window->screen<QueryPage>()),
             static_cast<QWidget *>(m_window->screen<JournalPage>()) })
        QVERIFY(m_window->form()->screens->indexOf(screen) > 0);
    // Nothing to act on yet: every action is disabled and says why.
    for (const Action action : { Action::Sync, Action::Complete, Action::Cancel, Action::Modify,
             Action::Collect, Action::Refund }) {
        QVERIFY(!page()->button(action)->isEnabled());
        QVERIFY(!page()->button(action)->toolTip().isEmpty());
    }
}

void TestWorkspace::findsADemoOrderOfEachMode_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("state");
    QTest::newRow("serviceorder") << "DEMO-RENT-CREATED-001" << Mode::ServiceOrder << "CREATED";
    QTest::newRow("payafter") << "DEMO-PAYAFTER-CONFIRMED-001" << Mode::PayAfter << "DOING";
    QTest::newRow("oversea") << "DEMO-OVERSEA-COLLECTING-001" << Mode::Oversea << "DOING";
    QTest::newRow("partner") << "DEMO-PARTNER-CONFIRMED-001" << Mode::Partner << "DOING";
}

void TestWorkspace::findsADemoOrderOfEachMode()
{
    QFETCH(QString, number);
    QFETCH(Mode, mode);
    QFETCH(QString, state);
    lookUp(number);
    QCOMPARE(page()->model()->status(), WorkspaceModel::Status::Found);
    QCOMPARE(*page()->model()->mode(), mode);
    QCOMPARE(page()->model()->order().state, state);
    // Where it was found, in words; the panel names the order and its state in plain words.
    QVERIFY2(page()->statusLabel()->text().contains(ModeLabels::text(mode)),
        qPrintable(page()->statusLabel()->text()));
    QVERIFY(page()->statusLabel()->text().contains(number));
    const QString panel = page()->panel()->text();
    // Service times read as dates, never as the API's 14 digits.
    QVERIFY2(
        !panel.contains(QRegularExpression(QStringLiteral("\\b20\\d{12}\\b"))), qPrintable(panel));
    QVERIFY(panel.contains(number));
    QVERIFY(panel.contains(
        psc::payscore::OrderActions::describeState(page()->model()->order()).toHtmlEscaped()));
}

void TestWorkspace::offersExactlyWhatTheStateAllows_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("enabled");
    const auto row = [](const char *number, QStringList enabled) {
        QTest::newRow(number) << QString::fromLatin1(number) << enabled;
    };
    row("DEMO-RENT-CREATED-001", { "cancel" });
    row("DEMO-RENT-CONFIRMED-001", { "complete", "cancel" });
    row("DEMO-STAY-COLLECTING-001", { "sync", "modify", "collect" });
    row("DEMO-RETAIL-DONE-001", { "refund" });
    row("DEMO-RENT-REVOKED-001", {});
    row("DEMO-RENT-EXPIRED-001", {});
    row("DEMO-PAYAFTER-CREATED-001", { "cancel" });
    row("DEMO-PAYAFTER-CONFIRMED-001", { "complete", "cancel" });
    row("DEMO-PAYAFTER-COLLECTING-001", { "sync" });
    row("DEMO-PAYAFTER-DONE-001", { "refund" });
    row("DEMO-OVERSEA-CONFIRMED-001", { "cancel" });
    row("DEMO-OVERSEA-COLLECTING-001", { "sync" });
    row("DEMO-OVERSEA-DONE-001", {}); // paid, but oversea refunds are out of scope
    row("DEMO-PARTNER-CREATED-001", { "cancel" });
    row("DEMO-PARTNER-CONFIRMED-001", { "complete", "cancel" });
    row("DEMO-PARTNER-COLLECTING-001", { "sync", "modify", "collect" });
}

void TestWorkspace::offersExactlyWhatTheStateAllows()
{
    QFETCH(QString, number);
    QFETCH(QStringList, enabled);
    lookUp(number);
    QCOMPARE(page()->model()->status(), WorkspaceModel::Status::Found);
    const Mode mode = *page()->model()->mode();
    // The state as a query of our own finds it, judged by the one home of the rule.
    const psc::payscore::OrderView order = queryOrder(mode, number);
    const psc::payscore::OrderActions actions(mode, order);
    const QList<QPair<Action, QString>> buttons { { Action::Sync, "sync" },
        { Action::Complete, "complete" }, { Action::Cancel, "cancel" },
        { Action::Modify, "modify" }, { Action::Collect, "collect" },
        { Action::Refund, "refund" } };
    for (const auto &[action, name] : buttons) {
        QPushButton *button = page()->button(action);
        const bool expected = enabled.contains(name);
        QVERIFY2(button->isEnabled() == expected, qPrintable(name));
        if (const auto operation = WorkspaceModel::operationOf(action))
            QCOMPARE(button->isEnabled(), actions.allows(*operation));
        else
            QCOMPARE(button->isEnabled(), order.isPaid() && mode != Mode::Oversea);
        if (!expected) {
            // The reason is the rule's own, as tooltip and for screen readers.
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(name));
            QCOMPARE(button->accessibleDescription(), button->toolTip());
            if (const auto operation = WorkspaceModel::operationOf(action))
                QCOMPARE(button->toolTip(), actions.refusal(*operation));
        } else {
            QVERIFY(button->toolTip().isEmpty());
        }
    }
}

void TestWorkspace::anOrderFoundNowhereSaysSo()
{
    lookUp(QStringLiteral("NO-SUCH-ORDER-4711"));
    QCOMPARE(page()->model()->status(), WorkspaceModel::Status::NotFound);
    const QString status = page()->statusLabel()->text();
    QVERIFY2(status.contains(QLatin1String("found nowhere")), qPrintable(status));
    QVERIFY(status.contains(QLatin1String("NO-SUCH-ORDER-4711")));
    // Every mode the profile can use was asked.
    for (const Mode mode : { Mode::ServiceOrder, Mode::PayAfter, Mode::Oversea, Mode::Partner })
        QVERIFY2(status.contains(ModeLabels::text(mode)), qPrintable(status));
    QVERIFY(page()->panel()->text().isEmpty());
    QVERIFY(!page()->button(Action::Cancel)->isEnabled());
}

void TestWorkspace::editingTheNumberMakesThePanelStale()
{
    lookUp(QStringLiteral("DEMO-RENT-CONFIRMED-001"));
    QVERIFY(page()->button(Action::Cancel)->isEnabled());
    QTest::keyClick(page()->orderEdit(), Qt::Key_Backspace);
    QVERIFY(!page()->panel()->isEnabled());
    QVERIFY(!page()->button(Action::Cancel)->isEnabled());
    QVERIFY(page()->statusLabel()->text().contains(QLatin1String("DEMO-RENT-CONFIRMED-001")));
}

void TestWorkspace::cancelThroughTheWorkspace()
{
    const QString number = QStringLiteral("DEMO-RENT-CONFIRMED-002");
    lookUp(number);
    QTest::keyClick(m_window, Qt::Key_D, Qt::AltModifier); // Cancel or&der…
    QTRY_VERIFY(page()->cancelReasonEdit()->isVisible());
    QCOMPARE(QApplication::focusWidget(), page()->cancelReasonEdit());

    // An empty reason is refused at the field, nothing sent.
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QVERIFY2(page()->formProblem()->text().contains(QLatin1String("reason")),
        qPrintable(page()->formProblem()->text()));
    QCOMPARE(journalCount(number, QStringLiteral("cancel")), 0);

    // A common reason fills the field.
    page()->commonReasons()->setFocus();
    QTest::keyClick(page()->commonReasons(), Qt::Key_Down);
    QCOMPARE(page()->cancelReasonEdit()->text(), QStringLiteral("Order created by mistake"));
    page()->cancelReasonEdit()->setFocus();
    page()->cancelReasonEdit()->selectAll();
    QTest::keyClicks(page()->cancelReasonEdit(), QStringLiteral("Customer changed plans"));

    QString reason, state, order;
    bool enterGoesBack = false;
    ModalAnswer::setNext([&](QDialog &dialog) {
        auto &confirm = static_cast<ConfirmWriteDialog &>(dialog);
        reason = confirm.valueOf(QStringLiteral("reason"));
        state = confirm.valueOf(QStringLiteral("state"));
        order = confirm.valueOf(QStringLiteral("order"));
        enterGoesBack = confirm.backButton()->isDefault() && !confirm.sendButton()->isDefault();
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    waitUntilIdle();
    QCOMPARE(ModalAnswer::pendingCount(), 0);
    QCOMPARE(reason, QStringLiteral("Customer changed plans"));
    QVERIFY2(state.contains(QLatin1String("USER_CONFIRM")), qPrintable(state));
    QVERIFY(order.contains(number));
    QVERIFY(enterGoesBack);

    // The sandbox has it cancelled; the panel shows the fresh state and the journaled write.
    QCOMPARE(queryOrder(Mode::ServiceOrder, number).state, QStringLiteral("REVOKED"));
    QTRY_COMPARE(page()->model()->order().state, QStringLiteral("REVOKED"));
    QCOMPARE(journalCount(number, QStringLiteral("cancel")), 1);
    QVERIFY(page()->panel()->text().contains(QLatin1String("succeeded")));
    QVERIFY(!page()->button(Action::Cancel)->isEnabled());
}

void TestWorkspace::modifyRefusesATotalThatIsNotLower()
{
    const QString number = QStringLiteral("DEMO-STAY-COLLECTING-003");
    lookUp(number);
    QTest::mouseClick(page()->button(Action::Modify), Qt::LeftButton);
    // Pre-filled with the current lines: the same total is not lower.
    QCOMPARE(page()->modifyForm()->feeEditor()->model()->rowCount(), 2);
    QTest::keyClicks(page()->modifyForm()->reasonEdit(), QStringLiteral("same"));
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QVERIFY2(!page()->formProblem()->text().isEmpty(), "no refusal shown");
    QCOMPARE(ModalAnswer::pendingCount(), 0);
    QCOMPARE(journalCount(number, QStringLiteral("modify")), 0);
}

void TestWorkspace::modifyThroughTheWorkspace()
{
    const QString number = QStringLiteral("DEMO-STAY-COLLECTING-003");
    lookUp(number);
    QTest::keyClick(m_window, Qt::Key_M, Qt::AltModifier); // &Modify amount…
    QTRY_VERIFY(page()->modifyForm()->feeEditor()->isVisible());
    LineItemTableModel *fees = page()->modifyForm()->feeEditor()->model();
    QCOMPARE(fees->rowCount(), 2);
    QCOMPARE(fees->sum().value().fen(), 53800);
    QVERIFY(page()->modifyForm()->totalLabel()->text().contains(QStringLiteral("¥538.00")));

    page()->modifyForm()->reasonEdit()->setFocus();
    QTest::keyClicks(page()->modifyForm()->reasonEdit(), QStringLiteral("Extra bed not used"));

    // Lower the second line (加床 ¥80 → ¥30) by typing in its cell.
    QTableView *view = page()->modifyForm()->feeEditor()->view();
    const int amountColumn = fees->sectionOf(LineItemTableModel::AmountColumn);
    const QModelIndex cell = fees->index(1, amountColumn);
    const auto typeIntoCell = [&](const QString &text) {
        view->setFocus();
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (editor) {
            editor->selectAll();
            QTest::keyClicks(editor, text);
        }
        return editor;
    };
    // Escape gives the cell back its old amount, total included.
    QLineEdit *editor = typeIntoCell(QStringLiteral("99"));
    QVERIFY2(editor, "no cell editor");
    QVERIFY2(page()->modifyForm()->totalLabel()->text().contains(QStringLiteral("¥557.00")),
        qPrintable(page()->modifyForm()->totalLabel()->text()));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(!view->indexWidget(cell));
    QCOMPARE(fees->sum().value().fen(), 53800);
    QVERIFY2(page()->modifyForm()->totalLabel()->text().contains(QStringLiteral("¥538.00")),
        qPrintable(page()->modifyForm()->totalLabel()->text()));

    // The total follows each keystroke, before the operator leaves the cell ...
    editor = typeIntoCell(QStringLiteral("3"));
    QVERIFY2(editor, "no cell editor");
    QVERIFY2(page()->modifyForm()->totalLabel()->text().contains(QStringLiteral("¥461.00")),
        qPrintable(page()->modifyForm()->totalLabel()->text()));
    QTest::keyClicks(editor, QStringLiteral("0"));
    QVERIFY2(page()->modifyForm()->totalLabel()->text().contains(QStringLiteral("¥488.00")),
        qPrintable(page()->modifyForm()->totalLabel()->text()));
    QCOMPARE(editor->text(), QStringLiteral("30")); // what was typed, not a tidied "30.00"
    QCOMPARE(QApplication::focusWidget(), editor);
    // ... and the confirmation, opened by its shortcut with the cell still being edited,
    // shows what was typed.
    QString oldTotal, newTotal, difference;
    ModalAnswer::setNext([&](QDialog &dialog) {
        auto &confirm = static_cast<ConfirmWriteDialog &>(dialog);
        oldTotal = confirm.valueOf(QStringLiteral("oldTotal"));
        newTotal = confirm.valueOf(QStringLiteral("newTotal"));
        difference = confirm.valueOf(QStringLiteral("difference"));
        return int(QDialog::Accepted);
    });
    QTest::keyClick(m_window, Qt::Key_V, Qt::AltModifier); // Re&view and send…
    QTRY_COMPARE_WITH_TIMEOUT(ModalAnswer::pendingCount(), 0, 20000); // a mnemonic clicks later
    waitUntilIdle();
    QCOMPARE(oldTotal, QStringLiteral("¥538.00"));
    QVERIFY2(newTotal.contains(QStringLiteral("¥488.00")), qPrintable(newTotal));
    QCOMPARE(difference, QStringLiteral("-¥50.00"));

    const psc::payscore::OrderView after = queryOrder(Mode::ServiceOrder, number);
    QCOMPARE(after.totalAmount->fen(), 48800);
    QTRY_COMPARE(page()->model()->order().totalAmount->fen(), 48800);
    QCOMPARE(journalCount(number, QStringLiteral("modify")), 1);
}

void TestWorkspace::collectThroughTheWorkspace()
{
    const QString number = QStringLiteral("DEMO-RENT-COLLECTING-004");
    lookUp(number);
    const auto paying = page()->model()->order().collection->payingAmount;
    QVERIFY(paying && paying->fen() > 0);
    QTest::keyClick(m_window, Qt::Key_E, Qt::AltModifier); // Coll&ect payment…
    QTRY_VERIFY(page()->collectAmountLabel()->isVisible());
    QVERIFY(page()->collectAmountLabel()->text().contains(paying->display()));

    QString charge;
    ModalAnswer::setNext([&](QDialog &dialog) {
        charge = static_cast<ConfirmWriteDialog &>(dialog).valueOf(QStringLiteral("charge"));
        return int(QDialog::Accepted);
    });
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    waitUntilIdle();
    QVERIFY2(charge.contains(paying->display()), qPrintable(charge));
    QCOMPARE(queryOrder(Mode::ServiceOrder, number).state, QStringLiteral("DONE"));
    QTRY_COMPARE(page()->model()->order().state, QStringLiteral("DONE"));
    QCOMPARE(journalCount(number, QStringLiteral("collect")), 1);
    // Paid now: refund is offered, collect no longer.
    QVERIFY(page()->button(Action::Refund)->isEnabled());
    QVERIFY(!page()->button(Action::Collect)->isEnabled());

    // The answer names its order; once the operator types another number it is dimmed and
    // says which order it was for.
    ResultsPane *results = m_window->resultsPane();
    QCOMPARE(results->state(), ResultsPane::State::Succeeded);
    QVERIFY2(results->bannerText().contains(number), qPrintable(results->bannerText()));
    QVERIFY(!results->isStale());
    page()->orderEdit()->setFocus();
    page()->orderEdit()->end(false);
    QTest::keyClick(page()->orderEdit(), Qt::Key_Backspace);
    QVERIFY(results->isStale());
    QVERIFY2(results->bannerText().startsWith(
                 QStringLiteral("Earlier answer, for order %1").arg(number)),
        qPrintable(results->bannerText()));
    QVERIFY(!results->form()->detailTabs->isEnabled());
}

void TestWorkspace::anUnknownOutcomeNeverSaysNoFollowUpIsNeeded()
{
    ResultsPane pane;
    psc::payscore::OperationResult unknown;
    unknown.outcome = psc::payscore::OperationResult::Outcome::Unknown;
    unknown.operation = Operation::Collect;
    unknown.mode = Mode::ServiceOrder;
    unknown.httpStatus = 200; // an answer came, but it did not verify
    pane.display(ShownResult::of(unknown, Mode::ServiceOrder, QStringLiteral("DEMO-X-1")));
    const QString followUp = pane.form()->followUpValue->text();
    QVERIFY2(!followUp.isEmpty() && followUp != QLatin1String("not needed"), qPrintable(followUp));
    QVERIFY(followUp.contains(QLatin1String("query")));
    QVERIFY(pane.bannerText().contains(QLatin1String("DEMO-X-1")));

    unknown.outcome = psc::payscore::OperationResult::Outcome::Succeeded;
    pane.display(ShownResult::of(unknown, Mode::ServiceOrder, QStringLiteral("DEMO-X-1")));
    QCOMPARE(pane.form()->followUpValue->text(), QStringLiteral("not needed"));
}

void TestWorkspace::goingBackSendsNothing()
{
    const QString number = QStringLiteral("DEMO-PARTNER-COLLECTING-001");
    lookUp(number);
    QTest::mouseClick(page()->button(Action::Collect), Qt::LeftButton);
    bool asked = false;
    ModalAnswer::setNext([&](QDialog &) {
        asked = true;
        return int(QDialog::Rejected);
    });
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    waitUntilIdle();
    QVERIFY(asked);
    QCOMPARE(journalCount(number, QStringLiteral("collect")), 0);
    // Nothing is on its way: the results pane does not keep saying it is checking the order.
    QVERIFY(!m_window->resultsPane()->isBusy());
    QVERIFY(!m_window->resultsPane()->form()->busyBox->isVisible());
    QCOMPARE(queryOrder(Mode::Partner, number).stateDescription, QStringLiteral("MCH_COMPLETE"));
}

void TestWorkspace::syncHandsOverToTheSyncScreen()
{
    lookUp(QStringLiteral("DEMO-OVERSEA-COLLECTING-001"));
    const auto paying = page()->model()->order().collection->payingAmount;
    QTest::keyClick(m_window, Qt::Key_S, Qt::AltModifier); // &Sync (paid elsewhere)…
    QTRY_COMPARE(m_window->form()->screens->currentWidget(), m_window->screen<SyncPage>());
    const SyncPage *sync = m_window->screen<SyncPage>();
    QCOMPARE(sync->request().key.mode, Mode::Oversea);
    QCOMPARE(sync->request().key.outOrderNo, QStringLiteral("DEMO-OVERSEA-COLLECTING-001"));
    QCOMPARE(sync->request().paidAmount, paying);
    m_window->form()->screens->setCurrentWidget(page());
}

// One wheel notch over `widget`, as the mouse sends it.
static void turnWheel(QWidget *widget)
{
    const QPointF centre = QRectF(widget->rect()).center();
    QWheelEvent wheel(centre, widget->mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
}

void TestWorkspace::theWheelNeverChangesAFieldItPassesOver()
{
    // Every spin box, date/time field and combo box on every screen, focus elsewhere.
    int fields = 0;
    for (int index = 0; index < m_window->form()->screens->count(); ++index) {
        m_window->form()->screens->setCurrentIndex(index);
        QApplication::processEvents();
        m_window->form()->screens->tabBar()->setFocus(); // no field has the focus
        QWidget *screen = m_window->form()->screens->currentWidget();
        const auto visibleFields = [screen] {
            QList<QWidget *> found;
            for (QWidget *field : screen->findChildren<QWidget *>())
                if ((qobject_cast<QAbstractSpinBox *>(field) || qobject_cast<QComboBox *>(field))
                    && field->isVisible() && field->isEnabled())
                    found.append(field);
            return found;
        };
        for (QWidget *field : visibleFields()) {
            QVERIFY2(field->focusPolicy() != Qt::WheelFocus, qPrintable(field->objectName()));
            auto *spin = qobject_cast<QAbstractSpinBox *>(field);
            auto *combo = qobject_cast<QComboBox *>(field);
            const QString before = spin ? spin->text() : QString::number(combo->currentIndex());
            turnWheel(field);
            const QString after = spin ? spin->text() : QString::number(combo->currentIndex());
            QVERIFY2(after == before,
                qPrintable(QStringLiteral("%1 on %2: %3 -> %4")
                               .arg(field->objectName(), screen->objectName(), before, after)));
            ++fields;
        }
    }
    QVERIFY2(fields >= 5, qPrintable(QString::number(fields)));

    // The same wheel does change a field the operator has chosen (the test can fail).
    m_window->form()->screens->setCurrentWidget(m_window->screen<SyncPage>());
    auto *mode = m_window->screen<SyncPage>()->findChild<QComboBox *>(QStringLiteral("modeCombo"));
    QVERIFY(mode);
    mode->setFocus();
    QTRY_VERIFY(mode->hasFocus());
    const int before = mode->currentIndex();
    turnWheel(mode);
    QVERIFY(mode->currentIndex() != before);
    mode->setCurrentIndex(before);
    m_window->form()->screens->setCurrentWidget(page());
}

void TestWorkspace::screenshotsInBothLanguages()
{
    const QString shots = QStringLiteral(PAYSCORE_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    m_window->resize(1366, 768);
    lookUp(QStringLiteral("DEMO-PARTNER-COLLECTING-002"));
    QTest::mouseClick(page()->button(Action::Modify), Qt::LeftButton);
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        m_window->setLanguage(language);
        QApplication::processEvents();
        // Neither the open form nor what earlier tests left (journal filters full of names,
        // a long status) may make the window need more than the screen.
        const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        QVERIFY2(least.width() <= 1366 && least.height() <= 768,
            qPrintable(QStringLiteral("needs %1x%2").arg(least.width()).arg(least.height())));
        QVERIFY2(m_window->width() <= 1366 && m_window->height() <= 768,
            qPrintable(QStringLiteral("%1x%2").arg(m_window->width()).arg(m_window->height())));
        // The results pane keeps a readable share beside the screens.
        QVERIFY2(m_window->resultsPane()->width() >= 400,
            qPrintable(QString::number(m_window->resultsPane()->width())));
        const QString file = QStringLiteral("%1/workspace_%2.png").arg(shots, language);
        QVERIFY2(m_window->grab().save(file), qPrintable(file));
        // Every action button shows its whole text.
        for (QPushButton *button : page()->findChildren<QPushButton *>())
            if (button->isVisible())
                QVERIFY2(
                    button->width() >= button->sizeHint().width() - 2, qPrintable(button->text()));
    }
    m_window->setLanguage(QStringLiteral("en"));
}

// Each screen and each dialog the console opens, in zh_CN at its default state, needs no more
// than a 1366×768 store PC; screenshots of each land in build/screenshots/.
void TestWorkspace::everyScreenAndDialogFitsAStorePc()
{
    const QString shots = QStringLiteral(PAYSCORE_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    const auto fits = [](const QWidget &widget) {
        const QSize least = widget.minimumSizeHint().expandedTo(widget.minimumSize());
        const QSize size = widget.size().expandedTo(least);
        return size.width() <= 1366 && size.height() <= 768;
    };
    const auto describe = [](const QWidget &widget, const QString &name) {
        return QStringLiteral("%1: %2x%3, needs %4x%5")
            .arg(name)
            .arg(widget.width())
            .arg(widget.height())
            .arg(widget.minimumSizeHint().width())
            .arg(widget.minimumSizeHint().height());
    };
    m_window->setLanguage(QStringLiteral("zh_CN"));
    m_window->resize(1366, 768);
    QTabWidget *screens = m_window->form()->screens;
    for (int index = 0; index < screens->count(); ++index) {
        screens->setCurrentIndex(index);
        QApplication::processEvents();
        const QString name = screens->widget(index)->objectName();
        QVERIFY2(fits(*m_window), qPrintable(describe(*m_window, name)));
        QVERIFY(m_window->grab().save(QStringLiteral("%1/screen_%2_zh_CN.png").arg(shots, name)));
    }
    screens->setCurrentWidget(page());

    const auto checkDialog = [&](QDialog &dialog, const QString &name) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(fits(dialog), qPrintable(describe(dialog, name)));
        QVERIFY(dialog.grab().save(QStringLiteral("%1/dialog_%2_zh_CN.png").arg(shots, name)));
        dialog.close();
    };
    const QString longNumber = QStringLiteral("DEMO-STAY-COLLECTING-20261128-01"); // 32 characters
    {
        ProfileDialog dialog(m_window);
        checkDialog(dialog, QStringLiteral("profile"));
        // Problems name their field in plain words: no mnemonic, no doubled colon.
        const auto *issues = dialog.findChild<QLabel *>(QStringLiteral("issuesLabel"));
        QVERIFY(issues && issues->text().contains(QStringLiteral("配置名称")));
        QVERIFY2(!issues->text().contains(QStringLiteral("(N)"))
                && !issues->text().contains(QStringLiteral("：：")),
            qPrintable(issues->text()));
    }
    {
        JournalSettingsDialog dialog(m_window);
        checkDialog(dialog, QStringLiteral("journal_settings"));
    }
    {
        ConfirmWriteDialog::Summary summary;
        summary.operation = Operation::Modify;
        summary.outOrderNo = longNumber;
        summary.state = QStringLiteral("商户已完结，等待用户付款");
        summary.changes = { { QStringLiteral("oldTotal"), QStringLiteral("原总金额"),
                                QStringLiteral("¥538.00") },
            { QStringLiteral("newTotal"), QStringLiteral("新总金额"), QStringLiteral("¥488.00") },
            { QStringLiteral("difference"), QStringLiteral("差额"), QStringLiteral("-¥50.00") } };
        summary.profileName = QStringLiteral("门店 A（正式）");
        summary.environment = psc::profile::Environment::Production;
        ConfirmWriteDialog dialog(summary, m_window);
        checkDialog(dialog, QStringLiteral("confirm_write"));
    }
    {
        psc::payscore::SyncRequest request;
        request.key.outOrderNo = longNumber;
        ConfirmWriteDialog dialog(
            ConfirmWriteDialog::Summary::of(request, psc::payscore::OrderView {}), m_window);
        checkDialog(dialog, QStringLiteral("confirm_sync"));
    }
    {
        BatchConfirmDialog::Figures figures;
        figures.profileName = QStringLiteral("门店 A（正式）");
        figures.operation = QStringLiteral("同步收款");
        figures.rows = 120;
        figures.total = QStringLiteral("¥12,345.00");
        BatchConfirmDialog dialog(figures, m_window);
        checkDialog(dialog, QStringLiteral("batch_confirm"));
    }
    m_window->setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestWorkspace)
#include "tst_Workspace.moc"
