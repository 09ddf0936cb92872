#include "SyncPage.h"

#include "ModeLabels.h"
#include "Palette.h"
#include "TypedTime.h"
#include "ui_SyncPage.h"

#include <payscore/Money.h>

#include <QEvent>

namespace psc::ui {

using payscore::Mode;

SyncPage::SyncPage(QWidget *parent)
    : FormPage(parent)
    , m_ui(std::make_unique<Ui::SyncPage>())
{
    m_ui->setupUi(this);
    m_ui->formProblem->setStyleSheet(Palette::problemStyle());
    ModeLabels::fill(
        m_ui->modeCombo, { Mode::PayAfter, Mode::ServiceOrder, Mode::Oversea, Mode::Partner });

    m_fields.add(QStringLiteral("out_order_no"), m_ui->outOrderNoEdit, m_ui->outOrderNoHint);
    m_fields.add(QStringLiteral("appid"), m_ui->appidEdit);
    m_fields.add(QStringLiteral("service_id"), m_ui->serviceIdEdit);
    m_fields.add(QStringLiteral("sub_mchid"), m_ui->subMchidEdit);
    m_fields.add(QStringLiteral("type"), m_ui->typeValue);
    m_fields.add(QStringLiteral("detail.paid_time"), m_ui->paidTimeEdit, m_ui->paidTimeHint);
    m_fields.add(QStringLiteral("detail.seq"), m_ui->seqSpin);
    m_fields.add(QStringLiteral("detail.paid_amount"), m_ui->paidAmountEdit, m_ui->paidAmountHint);
    m_fields.showApiNames(this);

    fillNow();

    revalidateOnEdit(m_ui->outOrderNoEdit, QStringLiteral("out_order_no"));
    revalidateOnEdit(m_ui->appidEdit, QStringLiteral("appid"));
    revalidateOnEdit(m_ui->serviceIdEdit, QStringLiteral("service_id"));
    revalidateOnEdit(m_ui->subMchidEdit, QStringLiteral("sub_mchid"));
    revalidateOnEdit(m_ui->paidAmountEdit, QStringLiteral("detail"));
    const auto detailEdited = [this] {
        m_fields.touch(QStringLiteral("detail"));
        revalidate();
    };
    connect(m_ui->paidTimeEdit, &QLineEdit::textEdited, this, [this, detailEdited] {
        m_timeTyped = true;
        detailEdited();
    });
    connect(m_ui->paidTimeNowButton, &QPushButton::clicked, this, [this, detailEdited] {
        fillNow();
        m_timeTyped = true; // the operator chose "now": keep it as shown
        detailEdited();
    });
    // A new order number is a new use of the form: its untyped time becomes "now" again.
    connect(m_ui->outOrderNoEdit, &QLineEdit::textEdited, this, &SyncPage::fillNowUnlessTyped);
    connect(m_ui->seqSpin, &QSpinBox::valueChanged, this, detailEdited);
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateModeFields();
        revalidate();
    });
    setUpSubmit(m_ui->submitButton);
    setTabOrder(m_ui->modeCombo, m_ui->outOrderNoEdit);
    setTabOrder(m_ui->outOrderNoEdit, m_ui->appidEdit);
    setTabOrder(m_ui->appidEdit, m_ui->serviceIdEdit);
    setTabOrder(m_ui->serviceIdEdit, m_ui->subMchidEdit);
    setTabOrder(m_ui->subMchidEdit, m_ui->paidTimeEdit);
    setTabOrder(m_ui->paidTimeEdit, m_ui->paidTimeNowButton);
    setTabOrder(m_ui->paidTimeNowButton, m_ui->seqSpin);
    setTabOrder(m_ui->seqSpin, m_ui->paidAmountEdit);
    setTabOrder(m_ui->paidAmountEdit, m_ui->submitButton);
    updateModeFields();
    revalidate();
}

SyncPage::~SyncPage() = default;

void SyncPage::setDefaults(const payscore::OrderDefaults &defaults)
{
    m_ui->appidEdit->setText(defaults.appid);
    m_ui->serviceIdEdit->setText(defaults.serviceId);
    m_ui->subMchidEdit->setText(defaults.subMchid);
    revalidate();
}

