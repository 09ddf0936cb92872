// End to end: the project's own client (src/profile → src/apiv3 → src/payscore) against the
// in-process sandbox over loopback, for every operation of every mode, over HTTP and TLS —
// with the profile the sandbox writes, exactly as the console's default profile uses it.
#include "apiv3/ApiClient.h"
#include "payscore/OperationRunner.h"
#include "profile/ClientConfigFactory.h"
#include "profile/Profile.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxIdentity.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <functional>
#include <memory>

using namespace psc;
using payscore::Mode;
using payscore::OperationResult;

namespace {

// One sandbox and a client configured from the profile it wrote.
struct Session {
    QTemporaryDir dir;
    sandbox::Sandbox server;
    QNetworkAccessManager network;
    std::unique_ptr<apiv3::ApiClient> api;
    std::unique_ptr<payscore::OperationRunner> runner;
    payscore::OrderDefaults defaults;

    QString start(bool tls)
    {
        sandbox::SandboxOptions options;
        options.dir = dir.path();
        options.tls = tls;
        const auto url = server.start(options);
        if (!url)
            return url.error();
        return connectClient(server.profilePath());
    }

    // A client configured from a profile file (the sandbox's, or a variant of it).
    QString connectClient(
        const QString &profilePath, const std::function<void(apiv3::ClientConfig &)> &adjust = {})
    {
        const auto profile = profile::Profile::load(profilePath);
        if (!profile)
            return profile.error();
        auto config = profile::ClientConfigFactory().create(*profile);
        if (!config)
            return config.error();
        if (adjust)
            adjust(*config);
        api = std::make_unique<apiv3::ApiClient>(*config, &network);
        runner = std::make_unique<payscore::OperationRunner>(api.get());
        defaults = { profile->appid, profile->serviceId, profile->subMchid };
        return {};
    }

    payscore::OrderKey key(Mode mode, const QString &number) const
    {
        payscore::OrderKey key;
        key.mode = mode;
        key.outOrderNo = number;
        key.applyDefaults(defaults);
        return key;
    }
};

QString beijingMinutesAgo(int minutes)
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(-60LL * minutes)
        .toTimeZone(QTimeZone(8 * 3600))
        .toString(QStringLiteral("yyyyMMddHHmmss"));
}

} // namespace

class TestSandboxClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyOperation_data();
    void everyOperation();
    void rejectionsAreDecodedAndVerified();
    void untrustedAnswersAreUnknown();
    void platformCertificateMode();
    void transportFaultsAreClassified();
    void cliCommandsAgainstTheSandbox();

private:
    OperationResult run(
        Session &session, Mode mode, const QString &operation, const QString &number);
    Session m_http;
    Session m_https;
};

void TestSandboxClient::initTestCase()
{
    // The sandbox's well-known APIv3 key, as a script would provide it.
    qputenv("PAYSCORE_APIV3_KEY", QByteArray(sandbox::SandboxIdentity::kApiV3Key.data(), 32));
    const QString http = m_http.start(false);
    QVERIFY2(http.isEmpty(), qPrintable(http));
    const QString https = m_https.start(true);
    QVERIFY2(https.isEmpty(), qPrintable(https));
    QCOMPARE(m_https.server.url().scheme(), QStringLiteral("https"));
}

