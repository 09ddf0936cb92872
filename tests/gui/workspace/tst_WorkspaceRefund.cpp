// Refunds from the order workspace as a clerk makes them: look the paid order up, press
// Refund…, pick the payment, type the amount in yuan and the reason, read the confirmation and
// send; then read the results pane, the panel and the sandbox's refunded total. Real widgets
// (offscreen), the real in-process sandbox over loopback HTTP, the real journal; both
// languages at 1366×768, with screenshots.
#include "ConfirmWriteDialog.h"
#include "ConsoleContext.h"
#include "JournalPage.h"
#include "JournalTableModel.h"
#include "MainWindow.h"
#include "ModalAnswer.h"
#include "NotificationDialog.h"
#include "RefundForm.h"
#include "ResultsPane.h"
#include "SyncPage.h"
#include "TypedTime.h"
#include "WorkspaceModel.h"
#include "WorkspacePage.h"
#include "ui_MainWindow.h"
#include "ui_ResultsPane.h"
#include <gui/ConsoleUnderTest.h>

#include <apiv3/ApiClient.h>
#include <journal/Journal.h>
#include <journal/JournalFilter.h>
#include <payscore/OperationRunner.h>
#include <refund/RefundRequest.h>
#include <sandbox/Sandbox.h>
#include <session/MerchantSession.h>
#include <support/SignedNotification.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace psc::ui;
using psc::payscore::Mode;
using psc::payscore::Money;
using Action = WorkspaceModel::Action;

class TestWorkspaceRefund : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void refundPartThenTheRest();
    void typedMistakesAreRefusedAtTheirField();
    void severalPaymentsThePickedOneIsRefunded();
    void unknownOutcomeIsQueriedByTheSameNumber();
    void aRefundThatNeverLeftIsResentWithTheSameNumber();
    void overseaRefundsAreOutOfScope();
    void aPastedRefundNotificationIsVerifiedAndDecrypted();
    void theAnswerReadsInChineseAndNothingIsCut();
    void aNewOrderLeavesNothingOfTheLastAnswer();
    void theEmptyPaneNamesTheKeyOfTheScreenShowing();
    void theBusyLineCountsTheSecondsToTheTimeLimit();
    void screenshotsInBothLanguages();
    void theOrdersWritesReadAsInTheJournal();

private:
    void lookUp(const QString &outOrderNo); // and it was found
    void waitUntilIdle() { m_console.waitUntilIdle(); }
    void openRefund(); // Alt+R, as a clerk does
    void type(QLineEdit *edit, const QString &text);
    static void typeText(QWidget *widget, const QString &text);
    // Submits and answers the confirmation (reading its figures into `seen`).
    void submitAndConfirm(QMap<QString, QString> *seen, bool send = true);
    qint64 refundedFen(const QString &transactionId) const;
    void setLatencyMs(int ms) const;
    QString transaction(int index) const;
    QList<psc::journal::JournalEntry> refundEntries(const QString &outOrderNo) const;
    // Each shown label of the results pane as tall as its text needs at its width.
    void verifyNothingIsCut() const;
    void refund(const QString &outOrderNo, const QString &reason); // the whole of it, sent
    WorkspacePage *page() const { return m_window->screen<WorkspacePage>(); }
    RefundForm *form() const { return page()->refundForm(); }
    ResultsPane *results() const { return m_window->resultsPane(); }

    psc::testsupport::ConsoleUnderTest m_console;
    ConsoleContext *m_context = nullptr; // m_console's, once started
    MainWindow *m_window = nullptr;
};

void TestWorkspaceRefund::initTestCase()
{
    m_console.start();
    m_context = &m_console.context();
    m_window = m_console.window();
}

void TestWorkspaceRefund::cleanupTestCase()
{
    m_console.stop();
}

void TestWorkspaceRefund::init()
{
    ModalAnswer::clear();
    setLatencyMs(0);
}

void TestWorkspaceRefund::lookUp(const QString &outOrderNo)
{
    m_console.lookUp(outOrderNo);
    QVERIFY2(page()->model()->status() == WorkspaceModel::Status::Found,
        qPrintable(page()->statusLabel()->text()));
}

void TestWorkspaceRefund::openRefund()
{
    QVERIFY(page()->button(Action::Refund)->isEnabled());
    QTest::keyClick(m_window, Qt::Key_R, Qt::AltModifier); // &Refund…
    QTRY_VERIFY(form()->isVisible());
}

void TestWorkspaceRefund::type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

// As a person types: ASCII by key clicks, Chinese as the input method commits it.
void TestWorkspaceRefund::typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }
}

