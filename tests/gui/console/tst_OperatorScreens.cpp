// Every screen and dialog a clerk meets, walked in zh_CN and English at 1366×768 with the real
// in-process sandbox: the Alt shortcuts of each are unique, and no visible text on a Chinese
// screen is English words (codes, ids, numbers and times beside their meaning are fine).
// Screenshots of each go to ${PAYSCORE_BINARY_DIR}/screenshots/ (walk_<screen>_<language>.png).
#include "gui/ConsoleUnderTest.h"

#include "BatchConfirmDialog.h"
#include "CompletePage.h"
#include "ConfirmWriteDialog.h"
#include "JournalPage.h"
#include "JournalSettingsDialog.h"
#include "JournalTableModel.h"
#include "LineItemEditor.h"
#include "LineItemTableModel.h"
#include "ModeLabels.h"
#include "NotificationDialog.h"
#include "ProfileDialog.h"
#include "QueryPage.h"
#include "RefundForm.h"
#include "ResultsPane.h"
#include "SyncPage.h"
#include "ui_CompletePage.h"
#include "ui_JournalPage.h"
#include "ui_MainWindow.h"
#include "ui_ResultsPane.h"
#include "ui_SyncPage.h"

#include <journal/Journal.h>
#include <payscore/OrderActions.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyleOptionSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>

#include <functional>

using namespace psc::ui;
using psc::payscore::Mode;

namespace {

const QString kLanguages[] = { QStringLiteral("zh_CN"), QStringLiteral("en") };

bool shownIn(const QWidget *widget, const QWidget *root)
{
    return widget->isVisibleTo(root) && !widget->objectName().startsWith(QLatin1String("qt_"));
}

// Each Alt shortcut of `root` with what it reaches: buttons, labels with a buddy, checkable
// group boxes, tabs and the menu bar.
QMultiMap<QString, QString> mnemonicsOf(QWidget *root)
{
    QMultiMap<QString, QString> found;
    const auto add = [&found](const QString &text, const QString &where) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            found.insert(key.toString(), where + QStringLiteral(" \"") + text + u'"');
    };
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (shownIn(button, root))
            add(button->text(), button->objectName());
    }
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (shownIn(label, root) && label->buddy())
            add(label->text(), label->objectName());
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (shownIn(box, root) && box->isCheckable())
            add(box->title(), box->objectName());
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!shownIn(bar, root))
            continue;
        for (int tab = 0; tab < bar->count(); ++tab)
            add(bar->tabText(tab), QStringLiteral("tab"));
    }
    for (QMenuBar *bar : root->findChildren<QMenuBar *>()) {
        for (QAction *menu : bar->actions())
            add(menu->text(), QStringLiteral("menu"));
    }
    return found;
}

QStringList duplicateMnemonics(QWidget *root)
{
    const QMultiMap<QString, QString> found = mnemonicsOf(root);
    QStringList duplicates;
    for (const QString &key : found.uniqueKeys()) {
        if (found.count(key) > 1)
            duplicates << key + QStringLiteral(": ") + QStringList(found.values(key)).join(u',');
    }
    return duplicates;
}

