#include "SyncPage.h"

#include "ModeLabels.h"
#include "ui_SyncPage.h"

#include <payscore/Money.h>

#include <QEvent>
#include <QTimer>

namespace psc::ui {

using payscore::Mode;

SyncPage::SyncPage(QWidget *parent)
    : FormPage(parent)
    , m_ui(std::make_unique<Ui::SyncPage>())
{
    m_ui->setupUi(this);
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

    m_ui->paidTimeEdit->setTimeSpec(Qt::LocalTime);
    refreshTimeLimit();
    m_ui->paidTimeEdit->setDateTime(QDateTime::currentDateTime());
    // "Now" moves on; keep the picker's upper bound with it so the future stays out of reach.
    auto *tick = new QTimer(this);
    tick->setInterval(30'000);
    connect(tick, &QTimer::timeout, this, &SyncPage::refreshTimeLimit);
    tick->start();

    revalidateOnEdit(m_ui->outOrderNoEdit, QStringLiteral("out_order_no"));
    revalidateOnEdit(m_ui->appidEdit, QStringLiteral("appid"));
    revalidateOnEdit(m_ui->serviceIdEdit, QStringLiteral("service_id"));
    revalidateOnEdit(m_ui->subMchidEdit, QStringLiteral("sub_mchid"));
    revalidateOnEdit(m_ui->paidAmountEdit, QStringLiteral("detail"));
    const auto detailEdited = [this] {
        m_fields.touch(QStringLiteral("detail"));
        revalidate();
    };
    connect(m_ui->paidTimeEdit, &QDateTimeEdit::dateTimeChanged, this, detailEdited);
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
    setTabOrder(m_ui->paidTimeEdit, m_ui->seqSpin);
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

void SyncPage::setClock(payscore::Clock clock)
{
    m_clock = std::move(clock);
    refreshTimeLimit();
    revalidate();
}

void SyncPage::refreshTimeLimit()
{
    // The picker refuses the future; the validation (with its minute of tolerance) has the
    // last word, so a clock that ticks past the limit never blocks a correct "now".
    m_ui->paidTimeEdit->setMaximumDateTime(m_clock().toLocalTime().addSecs(60));
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
    // ISO 8601 in UTC: an instant, so payscore converts it to Beijing time (or RFC 3339).
    request.paidTime = m_ui->paidTimeEdit->dateTime().toUTC().toString(Qt::ISODate);
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
    refreshTimeLimit();
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
    ModeLabels::fill(
        m_ui->modeCombo, { Mode::PayAfter, Mode::ServiceOrder, Mode::Oversea, Mode::Partner });
    revalidate(); // validation messages come back in the new language
}

} // namespace psc::ui
