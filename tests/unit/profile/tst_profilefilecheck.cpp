// profile::ProfileFileCheck: the one home of the checks on the files a profile names, shared
// by the profile dialog, ClientConfigFactory and the CLI.
#include <profile/ProfileFileCheck.h>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using psc::profile::Profile;
using psc::profile::ProfileFileCheck;
using psc::profile::ProfileIssue;

namespace {

const QString vectors = QStringLiteral(PAYSCORE_TESTDATA_DIR "/vectors/");

QStringList fieldsOf(const QList<ProfileIssue> &issues)
{
    QStringList fields;
    for (const ProfileIssue &issue : issues)
        fields << issue.field;
    return fields;
}

} // namespace

class TestProfileFileCheck : public QObject {
    Q_OBJECT
private slots:
    void unreadableSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(
            ProfileFileCheck::unreadable(vectors + QStringLiteral("v1_public_key.pem")).isEmpty());
        const QString missing = dir.filePath(QStringLiteral("nope.pem"));
        QVERIFY(ProfileFileCheck::unreadable(missing).contains(QLatin1String("does not exist")));
        QVERIFY(ProfileFileCheck::unreadable(missing).contains(QLatin1String("nope.pem")));
        QVERIFY(ProfileFileCheck::unreadable(dir.path()).contains(QLatin1String("is not a file")));
    }

    void issuesNameTheField()
    {
        QTemporaryDir dir;
        QFile garbage(dir.filePath(QStringLiteral("garbage.pem")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a key");
        garbage.close();

        Profile profile;
        profile.folder = dir.path();
        profile.privateKeyFile = QStringLiteral("missing_key.pem"); // relative: resolved
        profile.wechatpayPublicKeyFile = QStringLiteral("garbage.pem");
        profile.platformCertificateFiles
            = { vectors + QStringLiteral("v3c_certificate.pem"), QStringLiteral("garbage.pem") };
        const QList<ProfileIssue> issues = ProfileFileCheck::issues(profile);
        QCOMPARE(fieldsOf(issues),
            QStringList(
                { QStringLiteral("private_key_file"), QStringLiteral("wechatpay_public_key_file"),
                    QStringLiteral("platform_certificate_files[1]") }));
        QVERIFY(issues[0].message.contains(dir.filePath(QStringLiteral("missing_key.pem"))));
        QVERIFY(issues[1].message.startsWith(QLatin1String("is not a public key")));
        QVERIFY(issues[2].message.contains(QLatin1String("is not a certificate")));

        profile.privateKeyFile = vectors + QStringLiteral("v1_private_key.pem");
        profile.wechatpayPublicKeyFile = vectors + QStringLiteral("v1_public_key.pem");
        profile.platformCertificateFiles = { vectors + QStringLiteral("v3c_certificate.pem") };
        QVERIFY(ProfileFileCheck::issues(profile).isEmpty());
    }

    void encryptedKeyDetected()
    {
        QVERIFY(ProfileFileCheck::isEncryptedKey(
            vectors + QStringLiteral("v1_private_key_encrypted.pem")));
        QVERIFY(!ProfileFileCheck::isEncryptedKey(vectors + QStringLiteral("v1_private_key.pem")));
        QVERIFY(!ProfileFileCheck::isEncryptedKey(QString()));
    }
};

QTEST_GUILESS_MAIN(TestProfileFileCheck)
#include "tst_profilefilecheck.moc"
