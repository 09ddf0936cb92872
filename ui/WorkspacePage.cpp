#include "WorkspacePage.h"

#include "ConfirmWriteDialog.h"
#include "JournalTableModel.h"
#include "ModeLabels.h"
#include "ModifyForm.h"
#include "OrderStateText.h"
#include "Palette.h"
#include "RefundForm.h"
#include "TypedTime.h"

#include <payscore/Limits.h>
#include <payscore/OrderActions.h>
#include <refund/RefundView.h>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace psc::ui {

using payscore::Mode;
using payscore::Money;
using payscore::Operation;

namespace {

QString cell(const QString &text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

} // namespace

WorkspacePage::WorkspacePage(WorkspaceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    build();
    connect(m_model, &WorkspaceModel::changed, this, &WorkspacePage::showModel);
    retranslate();
    showModel();
    m_orderEdit->setFocus();
}

const QList<WorkspacePage::Action> &WorkspacePage::actions()
{
    static const QList<Action> all { Action::Sync, Action::Complete, Action::Cancel, Action::Modify,
        Action::Collect, Action::Refund };
    return all;
}

void WorkspacePage::build()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_orderLabel = new QLabel(this);
    m_orderEdit = new QLineEdit(this);
    m_orderEdit->setObjectName(QStringLiteral("orderNumberEdit"));
    m_orderEdit->setMaxLength(payscore::limits::kOutOrderNoMaxLength);
    m_orderEdit->setClearButtonEnabled(true);
    m_orderLabel->setBuddy(m_orderEdit);
    m_lookUp = new QPushButton(this);
    m_lookUp->setObjectName(QStringLiteral("lookUpButton"));
    top->addWidget(m_orderLabel);
    top->addWidget(m_orderEdit, 1);
    top->addWidget(m_lookUp);
    layout->addLayout(top);
    connect(m_orderEdit, &QLineEdit::returnPressed, this, &WorkspacePage::lookUp);
    connect(m_lookUp, &QPushButton::clicked, this, &WorkspacePage::lookUp);
    connect(m_orderEdit, &QLineEdit::textEdited, this, &WorkspacePage::showStale);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("lookUpStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QGridLayout;
    const QStringList names { QStringLiteral("syncButton"), QStringLiteral("completeButton"),
        QStringLiteral("cancelButton"), QStringLiteral("modifyButton"),
        QStringLiteral("collectButton"), QStringLiteral("refundButton") };
    for (int index = 0; index < actions().size(); ++index) {
        const Action action = actions().at(index);
        auto *button = new QPushButton(this);
        button->setObjectName(names.at(index));
        buttons->addWidget(button, index / 3, index % 3);
        m_buttons.at(std::size_t(action)) = button;
        connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
    }
    layout->addLayout(buttons);

    m_panel = new QLabel;
    m_panel->setObjectName(QStringLiteral("orderPanel"));
    m_panel->setWordWrap(true);
    m_panel->setTextFormat(Qt::RichText);
    m_panel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_panel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_panel->setMargin(6);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_panel);
    // Panel above, open form below, each scrolling on its own: the page fits a 1366×768
    // screen whatever the order carries.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(scroll);
    layout->addWidget(m_splitter, 1);

    // The open correction form (cancel, modify, collect) under the panel: its title, its
    // fields scrolling, and a fixed bar that keeps the new total, the reason and the button
    // in sight whatever the screen's height.
    m_formBox = new QWidget;
    m_formBox->setObjectName(QStringLiteral("correctionForm"));
    auto *formLayout = new QVBoxLayout(m_formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    m_formTitle = new QLabel(m_formBox);
    // Larger, not bold: see ResultsPane::titleAnswerTree on bold faces and the first frame.
    m_formTitle->setStyleSheet(QStringLiteral("font-size: 12pt;"));
    m_formTitle->setObjectName(QStringLiteral("correctionFormTitle"));
    m_formTitle->setWordWrap(true);
    formLayout->addWidget(m_formTitle);
    m_forms = new QStackedWidget;
    m_formScroll = new QScrollArea(m_formBox);
    m_formScroll->setObjectName(QStringLiteral("correctionFormScroll"));
    m_formScroll->setWidgetResizable(true);
    m_formScroll->setFrameShape(QFrame::NoFrame);
    m_formScroll->setWidget(m_forms);
    formLayout->addWidget(m_formScroll, 1);

    auto *cancelPage = new QWidget;
    auto *cancelForm = new QFormLayout(cancelPage);
    m_commonReasonsLabel = new QLabel(cancelPage);
    m_commonReasons = new QComboBox(cancelPage);
    m_commonReasons->setObjectName(QStringLiteral("commonReasonsCombo"));
    m_commonReasons->setFocusPolicy(Qt::StrongFocus);
    m_commonReasonsLabel->setBuddy(m_commonReasons);
    m_cancelReasonLabel = new QLabel(cancelPage);
    m_cancelReason = new QLineEdit(cancelPage);
    m_cancelReason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_cancelReasonLabel->setBuddy(m_cancelReason);
    cancelForm->addRow(m_commonReasonsLabel, m_commonReasons);
    cancelForm->addRow(m_cancelReasonLabel, m_cancelReason);
    connect(m_commonReasons, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_cancelReason->setText(m_commonReasons->itemText(index));
        m_problem->clear();
    });
    connect(
        m_cancelReason, &QLineEdit::textEdited, m_problem = new QLabel(m_formBox), &QLabel::clear);
    m_forms->addWidget(new QWidget); // Form::None
    m_forms->addWidget(cancelPage);

