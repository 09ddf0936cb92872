#include "ResultsPane.h"

#include "ModeLabels.h"
#include "OrderStateText.h"
#include "ui_ResultsPane.h"

#include <apiv3/ApiError.h>
#include <apiv3/ErrorCatalogue.h>
#include <payscore/WriteJournal.h>

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QTreeWidgetItem>

namespace psc::ui {

using payscore::OperationResult;
using Outcome = payscore::OperationResult::Outcome;

namespace {

QString badgeStyle(const QColor &background)
{
    return QStringLiteral("QLabel { background: %1; color: white; font-size: 16pt; "
                          "font-weight: bold; padding: 6px 12px; border-radius: 6px; }")
        .arg(background.name());
}

void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, { key });
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addJson(item, it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addJson(item, QStringLiteral("[%1]").arg(i), array.at(i));
    } else if (value.isString()) {
        item->setText(1, QStringLiteral("\"%1\"").arg(value.toString()));
    } else if (value.isDouble()) {
        // Money is integer fen: print integers as integers, never "1.234e+06".
        const double number = value.toDouble();
        item->setText(1,
            number == double(qint64(number)) ? QString::number(qint64(number))
                                             : QString::number(number));
    } else if (value.isBool()) {
        item->setText(1, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    } else {
        item->setText(1, QStringLiteral("null"));
    }
}

QString headerText(const apiv3::RawHeaders &headers)
{
    QString text;
    for (const auto &[name, value] : headers)
        text += QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value) + u'\n';
    return text;
}

} // namespace

ResultsPane::ResultsPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultsPane>())
{
    m_ui->setupUi(this);
    m_ui->answerTree->header()->setStretchLastSection(true);
    m_ui->answerTree->setColumnWidth(0, 200);
    for (QLabel *badge : { m_ui->stateBadge, m_ui->orderIdBadge })
        badge->setMinimumHeight(40);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *text : { m_ui->serverSignText, m_ui->ourSignText })
        text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    for (QPlainTextEdit *text :
        { m_ui->rawAnswerText, m_ui->signedRequestText, m_ui->serverSignText, m_ui->ourSignText })
        text->setFont(mono);
    m_ui->queryNowButton->setStyleSheet(QStringLiteral(
        "QPushButton { background: %1; color: %2; font-weight: bold; font-size: 12pt; "
        "padding: 8px 18px; border: 1px solid %3; border-radius: 4px; }")
                                            .arg(Palette::background(Palette::Role::Unknown).name(),
                                                Palette::foreground(Palette::Role::Unknown).name(),
                                                Palette::border(Palette::Role::Unknown).name()));
    m_ui->cancelButton->setStyleSheet(
        QStringLiteral("QPushButton { font-weight: bold; padding: 6px 14px; }"));
    // Without an answer the pane's content stays at the top instead of stretching the banner.
    m_ui->outcomeBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->paneLayout->setStretchFactor(m_ui->detailTabs, 100);
    m_ui->paneLayout->addStretch(1);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ResultsPane::cancelRequested);
    connect(m_ui->queryNowButton, &QPushButton::clicked, this, [this] {
        if (m_outRefundNo.isEmpty())
            emit queryRequested(m_mode, m_outOrderNo);
        else
            emit refundQueryRequested(m_mode, m_outRefundNo);
    });
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, [this] {
        if (!m_result || m_result->api.request.isEmpty())
            return;
        // The command carries no secret (Authorization is redacted), but mark it anyway so
        // clipboard managers do not keep request bodies around.
        auto *data = new QMimeData;
        data->setText(m_result->api.request.toCurl());
        data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        QApplication::clipboard()->setMimeData(data);
    });
    render();
}

ResultsPane::~ResultsPane() = default;

void ResultsPane::clear()
{
    m_state = State::Empty;
    m_result.reset();
    m_refund.reset();
    m_outRefundNo.clear();
    m_stale = false;
    render();
}

void ResultsPane::markStale()
{
    if (m_stale || !m_result || m_state == State::Busy)
        return;
    m_stale = true;
    render();
}

QString ResultsPane::bannerText() const
{
    return m_ui->outcomeBanner->text();
}

void ResultsPane::showBusy(const QString &what)
{
    m_stale = false;
    m_state = State::Busy;
    m_busyWhat = what;
    render();
}

void ResultsPane::showResult(
    const OperationResult &result, payscore::Mode mode, const QString &outOrderNo)
{
    m_refund.reset();
    m_outRefundNo.clear();
    setResult(result, mode, outOrderNo);
    render();
}