// An English word left on a Chinese screen. Allowed: codes in capitals (DONE, PARAM_ERROR),
// ids and field names (digits, _ - . inside: DEMO-RENT-001, out_order_no, wx8888), URLs,
// numbers, times, money, and the names that have no Chinese (WeChat, AppID, Ctrl…).
QStringList englishWords(const QString &text)
{
    static const QSet<QString> names { QStringLiteral("WeChat"), QStringLiteral("Pay"),
        QStringLiteral("PayScore"), QStringLiteral("AppID"), QStringLiteral("APIv3"),
        QStringLiteral("Ctrl"), QStringLiteral("Enter"), QStringLiteral("Esc"),
        QStringLiteral("Alt"), QStringLiteral("Del"), QStringLiteral("Ins"), QStringLiteral("Tab"),
        QStringLiteral("Shift"), QStringLiteral("Excel"), QStringLiteral("PostgreSQL"),
        QStringLiteral("Request"), QStringLiteral("ms") };
    static const QRegularExpression markup(QStringLiteral("<[^>]*>|&[a-z]+;|\\(&.\\)|&"));
    // URLs and settings ("sslmode=verify-full") are ids as a whole.
    static const QRegularExpression url(QStringLiteral("[a-z]+://\\S+|[a-z_]+=\\S*"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_.\\-]*"));
    QString plain = text;
    plain.remove(markup).remove(url);
    QStringList found;
    for (auto it = word.globalMatch(plain); it.hasNext();) {
        QString token = it.next().captured();
        while (token.endsWith(u'.') || token.endsWith(u'-'))
            token.chop(1);
        const bool code = token == token.toUpper(); // DONE, PARAM_ERROR, a branch "A"
        const bool id = token.contains(QRegularExpression(QStringLiteral("[0-9_.\\-]")));
        if (!code && !id && !names.contains(token))
            found << token;
    }
    return found;
}

// The visible texts of `root` (labels, buttons, group titles, placeholders, combo items, tab
// texts, table headers and cells), each checked; the columns and widgets that hold data the
// operator typed or the server sent verbatim (names, ids, the raw answer) are left out.
QStringList untranslated(QWidget *root, const QString &screen)
{
    QStringList found;
    const auto check = [&](const QString &text, const QString &where) {
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            found << QStringLiteral("%1/%2: \"%3\" (%4)")
                         .arg(screen, where, text.left(120), words.join(u' '));
    };
    const QSet<QString> rawData { QStringLiteral("answerTree"), QStringLiteral("profileCombo"),
        QStringLiteral("profileValue"), QStringLiteral("operatorFilter"),
        QStringLiteral("hostFilter"), QStringLiteral("accountFilter"),
        QStringLiteral("profileFilter") };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (shownIn(label, root) && !rawData.contains(label->objectName()))
            check(label->text(), label->objectName());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (shownIn(button, root))
            check(button->text(), button->objectName());
    }
    for (QGroupBox *box : root->findChildren<QGroupBox *>()) {
        if (shownIn(box, root))
            check(box->title(), box->objectName());
    }
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (shownIn(edit, root) && edit->text().isEmpty())
            check(edit->placeholderText(), edit->objectName());
    }
    for (QComboBox *box : root->findChildren<QComboBox *>()) {
        if (!shownIn(box, root) || rawData.contains(box->objectName()))
            continue;
        for (int item = 0; item < box->count(); ++item)
            check(box->itemText(item), box->objectName());
    }
    for (QTabBar *bar : root->findChildren<QTabBar *>()) {
        if (!shownIn(bar, root))
            continue;
        for (int tab = 0; tab < bar->count(); ++tab)
            check(bar->tabText(tab), QStringLiteral("tab"));
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!shownIn(view, root) || !view->model() || rawData.contains(view->objectName()))
            continue;
        const QAbstractItemModel *model = view->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString header = model->headerData(column, Qt::Horizontal).toString();
            check(header, view->objectName() + QStringLiteral(" header"));
            // Whose and which: the operator's and PC's names, profile names, ids.
            static const QSet<QString> dataColumns { QStringLiteral("Operator"),
                QStringLiteral("操作员"), QStringLiteral("PC (account)"),
                QStringLiteral("电脑（账户）"), QStringLiteral("Profile"), QStringLiteral("配置"),
                QStringLiteral("商户配置"), QStringLiteral("Request-ID"),
                QStringLiteral("WeChat order ID"), QStringLiteral("微信支付订单号") };
            if (dataColumns.contains(header))
                continue;
            for (int row = 0; row < model->rowCount(); ++row)
                check(model->index(row, column).data().toString(),
                    view->objectName() + QStringLiteral(" cell"));
        }
    }
    return found;
}

} // namespace

class TestOperatorScreens : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void theFirstScreenUsesNoBoldFace();
    void linesStayWithTheirOrder();
    void lineTablesHaveTheirOwnKeys();
    void everyScreenHasUniqueMnemonicsAndPlainChinese();
    void journalCellsAreWholeInBothLanguages();

private:
    struct Screen {
        QString name;
        std::function<void()> show; // puts the screen in front as a clerk would reach it
    };
    QList<Screen> screens();
    // Runs `inspect` on each dialog a screen action opens, in the current language.
    void walkDialogs(const std::function<void(const QString &, QWidget &)> &inspect);
    void shot(const QString &name, QWidget *widget);
    MainWindow *window() const { return m_console.window(); }

    psc::testsupport::ConsoleUnderTest m_console;
    QString m_shots;
};

void TestOperatorScreens::initTestCase()
{
    m_shots = QStringLiteral(PAYSCORE_BINARY_DIR "/screenshots");
    QDir().mkpath(m_shots);
    m_console.start();
}

void TestOperatorScreens::cleanupTestCase()
{
    ConfirmWriteDialog::setNextAnswer(std::nullopt);
    m_console.stop();
}

