// payscore-cli refund, refund-query and decrypt as processes against the sandbox running in
// this process: the contract (one JSON object, exit codes 0–4), the payments listed when one
// must be chosen, an unknown outcome resumed with the same refund number (the sandbox's
// refunded total proves one refund), and refund notifications decrypted with and without
// their signature headers (a bad signature refused, nothing decrypted).
#include <crypto/Codec.h>
#include <sandbox/Sandbox.h>
#include <sandbox/SandboxIdentity.h>
#include <support/SignedNotification.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc;

namespace {

struct CliRun {
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestRefundCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;

    // The event loop keeps serving the in-process sandbox while the CLI runs.
    CliRun run(const QStringList &arguments, bool json = true)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PAYSCORE_JOURNAL"), m_dir.filePath("journal.sqlite"));
        environment.insert(QStringLiteral("PAYSCORE_APIV3_KEY"),
            QString::fromLatin1(sandbox::SandboxIdentity::kApiV3Key.data(), 32));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(environment);
        QStringList all { QStringLiteral("--profile"), m_sandbox.profilePath() };
        if (json)
            all << QStringLiteral("--output") << QStringLiteral("json");
        process.start(QStringLiteral(PAYSCORE_CLI), all + arguments);
        CliRun result;
        if (!process.waitForStarted())
            return result;
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.json = QJsonDocument::fromJson(result.out).object();
        return result;
    }

    QString transactionOf(const QString &order, int index = 0)
    {
        const CliRun query = run({ QStringLiteral("query"), QStringLiteral("--mode"),
            QStringLiteral("serviceorder"), QStringLiteral("--out-order-no"), order });
        return query.json.value(QStringLiteral("order"))
            .toObject()
            .value(QStringLiteral("collection"))
            .toObject()
            .value(QStringLiteral("details"))
            .toArray()
            .at(index)
            .toObject()
            .value(QStringLiteral("transaction_id"))
            .toString();
    }

    QByteArray notification(const QByteArray &eventType, const QJsonObject &resource)
    {
        return testsupport::sealedNotification(m_sandbox.identity(), eventType, resource);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
    }

    QByteArray headersFor(const QByteArray &body, bool tamper)
    {
        return testsupport::notificationHeaders(m_sandbox.identity(), body, tamper);
    }

private slots:
    void initTestCase()
    {
        sandbox::SandboxOptions options;
        options.dir = m_dir.filePath(QStringLiteral("sandbox"));
        options.refundSettleMs = 300;
        const auto url = m_sandbox.start(options);
        QVERIFY2(url, url ? "" : qPrintable(url.error()));
    }

    void cleanupTestCase() { m_sandbox.stop(); }

