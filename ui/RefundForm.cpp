#include "RefundForm.h"

#include "Palette.h"
#include "TypedTime.h"

#include <payscore/FieldRules.h>
#include <refund/RefundRequest.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace psc::ui {

using payscore::Money;

RefundForm::RefundForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("refundNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(Palette::textStyle(Palette::Text::Warning));
    layout->addWidget(m_notice);

    auto *form = new QFormLayout;
    m_paymentLabel = new QLabel(this);
    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("refundPaymentCombo"));
    m_payment->setFocusPolicy(Qt::StrongFocus);
    m_paymentLabel->setBuddy(m_payment);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("refundPaymentFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_amountLabel = new QLabel(this);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("refundAmountEdit"));
    m_amount->setMaxLength(20);
    m_amountLabel->setBuddy(m_amount);
    m_after = new QLabel(this);
    m_after->setObjectName(QStringLiteral("refundRemainingAfter"));
    m_after->setWordWrap(true);
    m_reasonLabel = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("refundReasonEdit"));
    m_reason->setMaxLength(refund::RefundRequest::kReasonMaxLength);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_paymentLabel, m_payment);
    form->addRow(QString(), m_facts);
    form->addRow(m_amountLabel, m_amount);
    form->addRow(QString(), m_after);
    form->addRow(m_reasonLabel, m_reason);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_payment, &QComboBox::currentIndexChanged, this, [this] {
        showPayment(true);
        emit edited();
    });
    connect(m_amount, &QLineEdit::textEdited, this, [this] {
        showRemainingAfter();
        emit edited();
    });
    connect(m_reason, &QLineEdit::textEdited, this, &RefundForm::edited);
    retranslate();
}

namespace {

// Whether a refund was recorded for the order (or an earlier one settled) between two looks.
bool sameRefunds(const refund::RefundLedger &before, const refund::RefundLedger &after)
{
    return std::equal(before.refunds().begin(), before.refunds().end(), after.refunds().begin(),
        after.refunds().end(),
        [](const refund::RecordedRefund &a, const refund::RecordedRefund &b) {
            return a.entryId == b.entryId && a.counts == b.counts && a.status == b.status;
        });
}

} // namespace

void RefundForm::setOrder(const payscore::OrderKey &key, const payscore::OrderView &order,
    const refund::RefundLedger &ledger)
{
    // The same order again (its payments or ledger arrived late or were refreshed) keeps what
    // the clerk typed for it; another order, or a refund made since, starts from the defaults.
    const bool sameOrder = key.mode == m_key.mode && key.outOrderNo == m_key.outOrderNo;
    const bool keepTyped = sameOrder && sameRefunds(m_ledger, ledger);
    const QVariant typedPayment = sameOrder ? m_payment->currentData() : QVariant();
    m_key = key;
    m_order = order;
    m_ledger = ledger;
    m_payments = refund::RefundablePayments(order, ledger).payments();
    m_resumable = ledger.resumable();
    m_resumedReason.clear();
    if (m_resumable) {
        const auto earlier = refund::RefundRequest::fromJson(
            QJsonDocument::fromJson(m_resumable->requestBody).object());
        if (earlier)
            m_resumedReason = earlier->reason;
    }

    const QSignalBlocker blocker(m_payment);
    m_payment->clear();
    for (const refund::RefundablePayment &payment : m_payments)
        m_payment->addItem(QString(), payment.transactionId);
    int index = 0;
    if (m_resumable) {
        index = std::max(0, m_payment->findData(m_resumable->transactionId));
        m_amount->setText(m_resumable->amount.toYuanString());
        m_reason->setText(m_resumedReason);
    } else {
        // setText() also forgets that the clerk had typed there.
        if (!keepTyped || !m_amount->isModified())
            m_amount->setText(QString());
        if (!keepTyped || !m_reason->isModified())
            m_reason->setText(QString());
        if (typedPayment.isValid())
            index = std::max(0, m_payment->findData(typedPayment));
    }
    m_payment->setCurrentIndex(index);
    // A refund to resume is resumed as it was: nothing of it can be changed here.
    m_payment->setEnabled(!m_resumable && m_payments.size() > 1);
    m_amount->setReadOnly(m_resumable.has_value());
    m_reason->setReadOnly(m_resumable.has_value());
    retranslate();
    showPayment(true);
}

std::optional<refund::RefundablePayment> RefundForm::chosen() const
{
    const int index = m_payment->currentIndex();
    if (index < 0 || index >= m_payments.size())
        return std::nullopt;
    return m_payments.at(index);
}

std::optional<Money> RefundForm::typedAmount() const
{
    return Money::parseYuan(m_amount->text());
}

