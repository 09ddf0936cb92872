#include "ResultsPane.h"

#include "ModeLabels.h"
#include "OrderStateText.h"
#include "ui_ResultsPane.h"

#include <apiv3/ApiError.h>
#include <apiv3/ErrorCatalogue.h>
#include <payscore/OrderActions.h>
#include <payscore/WriteJournal.h>

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QTreeWidgetItem>

namespace psc::ui {

using payscore::OperationResult;
using Outcome = payscore::OperationResult::Outcome;

namespace {

QString badgeStyle(const QColor &background, int pointSize)
{
    return QStringLiteral("QLabel { background: %1; color: white; font-size: %2pt; "
                          "font-weight: bold; padding: 6px 12px; border-radius: 6px; }")
        .arg(background.name())
        .arg(pointSize);
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
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *text : { m_ui->serverSignText, m_ui->ourSignText })
        text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    for (QPlainTextEdit *text :
        { m_ui->rawAnswerText, m_ui->signedRequestText, m_ui->serverSignText, m_ui->ourSignText })
        text->setFont(mono);
    m_ui->queryNowButton->setStyleSheet(
        QStringLiteral("QPushButton { background: %1; color: %2; font-size: 12pt; "
                       "padding: 8px 18px; border: 1px solid %3; border-radius: 4px; }")
            .arg(Palette::background(Palette::Role::Unknown).name(),
                Palette::foreground(Palette::Role::Unknown).name(),
                Palette::border(Palette::Role::Unknown).name()));
    m_ui->cancelButton->setStyleSheet(QStringLiteral("QPushButton { padding: 6px 14px; }"));
    // Without an answer the pane's content stays at the top instead of stretching the banner.
    m_ui->outcomeBanner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->paneLayout->setStretchFactor(m_ui->detailTabs, 100);
    m_ui->paneLayout->addStretch(1);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ResultsPane::cancelRequested);
    connect(m_ui->queryNowButton, &QPushButton::clicked, this, [this] {
        if (!m_shown)
            return;
        if (m_shown->isRefund())
            emit refundQueryRequested(m_shown->mode, m_shown->outRefundNo);
        else
            emit queryRequested(m_shown->mode, m_shown->outOrderNo);
    });
    // The busy line (what is under way, the seconds waited and left) gets the row's width.
    m_ui->busyBar->setMaximumWidth(120);
    m_ui->busyLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_busyTicker.setInterval(250);
    connect(&m_busyTicker, &QTimer::timeout, this, &ResultsPane::showBusyTime);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, [this] {
        if (!m_shown || m_shown->result.api.request.isEmpty())
            return;
        // The command carries no secret (Authorization is redacted), but mark it anyway so
        // clipboard managers do not keep request bodies around.
        auto *data = new QMimeData;
        data->setText(m_shown->result.api.request.toCurl());
        data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        QApplication::clipboard()->setMimeData(data);
    });
    render();
}

ResultsPane::~ResultsPane() = default;

const std::optional<refund::RefundView> &ResultsPane::refund() const
{
    static const std::optional<refund::RefundView> none;
    return m_shown ? m_shown->refund : none;
}

void ResultsPane::clear()
{
    m_awaitingConfirmation = false;
    m_state = State::Empty;
    m_shown.reset();
    m_result.reset();
    m_stale = false;
    render();
}

void ResultsPane::markStale()
{
    if (m_stale || !m_shown || m_state == State::Busy)
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
    // A new request replaces everything of the previous answer; the time the operator spent
    // on the confirmation is not waiting for the server.
    if (m_state != State::Busy || m_awaitingConfirmation)
        m_busySince.start();
    m_awaitingConfirmation = false;
    m_stepSince.start();
    m_shown.reset();
    m_result.reset();
    m_stale = false;
    m_state = State::Busy;
    m_busyWhat = what;
    m_busyTicker.start();
    render();
}

