// The profile editor with real widgets, offscreen: round trip through the JSON file, each
// invalid field refused with its name, the serial read from a certificate, the key permission
// warning, the APIv3 key prompt without a keychain, and "Test connection" over loopback.
#include "ProfileDialog.h"
#include "SecretDialog.h"

#include <LoopbackServer.h>
#include <TestData.h>
#include <crypto/Keys.h>
#include <profile/SecretStore.h>
#include <sandbox/Sandbox.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc;
using psc::ui::ProfileDialog;
using psc::ui::SecretDialog;

namespace {

const QString wechatKeyId = QStringLiteral("PUB_KEY_ID_0114232134912410000000000000000001");

void writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QVERIFY(file.setPermissions(permissions));
}

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

} // namespace

class TestProfileDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // as on CI: no keychain service
        qunsetenv("XDG_RUNTIME_DIR");
        qunsetenv("PAYSCORE_APIV3_KEY");
        QVERIFY(m_dir.isValid());
        auto merchant = crypto::PrivateKey::generateRsa(2048);
        auto wechat = crypto::PrivateKey::generateRsa(2048);
        QVERIFY(merchant.ok() && wechat.ok());
        m_wechatKey = *wechat;
        crypto::Certificate::Request request;
        request.commonName = QStringLiteral("1900000109");
        request.serialHex = "3775B6A45ACD588826D15E583A95F5DD24C2C3F3";
        auto cert = crypto::Certificate::create(request, *merchant, *merchant);
        QVERIFY2(cert.ok(), qPrintable(cert.error()));
        m_keyPath = m_dir.filePath(QStringLiteral("apiclient_key.pem"));
        m_certPath = m_dir.filePath(QStringLiteral("apiclient_cert.pem"));
        m_pubPath = m_dir.filePath(QStringLiteral("pub_key.pem"));
        const crypto::SecureBytes pem = merchant->toPkcs8Pem();
        writeFile(m_keyPath, pem.view().toByteArray(), QFile::ReadOwner | QFile::WriteOwner);
        writeFile(m_certPath, cert->toPem(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        writeFile(m_pubPath, m_wechatKey.publicKeyPem(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }

    void roundTripThroughTheProfileFile()
    {
        ProfileDialog dialog;
        dialog.setProfile(validProfile());
        QVERIFY2(dialog.issues().isEmpty(), qPrintable(dialog.issues().value(0).toString()));
        QVERIFY(child<QDialogButtonBox>(dialog, "buttonBox")
                    ->button(QDialogButtonBox::Ok)
                    ->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("exported.json"));
        QVERIFY(dialog.exportTo(path));
        const auto loaded = profile::Profile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->name, QStringLiteral("门店 12"));
        QCOMPARE(loaded->mchid, QStringLiteral("1900000109"));
        QCOMPARE(
            loaded->merchantSerial, QStringLiteral("3775B6A45ACD588826D15E583A95F5DD24C2C3F3"));
        QCOMPARE(loaded->resolve(loaded->privateKeyFile), m_keyPath);
        QCOMPARE(loaded->wechatpayPublicKeyId, wechatKeyId);
        QCOMPARE(loaded->appid, QStringLiteral("wxd678efh567hg6787"));
        QCOMPARE(loaded->serviceId, QStringLiteral("500001"));
        QCOMPARE(loaded->baseUrl, QStringLiteral("https://api.mch.weixin.qq.com"));
        // The key itself never goes into the profile file.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("PRIVATE KEY"));

        ProfileDialog second;
        second.setFileChooser([path](ProfileDialog::FileRole role) {
            return role == ProfileDialog::FileRole::ImportProfile ? path : QString();
        });
        QTest::mouseClick(child<QPushButton>(second, "importButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(second, "mchidEdit")->text(), QStringLiteral("1900000109"));
        QCOMPARE(child<QComboBox>(second, "environmentCombo")->currentIndex(), 0);
        QCOMPARE(second.profile().name, QStringLiteral("门店 12"));
        QCOMPARE(second.profile().privateKeyFile, m_keyPath);
    }

    void eachInvalidFieldIsRefusedByName_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("label");
        QTest::newRow("name") << "nameEdit"
                              << ""
                              << "Profile name";
        QTest::newRow("mchid") << "mchidEdit"
                               << "19000x"
                               << "Merchant number";
        QTest::newRow("serial") << "merchantSerialEdit"
                                << "not-hex"
                                << "Certificate serial";
        QTest::newRow("key missing") << "privateKeyEdit"
                                     << "/nonexistent/apiclient_key.pem"
                                     << "Private key file";
        QTest::newRow("key empty") << "privateKeyEdit"
                                   << ""
                                   << "Private key file";
        QTest::newRow("public key id") << "publicKeyIdEdit"
                                       << "KEY_1"
                                       << "WeChat Pay public key ID";
        QTest::newRow("public key file") << "publicKeyEdit"
                                         << "GARBAGE"
                                         << "WeChat Pay public key file";
        QTest::newRow("appid") << "appidEdit"
                               << "wx-678!"
                               << "AppID";
        QTest::newRow("service id") << "serviceIdEdit"
                                    << "500 001"
                                    << "Service ID";
        QTest::newRow("sub mchid") << "subMchidEdit"
                                   << "abc"
                                   << "Sub-merchant";
        QTest::newRow("ca file") << "caFileEdit"
                                 << "/nonexistent/ca.pem"
                                 << "Extra CA file";
        QTest::newRow("custom url") << "customUrlEdit"
                                    << "http://example.com"
                                    << "Custom URL";
    }
    void eachInvalidFieldIsRefusedByName()
    {
        QFETCH(QString, widget);
        QFETCH(QString, value);
        QFETCH(QString, label);
        ProfileDialog dialog;
        dialog.setProfile(validProfile());
        if (widget == QLatin1String("customUrlEdit"))
            child<QComboBox>(dialog, "environmentCombo")->setCurrentIndex(3);
        if (value == QLatin1String("GARBAGE")) { // a readable file that holds no key
            value = m_dir.filePath(QStringLiteral("garbage.pem"));
            writeFile(value, "not a key", QFile::ReadOwner | QFile::WriteOwner);
        }
        auto *edit = dialog.findChild<QLineEdit *>(widget);
        QVERIFY(edit);
        edit->setText(value);
        const auto found = dialog.issues();
        QVERIFY2(!found.isEmpty(), qPrintable(widget));
        QCOMPARE(found.first().field, label);
        QVERIFY(!found.first().message.isEmpty());
        QVERIFY(child<QLabel>(dialog, "issuesLabel")->text().contains(label));
        QCOMPARE(edit->property("pscProblem").toString(), QStringLiteral("error")); // highlighted
        QVERIFY(!child<QDialogButtonBox>(dialog, "buttonBox")
                     ->button(QDialogButtonBox::Ok)
                     ->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "exportButton")->isEnabled());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

    void serialIsReadFromTheCertificate()
    {
        ProfileDialog dialog;
        dialog.setProfile(validProfile());
        child<QLineEdit>(dialog, "merchantSerialEdit")->clear();
        const QString vector = test::testDataPath(QStringLiteral("vectors/v3c_certificate.pem"));
        dialog.setFileChooser([vector](ProfileDialog::FileRole role) {
            return role == ProfileDialog::FileRole::MerchantCertificate ? vector : QString();
        });
        QTest::mouseClick(child<QPushButton>(dialog, "merchantCertBrowse"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(dialog, "merchantSerialEdit")->text(),
            QStringLiteral("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC"));
        QVERIFY(!dialog.readMerchantCertificate(m_keyPath)); // a key is not a certificate
        QCOMPARE(child<QLineEdit>(dialog, "merchantSerialEdit")->text(),
            QStringLiteral("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC"));
        QVERIFY(child<QPlainTextEdit>(dialog, "testResultView")
                    ->toPlainText()
                    .contains(QStringLiteral("Merchant certificate")));
    }

    void keyReadableByOthersIsWarned()
    {
        const QString shared = m_dir.filePath(QStringLiteral("shared_key.pem"));
        QVERIFY(QFile::copy(m_keyPath, shared));
        QVERIFY(QFile::setPermissions(
            shared, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        ProfileDialog dialog;
        dialog.show();
        dialog.setProfile(validProfile());
        QVERIFY(!child<QLabel>(dialog, "keyPermissionLabel")->isVisible());
        child<QLineEdit>(dialog, "privateKeyEdit")->setText(shared);
        QVERIFY(child<QLabel>(dialog, "keyPermissionLabel")->isVisible());
        QVERIFY(child<QLabel>(dialog, "keyPermissionLabel")
                    ->text()
                    .contains(QStringLiteral("chmod 600")));
        QVERIFY(!dialog.keyPermissionWarning().isEmpty());
        QVERIFY(dialog.issues().isEmpty()); // a warning, not a refusal
    }

    void encryptedKeyOffersThePassphrasePrompt()
    {
        const QString encrypted
            = test::testDataPath(QStringLiteral("vectors/v1_private_key_encrypted.pem"));
        ProfileDialog dialog;
        dialog.show();
        dialog.setProfile(validProfile());
        auto *button = child<QPushButton>(dialog, "setPassphraseButton");
        QVERIFY(!button->isVisible());
        child<QLineEdit>(dialog, "privateKeyEdit")->setText(encrypted);
        QVERIFY(button->isVisible());
    }

    void environmentsMapToTheirHosts()
    {
        ProfileDialog dialog;
        dialog.setProfile(validProfile());
        QCOMPARE(ProfileDialog::knownHosts().size(), 3);
        const QStringList hosts = { QStringLiteral("https://api.mch.weixin.qq.com"),
            QStringLiteral("https://api2.mch.weixin.qq.com"),
            QStringLiteral("https://apihk.mch.weixin.qq.com") };
        for (int i = 0; i < 3; ++i) {
            child<QComboBox>(dialog, "environmentCombo")->setCurrentIndex(i);
            QCOMPARE(dialog.profile().baseUrl, hosts.at(i));
            QVERIFY(!child<QLineEdit>(dialog, "customUrlEdit")->isEnabled());
        }
        child<QComboBox>(dialog, "environmentCombo")->setCurrentIndex(3);
        QVERIFY(child<QLineEdit>(dialog, "customUrlEdit")->isEnabled());
        child<QLineEdit>(dialog, "customUrlEdit")->setText(QStringLiteral("http://127.0.0.1:8443"));
        QCOMPARE(dialog.profile().baseUrl, QStringLiteral("http://127.0.0.1:8443"));
        QVERIFY(dialog.issues().isEmpty());
    }

    void apiv3KeyWithoutKeychainIsKeptForTheSession()
    {
        profile::SecretStore store;
        ProfileDialog dialog;
        dialog.setSecretStore(&store);
        dialog.setProfile(validProfile());
        QVERIFY(
            child<QLabel>(dialog, "secretStatusLabel")->text().contains(QStringLiteral("not set")));
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto *prompt = qobject_cast<SecretDialog *>(QApplication::activeModalWidget());
            if (!prompt)
                return;
            sawDialog = true;
            QVERIFY(!child<QCheckBox>(*prompt, "rememberCheck")->isEnabled());
            QVERIFY(
                child<QLabel>(*prompt, "storageLabel")->text().contains(QStringLiteral("memory")));
            auto *edit = child<QLineEdit>(*prompt, "secretEdit");
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            edit->setText(QStringLiteral("too short"));
            prompt->accept();
            QVERIFY(prompt->isVisible()); // refused
            QVERIFY(child<QLabel>(*prompt, "errorLabel")->text().contains(QStringLiteral("32")));
            edit->setText(QStringLiteral("0123456789abcdefABCDEF0123456789"));
            QTest::mouseClick(
                child<QDialogButtonBox>(*prompt, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(dialog, "setApiv3KeyButton"), Qt::LeftButton);
        QVERIFY(sawDialog);
        QVERIFY(child<QLabel>(dialog, "secretStatusLabel")
                    ->text()
                    .contains(QStringLiteral("this session")));
        const auto lookup = store.read(QStringLiteral("1900000109"), profile::SecretKind::Apiv3Key);
        QCOMPARE(int(lookup.origin), int(profile::SecretOrigin::Session));
    }

    void sandboxProfileImportsAndTestsGreen()
    {
        QTemporaryDir dir;
        sandbox::Sandbox server;
        sandbox::SandboxOptions options;
        options.dir = dir.path();
        const auto url = server.start(options);
        QVERIFY2(url.ok(), qPrintable(url.error()));
        ProfileDialog dialog;
        dialog.setFileChooser([&server](ProfileDialog::FileRole role) {
            return role == ProfileDialog::FileRole::ImportProfile ? server.profilePath()
                                                                  : QString();
        });
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QCOMPARE(child<QComboBox>(dialog, "environmentCombo")->currentIndex(), 3); // custom URL
        QCOMPARE(dialog.profile().baseUrl, server.url().toString());
        QVERIFY2(dialog.issues().isEmpty(), qPrintable(dialog.issues().value(0).toString()));
        QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QVERIFY2(tested.at(0).at(0).toBool(),
            qPrintable(child<QPlainTextEdit>(dialog, "testResultView")->toPlainText()));
    }

    void testConnectionExplainsTheAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("signedAnswer");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected");
        QTest::newRow("order not exist")
            << 404 << QByteArray(R"({"code":"ORDER_NOT_EXIST","message":"订单不存在"})") << true
            << true << "signature, the keys and the clock are right";
        QTest::newRow("sign error")
            << 401 << QByteArray(R"({"code":"SIGN_ERROR","message":"签名错误"})") << false << false
            << "certificate serial belongs to the private key";
        QTest::newRow("no auth") << 403
                                 << QByteArray(R"({"code":"NO_AUTH","message":"商户无权限"})")
                                 << true << false << "bound to the merchant number";
        QTest::newRow("unverified")
            << 404 << QByteArray(R"({"code":"ORDER_NOT_EXIST","message":"订单不存在"})") << false
            << false << "WeChat Pay public key";
    }
    void testConnectionExplainsTheAnswer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, signedAnswer);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        test::LoopbackServer server;
        QVERIFY(server.listen());
        // The server's clock 10 minutes behind ours: the offset is shown.
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(-600),
                                        QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                    .toLatin1();
        test::ScriptedAnswer answer
            = test::ScriptedAnswer::json(status, body).withHeader("Date", date);
        if (signedAnswer)
            answer = answer.signedWith(m_wechatKey, wechatKeyId.toLatin1());
        server.enqueue(answer);

        ProfileDialog dialog;
        profile::Profile p = validProfile();
        p.baseUrl = server.baseUrl().toString();
        dialog.setProfile(p);
        QVERIFY(child<QPushButton>(dialog, "testConnectionButton")->isEnabled());
        QSignalSpy tested(&dialog, &ProfileDialog::connectionTested);
        QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.at(0).at(0).toBool(), ok);
        const QString shown = child<QLabel>(dialog, "testHeadline")->text() + QLatin1Char('\n')
            + child<QPlainTextEdit>(dialog, "testResultView")->toPlainText();
        QVERIFY2(shown.contains(expected), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("ahead of the server")), qPrintable(shown));
        QCOMPARE(server.requestCount(), 1);
        const test::RecordedRequest request = server.requests().first();
        QCOMPARE(request.method, QByteArray("GET"));
        QVERIFY(request.target.startsWith("/v3/payscore/serviceorder?"));
        QVERIFY(request.target.contains("out_order_no=PSCTEST"));
        QVERIFY(request.header("Authorization").startsWith("WECHATPAY2-SHA256-RSA2048"));
    }

private:
    profile::Profile validProfile() const
    {
        profile::Profile p;
        p.name = QStringLiteral("门店 12");
        p.baseUrl = QStringLiteral("https://api.mch.weixin.qq.com");
        p.mchid = QStringLiteral("1900000109");
        p.merchantSerial = QStringLiteral("3775B6A45ACD588826D15E583A95F5DD24C2C3F3");
        p.privateKeyFile = m_keyPath;
        p.wechatpayPublicKeyId = wechatKeyId;
        p.wechatpayPublicKeyFile = m_pubPath;
        p.appid = QStringLiteral("wxd678efh567hg6787");
        p.serviceId = QStringLiteral("500001");
        return p;
    }

    QTemporaryDir m_dir;
    crypto::PrivateKey m_wechatKey;
    QString m_keyPath;
    QString m_certPath;
    QString m_pubPath;
};

QTEST_MAIN(TestProfileDialog)
#include "tst_ProfileDialog.moc"
