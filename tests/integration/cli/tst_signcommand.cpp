// `payscore-cli sign` reproduces the official V1a signature and header from a profile.
#include "TestData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PAYSCORE_KEY_PASSPHRASE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PAYSCORE_CLI_PATH), arguments);
    if (!process.waitForFinished(30000))
        qFatal("payscore-cli did not finish");
    return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
}

const QByteArray v1Signature
    = psc::test::readTestData(QStringLiteral("vectors/v1a_signature.b64")).trimmed();

} // namespace

class TestSignCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bodyFile;

    QStringList v1aArguments(const QString &profile = QStringLiteral("profiles/v1-test.json")) const
    {
        return { QStringLiteral("--profile"), psc::test::testDataPath(profile),
            QStringLiteral("sign"), QStringLiteral("--method"), QStringLiteral("POST"),
            QStringLiteral("--url"), QStringLiteral("/v3/pay/transactions/jsapi"),
            QStringLiteral("--timestamp"), QStringLiteral("1554208460"), QStringLiteral("--nonce"),
            QStringLiteral("593BEC0C930BF1AFEB40B4A08C8FB242"), QStringLiteral("--body-file"),
            m_bodyFile };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(PAYSCORE_CLI_PATH)));
        QVERIFY(m_dir.isValid());
        // The body is the 5th line of the official message, without its line end.
        const QByteArray body = psc::test::readTestData(QStringLiteral("vectors/v1a_message.txt"))
                                    .split('\n')
                                    .value(4);
        m_bodyFile = m_dir.filePath(QStringLiteral("body.json"));
        QFile file(m_bodyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(body), body.size());
    }

    void reproducesOfficialV1a()
    {
        const Run run = runCli(v1aArguments());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QByteArray message
            = psc::test::readTestData(QStringLiteral("vectors/v1a_message.txt"));
        QVERIFY2(run.out.contains(message), run.out.constData());
        const QByteArray header = "Authorization: WECHATPAY2-SHA256-RSA2048 mchid=\"1900007291\","
                                  "nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\",signature=\""
            + v1Signature
            + "\",timestamp=\"1554208460\",serial_no="
              "\"408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB\"\n";
        QVERIFY2(run.out.contains(header), run.out.constData());
        QVERIFY(!run.out.contains("PRIVATE KEY"));
    }

    void jsonOutputIsOneObject()
    {
        const Run run = runCli(
            QStringList { QStringLiteral("--output"), QStringLiteral("json") } + v1aArguments());
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(QLatin1String("signature")).toString().toLatin1(), v1Signature);
        QCOMPARE(object.value(QLatin1String("canonical_message")).toString().toUtf8(),
            psc::test::readTestData(QStringLiteral("vectors/v1a_message.txt")));
    }

    void getWithEmptyBodyReproducesV1b()
    {
        const Run run = runCli({ QStringLiteral("--output"), QStringLiteral("json"),
            QStringLiteral("--profile"),
            psc::test::testDataPath(QStringLiteral("profiles/v1-test.json")),
            QStringLiteral("sign"), QStringLiteral("--method"), QStringLiteral("GET"),
            QStringLiteral("--url"),
            QStringLiteral("https://api.mch.weixin.qq.com/v3/refund/domestic/refunds/123123123123"),
            QStringLiteral("--timestamp"), QStringLiteral("1554208460"), QStringLiteral("--nonce"),
            QStringLiteral("593BEC0C930BF1AFEB40B4A08C8FB242") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(object.value(QLatin1String("signature")).toString().toLatin1(),
            psc::test::readTestData(QStringLiteral("vectors/v1b_signature.b64")).trimmed());
    }

    void missingKeyFileNamesTheField()
    {
        const Run run = runCli(v1aArguments(QStringLiteral("profiles/missing-key.json")));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("private_key_file"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void badFieldNamesTheField()
    {
        const Run run = runCli(v1aArguments(QStringLiteral("profiles/bad-mchid.json")));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("mchid"), run.err.constData());
    }

    void missingOptionIsUsageError()
    {
        QStringList arguments = v1aArguments();
        const qsizetype at = arguments.indexOf(QStringLiteral("--timestamp"));
        arguments.remove(at, 2);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("--timestamp"));
    }

    void unencodedUrlWarns()
    {
        QStringList arguments = v1aArguments();
        arguments[arguments.indexOf(QStringLiteral("/v3/pay/transactions/jsapi"))]
            = QStringLiteral("/v3/x?a=b|c");
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains("percent-encoded"));
    }
};

QTEST_GUILESS_MAIN(TestSignCommand)
#include "tst_signcommand.moc"