void ResultsPane::awaitConfirmation(const QString &outOrderNo)
{
    m_busyTicker.stop();
    m_shown.reset();
    m_result.reset();
    m_stale = false;
    m_state = State::Busy;
    m_awaitingConfirmation = true;
    // Two short lines: the order and what to do (a single long one widened the pane).
    m_busyWhat = tr("Order %1 was checked.").arg(outOrderNo) + u'\n'
        + tr("Nothing has been sent: confirm or go back in the dialog.");
    render();
}

// "Sending… — 12 s, at most 18 s more": the seconds once there is more than one, and what is
// left of the client's time limit for the step under way.
void ResultsPane::showBusyTime()
{
    if (m_state != State::Busy) {
        m_busyTicker.stop();
        return;
    }
    QString text = m_busyWhat;
    const qint64 waited = m_busySince.isValid() ? m_busySince.elapsed() / 1000 : 0;
    if (waited >= 1 && !m_awaitingConfirmation) {
        const qint64 left = std::max<qint64>(0,
            (m_waitLimit.count() - (m_stepSince.isValid() ? m_stepSince.elapsed() : 0) + 999)
                / 1000);
        text += u'\n'
            + (left > 0 ? tr("Waiting %1 s — gives up in %2 s").arg(waited).arg(left)
                        : tr("Waiting %1 s — the time limit is up").arg(waited));
    }
    m_ui->busyLabel->setText(text);
}

ResultsPane::State ResultsPane::stateOf(const ShownResult &shown)
{
    if (!shown.nothingToDo.isEmpty())
        return State::NothingToDo;
    // An unknown write (or one refused because of it) that a query settled since; the query
    // itself ("Query this order now") stays a success that says what it settled.
    if (shown.settled && shown.outcome() != Outcome::Succeeded)
        return State::Settled;
    switch (shown.outcome()) {
    case Outcome::Succeeded:
        return State::Succeeded;
    case Outcome::Rejected:
        return State::Rejected;
    case Outcome::Invalid:
        return State::Invalid;
    case Outcome::Unknown:
        return State::Unknown;
    case Outcome::ConfigError:
        return State::ConfigError;
    }
    return State::Empty;
}

void ResultsPane::display(const ShownResult &shown)
{
    m_busyTicker.stop();
    m_awaitingConfirmation = false;
    m_shown = shown;
    m_result = shown.result;
    m_stale = false;
    m_state = stateOf(shown);
    render();
}

void ResultsPane::settle(payscore::Mode mode, const QString &outOrderNo,
    payscore::Operation operation, const QString &orderState)
{
    // Only an unknown outcome (or a write refused because of one) of that very order changes.
    if (!m_shown || !m_shown->awaitsQuery() || m_shown->mode != mode
        || m_shown->outOrderNo != outOrderNo)
        return;
    const bool stale = m_stale;
    display(m_shown->settledBy(operation, orderState));
    if (stale)
        markStale();
}

QString ResultsPane::settledText(const ShownResult::Settlement &settled) const
{
    const QString operation = payscore::OrderActions::label(settled.operation);
    QString state = settled.state;
    if (!settled.stateDescription.isEmpty())
        state += QStringLiteral(" / ") + settled.stateDescription;
    const QString found = settled.state == QLatin1String("ORDER_NOT_EXIST")
        ? tr("the order does not exist (ORDER_NOT_EXIST)")
        : QStringLiteral("%1 (%2)").arg(
            OrderStateText::meaning(settled.state, settled.stateDescription), state);
    if (!settled.tookEffect)
        return tr("ℹ SETTLED — a query found the order %1. Check below whether the earlier %2 "
                  "took effect before sending anything again.")
            .arg(found, operation);
    if (*settled.tookEffect)
        return tr("✔ SETTLED — the earlier %1 did take effect: do not send it again. The "
                  "order is now %2.")
            .arg(operation, found);
    return tr("SETTLED — the earlier %1 did not take effect (the order is now %2): it may be "
              "sent again.")
        .arg(operation, found);
}