void TestOperatorScreens::shot(const QString &name, QWidget *widget)
{
    QApplication::processEvents();
    const QString file
        = QStringLiteral("%1/walk_%2_%3.png").arg(m_shots, name, window()->language());
    QVERIFY2(widget->grab().save(file), qPrintable(file));
}

QList<TestOperatorScreens::Screen> TestOperatorScreens::screens()
{
    MainWindow *w = window();
    QTabWidget *tabs = w->form()->screens;
    const auto workspaceForm = [this](const QString &order, WorkspacePage::Action action) {
        return [this, order, action] {
            m_console.lookUp(order);
            QTest::mouseClick(m_console.workspace()->button(action), Qt::LeftButton);
            QApplication::processEvents();
        };
    };
    return {
        { QStringLiteral("workspace"),
            [tabs, w] { tabs->setCurrentWidget(w->screen<WorkspacePage>()); } },
        { QStringLiteral("workspace_cancel"),
            workspaceForm(
                QStringLiteral("DEMO-RENT-CONFIRMED-001"), WorkspacePage::Action::Cancel) },
        { QStringLiteral("workspace_modify"),
            workspaceForm(
                QStringLiteral("DEMO-STAY-COLLECTING-001"), WorkspacePage::Action::Modify) },
        { QStringLiteral("workspace_collect"),
            workspaceForm(
                QStringLiteral("DEMO-PARTNER-COLLECTING-001"), WorkspacePage::Action::Collect) },
        { QStringLiteral("workspace_refund"),
            workspaceForm(QStringLiteral("DEMO-RETAIL-DONE-001"), WorkspacePage::Action::Refund) },
        { QStringLiteral("sync"),
            [tabs, w] {
                tabs->setCurrentWidget(w->screen<SyncPage>());
                ModeLabels::select(w->screen<SyncPage>()->form()->modeCombo, Mode::ServiceOrder);
            } },
        { QStringLiteral("sync_oversea"),
            [tabs, w] {
                tabs->setCurrentWidget(w->screen<SyncPage>());
                ModeLabels::select(w->screen<SyncPage>()->form()->modeCombo, Mode::Oversea);
            } },
        { QStringLiteral("complete_payafter"),
            [tabs, w] {
                tabs->setCurrentWidget(w->screen<CompletePage>());
                ModeLabels::select(w->screen<CompletePage>()->form()->modeCombo, Mode::PayAfter);
            } },
        { QStringLiteral("complete_serviceorder"),
            [tabs, w] {
                tabs->setCurrentWidget(w->screen<CompletePage>());
                ModeLabels::select(
                    w->screen<CompletePage>()->form()->modeCombo, Mode::ServiceOrder);
            } },
        { QStringLiteral("query"), [tabs, w] { tabs->setCurrentWidget(w->screen<QueryPage>()); } },
        { QStringLiteral("journal"),
            [tabs, w] {
                tabs->setCurrentWidget(w->screen<JournalPage>());
                auto *table = w->screen<JournalPage>()->findChild<QTableView *>(
                    QStringLiteral("journalTable"));
                table->selectRow(0);
            } },
        { QStringLiteral("batch"),
            [tabs, w] {
                tabs->setCurrentWidget(w->findChild<QWidget *>(QStringLiteral("batchPage")));
            } },
    };
}