    // Modify's lines are built the first time it opens (modifyForm()); until then its page
    // is a placeholder, and its footer slot in the fixed bar is empty.
    m_forms->addWidget(new QWidget);

    auto *collectPage = new QWidget;
    auto *collectLayout = new QVBoxLayout(collectPage);
    m_collectAmount = new QLabel(collectPage);
    m_collectAmount->setObjectName(QStringLiteral("collectAmountLabel"));
    m_collectAmount->setWordWrap(true);
    collectLayout->addWidget(m_collectAmount);
    collectLayout->addStretch(1);
    m_forms->addWidget(collectPage);

    m_forms->addWidget(new QWidget); // refund's, built when first opened (refundForm())

    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Palette::textStyle(Palette::Text::Error));
    m_footerSlot = new QVBoxLayout;
    m_footerSlot->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(m_footerSlot);
    formLayout->addWidget(m_problem);
    m_submit = new QPushButton(m_formBox);
    m_submit->setObjectName(QStringLiteral("reviewButton"));
    formLayout->addWidget(m_submit, 0, Qt::AlignRight);
    connect(m_submit, &QPushButton::clicked, this, &WorkspacePage::submit);
    m_splitter->addWidget(m_formBox);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_formBox->hide();
}

void WorkspacePage::retranslate()
{
    m_orderLabel->setText(tr("&Order number:"));
    m_orderEdit->setPlaceholderText(tr("Type or scan the order number, then press Enter"));
    m_orderEdit->setAccessibleName(tr("Order number"));
    m_lookUp->setText(tr("Loo&k up"));
    m_lookUp->setAccessibleName(tr("Look up the order"));
    for (const Action action : actions())
        button(action)->setAccessibleName(actionText(action));
    button(Action::Sync)->setText(tr("&Sync (paid elsewhere)…"));
    button(Action::Complete)->setText(tr("&Complete…"));
    button(Action::Cancel)->setText(tr("Cancel or&der…"));
    button(Action::Modify)->setText(tr("&Modify amount…"));
    button(Action::Collect)->setText(tr("Coll&ect payment…"));
    button(Action::Refund)->setText(tr("&Refund…"));
    m_commonReasonsLabel->setText(tr("Common re&asons:"));
    m_commonReasons->setAccessibleName(tr("Common reasons"));
    const QStringList reasons { tr("— pick one to fill in the reason —"),
        tr("Order created by mistake"), tr("Duplicate order"), tr("Customer no longer needs it"),
        tr("Service could not be provided"), tr("Cancelled at customer request") };
    m_commonReasons->clear();
    m_commonReasons->addItems(reasons);
    m_cancelReasonLabel->setText(tr("Reason &text:"));
    m_cancelReason->setAccessibleName(tr("Cancel reason"));
    m_cancelReason->setPlaceholderText(
        tr("1–%1 characters; the customer sees it").arg(payscore::limits::kCancelReasonMaxLength));
    m_cancelReason->setToolTip(tr("reason: 1–%1 characters. Public sources disagree between 30 "
                                  "and 50; the console takes the stricter limit.")
                                   .arg(payscore::limits::kCancelReasonMaxLength));
    m_submit->setText(tr("Re&view and send…"));
    m_submit->setAccessibleName(tr("Review and send"));
    showModel();
    openForm(m_form);
}

