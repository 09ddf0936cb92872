// Cancel, modify and collect — the corrections of issue 12 — through the project's own client
// against the in-process sandbox over loopback, in every mode each exists for: the fresh query
// that judges the state first, the 200 (ids or full order) and 204 answers, the follow-up
// query, each state refusal (nothing sent, the state and the alternatives named), the journal
// around every write, an unknown outcome blocking the same write until a query settles it,
// and OrderFinder locating demo orders of every mode.
#include "apiv3/ApiClient.h"
#include "journal/Journal.h"
#include "journal/JournalWriteHook.h"
#include "journal/PayScoreOrderLookup.h"
#include "journal/Reconciler.h"
#include "payscore/OperationRunner.h"
#include "payscore/OrderFinder.h"
#include "profile/ClientConfigFactory.h"
#include "profile/Profile.h"
#include "sandbox/Sandbox.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc;
using payscore::Mode;
using payscore::Money;
using payscore::Operation;
using payscore::OperationResult;

namespace {

payscore::PostItem line(const QString &name, qint64 fen, const QString &description)
{
    return { name, Money::fromFen(fen), description, 1 };
}

} // namespace

class TestOrderCorrections : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCorrection_data();
    void everyCorrection();
    void stateRefusalsSendNothing_data();
    void stateRefusalsSendNothing();
    void invalidInputSendsNothing();
    void modifyMustLower();
    void declinedChargeStaysCollecting();
    void unknownOutcomeBlocksUntilQueried();
    void finderLocatesEveryMode_data();
    void finderLocatesEveryMode();
    void finderSaysNotFound();

private:
    payscore::OrderKey key(Mode mode, const QString &number) const;
    OperationResult run(Operation operation, Mode mode, const QString &number);
    payscore::ModifyRequest modifyRequest(Mode mode, const QString &number) const;
    QList<journal::JournalEntry> entriesFor(const QString &number) const;
    payscore::OrderView query(Mode mode, const QString &number);

    QTemporaryDir m_dir;
    sandbox::Sandbox m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<apiv3::ApiClient> m_api;
    std::unique_ptr<payscore::OperationRunner> m_runner;
    std::shared_ptr<journal::Journal> m_journal;
    std::unique_ptr<journal::JournalWriteHook> m_hook;
    payscore::OrderDefaults m_defaults;
    QUrl m_baseUrl;
};

