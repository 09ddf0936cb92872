// The sandbox's life: restart keeps orders and identity, TLS with the generated certificate,
// the profile it writes, and `payscore-cli sandbox` as a process — first line, SIGTERM saves.
#include "SandboxFixture.h"

#include "sandbox/OrderBook.h"
#include "sandbox/SandboxIdentity.h"

#include "crypto/Codec.h"
#include "crypto/Keys.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslSocket>
#include <QtTest>

using namespace psc::sandbox;
using namespace psc::test;

class TestSandboxLifecycle : public QObject {
    Q_OBJECT

private slots:
    void profileIsComplete();
    void restartKeepsStateAndIdentity();
    void tlsWithGeneratedCertificate();
    void tlsWithGivenCertificate();
    void cliRunsUntilSigtermAndSaves();
    void cliServesTls();
    void profileAloneDecryptsAndDownloadsCertificates();

private:
    static QString cliPath() { return QStringLiteral(PAYSCORE_BINARY_DIR "/app/cli/payscore-cli"); }
    // Starts `payscore-cli sandbox` on a free port in `dir`; returns its first stdout line.
    static QString startCli(QProcess &process, const QString &dir, const QStringList &extra);
    static QByteArray syncBody(const RawSandboxClient &client);
    static QByteArray queryTarget(const RawSandboxClient &client, const QString &number);
};

QByteArray TestSandboxLifecycle::syncBody(const RawSandboxClient &c)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("appid"), c.appid() },
            { QStringLiteral("service_id"), c.serviceId() },
            { QStringLiteral("type"), QStringLiteral("Order_Paid") },
            { QStringLiteral("detail"),
                QJsonObject { { QStringLiteral("paid_time"), beijingAgo(60) } } } })
        .toJson(QJsonDocument::Compact);
}

QByteArray TestSandboxLifecycle::queryTarget(const RawSandboxClient &c, const QString &number)
{
    return "/v3/payscore/serviceorder?service_id=" + c.serviceId().toLatin1()
        + "&appid=" + c.appid().toLatin1() + "&out_order_no=" + QUrl::toPercentEncoding(number);
}