void RefundForm::showPayment(bool defaultAmount)
{
    const auto payment = chosen();
    if (!payment) {
        m_facts->clear();
        m_after->clear();
        return;
    }
    m_facts->setText(tr("Paid %1 at %2 · already refunded %3 · %4 left to refund")
                         .arg(payment->amount.display(),
                             payment->paidTime.isEmpty() ? QStringLiteral("—")
                                                         : TypedTime::shown(payment->paidTime),
                             payment->refunded.display(), payment->remaining().display()));
    // The default is all that remains: a partial refund is typed over it, and what the clerk
    // typed stays as long as it fits this payment by itself.
    if (defaultAmount && !m_resumable && !typedAmountFits(*payment))
        m_amount->setText(payment->remaining().toYuanString());
    showRemainingAfter();
}

bool RefundForm::typedAmountFits(const refund::RefundablePayment &payment) const
{
    if (!m_amount->isModified())
        return false;
    payscore::ValidationReport report;
    refund::RefundablePayments::checkAmount(report, payment, typedAmount());
    return !report.hasErrors();
}

void RefundForm::showRemainingAfter()
{
    const auto payment = chosen();
    const auto amount = typedAmount();
    if (!payment || m_resumable) {
        m_after->clear();
        return;
    }
    if (!amount) {
        m_after->setText(tr("Type the amount in yuan, e.g. 12.50."));
        m_after->setStyleSheet(Palette::textStyle(Palette::Text::Warning));
        return;
    }
    const Money after = payment->remaining() - *amount;
    m_after->setText(tr("Left to refund on this payment afterwards: %1").arg(after.display()));
    m_after->setStyleSheet(after.isNegative() || amount->fen() <= 0
            ? Palette::textStyle(Palette::Text::Error)
            : QString());
}

refund::RefundInput RefundForm::input() const
{
    refund::RefundInput input;
    input.key = m_key;
    if (const auto payment = chosen())
        input.transactionId = payment->transactionId;
    input.amount = typedAmount();
    input.reason = m_reason->text().trimmed();
    return input;
}

payscore::ValidationReport RefundForm::check() const
{
    payscore::ValidationReport report;
    if (!refund::RefundRequest::checkMode(report, m_key.mode))
        return report;
    if (m_resumable)
        return report; // resumed unchanged: the runner decides from the query of its number
    const refund::RefundablePayments payments(m_order, m_ledger);
    payments.checkOrder(report);
    if (report.hasErrors())
        return report;
    const auto payment = payments.choose(report, input().transactionId);
    if (payment) {
        const QString pointer = QStringLiteral("/amount/refund");
        if (!typedAmount() && !m_amount->text().trimmed().isEmpty())
            report.addError(pointer,
                tr("%1: \"%2\" is not an amount in yuan (e.g. 12.50; at most two decimals).")
                    .arg(payscore::rules::displayName(pointer), m_amount->text().trimmed()));
        else
            refund::RefundablePayments::checkAmount(report, *payment, typedAmount());
    }
    payscore::rules::checkText(report, QStringLiteral("/reason"), m_reason->text().trimmed(),
        refund::RefundRequest::kReasonMaxLength, true);
    return report;
}

void RefundForm::focusField(const QString &pointer)
{
    if (pointer.startsWith(QLatin1String("/amount")))
        m_amount->setFocus();
    else if (pointer == QLatin1String("/reason"))
        m_reason->setFocus();
    else if (pointer == QLatin1String("/transaction_id"))
        m_payment->setFocus();
}

void RefundForm::retranslate()
{
    m_paymentLabel->setText(tr("Pa&yment to refund:"));
    m_payment->setAccessibleName(tr("Payment to refund"));
    m_amountLabel->setText(tr("&Amount to refund (yuan):"));
    m_amount->setAccessibleName(tr("Amount to refund in yuan"));
    m_amount->setPlaceholderText(tr("e.g. 12.50"));
    m_reasonLabel->setText(tr("Reason (the customer sees &it):"));
    m_reason->setAccessibleName(tr("Refund reason"));
    m_reason->setPlaceholderText(tr("e.g. Delivery fee charged twice"));
    for (int index = 0; index < m_payments.size() && index < m_payment->count(); ++index) {
        const refund::RefundablePayment &payment = m_payments.at(index);
        m_payment->setItemText(index,
            tr("#%1 · %2 · paid %3 · %4 left")
                .arg(payment.seq)
                .arg(payment.transactionId, payment.amount.display(),
                    payment.remaining().display()));
    }
    QString notice;
    if (m_key.mode == payscore::Mode::Oversea) {
        payscore::ValidationReport why;
        refund::RefundRequest::checkMode(why, m_key.mode);
        notice = why.firstError().message;
    } else if (m_resumable) {
        notice = tr("Refund %1 of %2 on payment %3 was sent earlier and its outcome is unknown. "
                    "No new refund is made until it is settled: sending queries refund %1 first "
                    "and sends it again — unchanged, with the same number — only if it never "
                    "reached WeChat Pay.")
                     .arg(m_resumable->outRefundNo, m_resumable->amount.display(),
                         m_resumable->transactionId);
    } else if (m_payments.isEmpty()) {
        payscore::ValidationReport why;
        refund::RefundablePayments(m_order, m_ledger).checkOrder(why);
        notice = why.hasErrors() ? why.firstError().message : QString();
    }
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    showPayment(false);
}

void RefundForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace psc::ui
