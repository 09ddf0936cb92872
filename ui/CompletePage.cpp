#include "CompletePage.h"

#include "LineItemEditor.h"
#include "LineItemTableModel.h"
#include "ModalAnswer.h"
#include "ModeLabels.h"
#include "Palette.h"
#include "ui_CompletePage.h"

#include <payscore/Limits.h>
#include <payscore/MoneyLimits.h>

#include <QEvent>
#include <QTableView>

namespace psc::ui {

using payscore::Mode;
using payscore::Money;

namespace {

// The request's own column names, for both modes, mapped onto the table's columns.
std::optional<LineItemTableModel::Column> columnForField(const QString &name)
{
    if (name == QLatin1String("name") || name.endsWith(QLatin1String("_name")))
        return LineItemTableModel::NameColumn;
    if (name == QLatin1String("count") || name.endsWith(QLatin1String("_count")))
        return LineItemTableModel::CountColumn;
    if (name == QLatin1String("amount") || name.endsWith(QLatin1String("_amount")))
        return LineItemTableModel::AmountColumn;
    if (name == QLatin1String("description") || name.endsWith(QLatin1String("_desc")))
        return LineItemTableModel::DescriptionColumn;
    return std::nullopt;
}

} // namespace

CompletePage::CompletePage(QWidget *parent)
    : FormPage(parent)
    , m_ui(std::make_unique<Ui::CompletePage>())
    , m_fees(new LineItemTableModel(LineItemTableModel::Kind::Fees, this))
    , m_discounts(new LineItemTableModel(LineItemTableModel::Kind::Discounts, this))
{
    m_ui->setupUi(this);
    for (QLabel *problem : { m_ui->formProblem, m_ui->totalProblem })
        problem->setStyleSheet(Palette::problemStyle());
    ModeLabels::fill(m_ui->modeCombo, { Mode::PayAfter, Mode::ServiceOrder });
    m_ui->totalFormula->setWordWrap(false);
    // The formula and what blocks sending take the bar's width beside the total: squeezed to
    // the formula's width, a sentence broke after every few characters.
    m_ui->totalBox->setStretchFactor(m_ui->totalSide, 1);
    m_ui->feesEditor->setModel(m_fees);
    m_ui->discountsEditor->setModel(m_discounts);
    m_ui->feesEditor->view()->setObjectName(QStringLiteral("feesTable"));
    m_ui->discountsEditor->view()->setObjectName(QStringLiteral("discountsTable"));

    const QDateTime now = m_clock().toLocalTime();
    for (QDateTimeEdit *edit : { m_ui->startTimeEdit, m_ui->endTimeEdit }) {
        edit->setTimeSpec(Qt::LocalTime);
        edit->setMaximumDateTime(now.addSecs(60));
    }
    m_ui->startTimeEdit->setDateTime(now.addSecs(-2LL * 3600));
    m_ui->endTimeEdit->setDateTime(now);

    m_fields.add(QStringLiteral("out_order_no"), m_ui->outOrderNoEdit, m_ui->outOrderNoHint);
    m_fields.add(QStringLiteral("appid"), m_ui->appidEdit);
    m_fields.add(QStringLiteral("service_id"), m_ui->serviceIdEdit);
    m_fields.add(QStringLiteral("finish_type"), m_ui->finishUsedRadio);
    m_fields.add(QStringLiteral("cancel_reason"), m_ui->cancelReasonEdit);
    m_fields.add(QStringLiteral("total_amount"), m_ui->totalValue, m_ui->totalProblem);
    for (const char *key : { "real_service_start_time", "time_range.start_time" })
        m_fields.add(QLatin1String(key), m_ui->startTimeEdit);
    for (const char *key : { "real_service_end_time", "time_range.end_time" })
        m_fields.add(QLatin1String(key), m_ui->endTimeEdit);
    for (const char *key : { "real_service_end_location", "location.end_location" })
        m_fields.add(QLatin1String(key), m_ui->endLocationEdit);
    m_fields.add(QStringLiteral("profit_sharing"), m_ui->profitSharingCheck);
    m_fields.add(QStringLiteral("finish_ticket"), m_ui->finishTicketEdit);
    m_fields.add(QStringLiteral("goods_tag"), m_ui->goodsTagEdit);
    m_fields.showApiNames(this);
    const auto feesHandler = [this](const QString &rest, const QString &message) {
        return showCellProblem(m_fees, rest, message);
    };
    const auto discountsHandler = [this](const QString &rest, const QString &message) {
        return showCellProblem(m_discounts, rest, message);
    };
    m_fields.addList(QStringLiteral("fees"), feesHandler, [this] { m_fees->clearCellProblems(); });
    m_fields.addList(
        QStringLiteral("post_payments"), feesHandler, [this] { m_fees->clearCellProblems(); });
    m_fields.addList(QStringLiteral("discounts"), discountsHandler,
        [this] { m_discounts->clearCellProblems(); });
    m_fields.addList(QStringLiteral("post_discounts"), discountsHandler,
        [this] { m_discounts->clearCellProblems(); });

    revalidateOnEdit(m_ui->outOrderNoEdit, QStringLiteral("out_order_no"));
    revalidateOnEdit(m_ui->appidEdit, QStringLiteral("appid"));
    revalidateOnEdit(m_ui->serviceIdEdit, QStringLiteral("service_id"));
    revalidateOnEdit(m_ui->cancelReasonEdit, QStringLiteral("cancel_reason"));
    for (QLineEdit *edit : { m_ui->endLocationEdit, m_ui->finishTicketEdit, m_ui->goodsTagEdit })
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_fields.touchAll();
            revalidate();
        });
    for (QDateTimeEdit *edit : { m_ui->startTimeEdit, m_ui->endTimeEdit })
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            m_fields.touchAll();
            revalidate();
        });
    connect(m_ui->serviceGroup, &QGroupBox::toggled, this, [this] { revalidate(); });
    connect(m_ui->profitSharingCheck, &QCheckBox::toggled, this, [this] { revalidate(); });
    // Table cells are judged as soon as they are typed: the operator sees the total move.
    for (LineItemTableModel *model : { m_fees, m_discounts })
        connect(model, &LineItemTableModel::contentChanged, this, [this, model] {
            m_fields.touch(model == m_fees ? QStringLiteral("fees") : QStringLiteral("discounts"));
            m_fields.touch(model == m_fees ? QStringLiteral("post_payments")
                                           : QStringLiteral("post_discounts"));
            m_fields.touch(QStringLiteral("total_amount"));
            if (!hasLines()) {
                m_linesOrder.clear();
            } else if (m_linesOrder.isEmpty()) {
                m_linesOrder = outOrderNo();
                m_linesMode = mode();
            }
            revalidate();
        });
    connect(m_ui->outOrderNoEdit, &QLineEdit::editingFinished, this, [this] { linesBelongHere(); });
    connect(m_ui->modeCombo, &QComboBox::activated, this, [this] { linesBelongHere(); });
    connect(m_ui->finishUsedRadio, &QRadioButton::toggled, this, [this] {
        m_fields.touch(QStringLiteral("finish_type"));
        updateModeFields();
        revalidate();
    });
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateModeFields();
        revalidate();
    });
    setUpSubmit(m_ui->submitButton);
    updateModeFields();
    revalidate();
}

