#pragma once

#include "RefundOutcome.h"
#include "RefundRequest.h"

#include <payscore/OrderKey.h>

#include <QObject>
#include <QPointer>

namespace psc::journal {
class Journal;
}
namespace psc::payscore {
class OperationRunner;
class PendingOperation;
struct OperationJob;
} // namespace psc::payscore

namespace psc::refund {

struct RecordedRefund;

// What an operator asks for: refund `amount` of order `key` (its payment `transactionId`, or
// its only one) for `reason`.
struct RefundInput {
    payscore::OrderKey key; // mode, out_order_no, and (partner) sub_mchid
    QString transactionId; // empty: the order's only WeChat Pay payment
    std::optional<payscore::Money> amount;
    QString reason;
    QString outRefundNo; // empty: generated — or reused from the journal, see RefundRunner
};

// Refunds a paid PayScore order, idempotently:
//   1. reads the order (payscore query) and the journal's refunds of it;
//   2. when a refund of this order is still unsettled (its outcome unknown), it does not make
//      a new one: it queries that refund's number and records what it found; if WeChat Pay
//      has it, that is the answer; if it never arrived (RESOURCE_NOT_EXISTS) the journaled
//      request is sent again WITH THE SAME out_refund_no and figures, so it can never be paid
//      twice (and until it is, every refund of this order resumes it);
//   3. otherwise it checks the rules (paid order, one of its payments, 0 < amount ≤ what
//      remains after the recorded refunds, reason) and sends a new refund with a generated
//      number through the OperationRunner, which commits it to the journal first.
// One operation at a time; finished() is emitted once per refund()/query(), never from inside
// the call. The console's refund form drives it exactly like the CLI does.
class RefundRunner : public QObject {
    Q_OBJECT
public:
    // `journal` may be null (no ledger, no resume: tests of the wire only).
    RefundRunner(
        payscore::OperationRunner &runner, journal::Journal *journal, QObject *parent = nullptr);
    ~RefundRunner() override;

    void refund(const RefundInput &input);
    // GET the refund by its number (partner: with sub_mchid). An unsettled journal entry with
    // this number is settled by the answer.
    void query(payscore::Mode mode, const QString &outRefundNo, const QString &subMchid = {});
    bool isBusy() const { return m_busy; }
    // Esc in the console: aborts the request in flight. A refund that may have left becomes
    // an unknown outcome (journaled as such; the next refund of the order queries its number).
    void cancel();

    // The same, waiting in a local event loop (payscore-cli, tests).
    RefundOutcome refundAndWait(const RefundInput &input);
    RefundOutcome queryAndWait(
        payscore::Mode mode, const QString &outRefundNo, const QString &subMchid = {});

signals:
    // A line for a busy indicator: "Reading order …", "Querying refund … from earlier", …
    void stepChanged(const QString &text);
    void finished(const psc::refund::RefundOutcome &outcome);

private:
    void onOrder(const payscore::OperationResult &result);
    void resume(const RecordedRefund &earlier);
    void onEarlierQueried(const RecordedRefund &earlier, const payscore::OperationResult &result);
    void resend(const RecordedRefund &earlier);
    void sendNew(const RefundablePayments &payments);
    void send(const RefundRequest &request, const payscore::ValidationReport &report);
    // Every request goes through here: the one in flight is what cancel() aborts.
    template<typename Handler> void await(payscore::PendingOperation *operation, Handler handler);
    payscore::PendingOperation *startQuery(
        payscore::Mode mode, const QString &outRefundNo, const QString &subMchid);
    // Records what a query of `outRefundNo` found on its unsettled journal entry.
    void settle(qint64 entryId, const payscore::OperationResult &query);
    void finishWith(payscore::OperationResult result);
    void finishInvalid(const payscore::ValidationReport &report);
    RefundOutcome waitFor();

    payscore::OperationRunner &m_runner;
    journal::Journal *m_journal;
    bool m_busy = false;
    RefundInput m_input;
    RefundOutcome m_outcome;
    QPointer<payscore::PendingOperation> m_inFlight;
};

} // namespace psc::refund