void ResultsPane::showRefund(
    const refund::RefundOutcome &outcome, payscore::Mode mode, const QString &outOrderNo)
{
    m_refund = outcome.refund;
    m_outRefundNo = outcome.outRefundNo;
    setResult(outcome.result, mode, outOrderNo);
    render();
}

void ResultsPane::setResult(
    const OperationResult &result, payscore::Mode mode, const QString &outOrderNo)
{
    m_result = result;
    m_mode = mode;
    m_outOrderNo = outOrderNo;
    m_stale = false;
    switch (result.outcome) {
    case Outcome::Succeeded:
        m_state = State::Succeeded;
        break;
    case Outcome::Rejected:
        m_state = State::Rejected;
        break;
    case Outcome::Invalid:
        m_state = State::Invalid;
        break;
    case Outcome::Unknown:
        m_state = State::Unknown;
        break;
    case Outcome::ConfigError:
        m_state = State::ConfigError;
        break;
    }
}

void ResultsPane::showNothingToDo(const OperationResult &query, payscore::Mode mode,
    const QString &outOrderNo, const QString &why)
{
    m_result = query;
    m_mode = mode;
    m_outOrderNo = outOrderNo;
    m_nothingToDo = why;
    m_stale = false;
    m_state = State::NothingToDo;
    m_refund.reset();
    m_outRefundNo.clear();
    render();
}

void ResultsPane::setBanner(QString text, Palette::Role role)
{
    // Every answer names its order; an answer for a form since edited is greyed out.
    if (m_result && !m_outOrderNo.isEmpty() && m_state != State::Busy)
        text += u'\n' + tr("Order %1").arg(m_outOrderNo);
    if (m_stale) {
        text = tr("Earlier answer, for order %1 (the form has changed since):").arg(m_outOrderNo)
            + u'\n' + text;
        role = Palette::Role::Empty;
    }
    m_ui->outcomeBanner->setText(text);
    m_ui->outcomeBanner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; font-size: 15pt; font-weight: bold; "
                       "padding: 10px; border-radius: 6px; }")
            .arg(Palette::background(role).name(), Palette::foreground(role).name()));
}

QString ResultsPane::operationText() const
{
    if (!m_result)
        return {};
    QString operation;
    switch (m_result->operation) {
    case payscore::Operation::Sync:
        operation = tr("Sync");
        break;
    case payscore::Operation::Complete:
        operation = tr("Complete");
        break;
    case payscore::Operation::Query:
        operation = tr("Query");
        break;
    case payscore::Operation::Cancel:
        operation = tr("Cancel");
        break;
    case payscore::Operation::Modify:
        operation = tr("Modify amount");
        break;
    case payscore::Operation::Collect:
        operation = tr("Collect");
        break;
    case payscore::Operation::Refund:
        operation = tr("Refund");
        break;
    case payscore::Operation::RefundQuery:
        operation = tr("Refund query");
        break;
    }
    return tr("%1 · %2 · order %3").arg(operation, ModeLabels::text(m_result->mode), m_outOrderNo);
}