CompletePage::~CompletePage() = default;

void CompletePage::setDefaults(const payscore::OrderDefaults &defaults)
{
    m_ui->appidEdit->setText(defaults.appid);
    m_ui->serviceIdEdit->setText(defaults.serviceId);
    revalidate();
}

void CompletePage::prefill(payscore::Mode mode, const QString &outOrderNo)
{
    ModeLabels::select(m_ui->modeCombo, mode);
    m_ui->outOrderNoEdit->setText(outOrderNo);
    linesBelongHere();
}

bool CompletePage::hasLines() const
{
    return m_fees->rowCount() + m_discounts->rowCount() > 0;
}

void CompletePage::clearLines()
{
    m_fees->clear();
    m_discounts->clear();
    m_linesOrder.clear();
}

bool CompletePage::linesBelongHere()
{
    if (m_asking || !hasLines() || outOrderNo().isEmpty())
        return true;
    if (m_linesOrder.isEmpty() || (m_linesOrder == outOrderNo() && m_linesMode == mode())) {
        m_linesOrder = outOrderNo();
        m_linesMode = mode();
        return true;
    }
    m_asking = true;
    const bool keep = ModalAnswer::question(this, tr("Lines of another order"),
        tr("The fee and discount lines were typed for order %1 (%2). Keep them for order %3 "
           "(%4)?")
            .arg(m_linesOrder, ModeLabels::text(m_linesMode), outOrderNo(),
                ModeLabels::text(mode())),
        tr("Keep the lines"), tr("Start with empty tables"));
    m_asking = false;
    if (!keep) {
        clearLines();
        return false;
    }
    m_linesOrder = outOrderNo();
    m_linesMode = mode();
    return true;
}

