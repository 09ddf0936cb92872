#pragma once

#include "OperationResult.h"
#include "WriteJournal.h"

#include <QObject>

#include <memory>

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
    OperationResult m_result;
    bool m_finished = false;
    WriteRecord m_record;
    bool m_journaled = false; // beforeSend() accepted: afterOutcome() is owed
};

} // namespace psc::payscore