void ResultsPane::render()
{
    const bool busy = m_state == State::Busy;
    m_ui->busyBox->setVisible(busy);
    m_ui->busyLabel->setText(m_busyWhat);
    // A write refused because its previous outcome is unknown needs the same next step.
    const bool unsettled = m_state == State::Invalid && m_result
        && m_result->error.code == QLatin1String(payscore::JournalUnsettledCode);
    const bool journalDown = m_state == State::ConfigError && m_result
        && m_result->error.code == QLatin1String(payscore::JournalUnavailableCode);
    // A refund is queried by its own number: when its outcome is unknown, when an earlier
    // refund of the order still is, and to follow one that is still PROCESSING.
    const bool refundUnderWay = m_state == State::Succeeded && m_refund
        && m_refund->status == QLatin1String("PROCESSING");
    const bool refundUnknown = !m_outRefundNo.isEmpty()
        && (m_state == State::Unknown || (m_result && m_result->outcome == Outcome::Unknown));
    m_ui->queryNowButton->setVisible(m_state == State::Unknown || unsettled || refundUnderWay);
    m_ui->queryNowButton->setEnabled(!m_outOrderNo.isEmpty() || !m_outRefundNo.isEmpty());
    m_ui->queryNowButton->setText(m_outRefundNo.isEmpty() ? tr("Query this order now")
            : refundUnderWay ? tr("Refresh refund %1").arg(m_outRefundNo)
                             : tr("Query refund %1 now").arg(m_outRefundNo));
    m_ui->stateBadge->hide();
    m_ui->orderIdBadge->hide();
    m_ui->stateMeaning->hide();
    m_ui->errorGroup->hide();
    m_ui->signGroup->hide();

    switch (m_state) {
    case State::Empty:
        setBanner(
            tr("No request sent yet. Fill in a form and press Ctrl+Enter."), Palette::Role::Empty);
        break;
    case State::Busy:
        setBanner(tr("Sending… waiting for WeChat Pay's answer"), Palette::Role::Busy);
        break;
    case State::Succeeded:
        setBanner(tr("✔ SUCCEEDED — WeChat Pay accepted the request"), Palette::Role::Success);
        break;
    case State::Rejected:
        setBanner(tr("✖ REJECTED — WeChat Pay refused the request; nothing was changed"),
            Palette::Role::Rejected);
        break;
    case State::Invalid:
        setBanner(unsettled
                ? tr(
                    "✖ NOT SENT — the last outcome of this write is unknown: query the order first")
                : tr("✖ NOT SENT — the request was stopped before sending; fix the form"),
            Palette::Role::Invalid);
        break;
    case State::Unknown:
        setBanner(refundUnknown
                ? tr("⚠ OUTCOME UNKNOWN — refund %1 may or may not have been made. Query this "
                     "refund before anything else; if it must be sent again, it is sent with "
                     "the same number, never a new one.")
                      .arg(m_outRefundNo)
                : tr("⚠ OUTCOME UNKNOWN — the request may or may not have been carried out. "
                     "Query the order before doing anything else."),
            Palette::Role::Unknown);
        break;
    case State::NothingToDo:
        setBanner(QStringLiteral("ℹ ") + m_nothingToDo, Palette::Role::Neutral);
        break;
    case State::ConfigError:
        setBanner(journalDown
                ? tr("✖ NOT SENT — the journal could not record this write, so it was not sent")
                : tr("✖ NOT SENT — the profile cannot be used as it is"),
            Palette::Role::NotSent);
        break;
    }

    // Empty detail rows before the first answer would only be noise.
    for (int row = 0; row < m_ui->detailsLayout->rowCount(); ++row)
        m_ui->detailsLayout->setRowVisible(row, m_result.has_value() && !busy);
    m_ui->detailTabs->setVisible(m_result.has_value() && !busy);
    m_ui->detailTabs->setEnabled(!m_stale);
    m_ui->operationValue->setText(operationText());
    if (!m_result || busy) {
        for (QLabel *label : { m_ui->httpStatusValue, m_ui->requestIdValue, m_ui->elapsedValue,
                 m_ui->verifiedValue, m_ui->followUpValue, m_ui->collectionValue })
            label->clear();
        m_ui->answerTree->clear();
        m_ui->rawAnswerText->clear();
        m_ui->signedRequestText->clear();
        m_ui->copyCurlButton->setEnabled(false);
        return;
    }
    const OperationResult &result = *m_result;
    m_ui->httpStatusValue->setText(
        result.httpStatus ? QString::number(result.httpStatus) : tr("no answer"));
    m_ui->requestIdValue->setText(result.requestId.isEmpty() ? tr("none") : result.requestId);
    m_ui->elapsedValue->setText(result.api.attempts > 1
            ? tr("%1 ms (%2 attempts)").arg(result.api.elapsedMs).arg(result.api.attempts)
            : tr("%1 ms").arg(result.api.elapsedMs));
    m_ui->verifiedValue->setText(result.httpStatus == 0 ? QString()
            : result.verified                           ? tr("verified")
                              : tr("NOT verified (%1)").arg(result.verdict));
    if (result.followUp) {
        m_ui->followUpValue->setText(result.followUp->succeeded()
                ? tr("done — the state below comes from it")
                : tr("failed (%1): the write's own outcome above stands")
                      .arg(result.followUp->error.code));
    } else if (m_state == State::Unknown) {
        // Never "not needed" beside a banner that says to query first.
        m_ui->followUpValue->setText(tr("not made — query the order before anything else"));
    } else {
        m_ui->followUpValue->setText(tr("not needed"));
    }
    m_ui->collectionValue->clear();
    if (m_refund)
        showRefundStatus(*m_refund); // the refund is the news, not the order it belongs to
    else if (result.order && !result.order->isEmpty())
        showOrder(*result.order);
    if (!result.succeeded())
        showError(result);
    showExchange(result);
}

