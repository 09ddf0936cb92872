#pragma once

#include "Palette.h"
#include "ShownResult.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

#include <chrono>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class ResultsPane;
}

namespace psc::ui {

// What happened to the last request, unmistakably: a green success with the order's state
// as a large badge, a red rejection with the decoded error and what to do, or an amber
// "outcome unknown" warning (never green) with a button to query the order now. Below, the
// answer as a JSON tree and as raw text, and the signed request with "Copy as curl".
// It renders one ShownResult at a time (built by the flow that got the answer); a new one
// replaces everything of the previous one.
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
        NothingToDo,
        Settled // an unknown outcome that a later verified query settled
    };
    Q_ENUM(State)

    explicit ResultsPane(QWidget *parent = nullptr);
    ~ResultsPane() override;

    // How long the client waits for an answer (ClientConfig::transferTimeout): the busy line
    // counts down to it.
    void setWaitLimit(std::chrono::milliseconds limit) { m_waitLimit = limit; }
    // The key that sends from the screen showing ("Ctrl+Enter", "Alt+V"); empty where the
    // screen sends nothing. The empty pane names it.
    void setSendKey(const QString &key);
    // A request (or the next step of one) is on its way: busy indicator, the seconds waited
    // and left, and the "Stop waiting (Esc)" button.
    void showBusy(const QString &what);
    // The order was queried and the confirmation is open: nothing is on its way, so no
    // countdown; says that nothing has been sent until the operator confirms.
    void awaitConfirmation(const QString &outOrderNo);
    void display(const ShownResult &shown);
    // The shown unknown outcome of `operation` on `outOrderNo` was settled since (the journal's
    // reconciliation found `orderState`): the pane says what that means. Anything else on
    // screen is left as it is.
    void settle(payscore::Mode mode, const QString &outOrderNo, payscore::Operation operation,
        const QString &orderState);
    void clear();
    // The form the answer came from was edited, or another screen shows: the answer stays
    // readable but dimmed, its banner naming the order it was for. A new request clears it.
    void markStale();
    bool isStale() const { return m_stale; }
    QString bannerText() const;

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Busy; }
    // What is on screen; null when nothing is.
    const ShownResult *shown() const { return m_shown ? &*m_shown : nullptr; }
    const std::optional<payscore::OperationResult> &result() const { return m_result; }
    // The refund on screen (empty unless a refund's answer is shown), and its number.
    const std::optional<refund::RefundView> &refund() const;
    QString outRefundNo() const { return m_shown ? m_shown->outRefundNo : QString(); }

    Ui::ResultsPane *form() const { return m_ui.get(); }

signals:
    void cancelRequested();
    void queryRequested(psc::payscore::Mode mode, const QString &outOrderNo);
    void refundQueryRequested(psc::payscore::Mode mode, const QString &outRefundNo);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    static State stateOf(const ShownResult &shown);
    void render();
    void titleAnswerTree();
    void renderContent();
    void fitWrappedLabels();
    void showBusyTime();
    QString emptyHint() const;
    QString settledText(const ShownResult::Settlement &settled) const;
    void showRefundStatus(const refund::RefundView &refund);
    void setBanner(QString text, Palette::Role role);
    void showBadge(QLabel *badge, const QString &text, const QColor &background);
    void showOrder(const payscore::OrderView &order);
    void showError(const payscore::OperationResult &result);
    void showExchange(const payscore::OperationResult &result);
    QString operationText() const;

    std::unique_ptr<Ui::ResultsPane> m_ui;
    State m_state = State::Empty;
    std::optional<ShownResult> m_shown;
    std::optional<payscore::OperationResult> m_result; // m_shown's, for result()
    QString m_busyWhat;
    QString m_sendKey;
    std::chrono::milliseconds m_waitLimit { 30000 };
    QElapsedTimer m_busySince; // since the request (with all its steps) began
    QElapsedTimer m_stepSince; // since its current step began: the time limit is per step
    QTimer m_busyTicker;
    bool m_stale = false;
    bool m_awaitingConfirmation = false; // Busy, but waiting for the operator, not the server
};

} // namespace psc::ui
