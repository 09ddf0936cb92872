#pragma once

#include "Palette.h"

#include <payscore/Mode.h>
#include <payscore/OperationResult.h>
#include <refund/RefundOutcome.h>

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class ResultsPane;
}

namespace psc::ui {

// What happened to the last request, unmistakably: a green success with the order's state
// as a large badge, a red rejection with the decoded error and what to do, or an amber
// "outcome unknown" warning (never green) with a button to query the order now. Below, the
// answer as a JSON tree and as raw text, and the signed request with "Copy as curl".
class ResultsPane : public QWidget {
    Q_OBJECT
public:
    enum class State {
        Empty,
        Busy,
        Succeeded,
        Rejected,
        Invalid,
        Unknown,
        ConfigError,
        NothingToDo
    };
    Q_ENUM(State)

    explicit ResultsPane(QWidget *parent = nullptr);
    ~ResultsPane() override;

    // A request is on its way: busy indicator and the "Stop waiting (Esc)" button.
    void showBusy(const QString &what);
    // `outOrderNo` and `mode` say which order "Query this order now" looks up.
    void showResult(
        const payscore::OperationResult &result, payscore::Mode mode, const QString &outOrderNo);
    // Nothing was sent because the fresh `query` shows nothing needs doing (a sync of an order
    // that is already paid): neutral, neither success nor rejection.
    // A refund's outcome (or a refund query's): its status as the badge, and for an unknown
    // outcome or a refund still PROCESSING the button queries that refund number again.
    void showRefund(
        const refund::RefundOutcome &outcome, payscore::Mode mode, const QString &outOrderNo);
    void showNothingToDo(const payscore::OperationResult &query, payscore::Mode mode,
        const QString &outOrderNo, const QString &why);
    void clear();
    // The form the answer came from was edited, or another screen shows: the answer stays
    // readable but dimmed, its banner naming the order it was for. A new request clears it.
    void markStale();
    bool isStale() const { return m_stale; }
    QString bannerText() const;

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Busy; }
    const std::optional<payscore::OperationResult> &result() const { return m_result; }
    // The refund on screen (empty unless showRefund()), and its number.
    const std::optional<refund::RefundView> &refund() const { return m_refund; }
    QString outRefundNo() const { return m_outRefundNo; }

    Ui::ResultsPane *form() const { return m_ui.get(); }

signals:
    void cancelRequested();
    void queryRequested(psc::payscore::Mode mode, const QString &outOrderNo);
    void refundQueryRequested(psc::payscore::Mode mode, const QString &outRefundNo);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setResult(
        const payscore::OperationResult &result, payscore::Mode mode, const QString &outOrderNo);
    void render();
    void showRefundStatus(const refund::RefundView &refund);
    void setBanner(QString text, Palette::Role role);
    void showOrder(const payscore::OrderView &order);
    void showError(const payscore::OperationResult &result);
    void showExchange(const payscore::OperationResult &result);
    QString operationText() const;

    std::unique_ptr<Ui::ResultsPane> m_ui;
    State m_state = State::Empty;
    std::optional<payscore::OperationResult> m_result;
    payscore::Mode m_mode = payscore::Mode::ServiceOrder;
    QString m_outOrderNo;
    QString m_busyWhat;
    QString m_nothingToDo;
    std::optional<refund::RefundView> m_refund;
    QString m_outRefundNo; // set for refunds: "query this refund" asks for it, not the order
    bool m_stale = false;
};

} // namespace psc::ui
