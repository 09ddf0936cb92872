// The refund form on its own (real widgets, offscreen, a real SQLite journal for the ledger):
// what the clerk typed survives the same order's payments arriving late or being refreshed,
// and only a new order number or a refund made since starts the form afresh.
#include "RefundForm.h"

#include <journal/Journal.h>
#include <refund/RefundRequest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc;
using payscore::Mode;
using payscore::Money;
using payscore::OrderView;
using ui::RefundForm;

namespace {

const QString kProfile = QStringLiteral("Store 1");

payscore::OrderKey keyOf(const QString &outOrderNo)
{
    payscore::OrderKey key;
    key.mode = Mode::ServiceOrder;
    key.outOrderNo = outOrderNo;
    return key;
}

// A DONE order paid with the given payments (fen), transaction ids TX-<order>-<n>.
OrderView paidOrder(const QString &outOrderNo, const QList<qint64> &paymentsFen)
{
    OrderView order;
    order.outOrderNo = outOrderNo;
    order.state = QStringLiteral("DONE");
    OrderView::Collection collection;
    collection.state = QStringLiteral("USER_PAID");
    qint64 seq = 0;
    for (const qint64 fen : paymentsFen) {
        OrderView::CollectionDetail detail;
        detail.seq = ++seq;
        detail.amount = Money::fromFen(fen);
        detail.paidType = QStringLiteral("NEWTON");
        detail.paidTime = QStringLiteral("2026-11-28T14:30:00+08:00");
        detail.transactionId = QStringLiteral("TX-%1-%2").arg(outOrderNo).arg(seq);
        collection.details.append(detail);
    }
    order.collection = collection;
    return order;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestRefundForm : public QObject {
    Q_OBJECT
private slots:
    void init();
    void typedAmountAndReasonOutliveLatePayments();
    void anAmountThatNoLongerFitsGivesWayToTheDefault();
    void aNewOrderNumberStartsAfresh();
    void aRefundMadeSinceStartsAfresh();

private:
    refund::RefundLedger ledger(const QString &outOrderNo) const;
    void recordRefund(const QString &outOrderNo, const QString &transactionId, qint64 fen);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<journal::Journal> m_journal;
};

void TestRefundForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = journal::Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")));
    QVERIFY(opened.ok());
    m_journal = *opened;
}

refund::RefundLedger TestRefundForm::ledger(const QString &outOrderNo) const
{
    return refund::RefundLedger::load(
        *m_journal, kProfile, payscore::modeName(Mode::ServiceOrder), outOrderNo);
}

// A refund that went through, journaled as the refund runner journals it.
void TestRefundForm::recordRefund(
    const QString &outOrderNo, const QString &transactionId, qint64 fen)
{
    refund::RefundRequest request;
    request.mode = Mode::ServiceOrder;
    request.outOrderNo = outOrderNo;
    request.transactionId = transactionId;
    request.outRefundNo = QStringLiteral("RF-") + outOrderNo;
    request.reason = QStringLiteral("押金退回");
    request.refund = Money::fromFen(fen);
    journal::PendingWrite write;
    write.operatorName = QStringLiteral("张三");
    write.profileName = kProfile;
    write.mode = payscore::modeName(Mode::ServiceOrder);
    write.operation = QLatin1String(refund::RefundLedger::kOperation);
    write.outOrderNo = outOrderNo;
    write.requestBody = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
    write.amountFen = fen;
    const auto id = m_journal->beginWrite(write);
    QVERIFY(id.ok());
    journal::WriteResult result;
    result.outcome = journal::Outcome::Succeeded;
    result.httpStatus = 200;
    result.state = QStringLiteral("SUCCESS");
    QVERIFY(m_journal->recordResult(*id, result));
}

void TestRefundForm::typedAmountAndReasonOutliveLatePayments()
{
    const QString number = QStringLiteral("PAID-LATE-001");
    RefundForm form;
    form.show();
    form.setOrder(keyOf(number), paidOrder(number, { 3000 }), ledger(number));
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("30.00")); // all that remains
    typeInto(form.amountEdit(), QStringLiteral("12.5"));
    typeInto(form.reasonEdit(), QStringLiteral("Deposit returned"));