void TestOperatorScreens::walkDialogs(
    const std::function<void(const QString &, QWidget &)> &inspect)
{
    MainWindow *w = window();
    // The profile dialog, as Profile → Edit opens it on the sandbox profile.
    ModalAnswer::setNext([&](QDialog &dialog) {
        dialog.resize(dialog.sizeHint().boundedTo(QSize(1366, 768)));
        inspect(QStringLiteral("profile_dialog"), dialog);
        return int(QDialog::Rejected);
    });
    w->form()->actionEditProfiles->trigger();
    QCOMPARE(ModalAnswer::pendingCount(), 0);

    // The confirmation before a write: a sync of an order waiting for payment.
    bool confirmed = false;
    ConfirmWriteDialog::setNextAnswer(false, [&](ConfirmWriteDialog &dialog) {
        confirmed = true;
        inspect(QStringLiteral("confirm_sync"), dialog);
    });
    w->form()->screens->setCurrentWidget(w->screen<SyncPage>());
    w->screen<SyncPage>()->prefill(
        Mode::ServiceOrder, QStringLiteral("DEMO-STAY-COLLECTING-001"), {});
    QTest::mouseClick(w->screen<SyncPage>()->form()->submitButton, Qt::LeftButton);
    m_console.waitUntilIdle();
    QVERIFY(confirmed);

    // The confirmation of a complete with lines.
    confirmed = false;
    ConfirmWriteDialog::setNextAnswer(false, [&](ConfirmWriteDialog &dialog) {
        confirmed = true;
        inspect(QStringLiteral("confirm_complete"), dialog);
    });
    CompletePage *complete = w->screen<CompletePage>();
    w->form()->screens->setCurrentWidget(complete);
    complete->prefill(Mode::PayAfter, QStringLiteral("DEMO-PAYAFTER-CONFIRMED-001"));
    complete->setServiceUsed(true);
    complete->fees()->setRows({ { QStringLiteral("租金"), QStringLiteral("2"),
        QStringLiteral("25.00"), QStringLiteral("两小时") } });
    QTest::mouseClick(complete->form()->submitButton, Qt::LeftButton);
    m_console.waitUntilIdle();
    QVERIFY(confirmed);
    ConfirmWriteDialog::setNextAnswer(true);

    // The File menu's dialogs and the batch's confirmation.
    {
        NotificationDialog dialog(m_console.context().session(), w);
        dialog.show();
        inspect(QStringLiteral("notification_dialog"), dialog);
    }
    {
        JournalSettingsDialog dialog(w);
        dialog.show();
        inspect(QStringLiteral("journal_settings"), dialog);
    }
    {
        BatchConfirmDialog::Figures figures;
        figures.profileName = QStringLiteral("门店 A");
        figures.operation = QStringLiteral("同步收款");
        figures.rows = 12;
        figures.total = QStringLiteral("¥1,234.00");
        BatchConfirmDialog dialog(figures, w);
        dialog.show();
        inspect(QStringLiteral("batch_confirm"), dialog);
    }
}

void TestOperatorScreens::everyScreenHasUniqueMnemonicsAndPlainChinese()
{
    MainWindow *w = window();
    QCOMPARE(w->size(), QSize(1366, 768));
    // Something in the journal and in the results pane: a sync that went through.
    ConfirmWriteDialog::setNextAnswer(true);
    w->form()->screens->setCurrentWidget(w->screen<SyncPage>());
    w->screen<SyncPage>()->prefill(
        Mode::PayAfter, QStringLiteral("DEMO-PAYAFTER-COLLECTING-001"), {});
    QTest::mouseClick(w->screen<SyncPage>()->form()->submitButton, Qt::LeftButton);
    m_console.waitUntilIdle();

    QStringList duplicates;
    QStringList english;
    for (const QString &language : kLanguages) {
        w->setLanguage(language);
        const bool chinese = language == QLatin1String("zh_CN");
        for (const Screen &screen : screens()) {
            screen.show();
            QApplication::processEvents();
            shot(screen.name, w);
            for (const QString &found : duplicateMnemonics(w))
                duplicates << language + u' ' + screen.name + QStringLiteral(": ") + found;
            if (chinese)
                english << untranslated(w, screen.name);
            if (screen.name == QLatin1String("journal")) {
                // Up to the state, the journal's columns are all on screen, no scrolling.
                auto *table = w->screen<JournalPage>()->findChild<QTableView *>(
                    QStringLiteral("journalTable"));
                QHeaderView *header = table->horizontalHeader();
                const int right = header->sectionViewportPosition(JournalTableModel::State)
                    + header->sectionSize(JournalTableModel::State);
                if (right > table->viewport()->width())
                    duplicates << language + QStringLiteral(" journal: the state column ends at ")
                            + QString::number(right) + QStringLiteral(" of ")
                            + QString::number(table->viewport()->width());
            }
        }
        walkDialogs([&](const QString &name, QWidget &dialog) {
            shot(name, &dialog);
            for (const QString &found : duplicateMnemonics(&dialog))
                duplicates << language + u' ' + name + QStringLiteral(": ") + found;
            if (chinese)
                english << untranslated(&dialog, name);
        });
    }
    w->setLanguage(QStringLiteral("en"));
    for (const QString &found : duplicates + english)
        qWarning().noquote() << found; // the whole list: a failure message is cut short
    QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u'\n')));
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
}