void TestOrderCorrections::initTestCase()
{
    sandbox::SandboxOptions options;
    options.dir = m_dir.filePath(QStringLiteral("sandbox"));
    const auto url = m_server.start(options);
    QVERIFY2(url, url ? "" : qPrintable(url.error()));
    const auto profile = profile::Profile::load(m_server.profilePath());
    QVERIFY2(profile, profile ? "" : qPrintable(profile.error()));
    auto config = profile::ClientConfigFactory().create(*profile);
    QVERIFY2(config, config ? "" : qPrintable(config.error()));
    m_api = std::make_unique<apiv3::ApiClient>(*config, &m_network);
    m_runner = std::make_unique<payscore::OperationRunner>(m_api.get());
    m_defaults = { profile->appid, profile->serviceId, profile->subMchid };
    m_baseUrl = QUrl(profile->baseUrl);
    auto journal = journal::Journal::open(m_dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY2(journal, journal ? "" : qPrintable(journal.error()));
    m_journal = *journal;
    m_hook = std::make_unique<journal::JournalWriteHook>(m_journal);
    m_runner->setJournal(m_hook.get());
    m_runner->setWriteIdentity(QStringLiteral("测试员"), profile->name);
}

payscore::OrderKey TestOrderCorrections::key(Mode mode, const QString &number) const
{
    payscore::OrderKey key;
    key.mode = mode;
    key.outOrderNo = number;
    key.applyDefaults(m_defaults);
    return key;
}

payscore::ModifyRequest TestOrderCorrections::modifyRequest(Mode mode, const QString &number) const
{
    // The demo orders' lines, with the first one lowered.
    payscore::ModifyRequest request;
    request.key = key(mode, number);
    request.reason = QStringLiteral("房费按会员价重算");
    if (mode == Mode::Partner) {
        request.postPayments = { line(QStringLiteral("洗衣费"), 1200, QStringLiteral("标准洗")),
            line(QStringLiteral("烘干费"), 500, QStringLiteral("20分钟")) };
        request.totalAmount = Money::fromFen(1700);
    } else {
        request.postPayments = { line(QStringLiteral("房费"), 45800, QStringLiteral("家庭房1晚")),
            line(QStringLiteral("加床"), 6000, QStringLiteral("加床1张，折扣价")) };
        request.totalAmount = Money::fromFen(51800);
    }
    return request;
}

OperationResult TestOrderCorrections::run(Operation operation, Mode mode, const QString &number)
{
    switch (operation) {
    case Operation::Cancel: {
        payscore::CancelRequest request;
        request.key = key(mode, number);
        request.reason = QStringLiteral("顾客未使用服务");
        return payscore::OperationRunner::wait(m_runner->cancel(request));
    }
    case Operation::Modify:
        return payscore::OperationRunner::wait(m_runner->modify(modifyRequest(mode, number)));
    case Operation::Collect: {
        payscore::CollectRequest request;
        request.key = key(mode, number);
        return payscore::OperationRunner::wait(m_runner->collect(request));
    }
    default:
        break;
    }
    return {};
}

QList<journal::JournalEntry> TestOrderCorrections::entriesFor(const QString &number) const
{
    journal::JournalFilter filter;
    filter.outOrderNo = number;
    return m_journal->entries(filter);
}

payscore::OrderView TestOrderCorrections::query(Mode mode, const QString &number)
{
    payscore::OrderQuery q;
    q.key = key(mode, number);
    const OperationResult result = payscore::OperationRunner::wait(m_runner->query(q));
    return result.order.value_or(payscore::OrderView());
}

void TestOrderCorrections::everyCorrection_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("followUp"); // the answer had no state: the order was queried after
    QTest::addColumn<QString>("state"); // state / description / collection afterwards
    const QString revoked = QStringLiteral("REVOKED//");
    const QString paid = QStringLiteral("DONE//USER_PAID");
    const QString collecting = QStringLiteral("DOING/MCH_COMPLETE/USER_PAYING");
    QTest::newRow("serviceorder cancel confirmed")
        << int(Operation::Cancel) << int(Mode::ServiceOrder) << "DEMO-RENT-CONFIRMED-002" << 200
        << true << revoked;
    QTest::newRow("serviceorder cancel created")
        << int(Operation::Cancel) << int(Mode::ServiceOrder) << "DEMO-RENT-CREATED-001" << 200
        << true << revoked;
    QTest::newRow("payafter cancel") << int(Operation::Cancel) << int(Mode::PayAfter)
                                     << "DEMO-PAYAFTER-CREATED-001" << 200 << true << revoked;
    QTest::newRow("oversea cancel") << int(Operation::Cancel) << int(Mode::Oversea)
                                    << "DEMO-OVERSEA-CONFIRMED-001" << 204 << true << revoked;
    QTest::newRow("partner cancel") << int(Operation::Cancel) << int(Mode::Partner)
                                    << "DEMO-PARTNER-CREATED-001" << 204 << true << revoked;
    QTest::newRow("serviceorder modify")
        << int(Operation::Modify) << int(Mode::ServiceOrder) << "DEMO-STAY-COLLECTING-003" << 200
        << false << collecting;
    QTest::newRow("partner modify") << int(Operation::Modify) << int(Mode::Partner)
                                    << "DEMO-PARTNER-COLLECTING-002" << 204 << true << collecting;
    QTest::newRow("serviceorder collect") << int(Operation::Collect) << int(Mode::ServiceOrder)
                                          << "DEMO-RENT-COLLECTING-004" << 200 << true << paid;
    QTest::newRow("partner collect") << int(Operation::Collect) << int(Mode::Partner)
                                     << "DEMO-PARTNER-COLLECTING-001" << 204 << true << paid;
}