    // The same order's answer again, now with a second payment that arrived late.
    form.setOrder(keyOf(number), paidOrder(number, { 3000, 2000 }), ledger(number));
    QCOMPARE(form.paymentCombo()->count(), 2);
    QCOMPARE(form.input().transactionId, QStringLiteral("TX-PAID-LATE-001-1"));
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("12.5"));
    QCOMPARE(form.reasonEdit()->text(), QStringLiteral("Deposit returned"));
    QCOMPARE(form.input().amount, Money::fromFen(1250));
    QVERIFY(!form.check().hasErrors());

    // And once more, unchanged (a refresh): still what was typed.
    form.setOrder(keyOf(number), paidOrder(number, { 3000, 2000 }), ledger(number));
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("12.5"));
    QCOMPARE(form.reasonEdit()->text(), QStringLiteral("Deposit returned"));

    // The amount nobody typed follows the payment: the default of the one now picked.
    const QString other = QStringLiteral("PAID-LATE-002");
    form.setOrder(keyOf(other), paidOrder(other, { 800 }), ledger(other));
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("8.00"));
    form.setOrder(keyOf(other), paidOrder(other, { 500 }), ledger(other)); // refreshed figures
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("5.00"));
}

void TestRefundForm::anAmountThatNoLongerFitsGivesWayToTheDefault()
{
    const QString number = QStringLiteral("PAID-FIT-001");
    RefundForm form;
    form.show();
    form.setOrder(keyOf(number), paidOrder(number, { 3000 }), ledger(number));
    typeInto(form.amountEdit(), QStringLiteral("25"));
    typeInto(form.reasonEdit(), QStringLiteral("Wrong size"));
    // The refreshed order shows the payment smaller than the amount typed: that amount is no
    // longer valid by itself, the whole of what remains is offered; the reason stays.
    form.setOrder(keyOf(number), paidOrder(number, { 2000 }), ledger(number));
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("20.00"));
    QCOMPARE(form.reasonEdit()->text(), QStringLiteral("Wrong size"));
}

void TestRefundForm::aNewOrderNumberStartsAfresh()
{
    const QString first = QStringLiteral("PAID-NEW-001");
    const QString second = QStringLiteral("PAID-NEW-002");
    RefundForm form;
    form.show();
    form.setOrder(keyOf(first), paidOrder(first, { 3000 }), ledger(first));
    typeInto(form.amountEdit(), QStringLiteral("3"));
    typeInto(form.reasonEdit(), QStringLiteral("Deposit returned"));
    form.setOrder(keyOf(second), paidOrder(second, { 3000 }), ledger(second));
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("30.00"));
    QCOMPARE(form.reasonEdit()->text(), QString());
    QCOMPARE(form.input().transactionId, QStringLiteral("TX-PAID-NEW-002-1"));
}

void TestRefundForm::aRefundMadeSinceStartsAfresh()
{
    const QString number = QStringLiteral("PAID-MADE-001");
    RefundForm form;
    form.show();
    form.setOrder(keyOf(number), paidOrder(number, { 3000 }), ledger(number));
    typeInto(form.amountEdit(), QStringLiteral("5"));
    typeInto(form.reasonEdit(), QStringLiteral("Deposit returned"));
    // That refund went through; the workspace shows the order again with its ledger.
    recordRefund(number, QStringLiteral("TX-PAID-MADE-001-1"), 500);
    form.setOrder(keyOf(number), paidOrder(number, { 3000 }), ledger(number));
    QCOMPARE(form.amountEdit()->text(), QStringLiteral("25.00")); // what is left
    QCOMPARE(form.reasonEdit()->text(), QString());
}

QTEST_MAIN(TestRefundForm)
#include "tst_RefundForm.moc"
