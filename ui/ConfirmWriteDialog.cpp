#include "ConfirmWriteDialog.h"

#include "ModalAnswer.h"
#include "ModeLabels.h"
#include "Palette.h"
#include "TypedTime.h"
#include "ui_ConfirmWriteDialog.h"

#include <payscore/OrderActions.h>

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>

namespace psc::ui {

namespace {
struct NextAnswer {
    std::optional<bool> answer;
    std::function<void(ConfirmWriteDialog &)> inspect;
};
NextAnswer &nextAnswer()
{
    static NextAnswer next;
    return next;
}

QString countText(const std::optional<qint64> &count)
{
    return count ? QString::number(*count) : QString();
}

// What the order still owes: the collection's paying amount, else the order's total.
std::optional<payscore::Money> owed(const payscore::OrderView &order)
{
    if (order.collection && order.collection->payingAmount)
        return order.collection->payingAmount;
    if (order.collection && order.collection->totalAmount)
        return order.collection->totalAmount;
    return order.totalAmount;
}
// The service times a complete carries, as they will be sent (local and Beijing time).
void addServiceTimes(ConfirmWriteDialog::Summary &summary, const QString &start, const QString &end)
{
    if (!start.isEmpty())
        summary.changes.append({ QStringLiteral("serviceStart"),
            ConfirmWriteDialog::tr("Service start:"), TypedTime::shown(start) });
    if (!end.isEmpty())
        summary.changes.append({ QStringLiteral("serviceEnd"),
            ConfirmWriteDialog::tr("Service end:"), TypedTime::shown(end) });
}
} // namespace

ConfirmWriteDialog::Summary ConfirmWriteDialog::Summary::of(
    const payscore::SyncRequest &request, const payscore::OrderView &order)
{
    Summary summary;
    summary.operation = payscore::Operation::Sync;
    summary.outOrderNo = request.key.outOrderNo;
    summary.mode = request.key.mode;
    const std::optional<payscore::Money> amount
        = request.paidAmount ? request.paidAmount : owed(order);
    const QString when = TypedTime::shown(request.paidTime);
    summary.change = amount ? tr("will be marked paid %1, paid at %2").arg(amount->display(), when)
                            : tr("will be marked paid, paid at %1").arg(when);
    summary.withOrder(order);
    return summary;
}

ConfirmWriteDialog::Summary &ConfirmWriteDialog::Summary::withOrder(
    const payscore::OrderView &order)
{
    state = payscore::OrderActions::describeState(order);
    if (operation == payscore::Operation::Complete && change.isEmpty())
        change = tr("will be completed and %1 collected from the customer").arg(total.display());
    return *this;
}

ConfirmWriteDialog::Summary ConfirmWriteDialog::Summary::of(
    const payscore::PayAfterCompletion &request)
{
    Summary summary;
    summary.outOrderNo = request.key.outOrderNo;
    summary.mode = request.key.mode;
    const bool used = request.finishType == payscore::PayAfterCompletion::kFinishServiceUsed;
    summary.serviceUsed = used;
    for (const auto &fee : request.fees)
        summary.lines.append({ false, fee.name, countText(fee.count),
            fee.amount.value_or(payscore::Money()), fee.description });
    for (const auto &discount : request.discounts)
        summary.lines.append({ true, discount.name, QString(),
            discount.amount.value_or(payscore::Money()), discount.description });
    summary.total = request.totalAmount.value_or(payscore::Money());
    addServiceTimes(summary, request.realServiceStartTime, request.realServiceEndTime);
    summary.showsTotal = true;
    return summary;
}

ConfirmWriteDialog::Summary ConfirmWriteDialog::Summary::of(
    const payscore::ServiceOrderCompletion &request)
{
    Summary summary;
    summary.outOrderNo = request.key.outOrderNo;
    summary.mode = request.key.mode;
    for (const auto *items : { &request.postPayments, &request.postDiscounts }) {
        const bool discount = items == &request.postDiscounts;
        for (const payscore::PostItem &item : *items)
            summary.lines.append({ discount, item.name, countText(item.count),
                item.amount.value_or(payscore::Money()), item.description });
    }
    summary.total = request.totalAmount.value_or(payscore::Money());
    addServiceTimes(summary, request.startTime, request.endTime);
    summary.showsTotal = true;
    return summary;
}

ConfirmWriteDialog::ConfirmWriteDialog(const Summary &summary, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConfirmWriteDialog>())
    , m_summary(summary)
{
    m_ui->setupUi(this);
    m_ui->linesTable->verticalHeader()->hide();
    m_ui->linesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->linesTable->setMinimumWidth(560);
    // Wide enough that the state and the change read as lines, not as a narrow column.
    setMinimumWidth(560);
    // The figure rows go between the state and the profile.
    int profileRow = 0;
    m_ui->summaryLayout->getWidgetPosition(m_ui->profileLabel, &profileRow, nullptr);
    for (const Change &change : m_summary.changes) {
        auto *label = new QLabel(this);
        auto *value = new QLabel(change.value, this);
        value->setObjectName(change.key + QStringLiteral("Value"));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_ui->summaryLayout->insertRow(profileRow++, label, value);
        m_changeLabels.append(label);
        m_changeValues.insert(change.key, value);
    }
    // Own buttons (a button box retranslates standard ones to "OK"), and going back is the
    // safe default: Enter alone must not send money.
    m_ui->buttonBox->clear();
    m_send = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_back = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::RejectRole);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_back->setObjectName(QStringLiteral("backButton"));
    m_send->setAutoDefault(false);
    m_back->setDefault(true);
    m_back->setFocus();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

ConfirmWriteDialog::~ConfirmWriteDialog() = default;

void ConfirmWriteDialog::fill()
{
    m_ui->orderValue->setText(
        QStringLiteral("<b>%1</b>").arg(m_summary.outOrderNo.toHtmlEscaped()));
    m_ui->modeValue->setText(ModeLabels::text(m_summary.mode));
    m_ui->profileValue->setText(m_summary.profileName);
    const bool fresh = !m_summary.state.isEmpty();
    m_ui->summaryLayout->setRowVisible(m_ui->stateValue, fresh);
    m_ui->stateValue->setText(m_summary.state);
    for (int row = 0; row < m_summary.changes.size(); ++row)
        m_changeLabels.at(row)->setText(m_summary.changes.at(row).label);
    m_ui->summaryLayout->setRowVisible(m_ui->changeValue, !m_summary.change.isEmpty());
    m_ui->changeValue->setText(QStringLiteral("<b>%1</b>").arg(m_summary.change.toHtmlEscaped()));
    const QString operation = payscore::OrderActions::label(m_summary.operation);
    setWindowTitle(tr("Confirm: %1").arg(operation));
    EnvironmentBadge::apply(m_ui->environmentBadge, m_summary.environment);
    m_ui->finishLabel->setVisible(m_summary.serviceUsed.has_value());
    m_ui->finishValue->setVisible(m_summary.serviceUsed.has_value());
    m_ui->finishValue->setText(m_summary.serviceUsed.value_or(true)
            ? tr("Complete — the service was used (finish_type 2)")
            : tr("Cancel — the service was not used (finish_type 1)"));
    // Sending takes a deliberate click or Alt+S; Enter goes back.
    m_send->setText(m_summary.operation == payscore::Operation::Complete
            ? tr("&Send complete")
            : tr("&Send: %1").arg(operation));
    m_back->setText(tr("&Go back"));
    m_ui->questionLabel->setText(question());
    if (m_summary.environment == Environment::Production)
        m_ui->questionLabel->setStyleSheet(
            QStringLiteral("font-weight: bold; ") + Palette::textStyle(Palette::Text::Error));
    fillLines();
}

void ConfirmWriteDialog::fillLines()
{
    m_ui->linesTable->clear();
    m_ui->linesTable->setColumnCount(5);
    m_ui->linesTable->setHorizontalHeaderLabels(
        { tr("Kind"), tr("Name"), tr("Count"), tr("Line total"), tr("Description") });
    m_ui->linesTable->setRowCount(int(m_summary.lines.size()));
    for (int row = 0; row < m_summary.lines.size(); ++row) {
        const Line &line = m_summary.lines.at(row);
        const QString amount
            = line.discount ? QStringLiteral("−") + line.amount.display() : line.amount.display();
        const QStringList cells { line.discount ? tr("Discount") : tr("Fee"), line.name, line.count,
            amount, line.description };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2 || column == 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (line.discount)
                item->setForeground(Palette::background(Palette::Role::Success));
            m_ui->linesTable->setItem(row, column, item);
        }
    }
    m_ui->linesTable->resizeColumnsToContents();
    m_ui->linesTable->setVisible(!m_summary.lines.isEmpty());
    m_ui->totalValue->setText(m_summary.total.display());
    m_ui->totalCaption->setVisible(m_summary.showsTotal);
    m_ui->totalValue->setVisible(m_summary.showsTotal);
}

