// The one host table and loopback test (apiv3/WeChatPayHosts), and what is built on them: the
// profile's environment, the backup domain and the oversea host.
#include <apiv3/WeChatPayHosts.h>
#include <payscore/PayScoreEndpoints.h>
#include <profile/Environment.h>

#include <QtTest>

using namespace psc;
using namespace psc::apiv3;

class TestWeChatPayHosts : public QObject {
    Q_OBJECT
private slots:
    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << "localhost" << true;
        QTest::newRow("LocalHost") << "LocalHost" << true;
        QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
        QTest::newRow("127.8.9.10") << "127.8.9.10" << true;
        QTest::newRow("::1") << "::1" << true;
        QTest::newRow("mainland") << "api.mch.weixin.qq.com" << false;
        QTest::newRow("localhost.evil") << "localhost.example.com" << false;
        QTest::newRow("10.0.0.1") << "10.0.0.1" << false;
        QTest::newRow("empty") << "" << false;
    }
    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(WeChatPayHosts::isLoopback(host), loopback);
        QUrl url(QStringLiteral("http://placeholder:8080/"));
        url.setHost(host);
        if (!host.isEmpty())
            QCOMPARE(profile::environmentOf(url) == profile::Environment::Sandbox, loopback);
    }

    void hostTable()
    {
        QCOMPARE(WeChatPayHosts::urlOf(WeChatPayHosts::mainland()).toString(),
            QStringLiteral("https://api.mch.weixin.qq.com"));
        QCOMPARE(WeChatPayHosts::urlOf(WeChatPayHosts::backup()).toString(),
            QStringLiteral("https://api2.mch.weixin.qq.com"));
        QCOMPARE(WeChatPayHosts::urlOf(WeChatPayHosts::oversea()).toString(),
            QStringLiteral("https://apihk.mch.weixin.qq.com"));
        QVERIFY(WeChatPayHosts::isMainland(QStringLiteral("API.mch.weixin.qq.com")));
        QVERIFY(WeChatPayHosts::isMainland(QStringLiteral("api2.mch.weixin.qq.com")));
        QVERIFY(!WeChatPayHosts::isMainland(QStringLiteral("apihk.mch.weixin.qq.com")));
    }

    void backupOnlyForMainland()
    {
        QCOMPARE(WeChatPayHosts::backupFor(QUrl(QStringLiteral("https://api.mch.weixin.qq.com"))),
            QUrl(QStringLiteral("https://api2.mch.weixin.qq.com")));
        QVERIFY(WeChatPayHosts::backupFor(QUrl(QStringLiteral("https://apihk.mch.weixin.qq.com")))
                    .isEmpty());
        QVERIFY(WeChatPayHosts::backupFor(QUrl(QStringLiteral("http://127.0.0.1:1234"))).isEmpty());
    }

    void overseaGoesToApihk()
    {
        using payscore::Mode;
        using payscore::PayScoreEndpoints;
        const QUrl hk(QStringLiteral("https://apihk.mch.weixin.qq.com"));
        QCOMPARE(PayScoreEndpoints::baseUrlFor(
                     Mode::Oversea, QUrl(QStringLiteral("https://Api2.mch.weixin.qq.com"))),
            hk);
        const QUrl sandbox(QStringLiteral("http://127.0.0.1:5000"));
        QCOMPARE(PayScoreEndpoints::baseUrlFor(Mode::Oversea, sandbox), sandbox);
        QCOMPARE(PayScoreEndpoints::baseUrlFor(
                     Mode::ServiceOrder, QUrl(QStringLiteral("https://api.mch.weixin.qq.com"))),
            QUrl(QStringLiteral("https://api.mch.weixin.qq.com")));
    }
};

QTEST_GUILESS_MAIN(TestWeChatPayHosts)
#include "tst_wechatpayhosts.moc"
