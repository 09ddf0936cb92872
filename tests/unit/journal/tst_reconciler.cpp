// Reconciliation: each unknown entry queried once; found and not-found settle it, a failed
// query leaves it unknown (and its write still blocked).
#include <journal/Reconciler.h>

#include <QTemporaryDir>
#include <QtTest>

using namespace psc::journal;

namespace {

// Answers from a script keyed by order number, asynchronously like the real query.
class ScriptedLookup : public OrderLookup {
public:
    QHash<QString, OrderFinding> answers;
    QStringList asked;
    void lookup(const JournalEntry &entry, std::function<void(OrderFinding)> done) override
    {
        asked << entry.write.outOrderNo;
        const OrderFinding finding = answers.value(entry.write.outOrderNo);
        QTimer::singleShot(1, [done, finding] { done(finding); });
    }
};

qint64 unknownWrite(Journal &journal, const QString &orderNo)
{
    PendingWrite write;
    write.operatorName = QStringLiteral("op");
    write.profileName = QStringLiteral("Sandbox");
    write.mode = QStringLiteral("serviceorder");
    write.operation = QStringLiteral("sync");
    write.outOrderNo = orderNo;
    write.requestBody = "{}";
    return *journal.beginWrite(write); // left pending, as after a crash
}

} // namespace

class TestReconciler : public QObject {
    Q_OBJECT

private slots:
    void settlesFoundAndMissingKeepsFailed()
    {
        QTemporaryDir dir;
        auto opened = Journal::open(dir.filePath(QStringLiteral("j.sqlite")));
        QVERIFY(opened.ok());
        Journal &journal = **opened;
        const qint64 found = unknownWrite(journal, QStringLiteral("FOUND-1"));
        const qint64 missing = unknownWrite(journal, QStringLiteral("MISSING-1"));
        const qint64 failed = unknownWrite(journal, QStringLiteral("FAILED-1"));
        WriteResult succeeded;
        succeeded.outcome = Outcome::Succeeded;
        const qint64 settled = unknownWrite(journal, QStringLiteral("SETTLED-1"));
        QVERIFY(journal.recordResult(settled, succeeded));

        ScriptedLookup lookup;
        OrderFinding done;
        done.kind = OrderFinding::Kind::Found;
        done.state = QStringLiteral("DONE");
        done.orderId = QStringLiteral("1000000000000001");
        done.summary = QStringLiteral("DONE, paid by MCH");
        lookup.answers.insert(QStringLiteral("FOUND-1"), done);
        OrderFinding notFound;
        notFound.kind = OrderFinding::Kind::NotFound;
        lookup.answers.insert(QStringLiteral("MISSING-1"), notFound);
        OrderFinding timeout;
        timeout.kind = OrderFinding::Kind::Failed;
        timeout.summary = QStringLiteral("TIMEOUT");
        lookup.answers.insert(QStringLiteral("FAILED-1"), timeout);

        Reconciler reconciler(journal, lookup, QStringLiteral("reconciler"));
        QSignalSpy finished(&reconciler, &Reconciler::finished);
        QSignalSpy each(&reconciler, &Reconciler::entryDone);
        reconciler.run(journal.outcomeUnknown());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 2);
        QCOMPARE(finished.at(0).at(1).toInt(), 1);
        QCOMPARE(each.size(), 3);
        lookup.asked.sort();
        QCOMPARE(lookup.asked,
            (QStringList { QStringLiteral("FAILED-1"), QStringLiteral("FOUND-1"),
                QStringLiteral("MISSING-1") }));

        const auto foundEntry = journal.entry(found);
        QVERIFY(foundEntry->reconciliation.has_value());
        QCOMPARE(foundEntry->reconciliation->orderState, QStringLiteral("DONE"));
        QCOMPARE(foundEntry->reconciliation->orderId, QStringLiteral("1000000000000001"));
        QCOMPARE(foundEntry->reconciliation->operatorName, QStringLiteral("reconciler"));
        QCOMPARE(
            journal.entry(missing)->reconciliation->orderState, QStringLiteral("ORDER_NOT_EXIST"));
        QVERIFY(!journal.entry(failed)->reconciliation.has_value());
        QCOMPARE(journal.outcomeUnknown().size(), 1);
        QVERIFY(journal.unsettledWrite(QStringLiteral("Sandbox"), QStringLiteral("serviceorder"),
            QStringLiteral("sync"), QStringLiteral("FAILED-1")));
        QVERIFY(!journal.unsettledWrite(QStringLiteral("Sandbox"), QStringLiteral("serviceorder"),
            QStringLiteral("sync"), QStringLiteral("FOUND-1")));
    }

    void nothingToDoFinishesAtOnce()
    {
        QTemporaryDir dir;
        auto opened = Journal::open(dir.filePath(QStringLiteral("j.sqlite")));
        ScriptedLookup lookup;
        Reconciler reconciler(**opened, lookup, QStringLiteral("op"));
        QSignalSpy finished(&reconciler, &Reconciler::finished);
        reconciler.run({});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), 0);
        QVERIFY(lookup.asked.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