QString ConfirmWriteDialog::question() const
{
    const bool production = m_summary.environment == Environment::Production;
    switch (m_summary.operation) {
    case payscore::Operation::Complete:
        return production ? tr("PRODUCTION: this collects real money from the customer. "
                               "Send this complete request?")
                          : tr("Send this complete request? WeChat Pay will collect the total "
                               "from the customer.");
    case payscore::Operation::Sync:
        return production ? tr("PRODUCTION: mark this real order as paid?")
                          : tr("Mark this order as paid outside WeChat Pay?");
    case payscore::Operation::Cancel:
        return production ? tr("PRODUCTION: cancel this real order? The customer sees the reason.")
                          : tr("Cancel this order? The customer sees the reason.");
    case payscore::Operation::Modify:
        return production ? tr("PRODUCTION: lower the amount the customer owes on this real order?")
                          : tr("Lower the amount the customer owes on this order?");
    case payscore::Operation::Collect:
        return production ? tr("PRODUCTION: charge the customer real money now?")
                          : tr("Ask WeChat Pay to charge the customer now?");
    case payscore::Operation::Refund:
        return production ? tr("PRODUCTION: give real money back to the customer now?")
                          : tr("Give this money back to the customer?");
    case payscore::Operation::Query:
    case payscore::Operation::RefundQuery:
        break;
    }
    return production ? tr("PRODUCTION: send this request?") : tr("Send this request?");
}

QString ConfirmWriteDialog::valueOf(const QString &key) const
{
    if (const QLabel *value = m_changeValues.value(key))
        return value->text();
    const auto *label = findChild<QLabel *>(key + QStringLiteral("Value"));
    return label ? label->text() : QString();
}

bool ConfirmWriteDialog::confirm(const Summary &summary, QWidget *parent)
{
    ConfirmWriteDialog dialog(summary, parent);
    NextAnswer &next = nextAnswer();
    if (next.answer) {
        const bool answer = *next.answer;
        dialog.adjustSize();
        if (next.inspect)
            next.inspect(dialog);
        return answer;
    }
    return ModalAnswer::exec(dialog) == QDialog::Accepted;
}

void ConfirmWriteDialog::setNextAnswer(
    std::optional<bool> answer, std::function<void(ConfirmWriteDialog &)> inspect)
{
    nextAnswer() = { answer, std::move(inspect) };
}

void ConfirmWriteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace psc::ui
