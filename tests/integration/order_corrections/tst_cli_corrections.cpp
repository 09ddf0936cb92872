// payscore-cli cancel, modify, collect and find — and sync/complete/query without --mode — as a
// child process against the sandbox running in this process: the one-JSON-object contract, the
// exit codes, the mode found first and named, every refusal before sending, zh_CN messages.
#include "sandbox/Sandbox.h"
#include "sandbox/SandboxIdentity.h"

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
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString errorField() const
    {
        return json().value("error").toObject().value("field").toString();
    }
    QString errorCode() const { return json().value("error").toObject().value("code").toString(); }
};

} // namespace

class TestCliCorrections : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(PAYSCORE_CLI)), "payscore-cli is not built");
        sandbox::SandboxOptions options;
        options.dir = m_dir.filePath(QStringLiteral("sandbox"));
        const auto url = m_sandbox.start(options);
        QVERIFY2(url.ok(), qPrintable(url.error()));
    }

    void cancelInEachMode_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("status");
        QTest::newRow("serviceorder 200") << "serviceorder"
                                          << "DEMO-RENT-CONFIRMED-002" << 200;
        QTest::newRow("payafter 200") << "payafter"
                                      << "DEMO-PAYAFTER-CREATED-001" << 200;
        QTest::newRow("oversea 204") << "oversea"
                                     << "DEMO-OVERSEA-CONFIRMED-001" << 204;
        QTest::newRow("partner 204") << "partner"
                                     << "DEMO-PARTNER-CREATED-001" << 204;
    }
    void cancelInEachMode()
    {
        QFETCH(QString, mode);
        QFETCH(QString, number);
        QFETCH(int, status);
        const CliRun run = cli({ "cancel", "--mode", mode, "--out-order-no", number, "--reason",
            QStringLiteral("顾客未使用服务") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value("ok").toBool(), true);
        QCOMPARE(json.value("outcome").toString(), QStringLiteral("succeeded"));
        QCOMPARE(json.value("operation").toString(), QStringLiteral("cancel"));
        QCOMPARE(json.value("mode").toString(), mode);
        QCOMPARE(json.value("http_status").toInt(), status);
        QVERIFY(json.value("verified").toBool());
        QVERIFY(!json.contains("mode_source")); // --mode was given
        // The fresh query that judged the state, before the write.
        QCOMPARE(json.value("state_check").toObject().value("ok").toBool(), true);
        QVERIFY(json.contains("follow_up")); // ids or 204: queried afterwards
        QCOMPARE(
            json.value("order").toObject().value("state").toString(), QStringLiteral("REVOKED"));
    }

    void modifyAndCollectWithAndWithoutMode()
    {
        writeFile("modify.json",
            R"({"post_payments":[{"name":"洗衣费","amount":1200,"description":"标准洗"},
                {"name":"烘干费","amount":500,"description":"20分钟"}],
                "post_discounts":[],"total_amount":1700,"reason":"烘干时间按实际计"})");
        CliRun run = cli({ "modify", "--mode", "partner", "--out-order-no",
            "DEMO-PARTNER-COLLECTING-002", "--body", path("modify.json") });
        QCOMPARE(run.exitCode, 0);
        QJsonObject order = run.json().value("order").toObject();
        QCOMPARE(run.json().value("http_status").toInt(), 204);
        QCOMPARE(order.value("total_amount").toInt(), 1700);
        QCOMPARE(order.value("collection").toObject().value("paying_amount").toInt(), 1700);

        // No --mode: the order is found first and the output says where.
        run = cli({ "collect", "--out-order-no", "DEMO-RENT-COLLECTING-004" });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value("mode").toString(), QStringLiteral("serviceorder"));
        QCOMPARE(json.value("mode_source").toString(), QStringLiteral("find"));
        QCOMPARE(
            json.value("find").toObject().value("mode").toString(), QStringLiteral("serviceorder"));
        QCOMPARE(json.value("find").toObject().value("searched").toArray().size(), 4);
        order = json.value("order").toObject();
        QCOMPARE(order.value("state").toString(), QStringLiteral("DONE"));
        QCOMPARE(order.value("collection").toObject().value("state").toString(),
            QStringLiteral("USER_PAID"));
    }

    void findReportsWhereOrNowhere()
    {
        CliRun run = cli({ "find", "--out-order-no", "DEMO-PAYAFTER-DONE-001" });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value("ok").toBool(), true);
        QCOMPARE(run.json().value("mode").toString(), QStringLiteral("payafter"));
        QCOMPARE(
            run.json().value("order").toObject().value("state").toString(), QStringLiteral("DONE"));

        run = cli({ "find", "--out-order-no", "NOWHERE-404" });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value("ok").toBool(), false);
        QCOMPARE(run.json().value("outcome").toString(), QStringLiteral("rejected"));
        const QJsonArray searched = run.json().value("searched").toArray();
        QCOMPARE(searched.size(), 4);
        for (const QJsonValue &mode : searched)
            QCOMPARE(mode.toObject().value("code").toString(), QStringLiteral("ORDER_NOT_EXIST"));

        // A write without --mode on an order found nowhere sends nothing but the queries.
        run = cli({ "cancel", "--out-order-no", "NOWHERE-404", "--reason", "x" });
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value("searched").toArray().size(), 4);

        // Text: one line per mode searched.
        run = cli({ "find", "--out-order-no", "DEMO-OVERSEA-DONE-001" }, false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("found in the oversea mode"), run.out.constData());
        QVERIFY(run.out.contains("partner: ORDER_NOT_EXIST"));
    }

    void modeLessQuerySyncComplete()
    {
        CliRun run = cli({ "query", "--out-order-no", "DEMO-PARTNER-CONFIRMED-001" });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value("mode").toString(), QStringLiteral("partner"));
        QCOMPARE(run.json().value("mode_source").toString(), QStringLiteral("find"));
        QCOMPARE(run.json().value("order").toObject().value("state_description").toString(),
            QStringLiteral("USER_CONFIRM"));

        run = cli({ "sync", "--out-order-no", "DEMO-OVERSEA-COLLECTING-001", "--paid-time",
            QDateTime::currentDateTimeUtc().addSecs(-600).toOffsetFromUtc(8 * 3600).toString(
                Qt::ISODate),
            "--seq", "1", "--paid-amount", "1500" });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value("mode").toString(), QStringLiteral("oversea"));
        QCOMPARE(
            run.json().value("order").toObject().value("state").toString(), QStringLiteral("DONE"));

        // Found in a mode that has no such operation: refused, naming the mode.
        writeFile(
            "complete.json", R"({"post_payments":[{"name":"a","amount":1}],"total_amount":1})");
        run = cli({ "complete", "--out-order-no", "DEMO-OVERSEA-DONE-001", "--body",
            path("complete.json") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errorField(), QStringLiteral("mode"));
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("requests"); // what reached the sandbox: 0, or the state query
        QTest::newRow("cancel without reason") << QStringList { "cancel", "--mode", "serviceorder",
            "--out-order-no", "DEMO-RENT-CONFIRMED-001" }
                                               << "/reason"
                                               << "INVALID_INPUT" << 0;
        QTest::newRow("cancel reason of 31 characters") << QStringList { "cancel", "--mode",
            "serviceorder", "--out-order-no", "DEMO-RENT-CONFIRMED-001", "--reason",
            QString(31, u'退') } << "/reason"
                                                        << "INVALID_INPUT" << 0;
        QTest::newRow("cancel a collecting order") << QStringList { "cancel", "--mode",
            "serviceorder", "--out-order-no", "DEMO-STAY-COLLECTING-001", "--reason", "误建订单" }
                                                   << "/state"
                                                   << "INVALID_ORDER_STATE" << 1;
        QTest::newRow("collect a confirmed order") << QStringList { "collect", "--mode",
            "serviceorder", "--out-order-no", "DEMO-RENT-CONFIRMED-001" }
                                                   << "/state"
                                                   << "INVALID_ORDER_STATE" << 1;
        QTest::newRow("collect in payafter") << QStringList { "collect", "--mode", "payafter",
            "--out-order-no", "DEMO-PAYAFTER-COLLECTING-001" }
                                             << "mode"
                                             << "INVALID_INPUT" << 0;
        QTest::newRow("modify in oversea") << QStringList { "modify", "--mode", "oversea",
            "--out-order-no", "DEMO-OVERSEA-COLLECTING-001", "--body", "@modify-float.json" }
                                           << "mode"
                                           << "INVALID_INPUT" << 0;
        QTest::newRow("modify with a float amount") << QStringList { "modify", "--mode",
            "serviceorder", "--out-order-no", "DEMO-STAY-COLLECTING-002", "--body",
            "@modify-float.json" } << "/post_payments/0/amount"
                                                    << "INVALID_INPUT" << 0;
        QTest::newRow("modify not lower") << QStringList { "modify", "--mode", "serviceorder",
            "--out-order-no", "DEMO-STAY-COLLECTING-002", "--body", "@modify-same.json" }
                                          << "/total_amount"
                                          << "INVALID_INPUT" << 1;
        QTest::newRow("modify without body") << QStringList { "modify", "--mode", "serviceorder",
            "--out-order-no", "DEMO-STAY-COLLECTING-002" }
                                             << "body"
                                             << "INVALID_INPUT" << 0;
    }
    void refusedBeforeSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, field);
        QFETCH(QString, code);
        QFETCH(int, requests);
        writeFile("modify-float.json",
            R"({"post_payments":[{"name":"房费","amount":99.5}],"total_amount":99,"reason":"x"})");
        writeFile("modify-same.json",
            R"({"post_payments":[{"name":"房费","amount":12000,"description":"标准间1晚"}],
                "total_amount":12000,"reason":"核对"})");
        for (QString &argument : arguments) {
            if (argument.startsWith(u'@'))
                argument = path(argument.mid(1));
        }
        const int before = m_sandbox.requestCount();
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json().value("outcome").toString(), QStringLiteral("invalid"));
        QCOMPARE(run.errorField(), field);
        QCOMPARE(run.errorCode(), code);
        QCOMPARE(m_sandbox.requestCount() - before, requests);
    }

    void stateRefusalSaysWhatIsAllowed()
    {
        const CliRun run = cli({ "cancel", "--mode", "serviceorder", "--out-order-no",
                                   "DEMO-RETAIL-DONE-001", "--reason", "误建订单" },
            false);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("finished and paid (DONE"), run.out.constData());
        QVERIFY2(run.out.contains("Allowed now: query."), run.out.constData());
    }

    void messagesInChinese()
    {
        const CliRun run = cli({ "cancel", "--mode", "serviceorder", "--out-order-no",
                                   "DEMO-STAY-COLLECTING-002", "--reason", QString(31, u'退') },
            true, QStringLiteral("zh_CN.UTF-8"));
        QCOMPARE(run.exitCode, 2);
        const QString message = run.json().value("error").toObject().value("message").toString();
        QVERIFY2(message.contains(QStringLiteral("reason 最多 30 个字符")), qPrintable(message));

        const CliRun state = cli(
            { "collect", "--mode", "serviceorder", "--out-order-no", "DEMO-RENT-CONFIRMED-001" },
            true, QStringLiteral("zh_CN.UTF-8"));
        const QString why = state.json().value("error").toObject().value("message").toString();
        QVERIFY2(why.contains(QStringLiteral("现在可以")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("USER_CONFIRM")), qPrintable(why));
    }