void ResultsPane::setBanner(QString text, Palette::Role role)
{
    // Every answer names its order; an answer for a form since edited is greyed out.
    const QString number = m_shown ? m_shown->outOrderNo : QString();
    if (!number.isEmpty() && m_state != State::Busy)
        text += u'\n' + tr("Order %1").arg(number);
    if (m_stale) {
        text = tr("Earlier answer, for order %1 (the form has changed since):").arg(number) + u'\n'
            + text;
        role = Palette::Role::Empty;
    }
    m_ui->outcomeBanner->setText(text);
    // Bold only for an answer: the hint shown before any request is plain, so that the first
    // frame needs no bold Chinese face (5 MiB of font file paged in; issue 17's memory goal).
    m_ui->outcomeBanner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; font-size: 15pt; font-weight: %3; "
                       "padding: 10px; border-radius: 6px; }")
            .arg(Palette::background(role).name(), Palette::foreground(role).name(),
                role == Palette::Role::Empty ? QStringLiteral("normal") : QStringLiteral("bold")));
}

QString ResultsPane::operationText() const
{
    if (!m_shown)
        return {};
    return tr("%1 · %2 · order %3")
        .arg(payscore::OrderActions::shortLabel(m_shown->operation()),
            ModeLabels::text(m_shown->result.mode), m_shown->outOrderNo);
}

void ResultsPane::render()
{
    renderContent();
    titleAnswerTree();
    m_ui->paneLayout->activate(); // the labels' widths for their new texts
    fitWrappedLabels();
    // Again once the layouts (the scroll area's too) have settled their widths.
    QTimer::singleShot(0, this, &ResultsPane::fitWrappedLabels);
}

// A header only over an answer: a header view measures its titles in bold, and in Chinese
// that pages in a bold Chinese face (1–5 MiB) for the first frame (issue 17's memory goal).
void ResultsPane::titleAnswerTree()
{
    const bool holdsAnswer = m_ui->answerTree->topLevelItemCount() > 0;
    m_ui->answerTree->setHeaderHidden(!holdsAnswer);
    m_ui->answerTree->setHeaderLabels(holdsAnswer ? QStringList { tr("Key"), tr("Value") }
                                                  : QStringList { QString(), QString() });
}