void TestOrderCorrections::everyCorrection()
{
    QFETCH(int, operation);
    QFETCH(int, mode);
    QFETCH(QString, number);
    QFETCH(int, status);
    QFETCH(bool, followUp);
    QFETCH(QString, state);
    const int before = m_server.requestCount();
    const OperationResult result = run(Operation(operation), Mode(mode), number);
    QVERIFY2(result.succeeded(),
        qPrintable(result.error.code + QLatin1Char(' ') + result.error.message));
    QCOMPARE(result.httpStatus, status);
    QVERIFY(result.verified);
    // A fresh query judged the state first, and answered with the order before the write.
    QVERIFY(result.stateCheck);
    QVERIFY(result.stateCheck->succeeded());
    QCOMPARE(result.stateCheck->order->outOrderNo, number);
    QCOMPARE(bool(result.followUp), followUp);
    QCOMPARE(m_server.requestCount() - before, followUp ? 3 : 2);
    if (status == 204)
        QVERIFY(!result.hasResponse);
    QVERIFY(result.order);
    const payscore::OrderView &order = *result.order;
    QCOMPARE(order.state + u'/' + order.stateDescription + u'/'
            + (order.collection ? order.collection->state : QString()),
        state);

    if (Operation(operation) == Operation::Modify) {
        const Money total = *modifyRequest(Mode(mode), number).totalAmount;
        QCOMPARE(order.totalAmount, total);
        QCOMPARE(order.collection->payingAmount, total);
        QVERIFY(*result.stateCheck->order->totalAmount > total);
    }
    if (Operation(operation) == Operation::Collect) {
        QCOMPARE(order.collection->details.last().paidType, QStringLiteral("NEWTON"));
        QVERIFY(!order.collection->details.last().transactionId.isEmpty());
    }

    // Journaled under its own operation name, settled with the outcome and the state.
    const QList<journal::JournalEntry> entries = entriesFor(number);
    QCOMPARE(entries.size(), 1);
    const journal::JournalEntry &entry = entries.first();
    QCOMPARE(entry.write.operation, payscore::operationName(Operation(operation)));
    QCOMPARE(entry.write.mode, payscore::modeName(Mode(mode)));
    QCOMPARE(entry.result.outcome, journal::Outcome::Succeeded);
    QCOMPARE(entry.result.httpStatus, status);
    QVERIFY(entry.result.state.startsWith(order.state));
    if (Operation(operation) == Operation::Collect) // what was charged: the fresh paying amount
        QCOMPARE(entry.write.amountFen.value_or(-1),
            result.stateCheck->order->collection->payingAmount->fen());
}

void TestOrderCorrections::stateRefusalsSendNothing_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("stateNamed");
    QTest::addColumn<QString>("allowedNamed");
    QTest::newRow("cancel a collecting order")
        << int(Operation::Cancel) << int(Mode::ServiceOrder) << "DEMO-STAY-COLLECTING-001"
        << "MCH_COMPLETE"
        << "modify the amount";
    QTest::newRow("cancel a done order")
        << int(Operation::Cancel) << int(Mode::PayAfter) << "DEMO-PAYAFTER-DONE-001"
        << "DONE"
        << "query";
    QTest::newRow("cancel a collecting oversea order")
        << int(Operation::Cancel) << int(Mode::Oversea) << "DEMO-OVERSEA-COLLECTING-001"
        << "USER_PAYING"
        << "sync";
    QTest::newRow("modify a confirmed order")
        << int(Operation::Modify) << int(Mode::ServiceOrder) << "DEMO-RENT-CONFIRMED-001"
        << "USER_CONFIRM"
        << "complete";
    QTest::newRow("modify a confirmed partner order")
        << int(Operation::Modify) << int(Mode::Partner) << "DEMO-PARTNER-CONFIRMED-001"
        << "USER_CONFIRM"
        << "cancel";
    QTest::newRow("collect a revoked order")
        << int(Operation::Collect) << int(Mode::ServiceOrder) << "DEMO-RENT-REVOKED-001"
        << "REVOKED"
        << "query";
    QTest::newRow("collect an expired order")
        << int(Operation::Collect) << int(Mode::ServiceOrder) << "DEMO-RENT-EXPIRED-001"
        << "EXPIRED"
        << "query";
    QTest::newRow("collect a confirmed partner order")
        << int(Operation::Collect) << int(Mode::Partner) << "DEMO-PARTNER-CONFIRMED-001"
        << "USER_CONFIRM"
        << "complete";
}

void TestOrderCorrections::stateRefusalsSendNothing()
{
    QFETCH(int, operation);
    QFETCH(int, mode);
    QFETCH(QString, number);
    QFETCH(QString, stateNamed);
    QFETCH(QString, allowedNamed);
    const payscore::OrderView before = query(Mode(mode), number);
    const int requests = m_server.requestCount();
    const OperationResult result = run(Operation(operation), Mode(mode), number);
    QCOMPARE(result.outcome, OperationResult::Outcome::Invalid);
    QCOMPARE(result.error.code, QStringLiteral("INVALID_ORDER_STATE"));
    QCOMPARE(result.error.field, QStringLiteral("/state"));
    QVERIFY2(result.error.message.contains(stateNamed), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QStringLiteral("Allowed now: ")),
        qPrintable(result.error.message));
    QVERIFY2(
        result.error.message.section(QStringLiteral("Allowed now: "), 1).contains(allowedNamed),
        qPrintable(result.error.message));
    QVERIFY(result.order); // the order as the fresh query found it
    QCOMPARE(result.order->state, before.state);
    QCOMPARE(m_server.requestCount() - requests, 1); // the query, never the write
    QVERIFY(entriesFor(number).isEmpty()); // nothing was about to be sent: nothing journaled
    const payscore::OrderView after = query(Mode(mode), number);
    QCOMPARE(after.toJson(), before.toJson());
}