OperationResult TestSandboxClient::run(
    Session &session, Mode mode, const QString &operation, const QString &number)
{
    payscore::OperationRunner &runner = *session.runner;
    if (operation == QLatin1String("query")) {
        payscore::OrderQuery query;
        query.key = session.key(mode, number);
        return payscore::OperationRunner::wait(runner.query(query));
    }
    if (operation == QLatin1String("sync")) {
        payscore::SyncRequest request;
        request.key = session.key(mode, number);
        request.paidTime = beijingMinutesAgo(5);
        if (mode == Mode::Oversea) {
            request.seq = 1;
            request.paidAmount = payscore::Money::fromFen(1500);
        }
        return payscore::OperationRunner::wait(runner.sync(request));
    }
    if (mode == Mode::PayAfter) {
        payscore::PayAfterCompletion completion;
        completion.key = session.key(mode, number);
        completion.finishType = payscore::PayAfterCompletion::kFinishServiceUsed;
        completion.fees.append({ QStringLiteral("骑行费"), 1, payscore::Money::fromFen(350),
            QStringLiteral("35分钟") });
        completion.discounts.append(
            { QStringLiteral("新人券"), payscore::Money::fromFen(100), QStringLiteral("首单") });
        completion.totalAmount = payscore::Money::fromFen(250);
        completion.realServiceStartTime = beijingMinutesAgo(40);
        completion.realServiceEndTime = beijingMinutesAgo(5);
        return payscore::OperationRunner::wait(runner.complete(completion));
    }
    payscore::ServiceOrderCompletion completion;
    completion.key = session.key(mode, number);
    completion.postPayments.append(
        { QStringLiteral("租借费"), payscore::Money::fromFen(600), QStringLiteral("3小时"), 3 });
    completion.postDiscounts.append({ QStringLiteral("会员折扣"), payscore::Money::fromFen(100),
        QStringLiteral("金卡"), std::nullopt });
    completion.totalAmount = payscore::Money::fromFen(500);
    completion.startTime = beijingMinutesAgo(180);
    completion.endTime = beijingMinutesAgo(1);
    completion.endLocation = QStringLiteral("深圳湾店");
    return payscore::OperationRunner::wait(runner.complete(completion));
}

void TestSandboxClient::everyOperation_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("state"); // the order's state afterwards, as the client shows it
    struct Row {
        Mode mode;
        const char *operation;
        const char *number;
        int status;
        const char *state;
    };
    const Row rows[] = {
        { Mode::ServiceOrder, "sync", "DEMO-STAY-COLLECTING-001", 200, "DONE/" },
        { Mode::ServiceOrder, "sync", "DEMO|PIPE*COLLECTING-001", 200, "DONE/" },
        { Mode::ServiceOrder, "complete", "DEMO-RENT-CONFIRMED-001", 200, "DOING/MCH_COMPLETE" },
        { Mode::ServiceOrder, "query", "DEMO-RENT-CREATED-001", 200, "CREATED/" },
        { Mode::PayAfter, "sync", "DEMO-PAYAFTER-COLLECTING-001", 200, "DONE/" },
        { Mode::PayAfter, "complete", "DEMO-PAYAFTER-CONFIRMED-001", 200, "DOING/MCH_COMPLETE" },
        { Mode::PayAfter, "query", "DEMO-PAYAFTER-DONE-001", 200, "DONE/" },
        { Mode::Oversea, "sync", "DEMO-OVERSEA-COLLECTING-001", 204, "DONE/" },
        { Mode::Oversea, "query", "DEMO-OVERSEA-DONE-001", 200, "DONE/" },
        { Mode::Partner, "sync", "DEMO-PARTNER-COLLECTING-001", 204, "DONE/" },
        { Mode::Partner, "complete", "DEMO-PARTNER-CONFIRMED-001", 204, "DOING/MCH_COMPLETE" },
        { Mode::Partner, "query", "DEMO-PARTNER-CONFIRMED-001", 200, "DOING/MCH_COMPLETE" },
    };
    for (bool tls : { false, true }) {
        for (const Row &row : rows) {
            QTest::addRow("%s/%s/%s/%s", tls ? "https" : "http",
                qPrintable(payscore::modeName(row.mode)), row.operation, row.number)
                << tls << int(row.mode) << QString::fromLatin1(row.operation)
                << QString::fromLatin1(row.number) << row.status << QString::fromLatin1(row.state);
        }
    }
}

void TestSandboxClient::everyOperation()
{
    QFETCH(bool, tls);
    QFETCH(int, mode);
    QFETCH(QString, operation);
    QFETCH(QString, number);
    QFETCH(int, status);
    QFETCH(QString, state);
    Session &session = tls ? m_https : m_http;
    const OperationResult result = run(session, Mode(mode), operation, number);
    QVERIFY2(result.succeeded(),
        qPrintable(QStringLiteral("%1 %2 %3: %4 %5")
                       .arg(payscore::outcomeName(result.outcome))
                       .arg(result.httpStatus)
                       .arg(result.verdict, result.error.code,
                           result.error.message + QLatin1Char(' ') + result.error.field)));
    QCOMPARE(result.httpStatus, status);
    QVERIFY(result.verified);
    QVERIFY(!result.requestId.isEmpty());
    QVERIFY(result.order.has_value());
    QCOMPARE(result.order->outOrderNo, number);
    QCOMPARE(result.order->state + QLatin1Char('/') + result.order->stateDescription, state);
    if (operation == QLatin1String("sync")) {
        QVERIFY(result.order->collection.has_value());
        QCOMPARE(result.order->collection->state, QStringLiteral("USER_PAID"));
        QCOMPARE(result.order->collection->details.last().paidType, QStringLiteral("MCH"));
    }
    if (operation == QLatin1String("complete") && Mode(mode) != Mode::PayAfter)
        QCOMPARE(result.order->totalAmount, payscore::Money::fromFen(500));
}