void CompletePage::operationFinished(const payscore::OperationResult &result)
{
    if (result.operation != payscore::Operation::Complete || m_sentOrder.isEmpty())
        return;
    if (result.succeeded() && m_linesOrder == m_sentOrder)
        clearLines();
    m_sentOrder.clear();
}

void CompletePage::setClock(payscore::Clock clock)
{
    m_clock = std::move(clock);
    revalidate();
}

Mode CompletePage::mode() const
{
    return ModeLabels::current(m_ui->modeCombo);
}

QString CompletePage::outOrderNo() const
{
    return m_ui->outOrderNoEdit->text().trimmed();
}

bool CompletePage::serviceUsed() const
{
    return mode() != Mode::PayAfter || m_ui->finishUsedRadio->isChecked();
}

void CompletePage::setServiceUsed(bool used)
{
    (used ? m_ui->finishUsedRadio : m_ui->finishCancelRadio)->setChecked(true);
}

QString CompletePage::timeText(const QDateTimeEdit *edit) const
{
    if (!m_ui->serviceGroup->isChecked())
        return {};
    return edit->dateTime().toUTC().toString(Qt::ISODate);
}

std::optional<Money> CompletePage::total() const
{
    if (!serviceUsed())
        return Money();
    const std::optional<Money> fees = m_fees->sum();
    const std::optional<Money> discounts = m_discounts->sum();
    return fees && discounts ? payscore::checkedMinus(*fees, *discounts) : std::nullopt;
}

void CompletePage::emitRequest()
{
    m_sentOrder = outOrderNo();
    if (mode() == Mode::PayAfter)
        emit payAfterCompletionRequested(payAfterRequest());
    else
        emit serviceOrderCompletionRequested(serviceOrderRequest());
}

payscore::PayAfterCompletion CompletePage::payAfterRequest() const
{
    payscore::PayAfterCompletion request;
    request.key.mode = Mode::PayAfter;
    request.key.outOrderNo = outOrderNo();
    request.key.appid = m_ui->appidEdit->text().trimmed();
    request.key.serviceId = m_ui->serviceIdEdit->text().trimmed();
    const bool used = serviceUsed();
    request.finishType = used ? payscore::PayAfterCompletion::kFinishServiceUsed
                              : payscore::PayAfterCompletion::kFinishCancelled;
    if (used) {
        for (const auto &row : m_fees->rows())
            request.fees.append(
                { row.name.trimmed(), row.countValue(), row.money(), row.description.trimmed() });
        for (const auto &row : m_discounts->rows())
            request.discounts.append(
                { row.name.trimmed(), row.money(), row.description.trimmed() });
    } else {
        request.cancelReason = m_ui->cancelReasonEdit->text().trimmed();
    }
    request.totalAmount = total();
    request.realServiceStartTime = timeText(m_ui->startTimeEdit);
    request.realServiceEndTime = timeText(m_ui->endTimeEdit);
    if (m_ui->serviceGroup->isChecked()) {
        request.realServiceEndLocation = m_ui->endLocationEdit->text().trimmed();
        request.finishTicket = m_ui->finishTicketEdit->text().trimmed();
        if (m_ui->profitSharingCheck->isChecked())
            request.profitSharing = true;
    }
    return request;
}