QString WorkspacePage::actionText(Action action) const
{
    switch (action) {
    case Action::Sync:
        return tr("Sync (paid elsewhere)");
    case Action::Complete:
        return tr("Complete");
    case Action::Cancel:
        return tr("Cancel order");
    case Action::Modify:
        return tr("Modify amount");
    case Action::Collect:
        return tr("Collect payment");
    case Action::Refund:
        return tr("Refund");
    }
    return {};
}

void WorkspacePage::setBusy(bool busy)
{
    m_busy = busy;
    m_lookUp->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    updateButtons();
}

void WorkspacePage::lookUp()
{
    const QString number = m_orderEdit->text().trimmed();
    if (number.isEmpty()) {
        m_status->setText(tr("Type an order number first."));
        return;
    }
    openForm(Form::None);
    m_model->lookUp(number);
}

// The order on screen no longer matches the number typed: its panel and buttons do not
// apply to what the operator is looking at now.
void WorkspacePage::showStale()
{
    if (m_model->status() == WorkspaceModel::Status::Empty
        || m_orderEdit->text().trimmed() == m_model->outOrderNo())
        return;
    m_panel->setEnabled(false);
    m_status->setText(tr("The panel below shows order %1. Press Enter to look up %2.")
                          .arg(m_model->outOrderNo(), m_orderEdit->text().trimmed()));
    openForm(Form::None);
    updateButtons();
}

void WorkspacePage::showModel()
{
    using Status = WorkspaceModel::Status;
    const QString number = m_model->outOrderNo();
    m_panel->setEnabled(true);
    switch (m_model->status()) {
    case Status::Empty:
        m_status->setText(tr("Type an order number and press Enter: the console looks for it "
                             "in every mode this profile can use."));
        break;
    case Status::Searching:
        m_status->setText(tr("Looking for order %1…").arg(number));
        break;
    case Status::Found: {
        QString text = tr("Order %1 found: %2.").arg(number, ModeLabels::text(*m_model->mode()));
        QStringList others;
        for (const Mode other : m_model->findResult().alsoFoundIn)
            others.append(ModeLabels::text(other));
        if (!others.isEmpty())
            text += u' ' + tr("The same number also exists in: %1.").arg(others.join(tr(", ")));
        m_status->setText(text);
        break;
    }
    case Status::NotFound: {
        QStringList searched;
        for (const payscore::OperationResult &attempt : m_model->findResult().attempts)
            searched.append(ModeLabels::text(attempt.mode));
        m_status->setText(tr("Order %1 was found nowhere: it does not exist in any mode this "
                             "profile can use (searched: %2).")
                              .arg(number, searched.join(tr(", "))));
        break;
    }
    case Status::Failed: {
        const payscore::OperationResult &failed = m_model->findResult().query;
        m_status->setText(
            tr("Order %1 could not be looked up in %2: %3 %4")
                .arg(number, ModeLabels::text(failed.mode),
                    failed.error.hint.isEmpty() ? failed.error.message : failed.error.hint,
                    failed.error.code));
        break;
    }
    }
    m_status->setStyleSheet(
        m_model->status() == Status::NotFound || m_model->status() == Status::Failed
            ? Palette::textStyle(Palette::Text::Error)
            : QString());
    m_panel->setText(panelHtml());
    if (m_model->status() != Status::Found)
        openForm(Form::None);
    updateButtons();
}

void WorkspacePage::updateButtons()
{
    const bool current = m_model->status() == WorkspaceModel::Status::Found
        && m_orderEdit->text().trimmed() == m_model->outOrderNo();
    for (const Action action : actions()) {
        QPushButton *actionButton = button(action);
        QString why = m_model->refusal(action);
        if (why.isEmpty() && !current && m_model->status() == WorkspaceModel::Status::Found)
            why = tr("The number typed is not the order shown: press Enter to look it up.");
        if (why.isEmpty() && m_busy)
            why = tr("Wait for the answer to the request on its way.");
        actionButton->setEnabled(why.isEmpty());
        actionButton->setToolTip(why);
        actionButton->setAccessibleDescription(why);
    }
}