void TestWorkspaceRefund::submitAndConfirm(QMap<QString, QString> *seen, bool send)
{
    ModalAnswer::setNext([seen, send](QDialog &dialog) {
        auto &confirm = static_cast<ConfirmWriteDialog &>(dialog);
        for (const QString &key : { QStringLiteral("order"), QStringLiteral("payment"),
                 QStringLiteral("refunded"), QStringLiteral("amount"),
                 QStringLiteral("remainingAfter"), QStringLiteral("reason"),
                 QStringLiteral("refundNumber"), QStringLiteral("profile") })
            seen->insert(key, confirm.valueOf(key));
        const auto *badge = confirm.findChild<QLabel *>(QStringLiteral("environmentBadge"));
        seen->insert(QStringLiteral("badge"), badge ? badge->text() : QString());
        seen->insert(QStringLiteral("enterGoesBack"),
            confirm.backButton()->isDefault() && !confirm.sendButton()->isDefault()
                ? QStringLiteral("yes")
                : QStringLiteral("no"));
        return int(send ? QDialog::Accepted : QDialog::Rejected);
    });
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    waitUntilIdle();
    QCOMPARE(ModalAnswer::pendingCount(), 0);
}

qint64 TestWorkspaceRefund::refundedFen(const QString &transactionId) const
{
    // The sandbox lives on its own thread: it is asked there.
    qint64 fen = -1;
    psc::sandbox::Sandbox *sandbox = m_context->sandbox();
    QMetaObject::invokeMethod(
        sandbox, [&] { fen = sandbox->refundedFen(transactionId); }, Qt::BlockingQueuedConnection);
    return fen;
}

void TestWorkspaceRefund::setLatencyMs(int ms) const
{
    psc::sandbox::Sandbox *sandbox = m_context->sandbox();
    QMetaObject::invokeMethod(
        sandbox, [sandbox, ms] { sandbox->setLatencyMs(ms); }, Qt::BlockingQueuedConnection);
}

QString TestWorkspaceRefund::transaction(int index) const
{
    const auto order = page()->model()->order();
    if (!order.collection || order.collection->details.size() <= index) {
        qWarning() << "no payment" << index << "in" << page()->model()->answer();
        return {};
    }
    return order.collection->details.at(index).transactionId;
}

QList<psc::journal::JournalEntry> TestWorkspaceRefund::refundEntries(
    const QString &outOrderNo) const
{
    psc::journal::JournalFilter filter;
    filter.outOrderNo = outOrderNo;
    QList<psc::journal::JournalEntry> found;
    for (const auto &entry : m_context->journal()->entries(filter))
        if (entry.write.operation == QLatin1String("refund"))
            found.append(entry);
    return found;
}

void TestWorkspaceRefund::refundPartThenTheRest()
{
    const QString number = QStringLiteral("PAID-2000-GUI1");
    lookUp(number);
    const QString payment = transaction(0);
    openRefund();
    // The payment it comes from, with what remains; the default is all of it.
    QCOMPARE(form()->paymentCombo()->count(), 1);
    QVERIFY2(form()->paymentCombo()->currentText().contains(payment),
        qPrintable(form()->paymentCombo()->currentText()));
    QVERIFY2(form()->paymentFacts()->text().contains(QStringLiteral("¥20.00 left to refund")),
        qPrintable(form()->paymentFacts()->text()));
    QCOMPARE(form()->amountEdit()->text(), QStringLiteral("20.00"));
    QCOMPARE(QApplication::focusWidget(), form()->amountEdit());

    type(form()->amountEdit(), QStringLiteral("5.50"));
    type(form()->reasonEdit(), QStringLiteral("Delivery fee charged twice"));
    QMap<QString, QString> seen;
    submitAndConfirm(&seen);
    QVERIFY2(seen.value("order").contains(number), qPrintable(seen.value("order")));
    QVERIFY2(seen.value("payment").contains(payment), qPrintable(seen.value("payment")));
    QVERIFY2(
        seen.value("amount").contains(QStringLiteral("¥5.50")), qPrintable(seen.value("amount")));
    QVERIFY2(seen.value("amount").contains(QStringLiteral("font-size:20pt")), "not in large type");
    QCOMPARE(seen.value("refunded"), QStringLiteral("¥0.00"));
    QCOMPARE(seen.value("remainingAfter"), QStringLiteral("¥14.50"));
    QCOMPARE(seen.value("reason"), QStringLiteral("Delivery fee charged twice"));
    QVERIFY2(seen.value("badge").contains(QStringLiteral("SANDBOX"), Qt::CaseInsensitive),
        qPrintable(seen.value("badge")));
    QCOMPARE(seen.value("enterGoesBack"), QStringLiteral("yes"));

    // Sent once, journaled, PROCESSING on screen; the sandbox refunded exactly ¥5.50.
    QCOMPARE(results()->state(), ResultsPane::State::Succeeded);
    QVERIFY(results()->refund());
    const QString refundNo = results()->outRefundNo();
    QVERIFY2(seen.value("refundNumber").contains(refundNo), qPrintable(seen.value("refundNumber")));
    QCOMPARE(results()->refund()->status, QStringLiteral("PROCESSING"));
    QVERIFY2(results()->form()->stateBadge->text().contains(refundNo),
        qPrintable(results()->form()->stateBadge->text()));
    QCOMPARE(refundedFen(payment), 550);
    const auto entries = refundEntries(number);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().write.requestBody.contains(refundNo.toUtf8()));
    QVERIFY(entries.first().write.requestBody.contains(payment.toUtf8()));

    // PROCESSING → SUCCESS by refreshing that refund (the same number, not a new refund).
    QPushButton *refresh = results()->form()->queryNowButton;
    QVERIFY(refresh->isVisible());
    QVERIFY2(refresh->toolTip().contains(refundNo), qPrintable(refresh->toolTip()));
    QCOMPARE(refresh->text(), QStringLiteral("Refresh this refund"));
    QVERIFY2(refresh->width() >= refresh->sizeHint().width(), "the button shows its whole text");
    QVERIFY2(!results()->form()->collectionValue->isVisible(), "no empty collection row");
    QTest::qWait(2200); // the sandbox settles a refund after 2 s
    QTest::mouseClick(refresh, Qt::LeftButton);
    waitUntilIdle();
    QCOMPARE(results()->outRefundNo(), refundNo);
    QCOMPARE(results()->refund()->status, QStringLiteral("SUCCESS"));
    QVERIFY(!refresh->isVisible());
    QCOMPARE(refundedFen(payment), 550);

    // The panel lists the refund; the rest is offered next time and refunds the remainder.
    QTRY_VERIFY(page()->panel()->text().contains(refundNo));
    openRefund();
    QCOMPARE(form()->amountEdit()->text(), QStringLiteral("14.50"));
    type(form()->reasonEdit(), QStringLiteral("Rental cancelled"));
    seen.clear();
    submitAndConfirm(&seen);
    QCOMPARE(seen.value("refunded"), QStringLiteral("¥5.50"));
    QCOMPARE(seen.value("remainingAfter"), QStringLiteral("¥0.00"));
    QCOMPARE(results()->state(), ResultsPane::State::Succeeded);
    QVERIFY(results()->outRefundNo() != refundNo);
    QCOMPARE(refundedFen(payment), 2000);
    QCOMPARE(refundEntries(number).size(), 2);
}

