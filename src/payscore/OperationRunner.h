#pragma once

#include "CancelRequest.h"
#include "Clock.h"
#include "CollectRequest.h"
#include "ModifyRequest.h"
#include "OperationResult.h"
#include "OrderQuery.h"
#include "PayAfterCompletion.h"
#include "PendingOperation.h"
#include "ServiceOrderCompletion.h"
#include "SyncRequest.h"
#include "WriteJournal.h"

#include <QObject>
#include <QPointer>

namespace psc::apiv3 {
class ApiClient;
}

namespace psc::payscore {

// Runs PayScore operations without blocking the thread it lives on:
//
//   OperationRunner runner(&apiClient);
//   runner.setJournal(&journalAdapter);           // optional
//   PendingOperation *op = runner.sync(request);  // validates, journals, sends
//   connect(op, &PendingOperation::finished, this, &Page::show);
//
// Every operation validates first (an error ends it as `invalid`: nothing is sent), calls the
// WriteJournal around writes, sends through apiv3 (signing, verification, retries live there),
// decodes the answer and — for writes whose answer carries no order state (pay-after ids, 204
// modes) — queries the order so the result shows its state. A failed follow-up query is
// reported in result.followUp and result.warnings; the write's own outcome stands.
// The CLI uses wait(), which spins a local event loop until the operation finished.
class OperationRunner : public QObject {
    Q_OBJECT
public:
    explicit OperationRunner(apiv3::ApiClient *client, QObject *parent = nullptr);
    ~OperationRunner() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setJournal(WriteJournal *journal) { m_journal = journal; }
    void setFollowUpEnabled(bool enabled) { m_followUp = enabled; }
    // Who and with which profile: copied into every WriteRecord.
    void setWriteIdentity(const QString &operatorName, const QString &profileName);

    PendingOperation *sync(const SyncRequest &request);
    PendingOperation *complete(const ServiceOrderCompletion &completion);
    PendingOperation *complete(const PayAfterCompletion &completion);
    PendingOperation *query(const OrderQuery &query);
    // The state-dependent writes: each first queries the order and checks its fresh state
    // (OrderActions; modify also "lower than the current total"). A refusal ends as `invalid`
    // with error code INVALID_ORDER_STATE, result.order the order as found, nothing sent.
    PendingOperation *cancel(const CancelRequest &request);
    PendingOperation *modify(const ModifyRequest &request);
    PendingOperation *collect(const CollectRequest &request);
    // A job built by a sibling room's request model (src/refund): validated report, request,
    // journal amount. Runs exactly like the operations above (journal first, then send).
    PendingOperation *run(std::unique_ptr<OperationJob> job);

    // Blocks (local event loop) until `operation` finished and returns its result.
    static OperationResult wait(PendingOperation *operation);

    // An `invalid` result for a report with errors (also used for input the CLI refuses).
    static OperationResult invalidResult(
        Mode mode, Operation operation, const ValidationReport &report);

    apiv3::ApiClient *client() const { return m_client; }
    Clock clock() const { return m_clock; }
    WriteJournal *journal() const { return m_journal; }
    bool followUpEnabled() const { return m_followUp; }
    const QString &operatorName() const { return m_operatorName; }
    const QString &profileName() const { return m_profileName; }

signals:
    // Every operation's result, after its own PendingOperation::finished().
    void operationFinished(const psc::payscore::OperationResult &result);

private:
    apiv3::ApiClient *m_client;
    Clock m_clock = systemClock();
    WriteJournal *m_journal = nullptr;
    bool m_followUp = true;
    QString m_operatorName;
    QString m_profileName;
};

} // namespace psc::payscore