    void refundAndQuery()
    {
        const CliRun refund = run({ QStringLiteral("refund"), QStringLiteral("--out-order-no"),
            QStringLiteral("PAID-1000-CLI"), QStringLiteral("--amount"), QStringLiteral("250"),
            QStringLiteral("--reason"), QStringLiteral("少退押金补退") });
        QCOMPARE(refund.exitCode, 0);
        QCOMPARE(refund.json.value("ok").toBool(), true);
        QCOMPARE(refund.json.value("outcome").toString(), QStringLiteral("succeeded"));
        QCOMPARE(refund.json.value("operation").toString(), QStringLiteral("refund"));
        QCOMPARE(refund.json.value("verified").toBool(), true);
        const QString number = refund.json.value("out_refund_no").toString();
        QVERIFY(number.startsWith(QStringLiteral("RF")));
        const QJsonObject made = refund.json.value("refund").toObject();
        QCOMPARE(made.value("status").toString(), QStringLiteral("PROCESSING"));
        QCOMPARE(made.value("amount").toObject().value("refund").toInteger(), 250);
        QCOMPARE(refund.json.value("payments")
                     .toArray()
                     .first()
                     .toObject()
                     .value("remaining")
                     .toInteger(),
            1000); // before this refund
        QCOMPARE(refund.json.value("reused_out_refund_no").toBool(), false);
        QCOMPARE(m_sandbox.refundedFen(made.value("transaction_id").toString()), 250);

        QTest::qWait(350);
        const CliRun query
            = run({ QStringLiteral("refund-query"), QStringLiteral("--out-refund-no"), number });
        QCOMPARE(query.exitCode, 0);
        QCOMPARE(query.json.value("operation").toString(), QStringLiteral("refund-query"));
        QCOMPARE(query.json.value("refund").toObject().value("status").toString(),
            QStringLiteral("SUCCESS"));

        const CliRun text = run(
            { QStringLiteral("refund-query"), QStringLiteral("--out-refund-no"), number }, false);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(number.toLatin1()) && text.out.contains("SUCCESS"),
            text.out.constData());
    }

    void contractExitCodes()
    {
        // 2: amounts are whole fen, checked before anything is sent.
        const CliRun fraction = run({ QStringLiteral("refund"), QStringLiteral("--out-order-no"),
            QStringLiteral("PAID-100-X"), QStringLiteral("--amount"), QStringLiteral("12.5"),
            QStringLiteral("--reason"), QStringLiteral("x") });
        QCOMPARE(fraction.exitCode, 2);
        QCOMPARE(fraction.json.value("error").toObject().value("field").toString(),
            QStringLiteral("/amount/refund"));

        // 2: oversea refunds are out of scope, said plainly.
        const CliRun oversea = run({ QStringLiteral("refund"), QStringLiteral("--mode"),
            QStringLiteral("oversea"), QStringLiteral("--out-order-no"),
            QStringLiteral("DEMO-OVERSEA-DONE-001"), QStringLiteral("--amount"),
            QStringLiteral("100"), QStringLiteral("--reason"), QStringLiteral("x") });
        QCOMPARE(oversea.exitCode, 2);
        QCOMPARE(oversea.json.value("error").toObject().value("field").toString(),
            QStringLiteral("/mode"));
        QVERIFY(oversea.json.value("error").toObject().value("message").toString().contains(
            QStringLiteral("different API")));

        // 2: several payments and none chosen: listed, nothing sent.
        const CliRun several = run({ QStringLiteral("refund"), QStringLiteral("--out-order-no"),
            QStringLiteral("PAID2-300-CLI"), QStringLiteral("--amount"), QStringLiteral("100"),
            QStringLiteral("--reason"), QStringLiteral("x") });
        QCOMPARE(several.exitCode, 2);
        QCOMPARE(several.json.value("error").toObject().value("field").toString(),
            QStringLiteral("/transaction_id"));
        const QJsonArray listed = several.json.value("payments").toArray();
        QCOMPARE(listed.size(), 2);
        const QString second = listed.at(1).toObject().value("transaction_id").toString();
        QVERIFY(
            several.json.value("error").toObject().value("message").toString().contains(second));
        QCOMPARE(m_sandbox.refundedFen(second), 0);
        const CliRun chosen = run({ QStringLiteral("refund"), QStringLiteral("--out-order-no"),
            QStringLiteral("PAID2-300-CLI"), QStringLiteral("--transaction-id"), second,
            QStringLiteral("--amount"), QStringLiteral("300"), QStringLiteral("--reason"),
            QStringLiteral("x") });
        QCOMPARE(chosen.exitCode, 0);
        QCOMPARE(m_sandbox.refundedFen(second), 300);

        // 1: rejected by the server (the merchant's balance).
        const CliRun poor = run({ QStringLiteral("refund"), QStringLiteral("--out-order-no"),
            QStringLiteral("PAID-100-POOR"), QStringLiteral("--amount"), QStringLiteral("100"),
            QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--out-refund-no"),
            QStringLiteral("FAULT-NOTENOUGH-C1") });
        QCOMPARE(poor.exitCode, 1);
        QCOMPARE(poor.json.value("error").toObject().value("code").toString(),
            QStringLiteral("NOT_ENOUGH"));

        // 1: no such refund.
        const CliRun missing = run({ QStringLiteral("refund-query"),
            QStringLiteral("--out-refund-no"), QStringLiteral("RF-NOT-THERE") });
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.json.value("error").toObject().value("code").toString(),
            QStringLiteral("RESOURCE_NOT_EXISTS"));
    }

    void unknownOutcomeThenResumeWithTheSameNumber()
    {
        const QString order = QStringLiteral("PAID-480-SKEW");
        const CliRun unknown = run({ QStringLiteral("refund"), QStringLiteral("--out-order-no"),
            order, QStringLiteral("--amount"), QStringLiteral("480"), QStringLiteral("--reason"),
            QStringLiteral("x"), QStringLiteral("--out-refund-no"),
            QStringLiteral("FAULT-SKEW-C2") });
        QCOMPARE(unknown.exitCode, 3);
        QCOMPARE(unknown.json.value("outcome").toString(), QStringLiteral("unknown"));
        QVERIFY(!unknown.json.contains("refund"));
        const QString transaction = transactionOf(order);
        QCOMPARE(m_sandbox.refundedFen(transaction), 480);

        // Run again without a number: it resumes FAULT-SKEW-C2 instead of refunding twice.
        const CliRun again = run({ QStringLiteral("refund"), QStringLiteral("--out-order-no"),
            order, QStringLiteral("--amount"), QStringLiteral("480"), QStringLiteral("--reason"),
            QStringLiteral("x") });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json.value("out_refund_no").toString(), QStringLiteral("FAULT-SKEW-C2"));
        QCOMPARE(again.json.value("reused_out_refund_no").toBool(), true);
        QCOMPARE(m_sandbox.refundedFen(transaction), 480);

        // Settled now: a further refund is refused (nothing left), not sent.
        const CliRun more = run({ QStringLiteral("refund"), QStringLiteral("--out-order-no"), order,
            QStringLiteral("--amount"), QStringLiteral("1"), QStringLiteral("--reason"),
            QStringLiteral("x") });
        QCOMPARE(more.exitCode, 2);
        QCOMPARE(m_sandbox.refundedFen(transaction), 480);
    }

    void decryptRefundNotification()
    {
        const QJsonObject resource { { "mchid", "1230000109" },
            { "transaction_id", "4200000000202611220000000001" },
            { "out_refund_no", "RF-NOTIFY-1" }, { "refund_id", "50300000000000000000000000001" },
            { "refund_status", "SUCCESS" }, { "success_time", "2026-11-22T16:00:05+08:00" },
            { "user_received_account", "支付用户零钱" },
            { "amount",
                QJsonObject { { "total", 1550 }, { "refund", 300 }, { "payer_total", 1550 },
                    { "payer_refund", 300 } } } };
        const QByteArray body = notification("REFUND.SUCCESS", resource);
        const QString bodyFile = writeFile(QStringLiteral("refund-notify.json"), body);

        const CliRun unsigned_
            = run({ QStringLiteral("decrypt"), QStringLiteral("--file"), bodyFile });
        QCOMPARE(unsigned_.exitCode, 0);
        QCOMPARE(unsigned_.json.value("verified").toBool(), false);
        QCOMPARE(unsigned_.json.value("event_type").toString(), QStringLiteral("REFUND.SUCCESS"));
        QCOMPARE(unsigned_.json.value("plaintext").toObject(), resource);
        const QJsonObject refund = unsigned_.json.value("refund").toObject();
        QCOMPARE(refund.value("status").toString(), QStringLiteral("SUCCESS"));
        QCOMPARE(refund.value("out_refund_no").toString(), QStringLiteral("RF-NOTIFY-1"));
        QCOMPARE(refund.value("amount").toObject().value("refund").toInteger(), 300);
        QVERIFY(!unsigned_.json.value("warnings").toArray().isEmpty());

        const QString good = writeFile(QStringLiteral("headers-good.txt"), headersFor(body, false));
        const CliRun verified = run({ QStringLiteral("decrypt"), QStringLiteral("--file"), bodyFile,
            QStringLiteral("--headers"), good });
        QCOMPARE(verified.exitCode, 0);
        QCOMPARE(verified.json.value("verified").toBool(), true);
        QCOMPARE(verified.json.value("refund").toObject().value("status").toString(),
            QStringLiteral("SUCCESS"));

        const QString bad = writeFile(QStringLiteral("headers-bad.txt"), headersFor(body, true));
        const CliRun refused = run({ QStringLiteral("decrypt"), QStringLiteral("--file"), bodyFile,
            QStringLiteral("--headers"), bad });
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.json.value("error").toObject().value("code").toString(),
            QStringLiteral("VERIFICATION_FAILED"));
        QVERIFY(!refused.out.contains("RF-NOTIFY-1")); // nothing decrypted

        // The body changed after signing: refused as well.
        QByteArray altered = body;
        altered.replace("REFUND.SUCCESS", "REFUND.CLOSED");
        const QString alteredFile = writeFile(QStringLiteral("refund-altered.json"), altered);
        const CliRun changed = run({ QStringLiteral("decrypt"), QStringLiteral("--file"),
            alteredFile, QStringLiteral("--headers"), good });
        QCOMPARE(changed.exitCode, 2);

        const QByteArray abnormal = notification("REFUND.ABNORMAL",
            QJsonObject { { "out_refund_no", "RF-NOTIFY-2" }, { "refund_status", "ABNORMAL" } });
        const CliRun text = run({ QStringLiteral("decrypt"), QStringLiteral("--file"),
                                    writeFile(QStringLiteral("abnormal.json"), abnormal) },
            false);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("REFUND.ABNORMAL") && text.out.contains("RF-NOTIFY-2"),
            text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestRefundCli)
#include "tst_refund_cli.moc"
