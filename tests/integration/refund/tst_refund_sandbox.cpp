// Refunds end to end: RefundRunner → payscore's OperationRunner (journal first) → apiv3 →
// the in-process sandbox over loopback HTTP, with a real SQLite journal. Full and partial
// refunds, PROCESSING → SUCCESS by query, an unknown outcome settled by querying the same
// refund number, a resend that reuses the number and refunds once (the sandbox's refunded
// total proves it), the server's refusals (NOT_ENOUGH, PARAM_ERROR with its field,
// RESOURCE_NOT_EXISTS, INVALID_REQUEST for a reused number) and the rules that refuse before
// anything is sent.
#include <apiv3/ApiClient.h>
#include <journal/JournalWriteHook.h>
#include <journal/PayScoreOrderLookup.h>
#include <payscore/OperationRunner.h>
#include <payscore/OrderQuery.h>
#include <payscore/PendingOperation.h>
#include <payscore/SyncRequest.h>
#include <profile/ClientConfigFactory.h>
#include <profile/Profile.h>
#include <refund/RefundJobs.h>
#include <refund/RefundJournalLookup.h>
#include <refund/RefundRunner.h>
#include <sandbox/Sandbox.h>
#include <sandbox/SandboxIdentity.h>

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc;
using payscore::Mode;
using payscore::Money;
using payscore::OperationResult;
using Outcome = payscore::OperationResult::Outcome;

namespace {
constexpr int kSettleMs = 400;
}