void ResultsPane::showOrder(const payscore::OrderView &order)
{
    if (order.hasState()) {
        QString state = order.state;
        if (!order.stateDescription.isEmpty())
            state += QStringLiteral(" · ") + order.stateDescription;
        m_ui->stateBadge->setText(QStringLiteral("%1 — %2").arg(
            state, OrderStateText::meaning(order.state, order.stateDescription)));
        m_ui->stateBadge->setStyleSheet(badgeStyle(OrderStateText::colour(order.state)));
        m_ui->stateBadge->show();
    }
    if (!order.orderId.isEmpty()) {
        m_ui->orderIdBadge->setText(tr("order_id %1").arg(order.orderId));
        m_ui->orderIdBadge->setStyleSheet(badgeStyle(Palette::background(Palette::Role::Detail)));
        m_ui->orderIdBadge->show();
    }
    if (order.collection) {
        const auto &collection = *order.collection;
        QString text = QStringLiteral("%1 — %2").arg(
            collection.state, OrderStateText::collectionMeaning(collection.state));
        if (collection.paidAmount)
            text += tr(", paid %1").arg(collection.paidAmount->display());
        if (collection.payingAmount && collection.payingAmount->fen() > 0)
            text += tr(", to pay %1").arg(collection.payingAmount->display());
        m_ui->collectionValue->setText(text);
    }
    if (order.totalAmount) {
        m_ui->stateMeaning->setText(tr("Total amount: %1").arg(order.totalAmount->display()));
        m_ui->stateMeaning->show();
    }
}

void ResultsPane::showRefundStatus(const refund::RefundView &refund)
{
    // Only a verified answer reaches here (the runner drops an unverified one).
    const QColor colour = refund.status == QLatin1String("SUCCESS")
        ? Palette::background(Palette::Role::Success)
        : refund.status == QLatin1String("PROCESSING")
        ? Palette::background(Palette::Role::InProgress)
        : Palette::background(Palette::Role::Rejected);
    m_ui->stateBadge->setText(
        tr("Refund %1: %2 — %3")
            .arg(refund.outRefundNo, refund.status, refund::RefundView::statusText(refund.status)));
    m_ui->stateBadge->setStyleSheet(badgeStyle(colour));
    m_ui->stateBadge->show();
    if (!refund.refundId.isEmpty()) {
        m_ui->orderIdBadge->setText(tr("refund_id %1").arg(refund.refundId));
        m_ui->orderIdBadge->setStyleSheet(badgeStyle(Palette::background(Palette::Role::Detail)));
        m_ui->orderIdBadge->show();
    }
    QString meaning = tr("%1 refunded from payment %2")
                          .arg(refund.refund ? refund.refund->display() : QStringLiteral("—"),
                              refund.transactionId);
    if (refund.status == QLatin1String("PROCESSING"))
        meaning += u' ' + tr("(under way: refresh to see it finish)");
    else if (refund.status == QLatin1String("ABNORMAL"))
        meaning += u' '
            + tr("(the money did not reach the customer: handle it in the merchant "
                 "platform)");
    m_ui->stateMeaning->setText(meaning);
    m_ui->stateMeaning->show();
}