payscore::ServiceOrderCompletion CompletePage::serviceOrderRequest() const
{
    payscore::ServiceOrderCompletion request;
    request.key.mode = Mode::ServiceOrder;
    request.key.outOrderNo = outOrderNo();
    request.key.appid = m_ui->appidEdit->text().trimmed();
    request.key.serviceId = m_ui->serviceIdEdit->text().trimmed();
    for (const auto &row : m_fees->rows())
        request.postPayments.append(
            { row.name.trimmed(), row.money(), row.description.trimmed(), row.countValue() });
    for (const auto &row : m_discounts->rows())
        request.postDiscounts.append(
            { row.name.trimmed(), row.money(), row.description.trimmed(), row.countValue() });
    request.totalAmount = total();
    request.startTime = timeText(m_ui->startTimeEdit);
    request.endTime = timeText(m_ui->endTimeEdit);
    if (m_ui->serviceGroup->isChecked()) {
        request.endLocation = m_ui->endLocationEdit->text().trimmed();
        request.goodsTag = m_ui->goodsTagEdit->text().trimmed();
        if (m_ui->profitSharingCheck->isChecked())
            request.profitSharing = true;
    }
    return request;
}

payscore::ValidationReport CompletePage::validate() const
{
    const QDateTime now = m_clock();
    return mode() == Mode::PayAfter ? payAfterRequest().validate(now)
                                    : serviceOrderRequest().validate(now);
}

QWidget *CompletePage::showCellProblem(
    LineItemTableModel *model, const QString &rest, const QString &message)
{
    // rest: "2.fee_amount" (a cell), "2" (a row) or "" (the whole list, e.g. too many rows).
    const QStringList parts = rest.split(u'.', Qt::SkipEmptyParts);
    bool isRow = false;
    const int row = parts.isEmpty() ? -1 : parts.first().toInt(&isRow);
    auto *editor = model == m_fees ? m_ui->feesEditor : m_ui->discountsEditor;
    if (isRow && parts.size() > 1) {
        if (const auto column = columnForField(parts.at(1))) {
            model->setCellProblem(row, *column, message);
            return editor->view();
        }
    }
    if (isRow) {
        model->setCellProblem(row, LineItemTableModel::NameColumn, message);
        return editor->view();
    }
    m_ui->totalProblem->setText(message);
    m_ui->totalProblem->show();
    return editor->view();
}

void CompletePage::revalidate()
{
    const payscore::ValidationReport report = validate();
    m_fields.show(report, true);
    m_ui->formProblem->clear();

    // The same checked sums as the request's own rule: an overflow is shown, never wrapped,
    // and a total beyond what the API takes (kMaxAmountFen) is "too large" as well.
    const std::optional<Money> fees = serviceUsed() ? m_fees->sum() : Money();
    const std::optional<Money> discounts = serviceUsed() ? m_discounts->sum() : Money();
    const std::optional<Money> sum = total();
    const bool totalTooLarge = !sum || sum->fen() > payscore::kMaxAmountFen;
    const QString tooLarge = tr("too large");
    m_ui->totalValue->setText(totalTooLarge ? tooLarge : sum->display());
    m_ui->totalFormula->setText(serviceUsed()
            ? tr("= fees %1 − discounts %2")
                  .arg(fees ? fees->display() : tooLarge,
                      discounts ? discounts->display() : tooLarge)
            : tr("The service was not used: nothing is collected."));

    // What blocks sending at once, whatever the operator has touched: a total that is too
    // large or negative (said first: it is what the operator must see), a cell that is not a
    // number, or any finding of payscore's validation about the tables or the total.
    m_blockingReason.clear();
    const bool negative = sum && sum->isNegative();
    if (totalTooLarge)
        m_blockingReason = tr("The total is too large: at most %1 can be collected. Check the "
                              "fees and discounts.")
                               .arg(Money::fromFen(payscore::kMaxAmountFen).display());
    else if (negative)
        m_blockingReason
            = tr("The discounts are larger than the fees: the total cannot be negative.");
    for (LineItemTableModel *model : { m_fees, m_discounts }) {
        if (!serviceUsed() || !m_blockingReason.isEmpty())
            break;
        const auto problem = model->firstProblem();
        if (!problem.isEmpty()) {
            m_blockingReason
                = (model == m_fees ? tr("Fee line %1: %2") : tr("Discount line %1: %2"))
                      .arg(problem.row + 1)
                      .arg(problem.reason);
        }
    }
    if (m_blockingReason.isEmpty()) {
        for (const auto &issue : report.errors()) {
            const QString key = issue.formKey();
            if (key.startsWith(QLatin1String("total_amount")) || key == QLatin1String("fees")
                || key.startsWith(QLatin1String("fees."))
                || key.startsWith(QLatin1String("discounts"))
                || key.startsWith(QLatin1String("post_"))) {
                // No fee line at all is said in the clerk's words (with how to add one), not
                // as the API's "post_payments is required." or "finish_type 2 … needs a fee".
                const bool noFeeLine = m_fees->rowCount() == 0
                    && (key == QLatin1String("post_payments") || key == QLatin1String("fees"));
                m_blockingReason = noFeeLine
                    ? tr("Add at least one fee line: Ctrl+Ins, or paste rows from a spreadsheet.")
                    : issue.message;
                break;
            }
        }
    }
    m_ui->totalValue->setStyleSheet(negative || !m_blockingReason.isEmpty()
            ? QStringLiteral("font-size: 22pt; font-weight: bold; ")
                + Palette::textStyle(Palette::Text::Error)
            : QStringLiteral("font-size: 22pt; font-weight: bold; ")
                + Palette::textStyle(Palette::Text::Good));
    if (!m_blockingReason.isEmpty()) {
        m_ui->totalProblem->setText(m_blockingReason);
        m_ui->totalProblem->show();
    } else if (!m_fields.isTouched(QStringLiteral("total_amount"))) {
        m_ui->totalProblem->hide();
    }
    updateSubmitEnabled();
    m_ui->submitButton->setToolTip(m_blockingReason);
}