void TestSandboxClient::rejectionsAreDecodedAndVerified()
{
    for (Session *session : { &m_http, &m_https }) {
        OperationResult result = run(*session, Mode::ServiceOrder, QStringLiteral("sync"),
            QStringLiteral("DEMO-RETAIL-DONE-001"));
        QCOMPARE(result.outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.error.code, QStringLiteral("ORDER_DONE"));
        QVERIFY(result.verified);
        result = run(*session, Mode::ServiceOrder, QStringLiteral("sync"),
            QStringLiteral("DEMO-RENT-DEDUCTING-001"));
        QCOMPARE(result.outcome, OperationResult::Outcome::Rejected);
        QVERIFY(result.error.message.contains(QStringLiteral("正在扣款中")));
        result = run(
            *session, Mode::PayAfter, QStringLiteral("query"), QStringLiteral("NO-SUCH-ORDER"));
        QCOMPARE(result.outcome, OperationResult::Outcome::Rejected);
        QCOMPARE(result.error.code, QStringLiteral("ORDER_NOT_EXIST"));
    }
}

void TestSandboxClient::untrustedAnswersAreUnknown()
{
    for (const char *number : { "FAULT-BADSIG-E2E", "FAULT-SIGNTEST-E2E", "FAULT-SKEW-E2E" }) {
        const OperationResult result
            = run(m_http, Mode::ServiceOrder, QStringLiteral("sync"), QString::fromLatin1(number));
        QCOMPARE(result.outcome, OperationResult::Outcome::Unknown);
        QVERIFY(!result.verified);
        // The truth is one query away.
        const OperationResult truth
            = run(m_http, Mode::ServiceOrder, QStringLiteral("query"), QString::fromLatin1(number));
        QVERIFY(truth.succeeded());
        QCOMPARE(truth.order->state, QStringLiteral("DONE"));
    }
}