void SyncPage::prefill(payscore::Mode mode, const QString &outOrderNo,
    const std::optional<payscore::Money> &paidAmount)
{
    ModeLabels::select(m_ui->modeCombo, mode);
    m_ui->outOrderNoEdit->setText(outOrderNo);
    m_ui->paidAmountEdit->setText(paidAmount ? paidAmount->toYuanString() : QString());
    m_ui->paidTimeEdit->setFocus();
}

void SyncPage::setClock(payscore::Clock clock)
{
    m_clock = std::move(clock);
    fillNowUnlessTyped();
    revalidate();
}

void SyncPage::fillNow()
{
    m_ui->paidTimeEdit->setText(TypedTime::format(m_clock()));
}

void SyncPage::fillNowUnlessTyped()
{
    if (m_timeTyped)
        return;
    fillNow();
    revalidate();
}

void SyncPage::showEvent(QShowEvent *event)
{
    fillNowUnlessTyped();
    FormPage::showEvent(event);
}

payscore::SyncRequest SyncPage::request() const
{
    payscore::SyncRequest request;
    const Mode mode = ModeLabels::current(m_ui->modeCombo);
    request.key.mode = mode;
    request.key.outOrderNo = m_ui->outOrderNoEdit->text().trimmed();
    if (!payscore::usesSubMerchant(mode))
        request.key.appid = m_ui->appidEdit->text().trimmed();
    request.key.serviceId = m_ui->serviceIdEdit->text().trimmed();
    if (payscore::usesSubMerchant(mode))
        request.key.subMchid = m_ui->subMchidEdit->text().trimmed();
    // The typed local time as an instant (ISO 8601 in UTC), so payscore converts it to Beijing
    // time (or RFC 3339). Text that is no time stays empty: validate() names the field.
    if (const auto typed = TypedTime::parse(m_ui->paidTimeEdit->text()))
        request.paidTime = typed->toUTC().toString(Qt::ISODate);
    if (mode == Mode::Oversea) {
        request.seq = m_ui->seqSpin->value();
        request.paidAmount = payscore::Money::parseYuan(m_ui->paidAmountEdit->text());
    }
    return request;
}

payscore::ValidationReport SyncPage::validate() const
{
    payscore::ValidationReport report = request().validate(m_clock());
    const Mode mode = ModeLabels::current(m_ui->modeCombo);
    if (!TypedTime::parse(m_ui->paidTimeEdit->text())) {
        payscore::ValidationReport typed;
        typed.addError(QStringLiteral("/detail/paid_time"),
            tr("\"%1\" is not a time that exists: type it as 2026-11-28 14:30:00 (local time).")
                .arg(m_ui->paidTimeEdit->text()));
        typed.merge(report);
        return typed;
    }
    // Money typed as yuan: payscore sees "no amount" for text that is not one; say what is wrong.
    if (mode == Mode::Oversea && !m_ui->paidAmountEdit->text().trimmed().isEmpty()
        && !payscore::Money::parseYuan(m_ui->paidAmountEdit->text())) {
        payscore::ValidationReport typed;
        typed.addError(QStringLiteral("/detail/paid_amount"),
            tr("\"%1\" is not an amount in yuan (at most two decimals, e.g. 12.34).")
                .arg(m_ui->paidAmountEdit->text()));
        typed.merge(report);
        return typed;
    }
    return report;
}

void SyncPage::revalidate()
{
    const payscore::ValidationReport report = validate();
    m_fields.show(report, true);
    m_ui->formProblem->clear();
}

bool SyncPage::checkBeforeSending()
{
    return showBeforeSending(validate(), m_ui->formProblem);
}

void SyncPage::updateModeFields()
{
    const Mode mode = ModeLabels::current(m_ui->modeCombo);
    const bool sub = payscore::usesSubMerchant(mode);
    const bool oversea = mode == Mode::Oversea;
    m_ui->formLayout->setRowVisible(m_ui->appidEdit, !sub);
    m_ui->formLayout->setRowVisible(m_ui->subMchidEdit, sub);
    m_ui->formLayout->setRowVisible(m_ui->seqSpin, oversea);
    m_ui->formLayout->setRowVisible(m_ui->paidAmountBox, oversea);
}

void SyncPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncPage::retranslate()
{
    m_ui->retranslateUi(this);
    m_fields.showApiNames(this);
    ModeLabels::fill(
        m_ui->modeCombo, { Mode::PayAfter, Mode::ServiceOrder, Mode::Oversea, Mode::Partner });
    revalidate(); // validation messages come back in the new language
}

} // namespace psc::ui