void ResultsPane::showError(const OperationResult &result)
{
    const payscore::OperationError &error = result.error;
    if (error.isEmpty())
        return;
    // The catalogue is asked again in the current language, so a language switch retranslates.
    const apiv3::ErrorExplanation explanation
        = apiv3::ErrorCatalogue::builtIn().explain(error.code);
    // Only a rejection carries the server's own words; otherwise the text is the client's.
    m_ui->serverMessageLabel->setText(
        m_state == State::Rejected ? tr("Server message:") : tr("Details:"));
    m_ui->errorGroup->setTitle(
        m_state == State::Rejected ? tr("What the server said") : tr("What happened"));
    m_ui->errorCodeValue->setText(QStringLiteral("<b>%1</b>").arg(error.code.toHtmlEscaped()));
    m_ui->errorMeaningValue->setText(explanation.known ? explanation.meaning : error.message);
    m_ui->errorActionValue->setText(explanation.known ? explanation.action : error.hint);
    const QString field = error.field.isEmpty() ? tr("none named")
        : error.issue.isEmpty()                 ? error.field
                                : QStringLiteral("%1 — %2").arg(error.field, error.issue);
    m_ui->errorFieldValue->setText(field);
    m_ui->retryableValue->setText(explanation.known
            ? (explanation.retryable ? tr("yes, after a pause") : tr("no"))
            : (error.retryable ? tr("yes, after a pause") : tr("no")));
    m_ui->serverMessageValue->setText(
        // Said plainly rather than apiv3's "Cancelled by the operator.".
        result.outcome == Outcome::Unknown
                && error.code == QLatin1String(apiv3::ClientCode::Cancelled)
            ? tr("You stopped waiting. The request may still reach WeChat Pay.")
            : error.message);
    // Said once: an unlisted code's meaning already is the message.
    m_ui->errorLayout->setRowVisible(m_ui->serverMessageValue,
        m_ui->serverMessageValue->text() != m_ui->errorMeaningValue->text());
    m_ui->errorGroup->show();

    const QJsonObject signInformation = result.api.error.signInformation;
    if (error.code == QLatin1String("SIGN_ERROR")) {
        // Both sides line by line, each line break shown as ⏎, so that the operator sees at a
        // glance where the server's message and ours part.
        const auto lines = [](QString text) { return text.replace(u'\n', QStringLiteral("⏎\n")); };
        QString server;
        for (auto it = signInformation.begin(); it != signInformation.end(); ++it) {
            if (it.key() != QLatin1String("truncated_sign_message"))
                server
                    += it.key() + QStringLiteral(": ") + it.value().toVariant().toString() + u'\n';
        }
        const QString truncated
            = signInformation.value(QStringLiteral("truncated_sign_message")).toString();
        if (!truncated.isEmpty())
            server += u'\n' + lines(truncated);
        m_ui->serverSignText->setPlainText(
            signInformation.isEmpty() ? tr("(the server sent no sign_information)") : server);
        m_ui->ourSignText->setPlainText(
            lines(QString::fromUtf8(result.api.request.canonicalMessage)));
        m_ui->signGroup->show();
    }
}

void ResultsPane::showExchange(const OperationResult &result)
{
    m_ui->answerTree->clear();
    const QJsonDocument document = QJsonDocument::fromJson(result.api.body);
    if (document.isObject() || document.isArray()) {
        // An answer that failed verification is shown, but labelled as untrusted.
        auto *root = new QTreeWidgetItem(m_ui->answerTree,
            { result.verified ? tr("answer") : tr("answer (NOT verified: do not trust it)") });
        if (document.isObject()) {
            const QJsonObject object = document.object();
            for (auto it = object.begin(); it != object.end(); ++it)
                addJson(root, it.key(), it.value());
        } else {
            const QJsonArray array = document.array();
            for (qsizetype i = 0; i < array.size(); ++i)
                addJson(root, QStringLiteral("[%1]").arg(i), array.at(i));
        }
        m_ui->answerTree->expandAll();
    }
    QString raw;
    if (result.httpStatus)
        raw += QStringLiteral("HTTP %1\n").arg(result.httpStatus) + headerText(result.api.headers)
            + u'\n';
    raw += result.api.body.isEmpty() ? tr("(empty body)") : QString::fromUtf8(result.api.body);
    m_ui->rawAnswerText->setPlainText(raw);

    const apiv3::SignedRequestInfo &request = result.api.request;
    if (request.isEmpty()) {
        m_ui->signedRequestText->setPlainText(tr("Nothing was sent."));
        m_ui->copyCurlButton->setEnabled(false);
        return;
    }
    QString text
        = QString::fromUtf8(request.method) + u' ' + QString::fromUtf8(request.url) + u'\n';
    text += u'\n' + tr("Canonical message (what was signed, one item per line):") + u'\n';
    QString canonical = QString::fromUtf8(request.canonicalMessage);
    canonical.replace(u'\n', QStringLiteral("\\n\n"));
    text += canonical + u'\n';
    text += tr("Authorization (signature shortened):") + u'\n'
        + QString::fromUtf8(request.authorization) + QStringLiteral("\n\n");
    text += tr("Headers:") + u'\n' + headerText(request.headers);
    if (!request.body.isEmpty())
        text += u'\n' + tr("Body:") + u'\n' + QString::fromUtf8(request.body) + u'\n';
    m_ui->signedRequestText->setPlainText(text);
    m_ui->copyCurlButton->setEnabled(true);
}

void ResultsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace psc::ui