void TestWorkspaceRefund::typedMistakesAreRefusedAtTheirField()
{
    const QString number = QStringLiteral("PAID-1200-GUI5");
    lookUp(number);
    const QString payment = transaction(0);
    openRefund();
    const int before = refundEntries(number).size();

    type(form()->amountEdit(), QStringLiteral("12.345"));
    type(form()->reasonEdit(), QStringLiteral("Overcharged"));
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QVERIFY2(page()->formProblem()->text().contains(QStringLiteral("12.345")),
        qPrintable(page()->formProblem()->text()));
    QCOMPARE(QApplication::focusWidget(), form()->amountEdit());

    type(form()->amountEdit(), QStringLiteral("12.01"));
    QVERIFY2(form()
                 ->findChild<QLabel *>(QStringLiteral("refundRemainingAfter"))
                 ->text()
                 .contains(QStringLiteral("-¥0.01")),
        "the overshoot is not shown while typing");
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QVERIFY2(page()->formProblem()->text().contains(QStringLiteral("¥12.00")),
        qPrintable(page()->formProblem()->text()));

    type(form()->amountEdit(), QStringLiteral("0"));
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QVERIFY2(page()->formProblem()->text().contains(QStringLiteral("¥0.00")),
        qPrintable(page()->formProblem()->text()));

    type(form()->amountEdit(), QStringLiteral("3"));
    type(form()->reasonEdit(), QString());
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QVERIFY2(!page()->formProblem()->text().isEmpty(), "an empty reason was not refused");
    QCOMPARE(QApplication::focusWidget(), form()->reasonEdit());

    // Going back at the confirmation sends nothing either.
    type(form()->reasonEdit(), QStringLiteral("Overcharged"));
    QMap<QString, QString> seen;
    submitAndConfirm(&seen, false);
    QCOMPARE(seen.value("remainingAfter"), QStringLiteral("¥9.00"));
    QCOMPARE(results()->state(), ResultsPane::State::Empty);
    QVERIFY(!results()->form()->queryNowButton->isVisible()); // no earlier refund's button
    QCOMPARE(refundEntries(number).size(), before);
    QCOMPARE(refundedFen(payment), 0);
}