class TestRefundSandbox : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<apiv3::ApiClient> m_client;
    std::unique_ptr<payscore::OperationRunner> m_runner;
    std::shared_ptr<journal::Journal> m_journal;
    std::unique_ptr<journal::JournalWriteHook> m_hook;
    std::unique_ptr<refund::RefundRunner> m_refunds;
    profile::Profile m_profile;

    payscore::OrderKey key(const QString &outOrderNo, Mode mode = Mode::ServiceOrder) const
    {
        payscore::OrderKey key;
        key.mode = mode;
        key.outOrderNo = outOrderNo;
        key.applyDefaults({ m_profile.appid, m_profile.serviceId, m_profile.subMchid });
        return key;
    }

    refund::RefundInput input(const QString &outOrderNo, qint64 fen, Mode mode = Mode::ServiceOrder)
    {
        refund::RefundInput input;
        input.key = key(outOrderNo, mode);
        input.amount = Money::fromFen(fen);
        input.reason = QStringLiteral("多收了费用，退还差额");
        return input;
    }

    QList<payscore::OrderView::CollectionDetail> payments(
        const QString &outOrderNo, Mode mode = Mode::ServiceOrder)
    {
        payscore::OrderQuery query;
        query.key = key(outOrderNo, mode);
        const OperationResult result = payscore::OperationRunner::wait(m_runner->query(query));
        if (!result.order || !result.order->collection)
            return {};
        return result.order->collection->details;
    }

    std::optional<journal::JournalEntry> lastRefundEntry(const QString &outOrderNo) const
    {
        journal::JournalFilter filter;
        filter.outOrderNo = outOrderNo;
        for (const journal::JournalEntry &entry : m_journal->entries(filter)) {
            if (entry.write.operation == QLatin1String("refund")
                && entry.write.outOrderNo == outOrderNo)
                return entry;
        }
        return std::nullopt;
    }

    // A crash after the journal committed a refund and before it left: the pending entry
    // (with its number and body) is all there is. Returns the request it holds.
    refund::RefundRequest crashedRefund(
        const QString &order, const QString &number, qint64 fen, qint64 *entryId = nullptr)
    {
        refund::RefundRequest request;
        request.mode = Mode::ServiceOrder;
        request.outOrderNo = order;
        request.transactionId = payments(order).first().transactionId;
        request.outRefundNo = number;
        request.reason = QStringLiteral("押金退还");
        request.refund = Money::fromFen(fen);
        request.total = Money::fromFen(fen);
        journal::PendingWrite pending;
        pending.operatorName = QStringLiteral("clerk");
        pending.profileName = m_profile.name;
        pending.mode = QStringLiteral("serviceorder");
        pending.operation = QStringLiteral("refund");
        pending.outOrderNo = order;
        pending.requestBody = QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
        pending.amountFen = fen;
        const auto id = m_journal->beginWrite(pending);
        if (entryId)
            *entryId = id ? *id : 0;
        return request;
    }

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.dir = m_dir.filePath(QStringLiteral("sandbox"));
        options.refundSettleMs = kSettleMs;
        const auto url = m_sandbox.start(options);
        QVERIFY2(url, url ? "" : qPrintable(url.error()));
        qputenv("PAYSCORE_APIV3_KEY", QByteArray(sandbox::SandboxIdentity::kApiV3Key.data(), 32));
        auto loaded = profile::Profile::load(m_sandbox.profilePath());
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error()));
        m_profile = *loaded;
        auto config = profile::ClientConfigFactory().create(m_profile);
        QVERIFY2(config, config ? "" : qPrintable(config.error()));
        config->transferTimeout = std::chrono::seconds(3);
        m_client = std::make_unique<apiv3::ApiClient>(*config, &m_network);
        m_runner = std::make_unique<payscore::OperationRunner>(m_client.get());
        m_runner->setWriteIdentity(QStringLiteral("clerk"), m_profile.name);
        auto journal = journal::Journal::open(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY2(journal, journal ? "" : qPrintable(journal.error()));
        m_journal = *journal;
        m_hook = std::make_unique<journal::JournalWriteHook>(m_journal);
        m_runner->setJournal(m_hook.get());
        m_refunds = std::make_unique<refund::RefundRunner>(*m_runner, m_journal.get());
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void fullRefund()
    {
        const QString order = QStringLiteral("PAID-1550-FULL");
        const auto paid = payments(order);
        QCOMPARE(paid.size(), 1);
        const QString transaction = paid.first().transactionId;

        QSignalSpy steps(m_refunds.get(), &refund::RefundRunner::stepChanged);
        const refund::RefundOutcome outcome = m_refunds->refundAndWait(input(order, 1550));
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.result.error.message));
        QVERIFY(!steps.isEmpty());
        QCOMPARE(outcome.result.operation, payscore::Operation::Refund);
        QVERIFY(outcome.result.verified);
        QVERIFY(outcome.refund);
        QCOMPARE(outcome.refund->status, QStringLiteral("PROCESSING"));
        QCOMPARE(outcome.refund->refund, Money::fromFen(1550));
        QCOMPARE(outcome.refund->total, Money::fromFen(1550));
        QCOMPARE(outcome.refund->transactionId, transaction);
        QCOMPARE(outcome.refund->outRefundNo, outcome.outRefundNo);
        QVERIFY(outcome.outRefundNo.startsWith(QStringLiteral("RF")));
        QVERIFY(!outcome.reusedNumber);
        QCOMPARE(m_sandbox.refundedFen(transaction), 1550);

        // Journaled as a refund of the order: the number in the body, the answer's status.
        const auto entry = lastRefundEntry(order);
        QVERIFY(entry);
        QCOMPARE(entry->result.outcome, journal::Outcome::Succeeded);
        QCOMPARE(entry->result.state, QStringLiteral("PROCESSING"));
        QCOMPARE(entry->result.orderId, outcome.refund->refundId);
        QCOMPARE(entry->write.amountFen, 1550);
        QVERIFY(entry->write.requestBody.contains(outcome.outRefundNo.toUtf8()));

        // Nothing remains: one fen more is refused before anything is sent.
        const int before = m_sandbox.requestCount();
        const refund::RefundOutcome more = m_refunds->refundAndWait(input(order, 1));
        QCOMPARE(more.result.outcome, Outcome::Invalid);
        QVERIFY(more.result.validation.hasErrorAt(QStringLiteral("/amount/refund")));
        QCOMPARE(more.payments.first().remaining(), Money::fromFen(0));
        QCOMPARE(m_sandbox.requestCount(), before + 1); // the order query only
        QCOMPARE(m_sandbox.refundedFen(transaction), 1550);
    }

    void partialRefunds()
    {
        const QString order = QStringLiteral("PAID-1000-PART");
        const refund::RefundOutcome first = m_refunds->refundAndWait(input(order, 300));
        QVERIFY2(first.succeeded(), qPrintable(first.result.error.message));
        QCOMPARE(first.payments.first().remaining(), Money::fromFen(1000)); // before this one
        const refund::RefundOutcome second = m_refunds->refundAndWait(input(order, 700));
        QVERIFY2(second.succeeded(), qPrintable(second.result.error.message));
        QCOMPARE(second.payments.first().refunded, Money::fromFen(300));
        QVERIFY(first.outRefundNo != second.outRefundNo);
        QCOMPARE(m_sandbox.refundedFen(first.refund->transactionId), 1000);

        const refund::RefundOutcome third = m_refunds->refundAndWait(input(order, 1));
        QCOMPARE(third.result.outcome, Outcome::Invalid);
        QVERIFY2(third.result.error.message.contains(QStringLiteral("¥0.00")),
            qPrintable(third.result.error.message));
    }

    void processingThenSuccessByQuery()
    {
        const refund::RefundOutcome made
            = m_refunds->refundAndWait(input(QStringLiteral("PAID-800-SETTLE"), 800));
        QVERIFY(made.succeeded());
        QCOMPARE(made.refund->status, QStringLiteral("PROCESSING"));
        QVERIFY(made.refund->successTime.isEmpty());

        refund::RefundOutcome queried;
        QTRY_VERIFY_WITH_TIMEOUT(
            (queried = m_refunds->queryAndWait(Mode::ServiceOrder, made.outRefundNo),
                queried.refund && queried.refund->status == QLatin1String("SUCCESS")),
            5000);
        QCOMPARE(queried.result.operation, payscore::Operation::RefundQuery);
        QVERIFY(queried.result.verified);
        QCOMPARE(queried.refund->refundId, made.refund->refundId);
        QVERIFY(!queried.refund->successTime.isEmpty());
    }

    void unknownOutcomeSettledByQueryingTheSameNumber()
    {
        const QString order = QStringLiteral("PAID-900-BADSIG");
        refund::RefundInput first = input(order, 900);
        first.outRefundNo = QStringLiteral("FAULT-BADSIG-R1"); // made, but the answer is forged
        const refund::RefundOutcome unknown = m_refunds->refundAndWait(first);
        QCOMPARE(unknown.result.outcome, Outcome::Unknown);
        QVERIFY(!unknown.refund); // an unverified answer is never shown
        QCOMPARE(lastRefundEntry(order)->result.outcome, journal::Outcome::Unknown);
        const QString transaction = payments(order).first().transactionId;
        QCOMPARE(m_sandbox.refundedFen(transaction), 900);

        // Asked again (a new amount even): no new refund number, the old one is queried.
        const refund::RefundOutcome again = m_refunds->refundAndWait(input(order, 100));
        QVERIFY2(again.succeeded(), qPrintable(again.result.error.message));
        QVERIFY(again.reusedNumber);
        QVERIFY(!again.resent);
        QCOMPARE(again.outRefundNo, QStringLiteral("FAULT-BADSIG-R1"));
        QCOMPARE(again.result.operation, payscore::Operation::RefundQuery);
        QCOMPARE(again.refund->outRefundNo, QStringLiteral("FAULT-BADSIG-R1"));
        QCOMPARE(m_sandbox.refundedFen(transaction), 900);
        const auto settled = lastRefundEntry(order);
        QVERIFY(settled->reconciliation);
        QVERIFY(!settled->isOutcomeUnknown());
        QVERIFY(settled->reconciliation->orderState == QLatin1String("PROCESSING")
            || settled->reconciliation->orderState == QLatin1String("SUCCESS"));
    }

    void resendAfterAnUnknownOutcomeReusesTheNumber()
    {
        const QString order = QStringLiteral("PAID-700-CRASH");
        const refund::RefundRequest request
            = crashedRefund(order, QStringLiteral("RF-CRASH-0001"), 700);
        const QString transaction = request.transactionId;

        // A different amount is refused: the resend must be the same refund.
        const refund::RefundOutcome changed = m_refunds->refundAndWait(input(order, 500));
        QCOMPARE(changed.result.outcome, Outcome::Invalid);
        QVERIFY(changed.result.validation.hasErrorAt(QStringLiteral("/amount/refund")));
        QCOMPARE(m_sandbox.refundedFen(transaction), 0);

        // A new number given by hand is refused too.
        refund::RefundInput renamed = input(order, 700);
        renamed.outRefundNo = QStringLiteral("RF-CRASH-0002");
        const refund::RefundOutcome other = m_refunds->refundAndWait(renamed);
        QCOMPARE(other.result.outcome, Outcome::Invalid);
        QVERIFY(other.result.validation.hasErrorAt(QStringLiteral("/out_refund_no")));

        // The first attempt settled the pending entry as never arrived; the journal's next
        // refund of this order is the resend with the same number.
        refund::RefundOutcome resent = m_refunds->refundAndWait(input(order, 700));
        QVERIFY2(resent.succeeded(), qPrintable(resent.result.error.message));
        QVERIFY(resent.reusedNumber);
        QVERIFY(resent.resent);
        QCOMPARE(resent.outRefundNo, QStringLiteral("RF-CRASH-0001"));
        QCOMPARE(resent.refund->outRefundNo, QStringLiteral("RF-CRASH-0001"));
        QCOMPARE(m_sandbox.refundedFen(transaction), 700);

        // Sent yet again with the same number and figures: the same refund, not a second one.
        const OperationResult repeat
            = payscore::OperationRunner::wait(m_runner->run(refund::RefundJobs::refund(request)));
        QVERIFY2(repeat.succeeded(), qPrintable(repeat.error.message));
        QCOMPARE(
            repeat.response.value(QStringLiteral("refund_id")).toString(), resent.refund->refundId);
        QCOMPARE(m_sandbox.refundedFen(transaction), 700);

        // The same number with other figures: INVALID_REQUEST, nothing refunded.
        refund::RefundRequest otherFigures = request;
        otherFigures.refund = Money::fromFen(600);
        const OperationResult refused = payscore::OperationRunner::wait(
            m_runner->run(refund::RefundJobs::refund(otherFigures)));
        QCOMPARE(refused.outcome, Outcome::Rejected);
        QCOMPARE(refused.error.code, QStringLiteral("INVALID_REQUEST"));
        QCOMPARE(m_sandbox.refundedFen(transaction), 700);
    }

    void resentWhenTheQueryFindsNothing()
    {
        const QString order = QStringLiteral("PAID-650-LOST");
        qint64 id = 0;
        const QString transaction
            = crashedRefund(order, QStringLiteral("RF-LOST-0001"), 650, &id).transactionId;
        QVERIFY(id > 0);

        const refund::RefundOutcome resent = m_refunds->refundAndWait(input(order, 650));
        QVERIFY2(resent.succeeded(), qPrintable(resent.result.error.message));
        QVERIFY(resent.reusedNumber);
        QVERIFY(resent.resent);
        QCOMPARE(resent.outRefundNo, QStringLiteral("RF-LOST-0001"));
        QCOMPARE(m_journal->entry(id)->reconciliation->orderState,
            QStringLiteral("RESOURCE_NOT_EXISTS"));
        QCOMPARE(m_sandbox.refundedFen(transaction), 650);
    }

    void reconcilerQueriesTheRefundNumber()
    {
        const QString order = QStringLiteral("PAID-400-RECON");
        refund::RefundInput first = input(order, 400);
        first.outRefundNo = QStringLiteral("FAULT-RESET-R2");
        const refund::RefundOutcome unknown = m_refunds->refundAndWait(first);
        QCOMPARE(unknown.result.outcome, Outcome::Unknown);
        const auto entry = lastRefundEntry(order);
        QVERIFY(entry && entry->isOutcomeUnknown());

        journal::PayScoreOrderLookup orders(
            *m_runner, { m_profile.appid, m_profile.serviceId, m_profile.subMchid });
        refund::RefundJournalLookup lookup(orders, *m_runner);
        journal::Reconciler reconciler(*m_journal, lookup, QStringLiteral("clerk"));
        reconciler.run({ *entry });
        QCOMPARE(reconciler.settledCount(), 1);
        const auto settled = m_journal->entry(entry->id);
        QVERIFY(settled->reconciliation);
        QVERIFY(!settled->reconciliation->orderId.isEmpty()); // the refund_id
        QVERIFY(settled->reconciliation->orderState == QLatin1String("PROCESSING")
            || settled->reconciliation->orderState == QLatin1String("SUCCESS"));
    }

    void notEnough()
    {
        const QString order = QStringLiteral("PAID-500-POOR");
        refund::RefundInput poor = input(order, 200);
        poor.outRefundNo = QStringLiteral("FAULT-NOTENOUGH-R3");
        const refund::RefundOutcome refused = m_refunds->refundAndWait(poor);
        QCOMPARE(refused.result.outcome, Outcome::Rejected);
        QCOMPARE(refused.result.httpStatus, 403);
        QCOMPARE(refused.result.error.code, QStringLiteral("NOT_ENOUGH"));
        QVERIFY(!refused.result.error.hint.isEmpty());
        QVERIFY(!refused.refund);
        QCOMPARE(lastRefundEntry(order)->result.outcome, journal::Outcome::Rejected);
        QCOMPARE(m_sandbox.refundedFen(payments(order).first().transactionId), 0);
        // A rejected refund does not count: the whole amount is still refundable.
        const refund::RefundOutcome after = m_refunds->refundAndWait(input(order, 500));
        QVERIFY2(after.succeeded(), qPrintable(after.result.error.message));
    }

    void abnormalRefund()
    {
        refund::RefundInput odd = input(QStringLiteral("PAID-300-ODD"), 300);
        odd.outRefundNo = QStringLiteral("FAULT-ABNORMAL-R4");
        QVERIFY(m_refunds->refundAndWait(odd).succeeded());
        refund::RefundOutcome queried;
        QTRY_VERIFY_WITH_TIMEOUT(
            (queried = m_refunds->queryAndWait(Mode::ServiceOrder, odd.outRefundNo),
                queried.refund && queried.refund->status == QLatin1String("ABNORMAL")),
            5000);
    }

    void serverRefusals()
    {
        const QString order = QStringLiteral("PAID-1200-SRV");
        const QString transaction = payments(order).first().transactionId;
        refund::RefundRequest request;
        request.mode = Mode::ServiceOrder;
        request.outOrderNo = order;
        request.transactionId = transaction;
        request.outRefundNo = QStringLiteral("RF-SRV-1");
        request.reason = QStringLiteral("测试");
        request.refund = Money::fromFen(100);
        request.total = Money::fromFen(1300); // not the payment's amount
        const OperationResult wrongTotal
            = payscore::OperationRunner::wait(m_runner->run(refund::RefundJobs::refund(request)));
        QCOMPARE(wrongTotal.outcome, Outcome::Rejected);
        QCOMPARE(wrongTotal.error.code, QStringLiteral("PARAM_ERROR"));
        QCOMPARE(wrongTotal.error.field, QStringLiteral("/amount/total"));
        QVERIFY(wrongTotal.verified);

        request.total = Money::fromFen(1200);
        request.transactionId = QStringLiteral("4200000000000000000000000000");
        const OperationResult stranger
            = payscore::OperationRunner::wait(m_runner->run(refund::RefundJobs::refund(request)));
        QCOMPARE(stranger.error.code, QStringLiteral("RESOURCE_NOT_EXISTS"));

        const refund::RefundOutcome missing
            = m_refunds->queryAndWait(Mode::ServiceOrder, QStringLiteral("RF-NEVER-MADE"));
        QCOMPARE(missing.result.outcome, Outcome::Rejected);
        QCOMPARE(missing.result.httpStatus, 404);
        QCOMPARE(missing.result.error.code, QStringLiteral("RESOURCE_NOT_EXISTS"));
        QVERIFY(!missing.refund);
        QCOMPARE(m_sandbox.refundedFen(transaction), 0);
    }

    void severalPayments()
    {
        const QString order = QStringLiteral("PAID2-500-TWO");
        const auto paid = payments(order);
        QCOMPARE(paid.size(), 2);
        const int before = m_sandbox.requestCount();
        const refund::RefundOutcome unchosen = m_refunds->refundAndWait(input(order, 100));
        QCOMPARE(unchosen.result.outcome, Outcome::Invalid);
        QCOMPARE(unchosen.result.error.field, QStringLiteral("/transaction_id"));
        QVERIFY(unchosen.result.error.message.contains(paid.at(0).transactionId));
        QVERIFY(unchosen.result.error.message.contains(paid.at(1).transactionId));
        QCOMPARE(unchosen.payments.size(), 2);
        QCOMPARE(m_sandbox.requestCount(), before + 1); // the order query only

        refund::RefundInput chosen = input(order, 500);
        chosen.transactionId = paid.at(1).transactionId;
        const refund::RefundOutcome refunded = m_refunds->refundAndWait(chosen);
        QVERIFY2(refunded.succeeded(), qPrintable(refunded.result.error.message));
        QCOMPARE(m_sandbox.refundedFen(paid.at(1).transactionId), 500);
        QCOMPARE(m_sandbox.refundedFen(paid.at(0).transactionId), 0);
    }

    void partnerRefund()
    {
        const QString order = QStringLiteral("PAID-660-PARTNER");
        const refund::RefundOutcome refunded
            = m_refunds->refundAndWait(input(order, 660, Mode::Partner));
        QVERIFY2(refunded.succeeded(), qPrintable(refunded.result.error.message));
        const auto entry = lastRefundEntry(order);
        QVERIFY(entry->write.requestBody.contains("\"sub_mchid\":\"1900000109\""));
        QVERIFY(refunded.result.api.request.url.endsWith("/v3/refund/domestic/refunds"));
        const refund::RefundOutcome queried
            = m_refunds->queryAndWait(Mode::Partner, refunded.outRefundNo, m_profile.subMchid);
        QVERIFY(queried.succeeded());
        QVERIFY(queried.result.api.request.url.endsWith("?sub_mchid=1900000109"));
    }

    void rulesRefuseBeforeSending_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("requests"); // the order query, or nothing at all
        QTest::newRow("no reason") << "PAID-100-R1" << int(Mode::ServiceOrder) << qint64(50) << ""
                                   << "/reason" << 0;
        QTest::newRow("zero") << "PAID-100-R2" << int(Mode::ServiceOrder) << qint64(0) << "退款"
                              << "/amount/refund" << 0;
        QTest::newRow("negative") << "PAID-100-R3" << int(Mode::ServiceOrder) << qint64(-5)
                                  << "退款"
                                  << "/amount/refund" << 0;
        QTest::newRow("oversea") << "DEMO-OVERSEA-DONE-001" << int(Mode::Oversea) << qint64(100)
                                 << "退款"
                                 << "/mode" << 0;
        QTest::newRow("more than paid")
            << "PAID-100-R4" << int(Mode::ServiceOrder) << qint64(101) << "退款"
            << "/amount/refund" << 1;
        QTest::newRow("not paid") << "DEMO-RENT-CONFIRMED-002" << int(Mode::ServiceOrder)
                                  << qint64(100) << "退款"
                                  << "/out_order_no" << 1;
        QTest::newRow("paid outside WeChat Pay (synced)")
            << "DEMO-STAY-COLLECTING-002" << int(Mode::ServiceOrder) << qint64(100) << "退款"
            << "/out_order_no" << -1;
    }
    void rulesRefuseBeforeSending()
    {
        QFETCH(QString, order);
        QFETCH(int, mode);
        QFETCH(qint64, fen);
        QFETCH(QString, reason);
        QFETCH(QString, pointer);
        QFETCH(int, requests);
        if (requests < 0) { // make it paid outside WeChat Pay first
            payscore::SyncRequest sync;
            sync.key = key(order);
            sync.paidTime = QDateTime::currentDateTimeUtc()
                                .addSecs(8 * 3600 - 600)
                                .toString(QStringLiteral("yyyyMMddHHmmss"));
            QVERIFY(payscore::OperationRunner::wait(m_runner->sync(sync)).succeeded());
            requests = 1;
        }
        refund::RefundInput asked = input(order, fen, Mode(mode));
        asked.reason = reason;
        const int before = m_sandbox.requestCount();
        const int entries = m_journal->entries().size();
        const refund::RefundOutcome refused = m_refunds->refundAndWait(asked);
        QCOMPARE(refused.result.outcome, Outcome::Invalid);
        QVERIFY2(refused.result.validation.hasErrorAt(pointer),
            qPrintable(refused.result.error.message));
        QCOMPARE(refused.exitCode(), 2);
        QCOMPARE(m_sandbox.requestCount(), before + requests);
        QCOMPARE(m_journal->entries().size(), entries); // nothing about to be sent
    }
};

QTEST_GUILESS_MAIN(TestRefundSandbox)
#include "tst_refund_sandbox.moc"