void WorkspacePage::trigger(Action action)
{
    if (!m_model->allows(action) || m_busy)
        return;
    const Mode mode = *m_model->mode();
    const payscore::OrderView order = m_model->order();
    switch (action) {
    case Action::Sync: {
        // What the customer still owes is what they paid elsewhere.
        std::optional<Money> paid;
        if (order.collection)
            paid = order.collection->payingAmount ? order.collection->payingAmount
                                                  : order.collection->totalAmount;
        emit syncRequested(mode, order.outOrderNo, paid);
        return;
    }
    case Action::Complete:
        emit completeRequested(mode, order.outOrderNo);
        return;
    case Action::Refund:
        refundForm()->setOrder(key(), order, m_model->refundLedger());
        openForm(Form::Refund);
        if (m_refundForm->resumable())
            m_submit->setFocus();
        else
            m_refundForm->amountEdit()->setFocus();
        m_refundForm->amountEdit()->selectAll();
        return;
    case Action::Cancel:
        openForm(Form::Cancel);
        m_commonReasons->setCurrentIndex(0);
        m_cancelReason->clear();
        m_cancelReason->setFocus();
        return;
    case Action::Modify:
        // The current lines and total, for the operator to lower.
        modifyForm()->setOrder(m_model->payments(), m_model->discounts(), order.totalAmount);
        openForm(Form::Modify);
        modifyForm()->focusField({});
        return;
    case Action::Collect:
        openForm(Form::Collect);
        m_submit->setFocus();
        return;
    }
}

void WorkspacePage::openForm(Form form)
{
    const bool keyChanges = (form == Form::None) != (m_form == Form::None);
    m_form = form;
    if (keyChanges)
        emit sendKeyChanged();
    m_problem->clear();
    m_forms->setCurrentIndex(static_cast<int>(form));
    const bool opening = form != Form::None && m_formBox->isHidden();
    m_formBox->setVisible(form != Form::None);
    if (m_modifyForm)
        m_modifyForm->footer()->setVisible(form == Form::Modify);
    if (opening) {
        // The form gets the larger share; the panel above stays readable and scrolls.
        const int height = m_splitter->height();
        m_splitter->setSizes({ height * 2 / 5, height - height * 2 / 5 });
    }
    const QString number = m_model->outOrderNo();
    switch (form) {
    case Form::None:
        break;
    case Form::Cancel:
        m_formTitle->setText(tr("Cancel order %1").arg(number));
        break;
    case Form::Modify:
        m_formTitle->setText(tr("Lower the amount of order %1").arg(number));
        break;
    case Form::Refund:
        m_formTitle->setText(tr("Refund a payment of order %1").arg(number));
        break;
    case Form::Collect: {
        const payscore::OrderView order = m_model->order();
        const std::optional<Money> amount
            = order.collection ? order.collection->payingAmount : std::nullopt;
        m_formTitle->setText(tr("Collect payment for order %1").arg(number));
        m_collectAmount->setText(
            tr("WeChat Pay will try to charge the customer %1 now (what is still to pay).")
                .arg(Money::display(amount)));
        break;
    }
    }
}

// The stack's page for `form` becomes `widget`; it held a placeholder until then.
void WorkspacePage::placeForm(Form form, QWidget *widget)
{
    const int index = static_cast<int>(form);
    QWidget *placeholder = m_forms->widget(index);
    m_forms->insertWidget(index, widget);
    m_forms->removeWidget(placeholder);
    delete placeholder;
}

RefundForm *WorkspacePage::refundForm()
{
    if (!m_refundForm) {
        m_refundForm = new RefundForm;
        m_refundForm->setObjectName(QStringLiteral("refundForm"));
        connect(m_refundForm, &RefundForm::edited, m_problem, &QLabel::clear);
        placeForm(Form::Refund, m_refundForm);
    }
    return m_refundForm;
}

ModifyForm *WorkspacePage::modifyForm()
{
    if (!m_modifyForm) {
        m_modifyForm = new ModifyForm;
        m_modifyForm->setObjectName(QStringLiteral("modifyForm"));
        placeForm(Form::Modify, m_modifyForm);
        m_footerSlot->addWidget(m_modifyForm->footer());
        m_modifyForm->footer()->setVisible(m_form == Form::Modify);
        connect(m_modifyForm, &ModifyForm::edited, m_problem, &QLabel::clear);
    }
    return m_modifyForm;
}

payscore::OrderKey WorkspacePage::key() const
{
    payscore::OrderKey key;
    key.mode = m_model->mode().value_or(Mode::ServiceOrder);
    key.outOrderNo = m_model->outOrderNo();
    const payscore::OrderView order = m_model->order();
    // The ids the order carries win over the profile's (the order is what the call is about).
    key.appid = order.appid;
    key.serviceId = order.serviceId;
    key.subMchid = order.subMchid;
    key.applyDefaults(m_defaults);
    return key;
}

payscore::CancelRequest WorkspacePage::cancelRequest() const
{
    return { key(), m_cancelReason->text().trimmed() };
}