void TestSandboxClient::platformCertificateMode()
{
    // The same sandbox seen by a merchant that only has platform certificates.
    QFile file(m_https.server.profilePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    json.remove(QStringLiteral("wechatpay_public_key_id"));
    json.remove(QStringLiteral("wechatpay_public_key_file"));
    const QString path = QDir(m_https.dir.path()).filePath(QStringLiteral("profile-platform.json"));
    QFile variant(path);
    QVERIFY(variant.open(QIODevice::WriteOnly));
    variant.write(QJsonDocument(json).toJson());
    variant.close();

    Session platform;
    const QString error = platform.connectClient(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const OperationResult result = run(platform, Mode::ServiceOrder, QStringLiteral("sync"),
        QStringLiteral("DEMO-STAY-COLLECTING-002"));
    QVERIFY2(result.succeeded(), qPrintable(result.verdict + QLatin1Char(' ') + result.error.code));
    QVERIFY(result.verified);
    const QByteArray serial = apiv3::headerValue(result.api.headers, "Wechatpay-Serial");
    QVERIFY2(!serial.startsWith("PUB_KEY_ID_"), serial.constData());
    QCOMPARE(serial, apiv3::headerValue(result.api.request.headers, "Wechatpay-Serial"));
}

void TestSandboxClient::transportFaultsAreClassified()
{
    Session impatient;
    const QString error
        = impatient.connectClient(m_http.server.profilePath(), [](apiv3::ClientConfig &config) {
              config.transferTimeout = std::chrono::milliseconds(800);
              config.retry.backoff = std::chrono::milliseconds(20);
              config.retry.maxDelay = std::chrono::milliseconds(50);
          });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString sync = QStringLiteral("sync");
    // 500 and 429 are resent (identical body, fresh signature) and then reported as answered.
    OperationResult result
        = run(impatient, Mode::ServiceOrder, sync, QStringLiteral("FAULT-500-E2E"));
    QCOMPARE(result.outcome, OperationResult::Outcome::Rejected);
    QCOMPARE(result.httpStatus, 500);
    QCOMPARE(result.error.code, QStringLiteral("SYSTEM_ERROR"));
    QCOMPARE(result.api.attempts, 3);
    result = run(impatient, Mode::ServiceOrder, sync, QStringLiteral("FAULT-429-E2E"));
    QCOMPARE(result.httpStatus, 429);
    QCOMPARE(result.api.attempts, 3);
    // No answer after the request left: unknown, never resent — and the query tells the truth.
    for (const char *number : { "FAULT-HANG-E2E", "FAULT-RESET-E2E" }) {
        result = run(impatient, Mode::ServiceOrder, sync, QString::fromLatin1(number));
        QCOMPARE(result.outcome, OperationResult::Outcome::Unknown);
        QCOMPARE(result.api.attempts, 1);
        const OperationResult truth = run(
            impatient, Mode::ServiceOrder, QStringLiteral("query"), QString::fromLatin1(number));
        QVERIFY(truth.succeeded());
        QCOMPARE(truth.order->state, QStringLiteral("DONE"));
    }
}

void TestSandboxClient::cliCommandsAgainstTheSandbox()
{
    const QString cli = QStringLiteral(PAYSCORE_BINARY_DIR "/app/cli/payscore-cli");
    if (!QFile::exists(cli))
        QSKIP("payscore-cli is not built");
    // The CLI as a process against the in-process TLS sandbox: the event loop must keep
    // serving while it runs, so wait with QTRY rather than blocking.
    auto runCli = [&](const QStringList &arguments, QJsonObject *output) {
        QProcess process;
        // Its stderr in the test's log: a sanitizer report or a crash of the CLI is read there.
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(cli,
            QStringList { QStringLiteral("--profile"), m_https.server.profilePath(),
                QStringLiteral("--output"), QStringLiteral("json") }
                + arguments);
        if (!process.waitForStarted())
            return -1;
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
            return -2;
        *output = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        return process.exitCode();
    };
    QJsonObject output;
    const QString outDir = QDir(m_https.dir.path()).filePath(QStringLiteral("downloaded"));
    QCOMPARE(
        runCli({ QStringLiteral("certificates"), QStringLiteral("--out-dir"), outDir }, &output),
        0);
    QCOMPARE(output.value(QStringLiteral("certificates")).toArray().size(), 2);
    // The decrypted certificates are the sandbox's own.
    for (int i = 0; i < 2; ++i) {
        const QString serial
            = m_https.server.identity().platformCertificates.at(i).certificate.serialHex();
        QFile pem(QDir(outDir).filePath(serial + QStringLiteral(".pem")));
        QVERIFY2(pem.open(QIODevice::ReadOnly), qPrintable(pem.fileName()));
        QCOMPARE(pem.readAll().trimmed(),
            m_https.server.identity().platformCertificates.at(i).certificate.toPem().trimmed());
    }
    QCOMPARE(
        runCli({ QStringLiteral("query"), QStringLiteral("--mode"), QStringLiteral("partner"),
                   QStringLiteral("--out-order-no"), QStringLiteral("DEMO-PARTNER-CONFIRMED-001") },
            &output),
        0);
    QCOMPARE(output.value(QStringLiteral("order"))
                 .toObject()
                 .value(QStringLiteral("out_order_no"))
                 .toString(),
        QStringLiteral("DEMO-PARTNER-CONFIRMED-001"));
    QCOMPARE(
        runCli({ QStringLiteral("sync"), QStringLiteral("--mode"), QStringLiteral("serviceorder"),
                   QStringLiteral("--out-order-no"), QStringLiteral("DEMO-RENT-EXPIRED-001"),
                   QStringLiteral("--paid-time"), beijingMinutesAgo(3) },
            &output),
        1); // rejected: the order expired
    QCOMPARE(
        output.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("INVALID_ORDER_STATE"));
}

QTEST_GUILESS_MAIN(TestSandboxClient)
#include "tst_sandbox_client.moc"