void TestWorkspaceRefund::severalPaymentsThePickedOneIsRefunded()
{
    const QString number = QStringLiteral("PAID2-1000-GUI2");
    lookUp(number);
    const QString first = transaction(0);
    const QString second = transaction(1);
    openRefund();
    QComboBox *combo = form()->paymentCombo();
    QCOMPARE(combo->count(), 2);
    QVERIFY(combo->isEnabled());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QVERIFY2(combo->currentText().contains(second), qPrintable(combo->currentText()));
    QCOMPARE(form()->amountEdit()->text(), QStringLiteral("10.00"));
    type(form()->amountEdit(), QStringLiteral("4"));
    type(form()->reasonEdit(), QStringLiteral("Second charge was a mistake"));
    QMap<QString, QString> seen;
    submitAndConfirm(&seen);
    QVERIFY2(seen.value("payment").contains(second), qPrintable(seen.value("payment")));
    QCOMPARE(results()->state(), ResultsPane::State::Succeeded);
    QCOMPARE(refundedFen(second), 400);
    QCOMPARE(refundedFen(first), 0);
}

void TestWorkspaceRefund::unknownOutcomeIsQueriedByTheSameNumber()
{
    const QString number = QStringLiteral("PAID-900-GUI3");
    lookUp(number);
    const QString payment = transaction(0);
    openRefund();
    type(form()->reasonEdit(), QStringLiteral("Deposit returned"));
    // Slow answers: the clerk stops waiting (Esc) once the refund itself is on its way.
    setLatencyMs(1500);
    ModalAnswer::setNext([](QDialog &) { return int(QDialog::Accepted); });
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        results()->form()->busyLabel->text().startsWith(QLatin1String("Sending refund")), 20000);
    QTest::qWait(400);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 20000);
    setLatencyMs(0);
    waitUntilIdle();

    // Said so, journaled as unknown, never shown as success; the next step is that refund.
    QCOMPARE(results()->state(), ResultsPane::State::Unknown);
    const QString refundNo = results()->outRefundNo();
    QVERIFY(!refundNo.isEmpty());
    QVERIFY2(results()->form()->outcomeBanner->text().contains(refundNo),
        qPrintable(results()->form()->outcomeBanner->text()));
    const auto entries = refundEntries(number);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().isOutcomeUnknown());
    QVERIFY(page()->panel()->text().contains(refundNo));

    // Query this refund: the same number; it had arrived, so nothing is sent again.
    QPushButton *query = results()->form()->queryNowButton;
    QVERIFY(query->isVisible());
    QVERIFY2(query->toolTip().contains(refundNo), qPrintable(query->toolTip()));
    QCOMPARE(query->text(), QStringLiteral("Query this refund now"));
    QTest::mouseClick(query, Qt::LeftButton);
    waitUntilIdle();
    QCOMPARE(results()->state(), ResultsPane::State::Succeeded);
    QCOMPARE(results()->outRefundNo(), refundNo);
    QCOMPARE(results()->refund()->outRefundNo, refundNo);
    QCOMPARE(refundedFen(payment), 900);
    QVERIFY(!refundEntries(number).first().isOutcomeUnknown());

    // Nothing is left to refund: asking again is refused before anything is sent.
    openRefund();
    QCOMPARE(form()->amountEdit()->text(), QStringLiteral("0.00"));
    type(form()->reasonEdit(), QStringLiteral("Again"));
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QVERIFY(!page()->formProblem()->text().isEmpty());
    QCOMPARE(refundEntries(number).size(), 1);
    QCOMPARE(refundedFen(payment), 900);
}

void TestWorkspaceRefund::aRefundThatNeverLeftIsResentWithTheSameNumber()
{
    // The console stopped after journaling a refund and before sending it (a crash, a power
    // cut): the journal holds it as pending; WeChat Pay never saw it.
    const QString number = QStringLiteral("PAID-700-GUI4");
    lookUp(number);
    const QString payment = transaction(0);
    const QString refundNo = QStringLiteral("RF-GUI-CRASH-0001");
    psc::refund::RefundRequest lost;
    lost.mode = Mode::ServiceOrder;
    lost.outOrderNo = number;
    lost.transactionId = payment;
    lost.outRefundNo = refundNo;
    lost.reason = QStringLiteral("押金退还");
    lost.refund = Money::fromFen(700);
    lost.total = Money::fromFen(700);
    psc::journal::PendingWrite pending;
    pending.operatorName = QStringLiteral("clerk");
    pending.profileName = m_context->session()->runner(Mode::ServiceOrder)->profileName();
    pending.mode = QStringLiteral("serviceorder");
    pending.operation = QStringLiteral("refund");
    pending.outOrderNo = number;
    pending.requestBody = QJsonDocument(lost.toJson()).toJson(QJsonDocument::Compact);
    pending.amountFen = 700;
    QVERIFY(m_context->journal()->beginWrite(pending));
    lookUp(number);
    QVERIFY2(page()->panel()->text().contains(refundNo), "the panel does not list the refund");

    // The form offers that refund, unchanged, instead of a new one.
    openRefund();
    QVERIFY2(form()->notice()->text().contains(refundNo), qPrintable(form()->notice()->text()));
    QCOMPARE(form()->amountEdit()->text(), QStringLiteral("7.00"));
    QVERIFY(form()->amountEdit()->isReadOnly());
    QMap<QString, QString> seen;
    submitAndConfirm(&seen);
    QVERIFY2(seen.value("refundNumber").contains(refundNo), qPrintable(seen.value("refundNumber")));
    QVERIFY2(
        seen.value("amount").contains(QStringLiteral("¥7.00")), qPrintable(seen.value("amount")));

    // Queried (not found), then sent again with the same number: refunded once.
    QCOMPARE(results()->state(), ResultsPane::State::Succeeded);
    QCOMPARE(results()->outRefundNo(), refundNo);
    QCOMPARE(results()->refund()->outRefundNo, refundNo);
    QCOMPARE(refundedFen(payment), 700);
    const auto entries = refundEntries(number);
    QCOMPARE(entries.size(), 2);
    for (const auto &entry : entries)
        QVERIFY(entry.write.requestBody.contains(refundNo.toUtf8()));
}