payscore::ModifyRequest WorkspacePage::modifyRequest() const
{
    if (m_modifyForm)
        return m_modifyForm->request(key());
    payscore::ModifyRequest request;
    request.key = key();
    return request;
}

payscore::CollectRequest WorkspacePage::collectRequest() const
{
    return { key() };
}

// Refused before anything leaves: the request's own rules (payscore), and for modify the
// "lower than the current total" rule against the order on screen; the flow checks the
// state again against a fresh query before the confirmation.
void WorkspacePage::submit()
{
    if (m_busy || m_model->status() != WorkspaceModel::Status::Found)
        return;
    payscore::ValidationReport report;
    switch (m_form) {
    case Form::None:
        return;
    case Form::Cancel:
        report = cancelRequest().validate();
        break;
    case Form::Modify:
        report = modifyRequest().validate();
        report.merge(modifyRequest().checkAgainst(m_model->order()));
        break;
    case Form::Collect:
        report = collectRequest().validate();
        break;
    case Form::Refund:
        report = m_refundForm->check();
        break;
    }
    if (report.hasErrors()) {
        m_problem->setText(report.firstError().message);
        if (m_form == Form::Refund)
            m_refundForm->focusField(report.firstError().pointer);
        else if (m_form == Form::Cancel)
            m_cancelReason->setFocus();
        else if (m_form == Form::Modify)
            m_modifyForm->focusField(report.firstError().pointer);
        return;
    }
    m_problem->clear();
    switch (m_form) {
    case Form::Cancel:
        emit cancelRequested(cancelRequest());
        break;
    case Form::Modify:
        emit modifyRequested(modifyRequest());
        break;
    case Form::Collect:
        emit collectRequested(collectRequest());
        break;
    case Form::Refund:
        emit refundRequested(m_refundForm->input());
        break;
    case Form::None:
        break;
    }
}