// The screen a clerk first sees, before any request, sets its Chinese in one weight, hidden
// widgets included (their size hints are measured too): a bold Chinese face is a second font
// file, 1–5 MiB paged in at start (issue 17: peak memory ≤ 60 MiB). Answers, and the tables of
// forms built when opened, may be bold; they come later.
void TestOperatorScreens::theFirstScreenUsesNoBoldFace()
{
    MainWindow *w = window();
    w->setLanguage(QStringLiteral("zh_CN"));
    w->form()->screens->setCurrentWidget(m_console.workspace());
    QApplication::processEvents();
    // Under a Chinese system locale the bold face of any text, Latin or empty, is the Chinese
    // one: no bold at all.
    QStringList bold;
    for (QWidget *widget : w->findChildren<QWidget *>()) {
        if (widget->font().bold())
            bold << QStringLiteral("%1 (%2)").arg(
                widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
    }
    // A header view measures its titles in bold whatever its font says, and under a Chinese
    // system locale even an empty one takes its height from the bold Chinese face.
    for (QHeaderView *header : w->findChildren<QHeaderView *>()) {
        if (!header->isHidden())
            bold << header->parent()->objectName() + QStringLiteral(": a header view");
    }
    w->setLanguage(QStringLiteral("en"));
    QVERIFY2(bold.isEmpty(), qPrintable(bold.join(u'\n')));
}

// Ctrl+Ins adds a line, Ctrl+D duplicates it, Del removes it, and the buttons say so.
void TestOperatorScreens::lineTablesHaveTheirOwnKeys()
{
    MainWindow *w = window();
    w->setLanguage(QStringLiteral("en"));
    CompletePage *complete = w->screen<CompletePage>();
    w->form()->screens->setCurrentWidget(complete);
    complete->fees()->setRows({});
    auto *editor = complete->form()->feesEditor;
    QTableView *table = editor->view();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert, Qt::ControlModifier);
    QCOMPARE(complete->fees()->rowCount(), 1);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Rent"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QApplication::processEvents(); // Enter closes the cell editor on the next turn
    table->setFocus();
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(complete->fees()->rowCount(), 2);
    QCOMPARE(complete->fees()->rows().at(1).name, QStringLiteral("Rent"));
    table->setCurrentIndex(complete->fees()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(complete->fees()->rowCount(), 1);
    for (const char *name : { "addButton", "duplicateButton", "removeButton" }) {
        auto *button = editor->findChild<QAbstractButton *>(QLatin1String(name));
        QVERIFY(button);
        QVERIFY2(QKeySequence::mnemonic(button->text()).isEmpty(), name);
    }
    const auto tip = [editor](const char *name) {
        return editor->findChild<QAbstractButton *>(QLatin1String(name))->toolTip();
    };
    QVERIFY2(tip("addButton").contains(QStringLiteral("Ctrl+Ins")), qPrintable(tip("addButton")));
    QVERIFY(tip("duplicateButton").contains(QStringLiteral("Ctrl+D")));
    QVERIFY(tip("removeButton").contains(QStringLiteral("Del")));
    complete->fees()->setRows({});
}

// Types a new line as a clerk does: Ctrl+Ins opens its first cell; each cell is typed and
// closed with Enter, then → and F2 open the next one.
static void typeLine(QTableView *table, const QStringList &cells)
{
    table->setFocus();
    QApplication::processEvents();
    QTest::keyClick(table, Qt::Key_Insert, Qt::ControlModifier);
    for (int section = 0; section < cells.size(); ++section) {
        if (section > 0) {
            QTest::keyClick(table, Qt::Key_Right);
            QTest::keyClick(table, Qt::Key_F2);
        }
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, "no cell editor");
        editor->selectAll();
        QTest::keyClicks(editor, cells.at(section));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
    }
}