QString CompletePage::blockingReason() const
{
    return m_blockingReason;
}

bool CompletePage::checkBeforeSending()
{
    if (!linesBelongHere()) {
        m_ui->formProblem->setText(
            tr("Not sent: the lines of another order were removed. Type the lines for order %1.")
                .arg(outOrderNo()));
        return false;
    }
    revalidate();
    if (!m_blockingReason.isEmpty()) {
        m_fields.touchAll();
        m_fields.show(validate(), false);
        m_ui->formProblem->setText(tr("Not sent: %1").arg(m_blockingReason));
        return false;
    }
    return showBeforeSending(validate(), m_ui->formProblem);
}

void CompletePage::applyRowLimits()
{
    namespace limits = payscore::limits;
    const bool payAfter = mode() == Mode::PayAfter;
    m_fees->setRowLimit(payAfter ? limits::kPayAfterMaxFees : limits::kServiceOrderMaxPostPayments);
    m_discounts->setRowLimit(
        payAfter ? limits::kPayAfterMaxDiscounts : limits::kServiceOrderMaxPostDiscounts);
}

void CompletePage::updateModeFields()
{
    const bool payAfter = mode() == Mode::PayAfter;
    applyRowLimits();
    m_discounts->setHasCount(!payAfter); // pay-after discounts have no count
    const bool used = serviceUsed();
    m_ui->formLayout->setRowVisible(m_ui->finishTypeBox, payAfter);
    m_ui->formLayout->setRowVisible(m_ui->cancelReasonEdit, payAfter);
    m_ui->cancelReasonEdit->setEnabled(!used);
    m_ui->feesGroup->setEnabled(used);
    m_ui->discountsGroup->setEnabled(used);
    m_ui->feesGroup->setTitle(payAfter ? tr("Fees") : tr("Payments"));
    m_ui->discountsGroup->setTitle(
        tr("Discounts (at most %1)")
            .arg(payAfter ? payscore::limits::kPayAfterMaxDiscounts
                          : payscore::limits::kServiceOrderMaxPostDiscounts));
    m_ui->feesGroup->setToolTip(FormFieldMap::apiNameTip(
        { payAfter ? QStringLiteral("fees") : QStringLiteral("post_payments") }));
    m_ui->discountsGroup->setToolTip(FormFieldMap::apiNameTip(
        { payAfter ? QStringLiteral("discounts") : QStringLiteral("post_discounts") }));
    m_ui->serviceLayout->setRowVisible(m_ui->finishTicketEdit, payAfter);
    m_ui->serviceLayout->setRowVisible(m_ui->goodsTagEdit, !payAfter);
}

void CompletePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CompletePage::retranslate()
{
    m_ui->retranslateUi(this);
    m_fields.showApiNames(this);
    ModeLabels::fill(m_ui->modeCombo, { Mode::PayAfter, Mode::ServiceOrder });
    updateModeFields();
    revalidate();
}

} // namespace psc::ui
