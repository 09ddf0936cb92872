// payscore-cli run as a process against the scripted loopback server: the JSON shape and exit
// code of each outcome (succeeded, rejected, invalid, unknown, config_error), and the
// certificates and decrypt commands on the official V3c and V3b vectors.
#include "LoopbackServer.h"
#include "TestData.h"

#include <crypto/Codec.h>
#include <crypto/Keys.h>
#include <journal/Journal.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "support/FileSizeLimit.h"

#include <functional>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace psc::test;

namespace {

const QByteArray kWechatpaySerial = "PUB_KEY_ID_0114232100000000000000000000";
const QByteArray kApiV3Key = "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb"; // V3b/V3c
const QByteArray kWrongApiV3Key = "b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb";
const QByteArray kOrderDone
    = R"({"out_order_no":"R-1","service_id":"500001","appid":"wxd678efh567hg6787",
"mchid":"1900007291","state":"DONE","state_description":"MCH_COMPLETE","total_amount":3900,
"order_id":"15000000000001","collection":{"state":"USER_PAID","total_amount":3900,"paying_amount":0,"paid_amount":3900}})";

// How the CLI is started: its journal (in the test's folder), its APIv3 key, and what runs in
// the child between fork and exec.
struct RunOptions {
    QString journal = QStringLiteral("journal.sqlite");
    QByteArray apiV3Key = kApiV3Key;
    std::function<void()> inChild;
};

RunOptions onJournal(const QString &journal)
{
    RunOptions options;
    options.journal = journal;
    return options;
}