void TestOrderCorrections::invalidInputSendsNothing()
{
    const int requests = m_server.requestCount();
    payscore::CancelRequest cancel;
    cancel.key = key(Mode::ServiceOrder, QStringLiteral("DEMO-RENT-CONFIRMED-001"));
    cancel.reason = QString(31, u'退');
    OperationResult result = payscore::OperationRunner::wait(m_runner->cancel(cancel));
    QCOMPARE(result.outcome, OperationResult::Outcome::Invalid);
    QCOMPARE(result.error.field, QStringLiteral("/reason"));
    QVERIFY(!result.stateCheck); // not even the query left

    payscore::ModifyRequest modify
        = modifyRequest(Mode::ServiceOrder, QStringLiteral("DEMO-STAY-COLLECTING-002"));
    modify.totalAmount = Money::fromFen(51700); // not Σ payments − Σ discounts
    result = payscore::OperationRunner::wait(m_runner->modify(modify));
    QCOMPARE(result.outcome, OperationResult::Outcome::Invalid);
    QCOMPARE(result.error.field, QStringLiteral("/total_amount"));

    payscore::CollectRequest collect;
    collect.key = key(Mode::PayAfter, QStringLiteral("DEMO-PAYAFTER-COLLECTING-001"));
    result = payscore::OperationRunner::wait(m_runner->collect(collect));
    QCOMPARE(result.outcome, OperationResult::Outcome::Invalid);
    QCOMPARE(result.error.field, QStringLiteral("/mode"));
    QCOMPARE(m_server.requestCount(), requests);
}

void TestOrderCorrections::modifyMustLower()
{
    // DEMO-STAY-COLLECTING-002 is ¥120.00: the same total is refused after the fresh query.
    payscore::ModifyRequest modify;
    modify.key = key(Mode::ServiceOrder, QStringLiteral("DEMO-STAY-COLLECTING-002"));
    modify.postPayments = { line(QStringLiteral("房费"), 12000, QStringLiteral("标准间1晚")) };
    modify.totalAmount = Money::fromFen(12000);
    modify.reason = QStringLiteral("核对金额");
    const int requests = m_server.requestCount();
    OperationResult result = payscore::OperationRunner::wait(m_runner->modify(modify));
    QCOMPARE(result.outcome, OperationResult::Outcome::Invalid);
    QCOMPARE(result.error.field, QStringLiteral("/total_amount"));
    QVERIFY(result.error.message.contains(QStringLiteral("¥120.00")));
    QCOMPARE(m_server.requestCount() - requests, 1);

    // A lower total goes through: the total and what is still to pay both drop.
    modify.postPayments = { line(QStringLiteral("房费"), 9900, QStringLiteral("标准间1晚")) };
    modify.totalAmount = Money::fromFen(9900);
    result = payscore::OperationRunner::wait(m_runner->modify(modify));
    QVERIFY2(result.succeeded(), qPrintable(result.error.message));
    QCOMPARE(result.order->totalAmount, Money::fromFen(9900));
    QCOMPARE(result.order->collection->payingAmount, Money::fromFen(9900));
}

void TestOrderCorrections::declinedChargeStaysCollecting()
{
    // FAULT-DECLINE-: the sandbox accepts the collect, but the charge fails (short balance).
    payscore::CollectRequest collect;
    collect.key = key(Mode::ServiceOrder, QStringLiteral("FAULT-DECLINE-C1"));
    const OperationResult result = payscore::OperationRunner::wait(m_runner->collect(collect));
    QVERIFY2(result.succeeded(), qPrintable(result.error.code + u' ' + result.error.message));
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.followUp); // ids only: the order was queried to show what the charge did
    QCOMPARE(result.order->state, QStringLiteral("DOING"));
    QCOMPARE(result.order->collection->state, QStringLiteral("USER_PAYING"));
    QCOMPARE(result.order->collection->paidAmount, Money::fromFen(0));
}

