#include "NotificationDialog.h"

#include "Palette.h"

#include <apiv3/ApiClient.h>
#include <apiv3/NotificationDecoder.h>
#include <profile/ClientConfigFactory.h>
#include <profile/StoredSecretSource.h>
#include <refund/RefundView.h>
#include <session/MerchantSession.h>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace psc::ui {

NotificationDialog::NotificationDialog(const session::MerchantSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("notificationDialog"));
    setWindowTitle(tr("Decrypt a notification"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("notificationBody"));
    m_body->setFont(mono);
    m_body->setPlaceholderText(
        tr("{\"id\": …, \"event_type\": \"REFUND.SUCCESS\", \"resource\": {…}}"));
    m_body->setAccessibleName(tr("Notification body (JSON)"));
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(QStringLiteral("notificationHeaders"));
    m_headers->setFont(mono);
    m_headers->setPlaceholderText(tr("Wechatpay-Timestamp: …\nWechatpay-Nonce: …\n"
                                     "Wechatpay-Signature: …\nWechatpay-Serial: …"));
    m_headers->setAccessibleName(tr("Notification headers"));
    m_headers->setMaximumHeight(110);
    form->addRow(tr("Body (JSON, exactly as received):"), m_body);
    form->addRow(tr("Headers (optional, to verify):"), m_headers);
    layout->addLayout(form);

    m_decode = new QPushButton(tr("&Decrypt and verify"), this);
    m_decode->setObjectName(QStringLiteral("notificationDecodeButton"));
    layout->addWidget(m_decode, 0, Qt::AlignRight);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("notificationVerdict"));
    m_verdict->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("notificationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plaintext = new QPlainTextEdit(this);
    m_plaintext->setObjectName(QStringLiteral("notificationPlaintext"));
    m_plaintext->setReadOnly(true);
    m_plaintext->setFont(mono);
    layout->addWidget(m_verdict);
    layout->addWidget(m_summary);
    layout->addWidget(m_plaintext, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_decode, &QPushButton::clicked, this, &NotificationDialog::decode);
    resize(760, 620); // fits 1366×768 with the window's frame
}

void NotificationDialog::decode()
{
    m_summary->clear();
    m_plaintext->clear();
    const auto refuse = [this](const QString &text) {
        m_verdict->setText(QStringLiteral("✖ ") + text);
        m_verdict->setStyleSheet(Palette::textStyle(Palette::Text::Error));
    };
    if (!m_session) {
        refuse(tr("Open a merchant profile first: its APIv3 key decrypts notifications."));
        return;
    }
    profile::StoredSecretSource secrets;
    auto key = profile::ClientConfigFactory(&secrets).apiV3Key(m_session->profile());
    if (!key) {
        refuse(tr("No APIv3 key: %1").arg(key.error()));
        return;
    }
    const apiv3::ApiClient *client = m_session->client(payscore::Mode::ServiceOrder);
    const apiv3::NotificationDecoder decoder(std::move(key).value(),
        client ? std::optional<apiv3::KeyRing>(client->config().keyRing) : std::nullopt);
    const apiv3::DecodedNotification decoded = decoder.decode(m_body->toPlainText().toUtf8(),
        apiv3::NotificationHeaders::fromText(m_headers->toPlainText().toUtf8()));
    if (!decoded.ok()) {
        // Nothing unverified is shown: a body whose signature fails is not decrypted.
        refuse(QStringLiteral("%1 (%2, %3)").arg(decoded.error, decoded.errorCode, decoded.field));
        return;
    }
    if (decoded.verified()) {
        m_verdict->setText(tr("✔ Signature verified with the profile's WeChat Pay key."));
        m_verdict->setStyleSheet(Palette::textStyle(Palette::Text::Good));
    } else {
        m_verdict->setText(tr("⚠ Signature NOT checked (no headers given): decrypted, but do not "
                              "trust it as WeChat Pay's word."));
        m_verdict->setStyleSheet(Palette::textStyle(Palette::Text::Warning));
    }
    QString summary
        = tr("Event %1 (%2), sent %3").arg(decoded.eventType, decoded.summary, decoded.createTime);
    if (decoded.eventType.startsWith(QLatin1String("REFUND.")) && !decoded.resource.isEmpty()) {
        const refund::RefundView view = refund::RefundView::fromJson(decoded.resource);
        summary += u'\n'
            + tr("Refund %1 of %2 on payment %3: %4")
                  .arg(view.outRefundNo, payscore::Money::display(view.refund), view.transactionId,
                      refund::RefundView::statusText(view.status));
    }
    m_summary->setText(summary);
    m_plaintext->setPlainText(decoded.resource.isEmpty()
            ? QString::fromUtf8(decoded.plaintext)
            : QString::fromUtf8(QJsonDocument(decoded.resource).toJson(QJsonDocument::Indented)));
}

} // namespace psc::ui
