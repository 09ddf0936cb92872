// The host each mode's requests go to (payscore-api.md §1, §5.3): the one choice the CLI and
// the console share.
#include <payscore/PayScoreEndpoints.h>

#include <QTest>

using namespace psc;
using payscore::Mode;
using payscore::PayScoreEndpoints;

class TestHostChoice : public QObject {
    Q_OBJECT
private slots:
    void mainlandProfileSendsOverseaToApihk_data();
    void mainlandProfileSendsOverseaToApihk();
    void domesticModesKeepTheProfileHostAndBackup();
    void customUrlServesEveryMode();
};

namespace {

const QUrl mainland(QStringLiteral("https://api.mch.weixin.qq.com"));
const QUrl backup(QStringLiteral("https://api2.mch.weixin.qq.com"));
const QUrl apihk(QStringLiteral("https://apihk.mch.weixin.qq.com"));

apiv3::ClientConfig configOf(const QUrl &base, const QUrl &backupBase = {})
{
    apiv3::ClientConfig config;
    config.baseUrl = base;
    config.backupBaseUrl = backupBase;
    return config;
}

} // namespace

void TestHostChoice::mainlandProfileSendsOverseaToApihk_data()
{
    QTest::addColumn<QUrl>("profileBase");
    QTest::newRow("main host") << mainland;
    QTest::newRow("backup host") << backup;
    QTest::newRow("upper case") << QUrl(QStringLiteral("https://API.mch.weixin.qq.com"));
    QTest::newRow("already apihk") << apihk;
}

void TestHostChoice::mainlandProfileSendsOverseaToApihk()
{
    QFETCH(QUrl, profileBase);
    QCOMPARE(PayScoreEndpoints::baseUrlFor(Mode::Oversea, profileBase), apihk);
    const apiv3::ClientConfig config
        = PayScoreEndpoints::clientConfigFor(Mode::Oversea, configOf(profileBase, backup));
    QCOMPARE(config.baseUrl, apihk);
    // A resend to the mainland backup would reach the wrong region.
    if (profileBase != apihk)
        QVERIFY(config.backupBaseUrl.isEmpty());
}

void TestHostChoice::domesticModesKeepTheProfileHostAndBackup()
{
    for (const Mode mode : { Mode::ServiceOrder, Mode::PayAfter, Mode::Partner }) {
        QCOMPARE(PayScoreEndpoints::baseUrlFor(mode, mainland), mainland);
        QCOMPARE(PayScoreEndpoints::baseUrlFor(mode, backup), backup);
        const apiv3::ClientConfig config
            = PayScoreEndpoints::clientConfigFor(mode, configOf(mainland, backup));
        QCOMPARE(config.baseUrl, mainland);
        QCOMPARE(config.backupBaseUrl, backup);
    }
}

void TestHostChoice::customUrlServesEveryMode()
{
    // The sandbox (loopback) and any proxy keep their single URL for every mode.
    for (const QUrl &custom : { QUrl(QStringLiteral("http://127.0.0.1:8443/wx")),
             QUrl(QStringLiteral("https://proxy.example.com")) }) {
        for (const Mode mode :
            { Mode::ServiceOrder, Mode::PayAfter, Mode::Oversea, Mode::Partner }) {
            QCOMPARE(PayScoreEndpoints::baseUrlFor(mode, custom), custom);
            QCOMPARE(PayScoreEndpoints::clientConfigFor(mode, configOf(custom)).baseUrl, custom);
        }
    }
}

QTEST_GUILESS_MAIN(TestHostChoice)
#include "tst_payscore_hosts.moc"