RunOptions withApiV3Key(const QByteArray &key)
{
    RunOptions options;
    options.apiV3Key = key;
    return options;
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestPayScoreCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LoopbackServer m_server;
    psc::crypto::PrivateKey m_wechatpayKey;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // A profile for the loopback server (or `baseUrl`), keys beside it.
    QString writeProfile(const QString &name, const QString &baseUrl)
    {
        const QJsonObject profile {
            { "name", name },
            { "base_url", baseUrl },
            { "mchid", "1900007291" },
            { "merchant_serial", "408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB" },
            { "private_key_file", "merchant_key.pem" },
            { "wechatpay_public_key_id", QString::fromLatin1(kWechatpaySerial) },
            { "wechatpay_public_key_file", "wechatpay_public_key.pem" },
            { "appid", "wxd678efh567hg6787" },
            { "service_id", "500001" },
            { "sub_mchid", "1900000109" },
        };
        writeFile(name + ".json", QJsonDocument(profile).toJson());
        return path(name + ".json");
    }

    CliRun run(const QStringList &arguments, const RunOptions &options = RunOptions())
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("PAYSCORE_JOURNAL", path(options.journal));
        environment.insert("PAYSCORE_APIV3_KEY", QString::fromLatin1(options.apiV3Key));
        process.setProcessEnvironment(environment);
        if (options.inChild)
            process.setChildProcessModifier(options.inChild);
        process.start(QStringLiteral(PAYSCORE_CLI), arguments);
        // The server lives in this process: keep the event loop running while the CLI works.
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(30000))
            process.kill();
        process.waitForFinished(1000);
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError() };
    }

    // The CLI may not grow any file beyond the journal's write-ahead log as it is now, as on
    // a full disk: SQLite's next commit fails with a real I/O error.
    RunOptions withFullDisk(const QString &journal)
    {
        const qint64 walSize = QFileInfo(path(journal) + "-wal").size();
        RunOptions options = onJournal(journal);
        options.inChild = [walSize] { FileSizeLimit::applyForGood(walSize); };
        return options;
    }

    QStringList withProfile(const QStringList &arguments, bool json = true)
    {
        QStringList all { "--profile", path("store.json") };
        if (json)
            all << "--output"
                << "json";
        return all + arguments;
    }

    // Exactly one JSON object on stdout, with the contract's keys.
    static void verifyShape(const CliRun &result, const QString &outcome)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        QVERIFY2(
            error.error == QJsonParseError::NoError && document.isObject(), result.out.constData());
        const QJsonObject object = document.object();
        for (const char *key : { "ok", "outcome", "http_status", "request_id", "verified" })
            QVERIFY2(object.contains(QLatin1String(key)), key);
        QVERIFY(object.value("ok").isBool());
        QVERIFY(object.value("verified").isBool());
        QVERIFY(object.value("http_status").isDouble());
        QCOMPARE(object.value("outcome").toString(), outcome);
        QCOMPARE(object.value("ok").toBool(), outcome == QLatin1String("succeeded"));
        if (object.contains("error")) {
            const QJsonObject e = object.value("error").toObject();
            for (const char *key : { "code", "message", "field", "issue", "hint", "retryable" })
                QVERIFY2(e.contains(QLatin1String(key)), key);
            QVERIFY(e.value("retryable").isBool());
        }
    }

    ScriptedAnswer signedJson(int status, const QByteArray &body) const
    {
        return ScriptedAnswer::json(status, body).signedWith(m_wechatpayKey, kWechatpaySerial);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_wechatpayKey = *psc::crypto::PrivateKey::fromPem(
            psc::crypto::SecureBytes(readTestData("vectors/v2_private_key.pem")));
        writeFile("merchant_key.pem", readTestData("vectors/v1_private_key.pem"));
        writeFile("wechatpay_public_key.pem", m_wechatpayKey.publicKeyPem());
        writeProfile("store", m_server.baseUrl().toString());
    }

    void syncSucceeds()
    {
        const int before = m_server.requestCount();
        m_server.enqueue(signedJson(200, kOrderDone));
        const CliRun result = run(withProfile({ "sync", "--mode", "serviceorder", "--out-order-no",
            "R-1", "--paid-time", "2026-11-22T10:15:00+08:00" }));
        QCOMPARE(result.exitCode, 0);
        verifyShape(result, "succeeded");
        const QJsonObject json = result.json();
        QCOMPARE(json.value("http_status").toInt(), 200);
        QVERIFY(json.value("verified").toBool());
        QVERIFY(!json.value("request_id").toString().isEmpty());
        QCOMPARE(json.value("order").toObject().value("state").toString(), QStringLiteral("DONE"));
        QCOMPARE(json.value("order")
                     .toObject()
                     .value("collection")
                     .toObject()
                     .value("paid_amount")
                     .toInteger(),
            3900);
        QVERIFY(json.value("response").isObject());
        QVERIFY(!json.contains("error"));
        QCOMPARE(m_server.requestCount(), before + 1);
        const auto request = m_server.requests().constLast();
        QCOMPARE(request.target, QByteArray("/v3/payscore/serviceorder/R-1/sync"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value("appid").toString(), QStringLiteral("wxd678efh567hg6787")); // profile
        QCOMPARE(body.value("detail").toObject().value("paid_time").toString(),
            QStringLiteral("20261122101500"));
    }

    void payAfterSyncFollowsUpUnlessToldNot()
    {
        const QByteArray ids
            = R"({"appid":"wxd678efh567hg6787","mchid":"1900007291","out_order_no":"P-1","order_id":"9"})";
        int before = m_server.requestCount();
        m_server.enqueue(signedJson(200, ids));
        m_server.enqueue(signedJson(200, kOrderDone));
        const QStringList args { "sync", "--mode", "payafter", "--out-order-no", "P-1",
            "--paid-time", "20261122101500" };
        CliRun result = run(withProfile(args));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_server.requestCount(), before + 2);
        QCOMPARE(result.json().value("order").toObject().value("state").toString(),
            QStringLiteral("DONE"));

        before = m_server.requestCount();
        m_server.enqueue(signedJson(200, ids));
        // A different order number: the journal must not see this as the same write.
        result = run(
            withProfile(QStringList(args).replaceInStrings("P-1", "P-2") << "--no-follow-up"));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_server.requestCount(), before + 1);
        QVERIFY(!result.json().value("order").toObject().contains("state"));
    }

    void rejectionExitsOne()
    {
        m_server.enqueue(ScriptedAnswer::json(400,
            R"({"code":"PARAM_ERROR","message":"最终总金额计算非法","detail":{"field":"/total_amount","issue":"sum","location":"body"}})"));
        writeFile("ok-body.json",
            R"({"post_payments":[{"name":"租金","amount":4000,"count":2}],"total_amount":4000})");
        const CliRun result = run(withProfile({ "complete", "--mode", "serviceorder",
            "--out-order-no", "C-1", "--body", path("ok-body.json") }));
        QCOMPARE(result.exitCode, 1);
        verifyShape(result, "rejected");
        const QJsonObject error = result.json().value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("PARAM_ERROR"));
        QCOMPARE(error.value("field").toString(), QStringLiteral("/total_amount"));
        QCOMPARE(error.value("message").toString(), QStringLiteral("最终总金额计算非法"));
        QVERIFY(!error.value("hint").toString().isEmpty());
        QCOMPARE(error.value("retryable").toBool(), false);
        QCOMPARE(result.json().value("http_status").toInt(), 400);
    }

    void invalidInputSendsNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("float amount in body")
            << QStringList { "complete", "--mode", "serviceorder", "--out-order-no", "I-1" }
            << QByteArray(R"({"post_payments":[{"name":"a","amount":39.5}],"total_amount":39})")
            << "/post_payments/0/amount";
        QTest::newRow("string amount in body")
            << QStringList { "complete", "--mode", "payafter", "--out-order-no", "I-2" }
            << QByteArray(
                   R"({"finish_type":2,"fees":[{"fee_name":"a","fee_amount":"100"}],"total_amount":100})")
            << "/fees/0/fee_amount";
        QTest::newRow("negative amount in body")
            << QStringList { "complete", "--mode", "partner", "--out-order-no", "I-3" }
            << QByteArray(R"({"post_payments":[{"name":"a","amount":-1}],"total_amount":-1})")
            << "/post_payments/0/amount";
        QTest::newRow("cancelled without reason")
            << QStringList { "complete", "--mode", "payafter", "--out-order-no", "I-4" }
            << QByteArray(R"({"finish_type":1,"total_amount":0})") << "/cancel_reason";
        QTest::newRow("future paid time") << QStringList { "sync", "--mode", "serviceorder",
            "--out-order-no", "I-5", "--paid-time", "2099-01-01T00:00:00+08:00" }
                                          << QByteArray() << "/detail/paid_time";
        QTest::newRow("fractional paid amount") << QStringList { "sync", "--mode", "oversea",
            "--out-order-no", "I-6", "--paid-time", "20261122101500", "--seq", "1", "--paid-amount",
            "12.5" } << QByteArray() << "/detail/paid_amount";
        QTest::newRow("bad order number")
            << QStringList { "query", "--mode", "serviceorder", "--out-order-no", "A B" }
            << QByteArray() << "/out_order_no";
        QTest::newRow("oversea has no complete")
            << QStringList { "complete", "--mode", "oversea", "--out-order-no", "I-7" }
            << QByteArray("{}") << "mode";
    }
    void invalidInputSendsNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        if (!body.isEmpty()) {
            writeFile("body.json", body);
            arguments << "--body" << path("body.json");
        }
        const int before = m_server.requestCount();
        const CliRun result = run(withProfile(arguments));
        QCOMPARE(result.exitCode, 2);
        verifyShape(result, "invalid");
        QCOMPARE(result.json().value("error").toObject().value("field").toString(), field);
        QTest::qWait(20);
        QCOMPARE(m_server.requestCount(), before);
    }

    void unverifiedAnswerIsUnknown()
    {
        m_server.enqueue(ScriptedAnswer::json(200, kOrderDone)); // not signed
        const CliRun result = run(withProfile({ "sync", "--mode", "serviceorder", "--out-order-no",
            "U-1", "--paid-time", "20261122101500" }));
        QCOMPARE(result.exitCode, 3);
        verifyShape(result, "unknown");
        QVERIFY(!result.json().value("verified").toBool());
        QVERIFY(!result.json().contains("order"));
        QVERIFY(!result.json().value("error").toObject().value("code").toString().isEmpty());

        // The journal keeps the unknown outcome: the same write is refused until reconciled.
        const int before = m_server.requestCount();
        const CliRun again = run(withProfile({ "sync", "--mode", "serviceorder", "--out-order-no",
            "U-1", "--paid-time", "20261122101500" }));
        QCOMPARE(again.exitCode, 2);
        verifyShape(again, "invalid");
        QCOMPARE(again.json().value("error").toObject().value("code").toString(),
            QStringLiteral("JOURNAL_REFUSED"));
        QTest::qWait(20);
        QCOMPARE(m_server.requestCount(), before);
    }

    // Issue 10: SQLite cannot commit the pending entry. The write must not leave, the CLI
    // exits 4 saying why, and the unknown-outcome guard still holds afterwards.
    void uncommittedJournalEntrySendsNothing()
    {
        const QString journal = QStringLiteral("full/journal.sqlite");
        // This process keeps the journal open, as a console would: its write-ahead log and
        // shared memory stay, so the CLI opens the journal and fails only at its commit.
        auto holder = psc::journal::Journal::open(path(journal));
        QVERIFY2(holder.ok(), qPrintable(holder.error()));
        QVERIFY(QFileInfo(path(journal) + "-wal").size() > 0);
        const QStringList sync { "sync", "--mode", "serviceorder", "--out-order-no", "J-FULL-1",
            "--paid-time", "20261122101500" };
        int before = m_server.requestCount();

        CliRun refused = run(withProfile(sync), withFullDisk(journal));
        QCOMPARE(refused.exitCode, 4);
        verifyShape(refused, "config_error");
        const QJsonObject error = refused.json().value("error").toObject();
        QCOMPARE(error.value("code").toString(), QStringLiteral("JOURNAL_UNAVAILABLE"));
        QVERIFY2(error.value("message").toString().contains(QLatin1String("COMMIT")),
            qPrintable(error.value("message").toString()));
        QVERIFY(
            error.value("message").toString().contains(QDir::toNativeSeparators(path(journal))));
        QVERIFY(error.value("hint").toString().contains(QLatin1String("Nothing was sent")));
        QVERIFY((*holder)->entries().isEmpty()); // rolled back, not half-written
        // The text summary says it as plainly.
        refused = run(withProfile(sync, false), withFullDisk(journal));
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.out.contains("nothing was sent"), refused.out.constData());
        QVERIFY(refused.out.contains("JOURNAL_UNAVAILABLE"));
        QVERIFY(refused.out.contains("could not record this write"));
        QTest::qWait(50);
        QCOMPARE(m_server.requestCount(), before);

        // With room again the write goes out, and its answer is lost: outcome unknown.
        m_server.enqueue(ScriptedAnswer::closeAfterRequest());
        QCOMPARE(run(withProfile(sync), onJournal(journal)).exitCode, 3);
        QCOMPARE(m_server.requestCount(), before + 1);
        // The same write stays refused as unsettled, with a full disk and without.
        before = m_server.requestCount();
        for (const RunOptions &options : { withFullDisk(journal), onJournal(journal) }) {
            const CliRun again = run(withProfile(sync), options);
            QCOMPARE(again.exitCode, 2);
            QCOMPARE(again.json().value("error").toObject().value("code").toString(),
                QStringLiteral("JOURNAL_REFUSED"));
        }
        QTest::qWait(50);
        QCOMPARE(m_server.requestCount(), before);
        QCOMPARE((*holder)->entries().size(), 1);
    }

    // Issue 10: an input file is read only when it is a regular file of at most 1 MiB, both
    // checked before reading: /dev/zero grew without end and a FIFO blocked for ever.
    void inputFilesAreBounded_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("field");
        QVERIFY(::mkfifo(QFile::encodeName(path("fifo.json")).constData(), 0600) == 0);
        writeFile("big.json", QByteArray(1024 * 1024 + 1, ' '));
        const QStringList complete { "complete", "--mode", "serviceorder", "--out-order-no", "F-1",
            "--body" };
        QTest::newRow("body /dev/zero") << (complete + QStringList { "/dev/zero" }) << "body";
        QTest::newRow("body FIFO") << (complete + QStringList { path("fifo.json") }) << "body";
        QTest::newRow("body folder") << (complete + QStringList { path("certs") }) << "body";
        QTest::newRow("body 1 MiB + 1") << (complete + QStringList { path("big.json") }) << "body";
        QTest::newRow("decrypt /dev/zero")
            << QStringList { "decrypt", "--file", "/dev/zero" } << "file";
        QTest::newRow("decrypt FIFO")
            << QStringList { "decrypt", "--file", path("fifo.json") } << "file";
    }
    void inputFilesAreBounded()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, field);
        QDir().mkpath(path("certs"));
        const int before = m_server.requestCount();
        QElapsedTimer timer;
        timer.start();
        const CliRun result = run(withProfile(arguments));
        QVERIFY(timer.elapsed() < 20000); // refused at once, never read
        QCOMPARE(result.exitCode, 2);
        verifyShape(result, "invalid");
        QCOMPARE(result.json().value("error").toObject().value("field").toString(), field);
        QCOMPARE(m_server.requestCount(), before);
    }

    // Issue 10: a notification whose nonce is a number names that field and that problem.
    void notificationFieldsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("resource");
        QTest::addColumn<QString>("field");
        QTest::newRow("nonce a number")
            << QByteArray(R"({"ciphertext":"AAAA","nonce":123,"associated_data":""})")
            << "/resource/nonce";
        QTest::newRow("ciphertext missing")
            << QByteArray(R"({"nonce":"abc","associated_data":""})") << "/resource/ciphertext";
        QTest::newRow("associated_data an object")
            << QByteArray(R"({"ciphertext":"AAAA","nonce":"abc","associated_data":{}})")
            << "/resource/associated_data";
    }
    void notificationFieldsAreNamed()
    {
        QFETCH(QByteArray, resource);
        QFETCH(QString, field);
        writeFile("odd_notification.json", R"({"resource":)" + resource + "}");
        const CliRun result
            = run({ "--output", "json", "decrypt", "--file", path("odd_notification.json") });
        QCOMPARE(result.exitCode, 2);
        const QJsonObject error = result.json().value("error").toObject();
        QCOMPARE(error.value("field").toString(), field);
        QVERIFY2(error.value("message").toString().contains(QLatin1String("JSON string")),
            qPrintable(error.value("message").toString()));
    }

    void signBodyFileIsBounded()
    {
        const CliRun result
            = run(withProfile({ "sign", "--method", "POST", "--url", "/v3/x", "--timestamp",
                                  "1554208460", "--nonce", "N", "--body-file", "/dev/zero" },
                false));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("not a regular file"), result.err.constData());
    }

    void timeoutIsUnknown()
    {
        m_server.enqueue(ScriptedAnswer::stall());
        const CliRun result = run(QStringList { "--timeout", "1" }
            + withProfile({ "query", "--mode", "serviceorder", "--out-order-no", "T-1" }));
        QCOMPARE(result.exitCode, 3);
        verifyShape(result, "unknown");
        QCOMPARE(result.json().value("error").toObject().value("code").toString(),
            QStringLiteral("TIMEOUT"));
    }

    void configurationErrors()
    {
        // No profile at all.
        CliRun result = run(
            { "--output", "json", "query", "--mode", "serviceorder", "--out-order-no", "X-1" });
        QCOMPARE(result.exitCode, 4);
        verifyShape(result, "config_error");
        // A profile whose key file is missing.
        QJsonObject broken = QJsonDocument::fromJson(readFile(path("store.json"))).object();
        broken.insert("private_key_file", "missing.pem");
        writeFile("broken.json", QJsonDocument(broken).toJson());
        result = run({ "--profile", path("broken.json"), "--output", "json", "query", "--mode",
            "serviceorder", "--out-order-no", "X-1" });
        QCOMPARE(result.exitCode, 4);
        verifyShape(result, "config_error");
        QVERIFY(!result.out.contains("BEGIN PRIVATE KEY"));
        // Plain http to a host that is not loopback: refused before connecting.
        const QString remote = writeProfile("remote", "http://pay.example.com");
        result = run({ "--profile", remote, "--output", "json", "sync", "--mode", "serviceorder",
            "--out-order-no", "X-2", "--paid-time", "20261122101500" });
        QCOMPARE(result.exitCode, 4);
        verifyShape(result, "config_error");
    }

    // Issue 10: a journal that cannot be opened read-write is a configuration problem (exit
    // 4), with nothing sent: its folder is a regular file, or a folder stands where it should be.
    void unopenableJournalIsAConfigurationError_data()
    {
        QTest::addColumn<QString>("journal");
        writeFile("plain-file", "not a folder");
        QDir().mkpath(path("journal-is-a-folder.sqlite"));
        QTest::newRow("parent is a regular file") << QStringLiteral("plain-file/journal.sqlite");
        QTest::newRow("a folder in place of the file")
            << QStringLiteral("journal-is-a-folder.sqlite");
    }
    void unopenableJournalIsAConfigurationError()
    {
        QFETCH(QString, journal);
        const int before = m_server.requestCount();
        const CliRun result = run(withProfile({ "sync", "--mode", "serviceorder", "--out-order-no",
                                      "J-OPEN-1", "--paid-time", "20261122101500" }),
            onJournal(journal));
        QCOMPARE(result.exitCode, 4);
        verifyShape(result, "config_error");
        QCOMPARE(m_server.requestCount(), before);
    }

    // Issue 10: `journal --file` never replaces a FIFO or a device with a regular file: it
    // streams into them, and replaces only a regular file (atomically; no temporary left).
    void journalExportKeepsFifosAndDevices()
    {
        const QString fifo = path("export.fifo");
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        // The reader end is open first (non-blocking), as a program reading the pipe would be.
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        CliRun result = run({ "journal", "--format", "json", "--file", fifo });
        QCOMPARE(result.exitCode, 0);
        QByteArray streamed(65536, '\0');
        const ssize_t got = ::read(reader, streamed.data(), streamed.size());
        ::close(reader);
        QVERIFY(got > 0);
        QVERIFY(QJsonDocument::fromJson(streamed.left(got)).isArray()
            || QJsonDocument::fromJson(streamed.left(got)).isObject());
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));

        result = run({ "journal", "--file", "/dev/null" });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(::stat("/dev/null", &info), 0);
        QVERIFY(S_ISCHR(info.st_mode)); // still the device

        QDir().mkpath(path("exports"));
        writeFile("exports/old.csv", "old");
        result = run({ "journal", "--file", path("exports/old.csv") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(readFile(path("exports/old.csv")).startsWith("\xEF\xBB\xBF")); // CSV with BOM
        QCOMPARE(QDir(path("exports")).entryList(QDir::Files | QDir::Hidden),
            QStringList { "old.csv" });

        result = run({ "journal", "--file", path("exports") }); // a folder: refused
        QCOMPARE(result.exitCode, 4);
        QVERIFY(QFileInfo(path("exports")).isDir());
    }

    void textOutputIsAShortSummary()
    {
        m_server.enqueue(signedJson(200, kOrderDone));
        const CliRun result = run(
            withProfile({ "query", "--mode", "serviceorder", "--out-order-no", "R-1" }, false));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("DONE"));
        QVERIFY(result.out.contains("¥39.00"));
        QVERIFY(!result.out.startsWith('{'));
    }

    void completeHelpExplainsFinishType()
    {
        const CliRun result = run({ "complete", "--help" });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("finish_type 2 = the service was used"));
        QVERIFY(result.out.contains("finish_type 1 = the service was not used"));
    }

    void explainPrintsTheCatalogueEntry()
    {
        const CliRun result = run({ "--output", "json", "explain", "SYSTEM_ERROR" });
        QCOMPARE(result.exitCode, 0);
        verifyShape(result, "succeeded");
        QCOMPARE(result.json().value("code").toString(), QStringLiteral("SYSTEM_ERROR"));
        QCOMPARE(result.json().value("retryable").toBool(), true);
        QVERIFY(!result.json().value("hint").toString().isEmpty());
    }

    void certificatesOnTheV3cVector()
    {
        const QByteArray answer = QJsonDocument(
            QJsonObject { { "data",
                QJsonArray { QJsonObject {
                    { "serial_no", "5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC" },
                    { "effective_time", "2023-09-19T23:15:58+08:00" },
                    { "expire_time", "2028-09-17T23:15:58+08:00" },
                    { "encrypt_certificate",
                        QJsonObject {
                            { "algorithm", "AEAD_AES_256_GCM" },
                            { "nonce", "14b16c03dc1b" },
                            { "associated_data", "certificate" },
                            { "ciphertext",
                                QString::fromLatin1(
                                    readTestData("vectors/v3c_ciphertext.b64").trimmed()) },
                        } },
                } } } }).toJson(QJsonDocument::Compact);
        m_server.enqueue(signedJson(200, answer));
        const CliRun result = run(withProfile({ "certificates", "--out-dir", path("certs") }));
        QCOMPARE(result.exitCode, 0);
        verifyShape(result, "succeeded");
        QCOMPARE(m_server.requests().constLast().target, QByteArray("/v3/certificates"));
        const QJsonObject saved = result.json().value("certificates").toArray().at(0).toObject();
        QCOMPARE(saved.value("serial_no").toString(),
            QStringLiteral("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC"));
        const auto written = psc::crypto::Certificate::fromFile(saved.value("file").toString());
        QVERIFY(written);
        const auto expected
            = psc::crypto::Certificate::fromPem(readTestData("vectors/v3c_certificate.pem"));
        QCOMPARE(written->toPem(), expected->toPem());

        // The wrong APIv3 key cannot decrypt: a configuration error, nothing saved.
        m_server.enqueue(signedJson(200, answer));
        const CliRun wrong = run(withProfile({ "certificates", "--out-dir", path("certs2") }),
            withApiV3Key(kWrongApiV3Key));
        QCOMPARE(wrong.exitCode, 4);
        verifyShape(wrong, "config_error");
        QVERIFY(!QFile::exists(path("certs2/5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC.pem")));
    }

    // The profile knows no key for the answer's serial yet: the answer is trusted only when
    // the certificate of that serial it carries verifies it.
    void certificatesBootstrapByTheirOwnSerial()
    {
        const auto platformKey = psc::crypto::PrivateKey::generateRsa(2048);
        QVERIFY(platformKey);
        psc::crypto::Certificate::Request request;
        request.commonName = QStringLiteral("Test platform sign");
        request.serialHex = "7A11CE5E";
        const auto certificate
            = psc::crypto::Certificate::create(request, *platformKey, *platformKey);
        QVERIFY(certificate);
        const QByteArray serial = certificate->serialHex().toLatin1();
        const auto ciphertext = psc::crypto::encryptAes256Gcm(psc::crypto::SecureBytes(kApiV3Key),
            "0123456789ab", "certificate", certificate->toPem());
        QVERIFY(ciphertext);
        const QByteArray answer = QJsonDocument(
            QJsonObject { { "data",
                QJsonArray { QJsonObject {
                    { "serial_no", QString::fromLatin1(serial) },
                    { "effective_time", "2026-01-01T00:00:00+08:00" },
                    { "expire_time", "2031-01-01T00:00:00+08:00" },
                    { "encrypt_certificate",
                        QJsonObject {
                            { "algorithm", "AEAD_AES_256_GCM" },
                            { "nonce", "0123456789ab" },
                            { "associated_data", "certificate" },
                            { "ciphertext", QString::fromLatin1(ciphertext->toBase64()) },
                        } },
                } } } }).toJson(QJsonDocument::Compact);

        m_server.enqueue(ScriptedAnswer::json(200, answer).signedWith(*platformKey, serial));
        const CliRun result = run(withProfile({ "certificates", "--out-dir", path("boot") }));
        QCOMPARE(result.exitCode, 0);
        verifyShape(result, "succeeded");
        QVERIFY(result.json().value("verified").toBool());
        QVERIFY(QFile::exists(path("boot/") + QString::fromLatin1(serial) + ".pem"));

        // Same serial, signed by someone else: not trusted, nothing saved.
        m_server.enqueue(ScriptedAnswer::json(200, answer).signedWith(m_wechatpayKey, serial));
        const CliRun forged = run(withProfile({ "certificates", "--out-dir", path("forged") }));
        QCOMPARE(forged.exitCode, 3);
        verifyShape(forged, "unknown");
        QVERIFY(!QFile::exists(path("forged/") + QString::fromLatin1(serial) + ".pem"));
    }

    void decryptOnTheV3bVector()
    {
        const QJsonObject notification {
            { "id", "EV-2018022511223320873" },
            { "create_time", "2026-11-22T10:15:00+08:00" },
            { "event_type", "PAYSCORE.USER_PAID" },
            { "resource_type", "encrypt-resource" },
            { "summary", "支付成功" },
            { "resource",
                QJsonObject { { "original_type", "payscore" }, { "algorithm", "AEAD_AES_256_GCM" },
                    { "ciphertext", "ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=" },
                    { "nonce", "uluk4a9R25RW" }, { "associated_data", "associatedData" } } },
        };
        writeFile("notification.json", QJsonDocument(notification).toJson());
        CliRun result = run({ "--output", "json", "decrypt", "--file", path("notification.json") });
        QCOMPARE(result.exitCode, 0);
        verifyShape(result, "succeeded");
        QCOMPARE(result.json().value("plaintext").toString(), QStringLiteral("message"));
        QCOMPARE(
            result.json().value("event_type").toString(), QStringLiteral("PAYSCORE.USER_PAID"));

        result = run({ "decrypt", "--file", path("notification.json") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("message\n"));

        result = run({ "--output", "json", "decrypt", "--file", path("notification.json") },
            withApiV3Key(kWrongApiV3Key));
        QCOMPARE(result.exitCode, 2);
        verifyShape(result, "invalid");
        QVERIFY(!result.json().contains("plaintext"));
    }

private:
    static QByteArray readFile(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestPayScoreCli)
#include "tst_payscore_cli.moc"