void TestWorkspaceRefund::overseaRefundsAreOutOfScope()
{
    lookUp(QStringLiteral("DEMO-OVERSEA-DONE-001"));
    QPushButton *refund = page()->button(Action::Refund);
    QVERIFY(!refund->isEnabled());
    QVERIFY2(refund->toolTip().contains(QLatin1String("apihk"), Qt::CaseInsensitive)
            || refund->toolTip().contains(QLatin1String("oversea"), Qt::CaseInsensitive),
        qPrintable(refund->toolTip()));
    QVERIFY(page()->panel()->text().contains(refund->toolTip().toHtmlEscaped()));
}

void TestWorkspaceRefund::aPastedRefundNotificationIsVerifiedAndDecrypted()
{
    // Signed on the sandbox's thread, with its WeChat Pay key.
    const QJsonObject resource { { "mchid", "1900000001" }, { "out_trade_no", "PAID-1-N" },
        { "transaction_id", "4200000000202611220000000001" }, { "out_refund_no", "RF-NOTIFY-0001" },
        { "refund_id", "50300000000000000000000001" }, { "refund_status", "SUCCESS" },
        { "amount",
            QJsonObject { { "total", 1550 }, { "refund", 500 }, { "payer_total", 1550 },
                { "payer_refund", 500 } } } };
    QByteArray body, good, forged;
    psc::sandbox::Sandbox *sandbox = m_context->sandbox();
    QMetaObject::invokeMethod(
        sandbox,
        [&] {
            body = psc::testsupport::sealedNotification(
                sandbox->identity(), "REFUND.SUCCESS", resource);
            good = psc::testsupport::notificationHeaders(sandbox->identity(), body, false);
            forged = psc::testsupport::notificationHeaders(sandbox->identity(), body, true);
        },
        Qt::BlockingQueuedConnection);

    struct Seen {
        QString verdict, summary, plaintext;
    };
    const auto paste = [&](const QByteArray &headers) {
        Seen seen;
        ModalAnswer::setNext([&](QDialog &dialog) {
            auto &view = static_cast<NotificationDialog &>(dialog);
            view.bodyEdit()->setFocus();
            typeText(view.bodyEdit(), QString::fromUtf8(body));
            view.headersEdit()->setFocus();
            for (const QByteArray &line : headers.split('\n')) { // typed line by line
                typeText(view.headersEdit(), QString::fromUtf8(line.trimmed()));
                QTest::keyClick(view.headersEdit(), Qt::Key_Return);
            }
            QTest::mouseClick(view.decodeButton(), Qt::LeftButton);
            seen = { view.verdictLabel()->text(), view.summaryLabel()->text(),
                view.plaintextView()->toPlainText() };
            return int(QDialog::Rejected);
        });
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionDecryptNotification"));
        action->trigger();
        return seen;
    };

    const Seen verified = paste(good);
    QVERIFY2(verified.verdict.contains(QLatin1String("verified")), qPrintable(verified.verdict));
    QVERIFY2(verified.summary.contains(QLatin1String("RF-NOTIFY-0001"))
            && verified.summary.contains(QStringLiteral("¥5.00"))
            && verified.summary.contains(QLatin1String("REFUND.SUCCESS")),
        qPrintable(verified.summary));
    QVERIFY(verified.plaintext.contains(QLatin1String("50300000000000000000000001")));

    // A forged signature: refused, nothing decrypted is shown.
    const Seen refused = paste(forged);
    QVERIFY2(refused.verdict.contains(QLatin1String("VERIFICATION_FAILED")),
        qPrintable(refused.verdict));
    QVERIFY(refused.plaintext.isEmpty());
    QVERIFY(refused.summary.isEmpty());

    // No headers: decrypted, and said to be unverified.
    const Seen unchecked = paste(QByteArray());
    QVERIFY2(
        unchecked.verdict.contains(QLatin1String("NOT checked")), qPrintable(unchecked.verdict));
    QVERIFY(unchecked.summary.contains(QLatin1String("RF-NOTIFY-0001")));
}

