// BatchResume::read: the journal's earlier entries read on another thread through a journal
// connection of that thread's own (the console reads there so that its UI thread never waits
// for a large journal), deciding exactly as a read on the journal's own thread does; and a
// journal that cannot be opened is an error, never an empty journal (which would resend rows).
#include <batch/BatchResume.h>
#include <journal/Journal.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

using namespace psc::batch;
using namespace psc::journal;
using psc::payscore::Mode;

namespace {

const QString kProfile = QStringLiteral("Sandbox");

qint64 begin(Journal &journal, const QString &orderNo)
{
    PendingWrite write;
    write.operatorName = QStringLiteral("op");
    write.profileName = kProfile;
    write.mode = QStringLiteral("serviceorder");
    write.operation = QStringLiteral("sync");
    write.outOrderNo = orderNo;
    write.requestBody = "{}";
    return *journal.beginWrite(write);
}

void finish(Journal &journal, qint64 id, Outcome outcome)
{
    WriteResult result;
    result.outcome = outcome;
    result.httpStatus = outcome == Outcome::Succeeded ? 204 : 400;
    QVERIFY(journal.recordResult(id, result));
}

} // namespace

class TestBatchResume : public QObject {
    Q_OBJECT

private slots:
    void readOnAnotherThreadDecidesAsOnThisOne()
    {
        QTemporaryDir dir;
        auto opened = Journal::open(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(opened.ok());
        Journal &journal = **opened;
        finish(journal, begin(journal, QStringLiteral("DONE-1")), Outcome::Succeeded);
        const qint64 pending = begin(journal, QStringLiteral("PENDING-1")); // killed mid-write
        finish(journal, begin(journal, QStringLiteral("REJECTED-1")), Outcome::Rejected);

        const auto opener = journal.opener();
        QThread *readOn = nullptr;
        std::optional<psc::Result<std::shared_ptr<const BatchResume>>> read;
        std::thread worker([&] {
            readOn = QThread::currentThread();
            read.emplace(BatchResume::read(opener, kProfile, BatchOperation::Sync));
        });
        worker.join();
        QVERIFY(readOn != QThread::currentThread());
        QVERIFY2(read->ok(), qPrintable(read->error()));
        const BatchResume &resume = ***read;
        const BatchResume here(journal, kProfile, BatchOperation::Sync);
        for (const auto &[order, action] :
            { std::pair { QStringLiteral("DONE-1"), BatchResume::Action::Skip },
                std::pair { QStringLiteral("PENDING-1"), BatchResume::Action::QueryFirst },
                std::pair { QStringLiteral("REJECTED-1"), BatchResume::Action::Send },
                std::pair { QStringLiteral("NEVER-1"), BatchResume::Action::Send } }) {
            QCOMPARE(resume.decide(Mode::ServiceOrder, order).action, action);
            QCOMPARE(here.decide(Mode::ServiceOrder, order).action, action);
        }
        QCOMPARE(resume.decide(Mode::ServiceOrder, QStringLiteral("PENDING-1")).entryId, pending);
        // The journal of this thread still works after the worker's connection was closed.
        QVERIFY(journal.entry(pending).has_value());
    }

    void aJournalThatCannotBeOpenedIsAnError()
    {
        QTemporaryDir dir;
        auto opened = Journal::open(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(opened.ok());
        const auto opener = (*opened)->opener();
        // The file turns into something SQLite cannot read.
        opened = psc::Result<std::shared_ptr<Journal>>::failure(QStringLiteral("closed"));
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
            QVERIFY(QFile::remove(dir.filePath(name)));
        QFile garbage(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        const auto read = BatchResume::read(opener, kProfile, BatchOperation::Sync);
        QVERIFY(!read.ok());
        QVERIFY(!read.error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchResume)
#include "tst_batch_resume.moc"
