// Profiles: the JSON file format, per-field validation, and the ready client configuration.
#include <profile/ClientConfigFactory.h>
#include <profile/Profile.h>

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc;
using namespace psc::profile;

namespace {

const QString v1Profile = QStringLiteral("profiles/v1-test.json");

Profile validProfile()
{
    return *Profile::load(test::testDataPath(v1Profile));
}

QStringList fieldsOf(const QList<ProfileIssue> &issues)
{
    QStringList fields;
    for (const ProfileIssue &issue : issues)
        fields << issue.field;
    return fields;
}

// A secret source answering from memory, as a keychain-backed one would.
class FixedSecretSource final : public SecretSource {
public:
    QHash<int, QByteArray> secrets;
    int asked = 0;
    std::optional<crypto::SecureBytes> secret(const Profile &, SecretKind kind) override
    {
        ++asked;
        if (!secrets.contains(int(kind)))
            return std::nullopt;
        return crypto::SecureBytes(secrets.value(int(kind)));
    }
    QString describe(SecretKind) const override { return QStringLiteral("the test source"); }
};

} // namespace

class TestProfile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadsEveryField()
    {
        const auto loaded = Profile::load(test::testDataPath(v1Profile));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->name, QStringLiteral("V1 official test key"));
        QCOMPARE(loaded->baseUrl, QStringLiteral("https://api.mch.weixin.qq.com"));
        QCOMPARE(loaded->mchid, QStringLiteral("1900007291"));
        QCOMPARE(
            loaded->merchantSerial, QStringLiteral("408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB"));
        QCOMPARE(loaded->wechatpayPublicKeyId,
            QStringLiteral("PUB_KEY_ID_0114232134912410000000000000"));
        QCOMPARE(loaded->platformCertificateFiles.size(), 1);
        QCOMPARE(loaded->appid, QStringLiteral("wxd678efh567hg6787"));
        QCOMPARE(loaded->serviceId, QStringLiteral("500001000000000000000000000000"));
        // Relative paths resolve against the profile's folder, not the working directory.
        QCOMPARE(loaded->resolve(loaded->privateKeyFile),
            QDir::cleanPath(test::testDataPath(QStringLiteral("vectors/v1_private_key.pem"))));
        QCOMPARE(loaded->resolve(QStringLiteral("/abs/key.pem")), QStringLiteral("/abs/key.pem"));
        QCOMPARE(loaded->resolve(QString()), QString());
    }

    void saveAndLoadRoundTrip()
    {
        Profile profile = validProfile();
        QJsonObject json = profile.toJson();
        json.insert(QStringLiteral("future_field"), 42);
        profile = *Profile::fromJson(json, profile.folder);
        profile.name = QStringLiteral("门店 A");
        profile.platformCertificateFiles << QStringLiteral("/certs/second.pem");
        const QString path = m_dir.filePath(QStringLiteral("saved.json"));
        QCOMPARE(profile.save(path), QString());

        const auto loaded = Profile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const Profile &reloaded = *loaded;
        QCOMPARE(reloaded.folder, m_dir.path());
        QCOMPARE(reloaded.name, QStringLiteral("门店 A"));
        QCOMPARE(reloaded.platformCertificateFiles, profile.platformCertificateFiles);
        QCOMPARE(reloaded.toJson(), profile.toJson());
        QCOMPARE(reloaded.otherFields.value(QLatin1String("future_field")).toInt(), 42);
        QVERIFY(!reloaded.toJson().contains(QLatin1String("apiv3_key")));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("name empty") << "name" << QJsonValue(QString()) << "name";
        QTest::newRow("mchid letters") << "mchid" << QJsonValue("19000072x1") << "mchid";
        QTest::newRow("mchid empty") << "mchid" << QJsonValue(QString()) << "mchid";
        QTest::newRow("serial not hex")
            << "merchant_serial" << QJsonValue("408B07E79B8269FEC3D5D3E6AB8ED163A6A380DZ")
            << "merchant_serial";
        QTest::newRow("http remote")
            << "base_url" << QJsonValue("http://api.mch.weixin.qq.com") << "base_url";
        QTest::newRow("ftp") << "base_url" << QJsonValue("ftp://api.mch.weixin.qq.com")
                             << "base_url";
        QTest::newRow("url with query")
            << "base_url" << QJsonValue("https://api.mch.weixin.qq.com/?a=1") << "base_url";
        QTest::newRow("no key file")
            << "private_key_file" << QJsonValue(QString()) << "private_key_file";
        QTest::newRow("key id format")
            << "wechatpay_public_key_id" << QJsonValue("0114232134912410000000000000")
            << "wechatpay_public_key_id";
        QTest::newRow("key id without file")
            << "wechatpay_public_key_file" << QJsonValue(QString()) << "wechatpay_public_key_file";
        QTest::newRow("sub_mchid letters") << "sub_mchid" << QJsonValue("abc") << "sub_mchid";
        QTest::newRow("service_id symbols") << "service_id" << QJsonValue("500|1") << "service_id";
        QTest::newRow("empty certificate entry")
            << "platform_certificate_files" << QJsonValue(QJsonArray { QString() })
            << "platform_certificate_files[0]";
    }
    void validationNamesTheField()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QVERIFY(validProfile().validate().isEmpty());
        QJsonObject json = validProfile().toJson();
        json.insert(key, value);
        const auto profile = Profile::fromJson(json);
        QVERIFY(profile.ok());
        const QStringList fields = fieldsOf(profile->validate());
        QVERIFY2(fields.contains(field), qPrintable(fields.join(QLatin1Char(','))));
        // load() refuses the same file and says which field.
        const QString path = writeFile(QStringLiteral("bad.json"), QJsonDocument(json).toJson());
        const auto loaded = Profile::load(path);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().contains(field + QLatin1Char(':')), qPrintable(loaded.error()));
    }

    void loopbackHttpAllowed()
    {
        Profile profile = validProfile();
        profile.baseUrl = QStringLiteral("http://127.0.0.1:8443");
        QVERIFY(profile.validate().isEmpty());
        profile.baseUrl = QStringLiteral("http://localhost:8443");
        QVERIFY(profile.validate().isEmpty());
    }

    void needsOneWeChatPayKeyMode()
    {
        Profile profile = validProfile();
        profile.wechatpayPublicKeyId.clear();
        profile.wechatpayPublicKeyFile.clear();
        QVERIFY(profile.validate().isEmpty()); // platform certificates alone are enough
        profile.platformCertificateFiles.clear();
        QCOMPARE(fieldsOf(profile.validate()),
            QStringList { QStringLiteral("wechatpay_public_key_file") });
    }

    void wrongJsonTypesNameTheField()
    {
        QJsonObject json = validProfile().toJson();
        json.insert(QStringLiteral("mchid"), 1900007291);
        auto profile = Profile::fromJson(json);
        QVERIFY(!profile.ok());
        QVERIFY(profile.error().startsWith(QLatin1String("mchid:")));
        json = validProfile().toJson();
        json.insert(QStringLiteral("platform_certificate_files"), QStringLiteral("a.pem"));
        profile = Profile::fromJson(json);
        QVERIFY(!profile.ok());
        QVERIFY(profile.error().startsWith(QLatin1String("platform_certificate_files:")));
    }

    void malformedOrMissingFile()
    {
        const auto broken = Profile::load(writeFile(QStringLiteral("broken.json"), "{\"name\": "));
        QVERIFY(!broken.ok());
        QVERIFY(broken.error().contains(QLatin1String("JSON")));
        const auto array = Profile::load(writeFile(QStringLiteral("array.json"), "[]"));
        QVERIFY(!array.ok());
        const auto missing = Profile::load(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QLatin1String("none.json")));
    }

    void clientConfigFromProfile()
    {
        const auto config = ClientConfigFactory().create(validProfile());
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(config->baseUrl, QUrl(QStringLiteral("https://api.mch.weixin.qq.com")));
        QCOMPARE(config->credentials.mchid, QStringLiteral("1900007291"));
        QCOMPARE(config->credentials.merchantSerial,
            QStringLiteral("408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB"));
        QVERIFY(!config->credentials.privateKey.isNull());
        QCOMPARE(
            config->wechatpaySerial, QStringLiteral("PUB_KEY_ID_0114232134912410000000000000"));
        QVERIFY(
            config->keyRing.contains(QStringLiteral("PUB_KEY_ID_0114232134912410000000000000")));
        QVERIFY(
            config->keyRing.contains(QStringLiteral("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC")));
        QVERIFY(config->extraCaFile.isEmpty());
        QCOMPARE(config->backupBaseUrl, QUrl(QStringLiteral("https://api2.mch.weixin.qq.com")));
    }

    void otherHostsHaveNoBackup()
    {
        Profile profile = validProfile();
        profile.baseUrl = QStringLiteral("https://apihk.mch.weixin.qq.com");
        const auto config = ClientConfigFactory().create(profile);
        QVERIFY(config.ok());
        QVERIFY(config->backupBaseUrl.isEmpty());
    }

    void platformCertificateModeSendsNewestSerial()
    {
        Profile profile = validProfile();
        profile.wechatpayPublicKeyId.clear();
        profile.wechatpayPublicKeyFile.clear();
        const auto config = ClientConfigFactory().create(profile);
        QVERIFY2(config.ok(), qPrintable(config.error()));
        QCOMPARE(
            config->wechatpaySerial, QStringLiteral("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC"));
    }

    void unusableFilesNameTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("private key missing") << "private_key_file";
        QTest::newRow("private key garbage") << "private_key_file#garbage";
        QTest::newRow("public key garbage") << "wechatpay_public_key_file";
        QTest::newRow("certificate garbage") << "platform_certificate_files[0]";
        QTest::newRow("ca missing") << "ca_certificates_file";
    }
    void unusableFilesNameTheField()
    {
        QFETCH(QString, field);
        // Looks like key material; it must never be echoed back.
        const QByteArray secretLooking
            = "-----BEGIN PRIVATE KEY-----\nMIIEvSECRETSECRETSECRET\n-----END PRIVATE KEY-----\n";
        const QString garbage = writeFile(QStringLiteral("garbage.pem"), secretLooking);
        Profile profile = validProfile();
        if (field == QLatin1String("private_key_file"))
            profile.privateKeyFile = QStringLiteral("no_such.pem");
        else if (field == QLatin1String("private_key_file#garbage"))
            profile.privateKeyFile = garbage;
        else if (field == QLatin1String("wechatpay_public_key_file"))
            profile.wechatpayPublicKeyFile = garbage;
        else if (field == QLatin1String("platform_certificate_files[0]"))
            profile.platformCertificateFiles = { garbage };
        else
            profile.caCertificatesFile = QStringLiteral("no_such_ca.pem");
        const auto config = ClientConfigFactory().create(profile);
        QVERIFY(!config.ok());
        const QString expected = field.section(QLatin1Char('#'), 0, 0) + QLatin1Char(':');
        QVERIFY2(config.error().startsWith(expected), qPrintable(config.error()));
        QVERIFY2(!config.error().contains(QLatin1String("SECRET")), qPrintable(config.error()));
        QVERIFY(!config.error().contains(QLatin1String("MIIE")));
    }

    void encryptedKeyPassphraseFromSecretSource()
    {
        Profile profile = validProfile();
        profile.privateKeyFile = QStringLiteral("../vectors/v1_private_key_encrypted.pem");
        FixedSecretSource secrets;
        const auto refused = ClientConfigFactory(&secrets).create(profile);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().startsWith(QLatin1String("private_key_file:")));
        QVERIFY(refused.error().contains(QLatin1String("the test source")));
        secrets.secrets.insert(int(SecretKind::KeyPassphrase), "payscore-test");
        const auto accepted = ClientConfigFactory(&secrets).create(profile);
        QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
        QVERIFY(secrets.asked >= 2);
    }

    void apiV3KeyComesFromTheSecretSource()
    {
        FixedSecretSource secrets;
        QVERIFY(!ClientConfigFactory(&secrets).apiV3Key(validProfile()).ok());
        secrets.secrets.insert(int(SecretKind::Apiv3Key), "short");
        const auto tooShort = ClientConfigFactory(&secrets).apiV3Key(validProfile());
        QVERIFY(!tooShort.ok());
        QVERIFY(!tooShort.error().contains(QLatin1String("short")));
        secrets.secrets.insert(int(SecretKind::Apiv3Key), "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");
        const auto key = ClientConfigFactory(&secrets).apiV3Key(validProfile());
        QVERIFY(key.ok());
        QCOMPARE(key->size(), 32);
    }

    void environmentSourceReadsTheVariable()
    {
        qunsetenv("PAYSCORE_APIV3_KEY");
        const auto none = ClientConfigFactory().apiV3Key(validProfile());
        QVERIFY(!none.ok());
        QVERIFY(none.error().contains(QLatin1String("PAYSCORE_APIV3_KEY")));
        qputenv("PAYSCORE_APIV3_KEY", "a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");
        const auto key = ClientConfigFactory().apiV3Key(validProfile());
        qunsetenv("PAYSCORE_APIV3_KEY");
        QVERIFY(key.ok());
        QVERIFY(*key == crypto::SecureBytes(QByteArrayView("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb")));
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
