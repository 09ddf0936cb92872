#include "ModifyForm.h"

#include "LineItemEditor.h"
#include "LineItemTableModel.h"
#include "Palette.h"

#include <payscore/Limits.h>

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace psc::ui {

using payscore::Money;

namespace {

QList<LineItemTableModel::Row> rowsOf(const QList<payscore::PostItem> &items)
{
    QList<LineItemTableModel::Row> rows;
    for (const payscore::PostItem &item : items)
        rows.append({ item.name, QString::number(item.count.value_or(1)),
            item.amount ? item.amount->toYuanString() : QString(), item.description });
    return rows;
}

QList<payscore::PostItem> itemsOf(const LineItemTableModel &lines)
{
    QList<payscore::PostItem> items;
    for (const auto &row : lines.rows())
        items.append(
            { row.name.trimmed(), row.money(), row.description.trimmed(), row.countValue() });
    return items;
}

} // namespace

ModifyForm::ModifyForm(QWidget *parent)
    : QWidget(parent)
    , m_fees(new LineItemTableModel(LineItemTableModel::Kind::Fees, this))
    , m_discounts(new LineItemTableModel(LineItemTableModel::Kind::Discounts, this))
    , m_feesLabel(new QLabel(this))
    , m_feeEditor(new LineItemEditor(this))
    , m_discountsLabel(new QLabel(this))
    , m_discountEditor(new LineItemEditor(this))
    , m_footer(new QWidget(this)) // the workspace moves it to its fixed bar
    , m_total(new QLabel(m_footer))
    , m_reasonLabel(new QLabel(m_footer))
    , m_reason(new QLineEdit(m_footer))
{
    m_fees->setRowLimit(payscore::limits::kServiceOrderMaxPostPayments);
    m_discounts->setRowLimit(payscore::limits::kServiceOrderMaxPostDiscounts);
    m_feeEditor->setObjectName(QStringLiteral("modifyFeesEditor"));
    m_feeEditor->setModel(m_fees);
    m_discountEditor->setObjectName(QStringLiteral("modifyDiscountsEditor"));
    m_discountEditor->setModel(m_discounts);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_feesLabel);
    layout->addWidget(m_feeEditor, 2);
    layout->addWidget(m_discountsLabel);
    layout->addWidget(m_discountEditor, 1);

    m_total->setObjectName(QStringLiteral("modifyTotalLabel"));
    m_total->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("modifyReasonEdit"));
    m_reasonLabel->setBuddy(m_reason);
    auto *footerLayout = new QVBoxLayout(m_footer);
    footerLayout->setContentsMargins(0, 0, 0, 0);
    footerLayout->addWidget(m_total);
    auto *reasonRow = new QFormLayout;
    reasonRow->addRow(m_reasonLabel, m_reason);
    footerLayout->addLayout(reasonRow);

    for (LineItemTableModel *lines : { m_fees, m_discounts }) {
        connect(lines, &LineItemTableModel::contentChanged, this, &ModifyForm::updateTotal);
        connect(lines, &LineItemTableModel::contentChanged, this, &ModifyForm::edited);
    }
    connect(m_reason, &QLineEdit::textEdited, this, &ModifyForm::edited);
    retranslate();
}

void ModifyForm::setOrder(const QList<payscore::PostItem> &payments,
    const QList<payscore::PostItem> &discounts, const std::optional<Money> &total)
{
    m_currentTotal = total;
    m_fees->setRows(rowsOf(payments));
    m_discounts->setRows(rowsOf(discounts));
    m_reason->clear();
    updateTotal();
}

payscore::ModifyRequest ModifyForm::request(const payscore::OrderKey &key) const
{
    payscore::ModifyRequest request;
    request.key = key;
    request.postPayments = itemsOf(*m_fees);
    request.postDiscounts = itemsOf(*m_discounts);
    request.totalAmount = request.expectedTotal();
    request.reason = m_reason->text().trimmed();
    return request;
}

void ModifyForm::focusField(const QString &pointer)
{
    if (pointer == QLatin1String("/reason"))
        m_reason->setFocus();
    else
        m_feeEditor->view()->setFocus();
}

void ModifyForm::updateTotal()
{
    const std::optional<Money> total = request({}).totalAmount;
    QString text = tr("Current total %1 → new total %2")
                       .arg(Money::display(m_currentTotal), Money::display(total));
    if (m_currentTotal && total)
        text += u' ' + tr("(difference %1)").arg((*total - *m_currentTotal).display());
    m_total->setText(text);
    const bool lower = m_currentTotal && total && *total < *m_currentTotal;
    m_total->setStyleSheet(lower ? QString() : Palette::textStyle(Palette::Text::Warning));
}

void ModifyForm::retranslate()
{
    m_feesLabel->setText(tr("Fees after the change (line totals):"));
    m_discountsLabel->setText(tr("Discounts after the change:"));
    m_reasonLabel->setText(tr("Reason &text:"));
    m_reason->setAccessibleName(tr("Modify reason"));
    m_reason->setPlaceholderText(tr("1–%1 characters").arg(payscore::limits::kReasonMaxLength));
    updateTotal();
}

void ModifyForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace psc::ui