void ResultsPane::renderContent()
{
    const bool busy = m_state == State::Busy;
    m_ui->busyBox->setVisible(busy);
    // Nothing to wait for or to stop while the operator reads the confirmation.
    m_ui->busyBar->setVisible(!m_awaitingConfirmation);
    m_ui->cancelButton->setVisible(!m_awaitingConfirmation);
    if (busy)
        showBusyTime();
    const OperationResult *result = m_shown ? &m_shown->result : nullptr;
    const QString refundNo = m_shown ? m_shown->outRefundNo : QString();
    // A write refused because its previous outcome is unknown needs the same next step.
    const bool unsettled = m_state == State::Invalid && result
        && result->error.code == QLatin1String(payscore::JournalUnsettledCode);
    const bool journalDown = m_state == State::ConfigError && result
        && result->error.code == QLatin1String(payscore::JournalUnavailableCode);
    // A refund is queried by its own number: when its outcome is unknown, when an earlier
    // refund of the order still is, and to follow one that is still PROCESSING.
    const bool refundUnderWay = m_state == State::Succeeded && m_shown->refund
        && m_shown->refund->status == QLatin1String("PROCESSING");
    m_ui->queryNowButton->setVisible(m_state == State::Unknown || unsettled || refundUnderWay);
    m_ui->queryNowButton->setEnabled(m_shown && !m_shown->outOrderNo.isEmpty());
    // The refund's number stands on its own line above; the button stays short enough for the
    // pane at 1366×768 and names the number in its tooltip.
    m_ui->queryNowButton->setText(refundNo.isEmpty() ? tr("Query this order now")
            : refundUnderWay                         ? tr("Refresh this refund")
                                                     : tr("Query this refund now"));
    m_ui->queryNowButton->setToolTip(
        refundNo.isEmpty() ? QString() : tr("Refund number: %1").arg(refundNo));
    m_ui->stateBadge->hide();
    m_ui->orderIdBadge->hide();
    m_ui->stateMeaning->hide();
    m_ui->errorGroup->hide();
    m_ui->signGroup->hide();

    switch (m_state) {
    case State::Empty:
        setBanner(emptyHint(), Palette::Role::Empty);
        break;
    case State::Busy:
        setBanner(m_awaitingConfirmation ? tr("Waiting for your confirmation — nothing sent yet")
                                         : tr("Sending… waiting for WeChat Pay's answer"),
            Palette::Role::Busy);
        break;
    case State::Succeeded:
        if (m_shown->settled)
            setBanner(settledText(*m_shown->settled), Palette::Role::Neutral);
        else
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
        setBanner(!refundNo.isEmpty()
                ? tr("⚠ OUTCOME UNKNOWN — refund %1 may or may not have been made. Query this "
                     "refund before anything else; if it must be sent again, it is sent with "
                     "the same number, never a new one.")
                      .arg(refundNo)
                : tr("⚠ OUTCOME UNKNOWN — the request may or may not have been carried out. "
                     "Query the order before doing anything else."),
            Palette::Role::Unknown);
        break;
    case State::Settled:
        setBanner(settledText(*m_shown->settled), Palette::Role::Neutral);
        break;
    case State::NothingToDo:
        setBanner(QStringLiteral("ℹ ") + m_shown->nothingToDo, Palette::Role::Neutral);
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
        m_ui->detailsLayout->setRowVisible(row, result && !busy);
    m_ui->detailTabs->setVisible(result && !busy);
    m_ui->detailTabs->setEnabled(!m_stale);
    m_ui->operationValue->setText(operationText());
    if (!result || busy) {
        for (QLabel *label : { m_ui->httpStatusValue, m_ui->requestIdValue, m_ui->elapsedValue,
                 m_ui->verifiedValue, m_ui->followUpValue, m_ui->collectionValue })
            label->clear();
        m_ui->answerTree->clear();
        m_ui->rawAnswerText->clear();
        m_ui->signedRequestText->clear();
        m_ui->copyCurlButton->setEnabled(false);
        return;
    }
    m_ui->httpStatusValue->setText(
        result->httpStatus ? QString::number(result->httpStatus) : tr("no answer"));
    m_ui->requestIdValue->setText(result->requestId.isEmpty() ? tr("none") : result->requestId);
    m_ui->elapsedValue->setText(result->api.attempts > 1
            ? tr("%1 ms (%2 attempts)").arg(result->api.elapsedMs).arg(result->api.attempts)
            : tr("%1 ms").arg(result->api.elapsedMs));
    m_ui->verifiedValue->setText(result->httpStatus == 0 ? QString()
            : result->verified                           ? tr("verified")
                               : tr("NOT verified (%1)").arg(result->verdict));
    if (result->followUp) {
        m_ui->followUpValue->setText(result->followUp->succeeded()
                ? tr("done — the state below comes from it")
                : tr("failed (%1): the write's own outcome above stands")
                      .arg(result->followUp->error.code));
    } else if (m_state == State::Unknown || unsettled) {
        // Never "not needed" beside a banner that says to query first.
        m_ui->followUpValue->setText(tr("not made — query the order before anything else"));
    } else if (m_state == State::Settled) {
        m_ui->followUpValue->setText(tr("made later: see the banner above"));
    } else {
        m_ui->followUpValue->setText(tr("not needed"));
    }
    m_ui->collectionValue->clear();
    // An earlier answer (its form has changed since) keeps its banner, dimmed; its badges
    // would read as the news of the order now on screen.
    if (!m_stale) {
        if (m_shown->refund) // the refund is the news, not the order it belongs to
            showRefundStatus(*m_shown->refund);
        else if (result->order && !result->order->isEmpty())
            showOrder(*result->order);
    }
    // No empty "Collection" row where there is none (a refund, an order not charged yet).
    int collectionRow = -1;
    QFormLayout::ItemRole role {};
    m_ui->detailsLayout->getWidgetPosition(m_ui->collectionValue, &collectionRow, &role);
    if (collectionRow >= 0)
        m_ui->detailsLayout->setRowVisible(collectionRow, !m_ui->collectionValue->text().isEmpty());
    if (!result->succeeded())
        showError(*result);
    showExchange(*result);
}

QString ResultsPane::emptyHint() const
{
    return m_sendKey.isEmpty()
        ? tr("No request sent yet. The answer to the next one shows here.")
        : tr("No request sent yet. Fill in the form and press %1.").arg(m_sendKey);
}

void ResultsPane::showBadge(QLabel *badge, const QString &text, const QColor &background)
{
    badge->setText(text);
    // An id is copied rather than read out: smaller, so that 32 digits fit the pane.
    badge->setStyleSheet(badgeStyle(background, badge == m_ui->orderIdBadge ? 11 : 14));
    badge->show();
}

void ResultsPane::showOrder(const payscore::OrderView &order)
{
    if (order.hasState()) {
        QString state = order.state;
        if (!order.stateDescription.isEmpty())
            state += QStringLiteral(" · ") + order.stateDescription;
        // The meaning first, the API's words only beside it (as for refunds).
        showBadge(m_ui->stateBadge,
            tr("%1 (%2)").arg(OrderStateText::meaning(order.state, order.stateDescription), state),
            OrderStateText::colour(order.state));
    }
    if (!order.orderId.isEmpty())
        showBadge(m_ui->orderIdBadge, tr("WeChat Pay order ID (order_id):") + u'\n' + order.orderId,
            Palette::background(Palette::Role::Detail));
    if (order.collection) {
        const auto &collection = *order.collection;
        QString text = tr("%1 (%2)").arg(
            OrderStateText::collectionMeaning(collection.state), collection.state);
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
    // The meaning first, the API's status word only beside it; the number on a line of its own.
    showBadge(m_ui->stateBadge,
        refund::RefundView::statusLabel(refund.status) + u'\n'
            + tr("Refund %1").arg(refund.outRefundNo),
        colour);
    if (!refund.refundId.isEmpty())
        showBadge(m_ui->orderIdBadge,
            tr("WeChat Pay refund ID (refund_id):") + u'\n' + refund.refundId,
            Palette::background(Palette::Role::Detail));
    QString meaning = tr("%1 refunded from payment %2")
                          .arg(payscore::Money::display(refund.refund), refund.transactionId);
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
    // The client's own words are said again in the language now on screen.
    const QString message = error.sentence.toString(error.message);
    m_ui->errorMeaningValue->setText(explanation.known ? explanation.meaning : message);
    m_ui->errorActionValue->setText(
        explanation.known ? explanation.action : error.hintSentence.toString(error.hint));
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
            : message);
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

void ResultsPane::setSendKey(const QString &key)
{
    m_sendKey = key;
    if (m_state == State::Empty)
        render();
}

// A word-wrapped label's size hints are worked out for some width, not the one it has: in a
// pane squeezed by its answer tabs the banner lost its last line, in a tall one it took room it
// did not need. Each one is held at the height its text needs at its width; the tabs below
// give way.
void ResultsPane::fitWrappedLabels()
{
    for (QLabel *label :
        { m_ui->outcomeBanner, m_ui->stateBadge, m_ui->orderIdBadge, m_ui->stateMeaning }) {
        if (label->isHidden() || label->width() <= 0)
            continue;
        // QLabel::heightForWidth() never answers less than the label's minimum height, so the
        // height fixed for an earlier, longer text (or a narrower pane) would stay as a floor:
        // a short "✔ SUCCEEDED" banner kept twice its height. Asked without it.
        const int fixed = label->minimumHeight();
        label->setMinimumHeight(0);
        const int needed = label->heightForWidth(label->width());
        label->setMinimumHeight(fixed);
        // Exactly that: a wrapped label's own size hint is worked out for a narrower width,
        // and would take room the answer's tabs below can use.
        if (needed > 0 && (label->minimumHeight() != needed || label->maximumHeight() != needed))
            label->setFixedHeight(needed);
    }
}

void ResultsPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitWrappedLabels();
    QTimer::singleShot(0, this, &ResultsPane::fitWrappedLabels);
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