void TestOrderCorrections::unknownOutcomeBlocksUntilQueried()
{
    // A modify whose answer does not verify: the change happened, the outcome is unknown.
    const QString number = QStringLiteral("FAULT-BADSIG-COLLECTING-M1");
    auto modify = [&](qint64 fen) {
        payscore::ModifyRequest request;
        request.key = key(Mode::ServiceOrder, number);
        request.postPayments = { line(QStringLiteral("演练费用"), fen, QStringLiteral("调低")) };
        request.totalAmount = Money::fromFen(fen);
        request.reason = QStringLiteral("演练");
        return payscore::OperationRunner::wait(m_runner->modify(request));
    };
    OperationResult result = modify(60);
    QCOMPARE(result.outcome, OperationResult::Outcome::Unknown);
    QCOMPARE(entriesFor(number).first().result.outcome, journal::Outcome::Unknown);

    // The same write is refused: the state allows it, the journal does not. Nothing is sent.
    int requests = m_server.requestCount();
    result = modify(50);
    QCOMPARE(result.outcome, OperationResult::Outcome::Invalid);
    QCOMPARE(result.error.code, QStringLiteral("JOURNAL_REFUSED"));
    QCOMPARE(m_server.requestCount() - requests, 1); // only the state query
    QCOMPARE(query(Mode::ServiceOrder, number).totalAmount, Money::fromFen(60));

    // A query settles it, and the write may go again.
    journal::PayScoreOrderLookup lookup(*m_runner, m_defaults);
    journal::Reconciler reconciler(*m_journal, lookup, QStringLiteral("测试员"));
    reconciler.run(m_journal->outcomeUnknown());
    QCOMPARE(reconciler.settledCount(), 1);
    requests = m_server.requestCount();
    result = modify(50);
    QCOMPARE(result.outcome, OperationResult::Outcome::Unknown); // still a BADSIG number
    QCOMPARE(m_server.requestCount() - requests, 2); // the state query and the write
    QCOMPARE(query(Mode::ServiceOrder, number).totalAmount, Money::fromFen(50));
}

void TestOrderCorrections::finderLocatesEveryMode_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("mode");
    QTest::newRow("serviceorder") << "DEMO-RETAIL-DONE-001" << int(Mode::ServiceOrder);
    QTest::newRow("payafter") << "DEMO-PAYAFTER-COLLECTING-001" << int(Mode::PayAfter);
    QTest::newRow("oversea") << "DEMO-OVERSEA-DONE-001" << int(Mode::Oversea);
    QTest::newRow("partner") << "DEMO-PARTNER-CONFIRMED-001" << int(Mode::Partner);
}

void TestOrderCorrections::finderLocatesEveryMode()
{
    QFETCH(QString, number);
    QFETCH(int, mode);
    const QList<Mode> modes = payscore::OrderFinder::modesFor(m_defaults, m_baseUrl);
    QCOMPARE(
        modes, (QList<Mode> { Mode::ServiceOrder, Mode::PayAfter, Mode::Partner, Mode::Oversea }));
    payscore::OrderFinder finder(
        modes, [this](Mode) -> payscore::OperationRunner & { return *m_runner; }, m_defaults);
    payscore::PendingFind *find = finder.find(number);
    QVERIFY(!find->isFinished()); // never finished before the caller could connect
    const payscore::FindResult found = payscore::OrderFinder::wait(find);
    QCOMPARE(found.kind, payscore::FindResult::Kind::Found);
    QCOMPARE(*found.mode, Mode(mode));
    QCOMPARE(found.query.order->outOrderNo, number);
    QCOMPARE(found.attempts.size(), 4);
    QCOMPARE(found.exitCode(), 0);
    const QJsonObject json = found.toJson();
    QCOMPARE(json.value("mode").toString(), payscore::modeName(Mode(mode)));
    QCOMPARE(json.value("searched").toArray().size(), 4);
}

void TestOrderCorrections::finderSaysNotFound()
{
    payscore::OrderFinder finder(
        payscore::OrderFinder::modesFor(m_defaults, m_baseUrl),
        [this](Mode) -> payscore::OperationRunner & { return *m_runner; }, m_defaults);
    const payscore::FindResult found
        = payscore::OrderFinder::wait(finder.find(QStringLiteral("NOWHERE-001")));
    QCOMPARE(found.kind, payscore::FindResult::Kind::NotFound);
    QCOMPARE(found.exitCode(), 1);
    for (const OperationResult &attempt : found.attempts)
        QCOMPARE(attempt.error.code, QStringLiteral("ORDER_NOT_EXIST"));
    QVERIFY(found.summary().contains(QStringLiteral("ORDER_NOT_EXIST")));

    // A malformed number is refused before anything is sent, in every mode.
    const int requests = m_server.requestCount();
    const payscore::FindResult bad
        = payscore::OrderFinder::wait(finder.find(QStringLiteral("A B")));
    QCOMPARE(bad.kind, payscore::FindResult::Kind::Failed);
    QCOMPARE(bad.exitCode(), 2);
    QCOMPARE(m_server.requestCount(), requests);
}

QTEST_GUILESS_MAIN(TestOrderCorrections)
#include "tst_order_corrections.moc"
