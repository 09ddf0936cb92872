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
    void onAnswer(const OperationResult &answer);
    void startFollowUp();
    void onFollowUp(const OperationResult &followUp);
    void finish(OperationResult result);

    OperationRunner *m_runner;
    std::unique_ptr<OperationJob> m_job;
    QPointer<apiv3::ApiCall> m_call; // the request (or follow-up query) in flight
    bool m_cancelled = false;
    OperationResult m_result;
    bool m_finished = false;
    WriteRecord m_record;
    bool m_journaled = false; // beforeSend() accepted: afterOutcome() is owed
};

} // namespace psc::payscore