void TestWorkspaceRefund::verifyNothingIsCut() const
{
    QApplication::processEvents(); // the pane fits its labels once its layout has settled
    QApplication::processEvents();
    const auto *pane = results()->form();
    for (const QLabel *label :
        { pane->outcomeBanner, pane->stateBadge, pane->orderIdBadge, pane->stateMeaning }) {
        if (!label->isVisible())
            continue;
        QVERIFY2(label->height() >= label->heightForWidth(label->width()),
            qPrintable(QStringLiteral("%1: %2 px high, its text needs %3 at %4 px: %5")
                           .arg(label->objectName())
                           .arg(label->height())
                           .arg(label->heightForWidth(label->width()))
                           .arg(label->width())
                           .arg(label->text())));
    }
}

void TestWorkspaceRefund::refund(const QString &outOrderNo, const QString &reason)
{
    lookUp(outOrderNo);
    openRefund();
    type(form()->reasonEdit(), reason);
    QMap<QString, QString> seen;
    submitAndConfirm(&seen);
    QVERIFY2(results()->refund(), qPrintable(results()->bannerText()));
}

void TestWorkspaceRefund::theAnswerReadsInChineseAndNothingIsCut()
{
    m_window->setLanguage(QStringLiteral("zh_CN"));
    const QString number = QStringLiteral("PAID-1800-GUI-ZH-1");
    lookUp(number);
    openRefund();
    // The payment's paid time reads as a local time, never as the API's 14 digits.
    const auto order = page()->model()->order();
    QVERIFY(order.collection && !order.collection->details.isEmpty());
    const QString paidTime = order.collection->details.first().paidTime;
    QCOMPARE(paidTime.size(), 14); // yyyyMMddHHmmss, Beijing time
    QDateTime beijing = QDateTime::fromString(paidTime, QStringLiteral("yyyyMMddHHmmss"));
    beijing.setTimeZone(QTimeZone(8 * 3600));
    const QString local = TypedTime::format(beijing);
    const QString facts = form()->paymentFacts()->text();
    QVERIFY2(!facts.contains(paidTime) && facts.contains(local), qPrintable(facts + u'|' + local));
    type(form()->reasonEdit(), QStringLiteral("退押金"));
    QMap<QString, QString> seen;
    submitAndConfirm(&seen);
    const QString payment = seen.value(QStringLiteral("payment"));
    QVERIFY2(!payment.contains(paidTime) && payment.contains(local), qPrintable(payment));

    QCOMPARE(results()->state(), ResultsPane::State::Succeeded);
    const auto *pane = results()->form();
    const std::optional<psc::refund::RefundView> &refund = results()->refund();
    QVERIFY(refund);
    // What the status means comes first; the API's word only beside it.
    const QString badge = pane->stateBadge->text();
    QVERIFY2(badge.startsWith(psc::refund::RefundView::statusText(refund->status))
            && badge.contains(QStringLiteral("（%1）").arg(refund->status))
            && badge.contains(refund->outRefundNo),
        qPrintable(badge));
    // Long numbers stay whole on a line of their own, and can be selected to copy.
    QVERIFY(!refund->refundId.isEmpty());
    QVERIFY2(pane->orderIdBadge->text().endsWith(u'\n' + refund->refundId),
        qPrintable(pane->orderIdBadge->text()));
    QVERIFY(pane->orderIdBadge->fontMetrics().horizontalAdvance(refund->refundId) + 24
        <= pane->orderIdBadge->width());
    QVERIFY(pane->orderIdBadge->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(pane->stateBadge->textInteractionFlags() & Qt::TextSelectableByMouse);
    verifyNothingIsCut();
    // The banners grow within the pane; the window does not grow past a 1366×768 screen.
    QVERIFY2(m_window->height() <= 768, qPrintable(QString::number(m_window->height())));
    const QString shots = QStringLiteral(PAYSCORE_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    QVERIFY(m_window->grab().save(shots + QStringLiteral("/workspace_refund_result_zh_CN.png")));

    m_window->setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    QVERIFY2(pane->stateBadge->text().startsWith(
                 psc::refund::RefundView::statusText(refund->status) + QStringLiteral(" (")),
        qPrintable(pane->stateBadge->text()));
    verifyNothingIsCut();
    QVERIFY(m_window->grab().save(shots + QStringLiteral("/workspace_refund_result_en.png")));
}

void TestWorkspaceRefund::aNewOrderLeavesNothingOfTheLastAnswer()
{
    const QString first = QStringLiteral("PAID-500-GUI-NEXT-A");
    const QString second = QStringLiteral("PAID-600-GUI-NEXT-B");
    refund(first, QStringLiteral("First"));
    const QString firstRefund = results()->outRefundNo();
    QVERIFY(results()->bannerText().contains(first));

    // The clerk turns to the next order: the answer for the first one is dimmed, and its
    // badges (its refund, its ids) are gone rather than read as the new order's.
    lookUp(second);
    QVERIFY(results()->isStale());
    QVERIFY(results()->bannerText().contains(first));
    QVERIFY(!results()->form()->stateBadge->isVisible());
    QVERIFY(!results()->form()->orderIdBadge->isVisible());
    QVERIFY(!results()->form()->stateMeaning->isVisible());

    // The second order's refund replaces everything of the first one's answer.
    openRefund();
    type(form()->reasonEdit(), QStringLiteral("Second"));
    QMap<QString, QString> seen;
    submitAndConfirm(&seen);
    QVERIFY(!results()->isStale());
    QVERIFY(results()->outRefundNo() != firstRefund);
    const auto *pane = results()->form();
    for (const QLabel *label : pane->outcomeBanner->parentWidget()->findChildren<QLabel *>()) {
        if (!label->isVisible())
            continue;
        QVERIFY2(!label->text().contains(first) && !label->text().contains(firstRefund),
            qPrintable(label->objectName() + u' ' + label->text()));
    }
    QVERIFY(pane->outcomeBanner->text().contains(second));
    QVERIFY(pane->stateBadge->text().contains(results()->outRefundNo()));
}

void TestWorkspaceRefund::theEmptyPaneNamesTheKeyOfTheScreenShowing()
{
    QTabWidget *screens = m_window->form()->screens;
    // A new order number closes any form: the workspace's first step is the number and
    // Enter, and no send key is named until a form is open.
    lookUp(QStringLiteral("PAID-500-GUI-KEY"));
    results()->clear();
    QVERIFY2(!results()->bannerText().contains(QLatin1String("Alt+")),
        qPrintable(results()->bannerText()));
    openRefund();
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        m_window->setLanguage(language);
        QApplication::processEvents();
        // With a form open, the workspace sends with its "Review and send…" button's Alt key.
        screens->setCurrentWidget(page());
        const QString altKey = QKeySequence::mnemonic(page()->submitButton()->text())
                                   .toString(QKeySequence::NativeText);
        QVERIFY2(altKey.startsWith(QLatin1String("Alt+")), qPrintable(altKey));
        QVERIFY2(results()->bannerText().contains(altKey)
                && !results()->bannerText().contains(QLatin1String("Ctrl+Enter")),
            qPrintable(results()->bannerText()));
        if (language == QLatin1String("zh_CN")) // the button named as it reads on screen
            QVERIFY2(!results()->bannerText().contains(QLatin1String("Review")),
                qPrintable(results()->bannerText()));
        // Named once, without its own "(V)" inside the brackets: "Alt+V（核对并发送）".
        const QString button = QString(page()->submitButton()->text())
                                   .remove(QRegularExpression(QStringLiteral("\\(&.\\)|&|…")))
                                   .trimmed();
        QVERIFY2(results()->bannerText().contains(altKey
                     + (language == QLatin1String("zh_CN") ? QStringLiteral("（%1）")
                                                           : QStringLiteral(" (%1)"))
                           .arg(button)),
            qPrintable(results()->bannerText()));
        // The form screens send with Ctrl+Enter.
        screens->setCurrentWidget(m_window->screen<SyncPage>());
        QVERIFY2(results()->bannerText().contains(QLatin1String("Ctrl+Enter"))
                && !results()->bannerText().contains(altKey),
            qPrintable(results()->bannerText()));
        // The journal sends nothing: no key is named.
        screens->setCurrentWidget(m_window->screen<JournalPage>());
        QVERIFY2(!results()->bannerText().contains(QLatin1String("Ctrl+"))
                && !results()->bannerText().contains(QLatin1String("Alt+")),
            qPrintable(results()->bannerText()));
    }
    screens->setCurrentWidget(page());
}

void TestWorkspaceRefund::theBusyLineCountsTheSecondsToTheTimeLimit()
{
    lookUp(QStringLiteral("PAID-300-GUI-WAIT"));
    openRefund();
    type(form()->reasonEdit(), QStringLiteral("Wait"));
    // The order's fresh query takes 2.6 s: long enough to count.
    setLatencyMs(2600);
    bool asked = false;
    ModalAnswer::setNext([&asked](QDialog &) {
        asked = true;
        return int(QDialog::Rejected);
    });
    QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
    QVERIFY(results()->isBusy());
    QLabel *busy = results()->form()->busyLabel;
    const QRegularExpression counting(QStringLiteral("(\\d+) s — gives up in (\\d+) s"));
    QVERIFY2(!counting.match(busy->text()).hasMatch(), qPrintable(busy->text())); // under 1 s
    QTRY_VERIFY_WITH_TIMEOUT(counting.match(busy->text()).hasMatch(), 5000);
    const QRegularExpressionMatch count = counting.match(busy->text());
    const int waited = count.captured(1).toInt();
    const int left = count.captured(2).toInt();
    // The limit is the client's own (ClientConfig::transferTimeout), not a number of the pane.
    const auto limit = std::chrono::duration_cast<std::chrono::seconds>(
        m_context->session()->client(Mode::ServiceOrder)->config().transferTimeout)
                           .count();
    QVERIFY2(waited >= 1 && waited + left >= limit - 1 && waited + left <= limit + 1,
        qPrintable(busy->text()));
    // It keeps counting.
    QTRY_VERIFY_WITH_TIMEOUT(counting.match(busy->text()).captured(1).toInt() > waited, 3000);
    waitUntilIdle();
    setLatencyMs(0);
    QVERIFY(asked);
    QVERIFY(!results()->isBusy());
}

void TestWorkspaceRefund::screenshotsInBothLanguages()
{
    const QString shots = QStringLiteral(PAYSCORE_BINARY_DIR "/screenshots");
    QDir().mkpath(shots);
    m_window->resize(1366, 768);
    lookUp(QStringLiteral("PAID2-1550-SHOT"));
    openRefund();
    type(form()->amountEdit(), QStringLiteral("3.20"));
    type(form()->reasonEdit(), QStringLiteral("多收了配送费"));
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        m_window->setLanguage(language);
        QApplication::processEvents();
        // The workspace with the refund form open, beside the results pane, fits the screen.
        // (The whole window's minimum width is the widest tab's: the Journal page's, not
        // this form's — left to that page's owner.)
        const int needed = page()->minimumSizeHint().width() + results()->minimumSizeHint().width()
            + 40; // splitter handle, margins
        QVERIFY2(needed <= 1366,
            qPrintable(QStringLiteral("workspace %1 + results %2")
                           .arg(page()->minimumSizeHint().width())
                           .arg(results()->minimumSizeHint().width())));
        QVERIFY2(page()->minimumSizeHint().height() <= 768 - 120,
            qPrintable(QString::number(page()->minimumSizeHint().height())));
        QVERIFY(form()->isVisible());
        // What was typed survives the language switch; the labels are in the language.
        QCOMPARE(form()->amountEdit()->text(), QStringLiteral("3.20"));
        const QString expected = language == QLatin1String("zh_CN")
            ? QStringLiteral("还可退")
            : QStringLiteral("left to refund");
        QVERIFY2(form()->paymentFacts()->text().contains(expected),
            qPrintable(form()->paymentFacts()->text()));
        const QString file = QStringLiteral("%1/workspace_refund_%2.png").arg(shots, language);
        QVERIFY2(m_window->grab().save(file), qPrintable(file));
        // The confirmation too, as the clerk sees it.
        ModalAnswer::setNext([&](QDialog &dialog) {
            dialog.resize(dialog.sizeHint());
            dialog.grab().save(QStringLiteral("%1/refund_confirm_%2.png").arg(shots, language));
            return int(QDialog::Rejected);
        });
        QTest::mouseClick(page()->submitButton(), Qt::LeftButton);
        waitUntilIdle();
        QVERIFY(QFile::exists(QStringLiteral("%1/refund_confirm_%2.png").arg(shots, language)));
        openRefund();
        type(form()->amountEdit(), QStringLiteral("3.20"));
        type(form()->reasonEdit(), QStringLiteral("多收了配送费"));
    }
    m_window->setLanguage(QStringLiteral("en"));
}

// Seen on the clerk pass: the workspace listed the order's writes as "11/29/26 2:13 AM ·
// refund · succeeded", in words and a time format of its own. It uses the journal's.
void TestWorkspaceRefund::theOrdersWritesReadAsInTheJournal()
{
    const QString number = QStringLiteral("PAID-700-GUI-WRITES");
    refund(number, QStringLiteral("Writes"));
    const auto entries = refundEntries(number);
    QCOMPARE(entries.size(), 1);
    const QString when = JournalTableModel::timeText(entries.first().startedAt);
    for (const QString &language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        m_window->setLanguage(language);
        QApplication::processEvents();
        const QString panel = page()->panel()->text();
        const bool chinese = language == QLatin1String("zh_CN");
        for (const QString &shown : { when,
                 QStringLiteral("<td>%1</td>")
                     .arg(chinese ? QStringLiteral("退款") : QStringLiteral("Refund")),
                 QStringLiteral("<td>%1</td>")
                     .arg(chinese ? QStringLiteral("成功") : QStringLiteral("succeeded")) })
            QVERIFY2(panel.contains(shown), qPrintable(language + u' ' + shown + u'\n' + panel));
    }
    m_window->setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestWorkspaceRefund)
#include "tst_WorkspaceRefund.moc"
