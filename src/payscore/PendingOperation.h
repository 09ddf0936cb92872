#pragma once

#include "OperationResult.h"
#include "WriteJournal.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace psc::apiv3 {
class ApiCall;
}

namespace psc::payscore {

class OperationRunner;
struct OperationJob;

// One PayScore operation in flight: its write (or query), the journal hooks and the follow-up
// query. finished() is emitted exactly once, never from inside the OperationRunner call that
// started it, so a UI can connect after starting. Owned by the runner; deleteLater() it when
// done if you run many.
class PendingOperation : public QObject {
    Q_OBJECT
public:
    ~PendingOperation() override;

    bool isFinished() const { return m_finished; }
    const OperationResult &result() const { return m_result; } // valid after finished()

    // Aborts the operation: the request in flight is cancelled (apiv3 decides the outcome:
    // unknown when the request may have left, not sent otherwise), a running follow-up query
    // too (the write's own outcome then stands). Before the request started nothing is sent.
    // finished() is emitted from within cancel() unless the operation had already finished.
    void cancel();

signals:
    void finished(const psc::payscore::OperationResult &result);

private:
    friend class OperationRunner;
    PendingOperation(OperationRunner *runner, std::unique_ptr<OperationJob> job);
    void start();
    // The fresh query a state-dependent write is judged against (job.stateCheck).
    void onStateCheck(const OperationResult &query);
    void send(); // journal (writes), then the request itself
    void onAnswer(const OperationResult &answer);
    void onFollowUp(const OperationResult &followUp);
    // Queries the job's order; `done` gets the decoded answer (unless cancelled meanwhile).
    void queryOrder(void (PendingOperation::*done)(const OperationResult &));
    void finish(OperationResult result);
    OperationResult cancelledBeforeSending() const;

    OperationRunner *m_runner;
    std::unique_ptr<OperationJob> m_job;
    QPointer<apiv3::ApiCall> m_call; // the request (or state or follow-up query) in flight
    std::shared_ptr<const OperationResult> m_stateCheck; // the fresh query, when one ran
    bool m_cancelled = false;
    OperationResult m_result;
    bool m_finished = false;
    WriteRecord m_record;
    bool m_journaled = false; // beforeSend() accepted: afterOutcome() is owed
};

} // namespace psc::payscore