// Fee lines belong to the order they were typed for: a complete that went through empties
// them, and a new order number asks before it takes over another order's lines ("no", the
// default, empties the tables).
void TestOperatorScreens::linesStayWithTheirOrder()
{
    MainWindow *w = window();
    w->setLanguage(QStringLiteral("en"));
    CompletePage *complete = w->screen<CompletePage>();
    auto *form = complete->form();
    w->form()->screens->setCurrentWidget(complete);
    ModeLabels::select(form->modeCombo, Mode::ServiceOrder);
    const auto typeOrder = [form](const QString &number) {
        form->outOrderNoEdit->setFocus();
        form->outOrderNoEdit->selectAll();
        QTest::keyClick(form->outOrderNoEdit, Qt::Key_Delete);
        QTest::keyClicks(form->outOrderNoEdit, number);
        QTest::keyClick(form->outOrderNoEdit, Qt::Key_Tab); // leaves the field
    };
    complete->fees()->clear();
    complete->discounts()->clear();
    typeOrder(QStringLiteral("DEMO-RENT-CONFIRMED-002"));
    typeLine(form->feesEditor->view(),
        { QStringLiteral("Umbrella"), QStringLiteral("1"), QStringLiteral("20.00") });
    QCOMPARE(complete->fees()->rowCount(), 1);
    QCOMPARE(complete->linesOrder(), QStringLiteral("DEMO-RENT-CONFIRMED-002"));

    // Order A is completed with its line: the tables are empty afterwards.
    ConfirmWriteDialog::setNextAnswer(true);
    QTest::keyClick(form->outOrderNoEdit, Qt::Key_Return, Qt::ControlModifier);
    m_console.waitUntilIdle();
    const auto result = w->resultsPane()->result();
    QVERIFY(result.has_value());
    QVERIFY2(result->succeeded(),
        qPrintable(w->resultsPane()->form()->outcomeBanner->text() + u'\n'
            + w->resultsPane()->form()->errorMeaningValue->text() + u'\n'
            + form->formProblem->text()));
    QCOMPARE(complete->fees()->rowCount(), 0);
    typeOrder(QStringLiteral("DEMO-RENT-CONFIRMED-001"));
    QCOMPARE(complete->fees()->rowCount(), 0);
    QCOMPARE(complete->discounts()->rowCount(), 0);

    // Lines typed for B and not sent: typing order C asks; "no" (the default) empties them.
    typeLine(form->feesEditor->view(),
        { QStringLiteral("Rent"), QStringLiteral("1"), QStringLiteral("3.00") });
    QCOMPARE(complete->linesOrder(), QStringLiteral("DEMO-RENT-CONFIRMED-001"));
    QString asked;
    bool noIsDefault = false;
    ModalAnswer::setNext([&](QDialog &dialog) {
        auto &box = static_cast<QMessageBox &>(dialog);
        asked = box.text();
        noIsDefault = box.defaultButton() == box.button(QMessageBox::No);
        return int(QMessageBox::No);
    });
    typeOrder(QStringLiteral("DEMO-RENT-CREATED-001"));
    QCOMPARE(ModalAnswer::pendingCount(), 0);
    QVERIFY2(asked.contains(QLatin1String("DEMO-RENT-CONFIRMED-001"))
            && asked.contains(QLatin1String("DEMO-RENT-CREATED-001")),
        qPrintable(asked));
    QVERIFY(noIsDefault);
    QCOMPARE(complete->fees()->rowCount(), 0);

    // "Keep the lines" keeps them, now for the new order; switching the mode asks too.
    typeLine(form->feesEditor->view(),
        { QStringLiteral("Rent"), QStringLiteral("1"), QStringLiteral("3.00") });
    ModalAnswer::setNext([](QDialog &) { return int(QMessageBox::Yes); });
    typeOrder(QStringLiteral("DEMO-RENT-CONFIRMED-001"));
    QCOMPARE(complete->fees()->rowCount(), 1);
    QCOMPARE(complete->linesOrder(), QStringLiteral("DEMO-RENT-CONFIRMED-001"));
    ModalAnswer::setNext([](QDialog &) { return int(QMessageBox::No); });
    form->modeCombo->setFocus();
    QTest::keyClick(form->modeCombo, Qt::Key_Up); // to pay-after, as the arrow keys do
    QCOMPARE(ModeLabels::current(form->modeCombo), Mode::PayAfter);
    QCOMPARE(ModalAnswer::pendingCount(), 0);
    QCOMPARE(complete->fees()->rowCount(), 0);
}

// A write as the runner journals it, with its result and, when given, a reconciliation.
static void journalWrite(psc::journal::Journal &journal, const QString &operation,
    const QString &outOrderNo, const psc::journal::WriteResult &result,
    const std::optional<psc::journal::Reconciliation> &reconciliation = std::nullopt)
{
    psc::journal::PendingWrite write;
    write.operatorName = QStringLiteral("张三");
    write.profileName = QStringLiteral("门店 12");
    write.mode = QStringLiteral("serviceorder");
    write.operation = operation;
    write.outOrderNo = outOrderNo;
    write.requestBody = R"({"out_order_no":"x"})";
    write.hostName = QStringLiteral("STORE-12-PC");
    write.osAccount = QStringLiteral("store12");
    write.amountFen = 12000;
    const auto id = journal.beginWrite(write);
    QVERIFY(id.ok());
    QVERIFY(journal.recordResult(*id, result));
    if (reconciliation)
        QVERIFY(journal.recordReconciliation(*id, *reconciliation));
}