QString TestSandboxLifecycle::startCli(
    QProcess &process, const QString &dir, const QStringList &extra)
{
    process.start(cliPath(),
        QStringList { QStringLiteral("sandbox"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--dir"), dir }
            + extra);
    if (!process.waitForStarted() || !QTest::qWaitFor([&] { return process.canReadLine(); }, 20000))
        return {};
    return QString::fromUtf8(process.readLine()).trimmed();
}

void TestSandboxLifecycle::profileIsComplete()
{
    SandboxFixture fixture;
    QVERIFY(fixture.start());
    const QJsonObject profile = fixture.client->profile();
    for (const char *key : { "name", "base_url", "mchid", "merchant_serial", "private_key_file",
             "wechatpay_public_key_id", "wechatpay_public_key_file", "platform_certificate_files",
             "appid", "service_id", "sub_mchid", "ca_certificates_file" })
        QVERIFY2(profile.contains(QLatin1String(key)), key);
    QCOMPARE(profile.value(QStringLiteral("base_url")).toString(), fixture.server.url().toString());
    QVERIFY(profile.value(QStringLiteral("wechatpay_public_key_id"))
                .toString()
                .startsWith(QLatin1String("PUB_KEY_ID_")));
    QCOMPARE(profile.value(QStringLiteral("merchant_serial")).toString(),
        fixture.server.identity().merchantSerial());
    // The APIv3 key is not in the profile; it sits beside it.
    QVERIFY(!QJsonDocument(profile).toJson().contains(
        QByteArray(SandboxIdentity::kApiV3Key.data(), 32)));
    QFile key(QDir(fixture.dir.path())
                  .filePath(profile.value(QStringLiteral("apiv3_key_file")).toString()));
    QVERIFY(key.open(QIODevice::ReadOnly));
    QCOMPARE(key.readAll(), QByteArray(SandboxIdentity::kApiV3Key.data(), 32));
    // Private key files are for their owner only.
    QVERIFY(
        !(QFile::permissions(QDir(fixture.dir.path()).filePath(SandboxIdentity::merchantKeyFile()))
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

void TestSandboxLifecycle::restartKeepsStateAndIdentity()
{
    QTemporaryDir dir;
    QString serial, keyId;
    {
        Sandbox server;
        SandboxOptions options;
        options.dir = dir.path();
        QVERIFY(server.start(options));
        serial = server.identity().merchantSerial();
        keyId = server.identity().wechatpayPublicKeyId;
        RawSandboxClient client(dir.path());
        const RawAnswer answer = client.send(
            "POST", "/v3/payscore/serviceorder/DEMO-STAY-COLLECTING-001/sync", syncBody(client));
        QCOMPARE(answer.status, 200);
        server.stop();
    }
    Sandbox again;
    SandboxOptions options;
    options.dir = dir.path();
    QVERIFY(again.start(options));
    QCOMPARE(again.identity().merchantSerial(), serial);
    QCOMPARE(again.identity().wechatpayPublicKeyId, keyId);
    RawSandboxClient client(dir.path()); // the old profile's keys still work
    const RawAnswer answer
        = client.send("GET", queryTarget(client, QStringLiteral("DEMO-STAY-COLLECTING-001")), {});
    QCOMPARE(answer.status, 200);
    QVERIFY(client.verify(answer));
    QCOMPARE(answer.json().value(QStringLiteral("state")).toString(), QStringLiteral("DONE"));
    // A second sync is now refused: the state machine carried over too.
    QCOMPARE(client
                 .send("POST", "/v3/payscore/serviceorder/DEMO-STAY-COLLECTING-001/sync",
                     syncBody(client))
                 .code(),
        QStringLiteral("ORDER_DONE"));
}

void TestSandboxLifecycle::tlsWithGeneratedCertificate()
{
    SandboxFixture fixture;
    QVERIFY(fixture.start(true));
    QCOMPARE(fixture.server.url().scheme(), QStringLiteral("https"));
    QVERIFY(!fixture.client->profile()
                 .value(QStringLiteral("ca_certificates_file"))
                 .toString()
                 .isEmpty());
    // The raw client verifies the peer against the profile's CA file and 127.0.0.1.
    const RawAnswer answer = fixture.client->send(
        "GET", queryTarget(*fixture.client, QStringLiteral("DEMO-RENT-CONFIRMED-001")), {});
    QCOMPARE(answer.status, 200);
    QVERIFY(fixture.client->verify(answer));
    // Without the CA the handshake fails: the certificate is self-signed.
    QSslSocket socket;
    socket.connectToHostEncrypted(
        QStringLiteral("127.0.0.1"), quint16(fixture.server.url().port()));
    QVERIFY(!socket.waitForEncrypted(3000));
    QVERIFY(!socket.isEncrypted());
}

void TestSandboxLifecycle::tlsWithGivenCertificate()
{
    QTemporaryDir keys;
    const auto key = psc::crypto::PrivateKey::generateRsa(2048);
    QVERIFY(key);
    psc::crypto::Certificate::Request request;
    request.commonName = QStringLiteral("given.test");
    request.ipAddresses = { QStringLiteral("127.0.0.1") };
    const auto certificate = psc::crypto::Certificate::create(request, *key, *key);
    QVERIFY(certificate);
    const QString certPath = QDir(keys.path()).filePath(QStringLiteral("given.pem"));
    const QString keyPath = QDir(keys.path()).filePath(QStringLiteral("given.key"));
    QFile certFile(certPath), keyFile(keyPath);
    QVERIFY(certFile.open(QIODevice::WriteOnly) && keyFile.open(QIODevice::WriteOnly));
    certFile.write(certificate->toPem());
    keyFile.write(key->toPkcs8Pem().view().toByteArray());
    certFile.close();
    keyFile.close();

    QTemporaryDir dir;
    Sandbox server;
    SandboxOptions options;
    options.dir = dir.path();
    options.tls = true;
    options.tlsCertificateFile = certPath;
    options.tlsKeyFile = keyPath;
    QVERIFY(server.start(options));
    RawSandboxClient client(dir.path());
    // The profile trusts the given certificate, and only it would let the handshake pass.
    QCOMPARE(client.profile().value(QStringLiteral("ca_certificates_file")).toString(), certPath);
    const RawAnswer answer
        = client.send("GET", queryTarget(client, QStringLiteral("DEMO-RENT-CREATED-001")), {});
    QCOMPARE(answer.status, 200);
    QVERIFY(client.verify(answer));
}

void TestSandboxLifecycle::cliRunsUntilSigtermAndSaves()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGTERM is POSIX");
#endif
    if (!QFile::exists(cliPath()))
        QSKIP("payscore-cli is not built");
    QTemporaryDir dir;
    QProcess process;
    const QString first = startCli(process, dir.path(), {});
    QVERIFY2(first.startsWith(QLatin1String("listening on http://127.0.0.1:")), qPrintable(first));
    const QUrl url(first.mid(13));
    QVERIFY(url.port() > 0);

    RawSandboxClient client(dir.path());
    QCOMPARE(client.baseUrl(), url.toString());
    const RawAnswer answer = client.send(
        "POST", "/v3/payscore/serviceorder/DEMO-STAY-COLLECTING-002/sync", syncBody(client));
    QCOMPARE(answer.status, 200);
    QVERIFY(client.verify(answer));

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QFile orders(QDir(dir.path()).filePath(QStringLiteral("orders.json")));
    QVERIFY(orders.open(QIODevice::ReadOnly));
    bool found = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(orders.readAll()).array()) {
        if (value.toObject().value(QStringLiteral("out_order_no")).toString()
            == QLatin1String("DEMO-STAY-COLLECTING-002")) {
            QCOMPARE(
                value.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("DONE"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestSandboxLifecycle::cliServesTls()
{
    if (!QFile::exists(cliPath()))
        QSKIP("payscore-cli is not built");
    QTemporaryDir dir;
    QProcess process;
    const QString first = startCli(process, dir.path(),
        { QStringLiteral("--tls"), QStringLiteral("--latency-ms"), QStringLiteral("5") });
    QVERIFY2(first.startsWith(QLatin1String("listening on https://127.0.0.1:")), qPrintable(first));
    RawSandboxClient client(dir.path());
    const RawAnswer answer
        = client.send("GET", queryTarget(client, QStringLiteral("DEMO-RENT-CREATED-001")), {});
    QCOMPARE(answer.status, 200);
    QVERIFY(client.verify(answer));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

// Issue 10: the profile names the sandbox's apiv3_key_file, and the CLI reads it: decrypt and
// certificates need no PAYSCORE_APIV3_KEY (removed from the environment here).
void TestSandboxLifecycle::profileAloneDecryptsAndDownloadsCertificates()
{
    if (!QFile::exists(cliPath()))
        QSKIP("payscore-cli is not built");
    QTemporaryDir dir;
    QProcess sandbox;
    QVERIFY(startCli(sandbox, dir.path(), {}).startsWith(QLatin1String("listening on")));
    const QString profile = QDir(dir.path()).filePath(QStringLiteral("profile.json"));

    const psc::crypto::SecureBytes key(QByteArrayView("PayScoreConsoleSandboxApiV3Key00"));
    const QByteArray plaintext = R"({"out_order_no":"DEMO-1","state":"DONE"})";
    const auto sealed = psc::crypto::encryptAes256Gcm(key, "0123456789ab", "payscore", plaintext);
    QVERIFY(sealed);
    const QJsonObject notification { { "event_type", "PAYSCORE.USER_PAID" },
        { "resource",
            QJsonObject { { "algorithm", "AEAD_AES_256_GCM" },
                { "ciphertext", QString::fromLatin1(sealed->toBase64()) },
                { "nonce", "0123456789ab" }, { "associated_data", "payscore" } } } };
    const QString notificationFile = QDir(dir.path()).filePath(QStringLiteral("paid.json"));
    QFile file(notificationFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(notification).toJson());
    file.close();

    const auto runCli = [&](const QStringList &arguments) {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("PAYSCORE_APIV3_KEY"));
        environment.insert(
            QStringLiteral("PAYSCORE_JOURNAL"), QDir(dir.path()).filePath("journal.sqlite"));
        cli.setProcessEnvironment(environment);
        cli.start(cliPath(),
            QStringList { QStringLiteral("--profile"), profile, QStringLiteral("--output"),
                QStringLiteral("json") }
                + arguments);
        // The sandbox answers from its own process: only wait here.
        cli.waitForFinished(30000);
        return std::pair { cli.exitCode(), QJsonDocument::fromJson(cli.readAllStandardOutput()) };
    };

    const auto [decryptExit, decrypted]
        = runCli({ QStringLiteral("decrypt"), QStringLiteral("--file"), notificationFile });
    QCOMPARE(decryptExit, 0);
    QCOMPARE(decrypted.object().value("plaintext").toObject().value("out_order_no").toString(),
        QStringLiteral("DEMO-1"));

    const QString certificates = QDir(dir.path()).filePath(QStringLiteral("downloaded"));
    const auto [certificatesExit, downloaded]
        = runCli({ QStringLiteral("certificates"), QStringLiteral("--out-dir"), certificates });
    QVERIFY2(certificatesExit == 0, QJsonDocument(downloaded).toJson().constData());
    QVERIFY(!QDir(certificates).entryList({ QStringLiteral("*.pem") }, QDir::Files).isEmpty());

    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "tst_sandbox_lifecycle.moc"