QString WorkspacePage::panelHtml() const
{
    if (m_model->status() != WorkspaceModel::Status::Found)
        return {}; // nothing found: the status line says why
    const payscore::OrderView order = m_model->order();
    const QJsonObject answer = m_model->answer();
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(order.outOrderNo.toHtmlEscaped());
    html += QStringLiteral("<p><span style='background:%1; padding:2px'>&nbsp;%2&nbsp;</span>")
                .arg(OrderStateText::colour(order.state).name(),
                    OrderStateText::meaning(order.state, order.stateDescription).toHtmlEscaped());
    if (order.collection && !order.collection->state.isEmpty())
        html += QStringLiteral(" · %1").arg(
            OrderStateText::collectionMeaning(order.collection->state).toHtmlEscaped());
    html += QStringLiteral("<br><small>%1</small></p>")
                .arg(payscore::OrderActions::describeState(order).toHtmlEscaped());

    // Amounts: total, paid, still to pay.
    const auto collection = order.collection.value_or(payscore::OrderView::Collection {});
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Total"),
        Money::display(order.totalAmount ? order.totalAmount : collection.totalAmount));
    row(tr("Paid"), Money::display(collection.paidAmount));
    row(tr("Still to pay"), Money::display(collection.payingAmount));
    html += QStringLiteral("</table>");

    const auto lines = [&html](const QString &title, const QList<payscore::PostItem> &items) {
        if (items.isEmpty())
            return;
        html += QStringLiteral(
            "<p><b>%1</b></p><table border='1' cellspacing='0' "
            "cellpadding='3'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(title.toHtmlEscaped(), tr("Name"), tr("Count"), tr("Line total"),
                        tr("Description"));
        for (const payscore::PostItem &item : items)
            html += QStringLiteral("<tr>") + cell(item.name)
                + cell(item.count ? QString::number(*item.count) : QString())
                + cell(Money::display(item.amount)) + cell(item.description)
                + QStringLiteral("</tr>");
        html += QStringLiteral("</table>");
    };
    lines(tr("Fees"), m_model->payments());
    lines(tr("Discounts"), m_model->discounts());

    // Service times and places, as the answer has them.
    QStringList service;
    const QJsonObject range = answer.value(QStringLiteral("time_range")).toObject();
    const QJsonObject location = answer.value(QStringLiteral("location")).toObject();
    const auto fact = [&service](const QString &label, const QString &value) {
        if (!value.isEmpty())
            service.append(tr("%1: %2").arg(label, value).toHtmlEscaped());
    };
    // Times read as a clerk writes them ("2026-11-29 01:22:04"), not as the API's digits.
    const auto time = [&answer, &range](const QString &rangeKey, const QString &realKey) {
        const QString value = answer.value(realKey).toString();
        return TypedTime::shown(value.isEmpty() ? range.value(rangeKey).toString() : value);
    };
    fact(tr("Service start"),
        time(QStringLiteral("start_time"), QStringLiteral("real_service_start_time")));
    fact(tr("Service end"),
        time(QStringLiteral("end_time"), QStringLiteral("real_service_end_time")));
    fact(tr("Start place"), location.value(QStringLiteral("start_location")).toString());
    fact(tr("End place"), location.value(QStringLiteral("end_location")).toString());
    fact(tr("End place"), answer.value(QStringLiteral("real_service_end_location")).toString());
    fact(tr("Service"), answer.value(QStringLiteral("service_introduction")).toString());
    if (!service.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(service.join(QStringLiteral("<br>")));

    if (!collection.details.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table border='1' cellspacing='0' "
                               "cellpadding='3'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                               "<th>%6</th></tr>")
                    .arg(tr("Collection details"), tr("Seq"), tr("Amount"), tr("Paid by"),
                        tr("Paid at"), tr("Transaction"));
        for (const auto &detail : collection.details) {
            const QString paidBy = detail.paidType == QLatin1String("NEWTON")
                ? tr("WeChat PayScore (NEWTON)")
                : detail.paidType == QLatin1String("MCH") ? tr("Paid elsewhere (MCH)")
                                                          : detail.paidType;
            html += QStringLiteral("<tr>")
                + cell(detail.seq ? QString::number(*detail.seq) : QString())
                + cell(Money::display(detail.amount)) + cell(paidBy)
                + cell(TypedTime::shown(detail.paidTime)) + cell(detail.transactionId)
                + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }

    // The refunds of its payments, as the journal recorded them (the order answer lists none).
    const refund::RefundLedger ledger = m_model->refundLedger();
    if (!ledger.refunds().isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table border='1' cellspacing='0' "
                               "cellpadding='3'><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                               "</tr>")
                    .arg(tr("Refunds of its payments"), tr("Refund number"), tr("Transaction"),
                        tr("Amount"), tr("Status"));
        for (const refund::RecordedRefund &recorded : ledger.refunds()) {
            const QString status = recorded.unsettled
                ? tr("unknown outcome — query this refund before resending")
                : recorded.neverArrived     ? tr("never reached WeChat Pay — to be sent again")
                : recorded.status.isEmpty() ? tr("not made")
                                            : refund::RefundView::statusLabel(recorded.status);
            html += QStringLiteral("<tr>") + cell(recorded.outRefundNo)
                + cell(recorded.transactionId) + cell(recorded.amount.display()) + cell(status)
                + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    if (m_model->mode() == Mode::Oversea && order.isPaid())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(m_model->refusal(Action::Refund).toHtmlEscaped());

    // Every write the journal holds for this number, from this console or payscore-cli.
    const QList<journal::JournalEntry> writes = m_model->writes();
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Writes sent for this order"));
    if (writes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("None in the journal."));
    } else {
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th>"
                               "<th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("When"), tr("Operation"), tr("Outcome"), tr("Operator"));
        // In the journal screen's words and time format (the long outcome, with the error's
        // meaning or what a query found), so that both screens read the same.
        for (const journal::JournalEntry &entry : writes) {
            QString outcome = JournalTableModel::outcomeText(entry);
            if (entry.isOutcomeUnknown())
                outcome = tr("%1 — query before resending").arg(outcome);
            html += QStringLiteral("<tr>") + cell(JournalTableModel::timeText(entry.startedAt))
                + cell(JournalTableModel::operationWord(entry.write.operation)) + cell(outcome)
                + cell(entry.write.operatorName) + QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void WorkspacePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString WorkspacePage::sendKey() const
{
    if (m_form == Form::None)
        return {};
    const QString button = m_submit->text();
    const QKeySequence mnemonic = QKeySequence::mnemonic(button);
    if (mnemonic.isEmpty())
        return {};
    // The button as it reads, without its own key: "核对并发送(&V)…" is "核对并发送",
    // not "Alt+V（核对并发送(V)）".
    static const QRegularExpression ownKey(QStringLiteral("\\(&.\\)|&|…"));
    return tr("%1 (%2)").arg(
        mnemonic.toString(QKeySequence::NativeText), QString(button).remove(ownKey).trimmed());
}

} // namespace psc::ui