// The journal at 1366×768 with a row of every outcome: each cell is a short word that its
// column shows whole (no "同步订单…", no "未知，…：订…"), in both languages; the long forms
// with their codes are the cells' tooltips. The date filters show their dates whole.
void TestOperatorScreens::journalCellsAreWholeInBothLanguages()
{
    using namespace psc::journal;
    MainWindow *w = window();
    Journal &journal = *m_console.context().journal();
    WriteResult succeeded;
    succeeded.outcome = Outcome::Succeeded;
    succeeded.httpStatus = 200;
    succeeded.state = QStringLiteral("DONE");
    WriteResult rejected;
    rejected.outcome = Outcome::Rejected;
    rejected.httpStatus = 400;
    rejected.errorCode = QStringLiteral("PARAM_ERROR");
    WriteResult unknown;
    unknown.outcome = Outcome::Unknown;
    unknown.errorCode = QStringLiteral("TIMEOUT");
    WriteResult invalid;
    invalid.outcome = Outcome::Invalid;
    WriteResult refunded = succeeded;
    refunded.state = QStringLiteral("SUCCESS");
    Reconciliation done;
    done.operatorName = QStringLiteral("店长");
    done.orderState = QStringLiteral("DONE");
    Reconciliation running = done;
    running.orderState = QStringLiteral("DOING/USER_CONFIRM");
    journalWrite(
        journal, QStringLiteral("sync"), QStringLiteral("STORE12-20261128-CELLS-01"), succeeded);
    journalWrite(
        journal, QStringLiteral("complete"), QStringLiteral("STORE12-20261128-CELLS-02"), rejected);
    journalWrite(
        journal, QStringLiteral("cancel"), QStringLiteral("STORE12-20261128-CELLS-03"), unknown);
    journalWrite(journal, QStringLiteral("sync"), QStringLiteral("STORE12-20261128-CELLS-04"),
        unknown, done);
    journalWrite(journal, QStringLiteral("complete"), QStringLiteral("STORE12-20261128-CELLS-05"),
        unknown, running);
    journalWrite(
        journal, QStringLiteral("modify"), QStringLiteral("STORE12-20261128-CELLS-06"), invalid);
    journalWrite(
        journal, QStringLiteral("collect"), QStringLiteral("STORE12-20261128-CELLS-07"), succeeded);
    journalWrite(journal, QStringLiteral("refund"),
        QStringLiteral("PAYSCORE-20261128-STORE12-000008"), refunded); // 32 characters

    JournalPage *page = w->screen<JournalPage>();
    auto *table = page->form()->journalTable;
    for (const QString &language : kLanguages) {
        w->setLanguage(language);
        w->form()->screens->setCurrentWidget(page);
        page->form()->outcomeFilter->setCurrentIndex(0); // all outcomes
        page->form()->dateFilterCheck->setChecked(true);
        page->refresh();
        QApplication::processEvents();
        shot(QStringLiteral("journal_cells"), w);
        const QAbstractItemModel *model = table->model();
        QVERIFY(model->rowCount() >= 8); // and the writes of the tests before
        QStringList cut;
        const QFontMetrics metrics(table->font());
        // What the item delegate keeps free on either side of a cell's text.
        const int margin
            = (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1) * 2;
        QHash<QString, int> rowOf;
        for (int row = 0; row < model->rowCount(); ++row) {
            rowOf.insert(model->index(row, JournalTableModel::OrderNo).data().toString(), row);
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString text = model->index(row, column).data().toString();
                const int needed = metrics.horizontalAdvance(text) + margin;
                if (!text.isEmpty() && needed > table->columnWidth(column))
                    cut << QStringLiteral("%1 row %2 column %3: \"%4\" needs %5, has %6")
                               .arg(language)
                               .arg(row)
                               .arg(column)
                               .arg(text)
                               .arg(needed)
                               .arg(table->columnWidth(column));
            }
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
        // Up to the state, every column is on screen without scrolling sideways.
        QHeaderView *header = table->horizontalHeader();
        QVERIFY2(header->sectionViewportPosition(JournalTableModel::State)
                    + header->sectionSize(JournalTableModel::State)
                <= table->viewport()->width(),
            qPrintable(language));

        const auto cell = [&](const char *number, int column, int role = Qt::DisplayRole) {
            return model->index(rowOf.value(QLatin1String(number), -1), column)
                .data(role)
                .toString();
        };
        const bool chinese = language == QLatin1String("zh_CN");
        QCOMPARE(cell("STORE12-20261128-CELLS-01", JournalTableModel::Operation),
            chinese ? QStringLiteral("同步订单") : QStringLiteral("Sync"));
        QCOMPARE(cell("STORE12-20261128-CELLS-01", JournalTableModel::Outcome),
            chinese ? QStringLiteral("成功") : QStringLiteral("Succeeded"));
        QCOMPARE(cell("STORE12-20261128-CELLS-01", JournalTableModel::State),
            chinese ? QStringLiteral("已完成") : QStringLiteral("Completed"));
        QCOMPARE(cell("STORE12-20261128-CELLS-02", JournalTableModel::Outcome),
            chinese ? QStringLiteral("被拒绝") : QStringLiteral("Rejected"));
        QCOMPARE(cell("STORE12-20261128-CELLS-03", JournalTableModel::Outcome),
            chinese ? QStringLiteral("结果未知") : QStringLiteral("Outcome unknown"));
        QCOMPARE(cell("STORE12-20261128-CELLS-04", JournalTableModel::Outcome),
            chinese ? QStringLiteral("未知→已生效") : QStringLiteral("Unknown→took effect"));
        QCOMPARE(cell("STORE12-20261128-CELLS-05", JournalTableModel::Outcome),
            chinese ? QStringLiteral("未知→未生效") : QStringLiteral("Unknown→no effect"));
        QCOMPARE(cell("STORE12-20261128-CELLS-06", JournalTableModel::Outcome),
            chinese ? QStringLiteral("未发送") : QStringLiteral("Not sent"));
        QCOMPARE(cell("PAYSCORE-20261128-STORE12-000008", JournalTableModel::State),
            chinese ? QStringLiteral("已退款") : QStringLiteral("Refunded"));
        // The long forms, codes beside their meaning, are the tooltips.
        const QString rejectedTip
            = cell("STORE12-20261128-CELLS-02", JournalTableModel::Outcome, Qt::ToolTipRole);
        // Chinese brackets around the code in Chinese, ASCII ones in English.
        const auto coded = [chinese](const QString &code) {
            return chinese ? QStringLiteral("（%1）").arg(code) : QStringLiteral("(%1)").arg(code);
        };
        QVERIFY2(
            rejectedTip.contains(coded(QStringLiteral("PARAM_ERROR"))), qPrintable(rejectedTip));
        const QString settledTip
            = cell("STORE12-20261128-CELLS-04", JournalTableModel::Outcome, Qt::ToolTipRole);
        QVERIFY2(settledTip.contains(coded(QStringLiteral("DONE"))), qPrintable(settledTip));
        QVERIFY(cell("STORE12-20261128-CELLS-01", JournalTableModel::State, Qt::ToolTipRole)
                    .contains(coded(QStringLiteral("DONE"))));
        QCOMPARE(cell("STORE12-20261128-CELLS-01", JournalTableModel::Operation, Qt::ToolTipRole),
            psc::payscore::OrderActions::label(psc::payscore::Operation::Sync));
        // One unknown outcome (CELLS-03) in one sentence: "1 write has", not "1 write have".
        const QString banner = page->form()->unknownBanner->text();
        QVERIFY2(banner.startsWith(chinese ? QStringLiteral("1 个写操作结果未知")
                                           : QStringLiteral("1 write has an unknown outcome")),
            qPrintable(banner));
        if (chinese) {
            const QStringList english = untranslated(w, QStringLiteral("journal_cells"));
            QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
        }

        // The date filters show their whole date beside their arrows, with room around it.
        for (QDateEdit *date : { page->form()->fromDate, page->form()->toDate }) {
            QStyleOptionSpinBox option;
            option.initFrom(date);
            option.frame = true;
            option.subControls = QStyle::SC_SpinBoxEditField | QStyle::SC_SpinBoxUp
                | QStyle::SC_SpinBoxDown | QStyle::SC_SpinBoxFrame;
            const QRect field = date->style()->subControlRect(
                QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxEditField, date);
            const int needed = date->fontMetrics().horizontalAdvance(date->text())
                + 2 * date->fontMetrics().averageCharWidth();
            QVERIFY2(field.width() >= needed,
                qPrintable(QStringLiteral("%1 %2: \"%3\" needs %4, the field is %5")
                               .arg(language, date->objectName(), date->text())
                               .arg(needed)
                               .arg(field.width())));
        }
    }
    page->form()->dateFilterCheck->setChecked(false);
    w->setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestOperatorScreens)
#include "tst_OperatorScreens.moc"