private:
    CliRun cli(const QStringList &arguments, bool json = true, const QString &locale = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAYSCORE_JOURNAL"), m_dir.filePath("journal.sqlite"));
        env.insert(QStringLiteral("PAYSCORE_APIV3_KEY"),
            QString::fromLatin1(m_sandbox.identity().apiv3Key.view().toByteArray()));
        env.insert(QStringLiteral("LC_ALL"), locale.isEmpty() ? QStringLiteral("C.UTF-8") : locale);
        env.insert(QStringLiteral("LANG"), locale.isEmpty() ? QStringLiteral("C.UTF-8") : locale);
        env.insert(QStringLiteral("LANGUAGE"), locale.isEmpty() ? QStringLiteral("en") : locale);
        QProcess child;
        child.setProcessEnvironment(env);
        QStringList all { QStringLiteral("--profile"), m_sandbox.profilePath() };
        if (json)
            all << QStringLiteral("--output") << QStringLiteral("json");
        child.start(QStringLiteral(PAYSCORE_CLI), all + arguments);
        CliRun run;
        if (!child.waitForStarted())
            return run;
        // The sandbox answers from this process's event loop: wait without blocking it.
        if (!QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 60000)) {
            child.kill();
            child.waitForFinished(3000);
            return run;
        }
        run.out = child.readAllStandardOutput();
        run.err = child.readAllStandardError();
        run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        if (json && !QJsonDocument::fromJson(run.out).isObject())
            qWarning("not one JSON object: %s %s", run.out.constData(), run.err.constData());
        return run;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }

    QTemporaryDir m_dir;
    sandbox::Sandbox m_sandbox;
};

QTEST_GUILESS_MAIN(TestCliCorrections)
#include "tst_cli_corrections.moc"
