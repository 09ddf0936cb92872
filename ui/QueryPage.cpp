#include "QueryPage.h"

#include "ModeLabels.h"
#include "Palette.h"
#include "ui_QueryPage.h"

#include <QEvent>

namespace psc::ui {

using payscore::Mode;

namespace {
constexpr std::initializer_list<Mode> kModes { Mode::PayAfter, Mode::ServiceOrder, Mode::Oversea,
    Mode::Partner };
}

QueryPage::QueryPage(QWidget *parent)
    : FormPage(parent)
    , m_ui(std::make_unique<Ui::QueryPage>())
{
    m_ui->setupUi(this);
    m_ui->formProblem->setStyleSheet(Palette::problemStyle());
    ModeLabels::fill(m_ui->modeCombo, kModes);
    m_fields.add(QStringLiteral("out_order_no"), m_ui->outOrderNoEdit, m_ui->outOrderNoHint);
    m_fields.add(QStringLiteral("query_id"), m_ui->queryIdEdit);
    m_fields.add(QStringLiteral("appid"), m_ui->appidEdit);
    m_fields.add(QStringLiteral("service_id"), m_ui->serviceIdEdit);
    m_fields.add(QStringLiteral("sub_mchid"), m_ui->subMchidEdit);
    m_fields.showApiNames(this);
    revalidateOnEdit(m_ui->outOrderNoEdit, QStringLiteral("out_order_no"));
    revalidateOnEdit(m_ui->queryIdEdit, QStringLiteral("query_id"));
    revalidateOnEdit(m_ui->appidEdit, QStringLiteral("appid"));
    revalidateOnEdit(m_ui->serviceIdEdit, QStringLiteral("service_id"));
    revalidateOnEdit(m_ui->subMchidEdit, QStringLiteral("sub_mchid"));
    connect(m_ui->modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateModeFields();
        revalidate();
    });
    setUpSubmit(m_ui->submitButton);
    updateModeFields();
}

QueryPage::~QueryPage() = default;

void QueryPage::setDefaults(const payscore::OrderDefaults &defaults)
{
    m_ui->appidEdit->setText(defaults.appid);
    m_ui->serviceIdEdit->setText(defaults.serviceId);
    m_ui->subMchidEdit->setText(defaults.subMchid);
    revalidate();
}

void QueryPage::setOrder(Mode mode, const QString &outOrderNo)
{
    ModeLabels::select(m_ui->modeCombo, mode);
    m_ui->outOrderNoEdit->setText(outOrderNo);
    m_ui->queryIdEdit->clear();
    revalidate();
}

payscore::OrderQuery QueryPage::query() const
{
    payscore::OrderQuery query;
    const Mode mode = ModeLabels::current(m_ui->modeCombo);
    query.key.mode = mode;
    query.key.outOrderNo = m_ui->outOrderNoEdit->text().trimmed();
    if (!payscore::usesSubMerchant(mode))
        query.key.appid = m_ui->appidEdit->text().trimmed();
    query.key.serviceId = m_ui->serviceIdEdit->text().trimmed();
    if (payscore::usesSubMerchant(mode))
        query.key.subMchid = m_ui->subMchidEdit->text().trimmed();
    if (mode != Mode::PayAfter)
        query.queryId = m_ui->queryIdEdit->text().trimmed();
    return query;
}

void QueryPage::revalidate()
{
    m_fields.show(query().validate(), true);
    m_ui->formProblem->clear();
}

bool QueryPage::checkBeforeSending()
{
    return showBeforeSending(query().validate(), m_ui->formProblem);
}

void QueryPage::updateModeFields()
{
    const Mode mode = ModeLabels::current(m_ui->modeCombo);
    const bool sub = payscore::usesSubMerchant(mode);
    m_ui->formLayout->setRowVisible(m_ui->appidEdit, !sub);
    m_ui->formLayout->setRowVisible(m_ui->subMchidEdit, sub);
    m_ui->formLayout->setRowVisible(m_ui->queryIdEdit, mode != Mode::PayAfter);
}

void QueryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_fields.showApiNames(this);
        ModeLabels::fill(m_ui->modeCombo, kModes);
        revalidate();
    }
    QWidget::changeEvent(event);
}

} // namespace psc::ui
