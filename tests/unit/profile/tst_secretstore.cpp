// Secrets: keychain absent → memory for this session only, no crash, no hang, nothing on disk;
// the environment wins for scripts; key file permission warnings.
#include <profile/KeyFilePermissions.h>
#include <profile/Profile.h>
#include <profile/SecretSnapshot.h>
#include <profile/SecretStore.h>
#include <profile/StoredSecretSource.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace psc::profile;
using psc::crypto::SecureBytes;

namespace {

const SecureBytes apiv3Key(QByteArrayView("0123456789abcdefABCDEF0123456789"));

// Every byte under the test's isolated HOME (settings, caches, data).
QByteArray everythingUnderHome()
{
    QByteArray all;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        // As on CI and a bare Linux box: no D-Bus session bus, no keychain service.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
        qunsetenv("PAYSCORE_APIV3_KEY");
        qunsetenv("PAYSCORE_KEY_PASSPHRASE");
    }

    void noKeychainKeepsSecretsInMemoryForThisSessionOnly()
    {
        SecretStore store;
        QVERIFY(!store.keychainAvailable());
        QVERIFY(!store.read(QStringLiteral("1900000001"), SecretKind::Apiv3Key).found());
        QCOMPARE(int(store.store(QStringLiteral("1900000001"), SecretKind::Apiv3Key, apiv3Key)),
            int(SecretOrigin::Session));
        const auto lookup = store.read(QStringLiteral("1900000001"), SecretKind::Apiv3Key);
        QCOMPARE(int(lookup.origin), int(SecretOrigin::Session));
        QVERIFY(lookup.secret == apiv3Key);
        // Other merchants and the other kind of secret are separate.
        QVERIFY(!store.read(QStringLiteral("1900000002"), SecretKind::Apiv3Key).found());
        QVERIFY(!store.read(QStringLiteral("1900000001"), SecretKind::KeyPassphrase).found());
        // A new session (process) starts empty: it was never written anywhere.
        SecretStore nextSession;
        QVERIFY(!nextSession.read(QStringLiteral("1900000001"), SecretKind::Apiv3Key).found());
        QVERIFY(!everythingUnderHome().contains(QByteArray(apiv3Key.constData(), apiv3Key.size())));

        store.forget(QStringLiteral("1900000001"), SecretKind::Apiv3Key);
        QVERIFY(!store.read(QStringLiteral("1900000001"), SecretKind::Apiv3Key).found());
    }

    void brokenKeychainFallsBackWithoutCrashOrHang()
    {
        // A bus address that leads nowhere: QtKeychain is really asked, and fails.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/payscore-test-bus");
        SecretStore store(QStringLiteral("PayScore Console test"));
        store.setKeychainTimeout(std::chrono::milliseconds(3000));
        QVERIFY(store.keychainAvailable());
        QElapsedTimer timer;
        timer.start();
        const SecretOrigin where = store.store(QStringLiteral("1900000003"),
            SecretKind::KeyPassphrase, SecureBytes(QByteArrayView("correct horse battery staple")));
        QCOMPARE(int(where), int(SecretOrigin::Session));
        QVERIFY(!store.keychainAvailable()); // not asked again this session
        QVERIFY(timer.elapsed() < 10000);
        const auto lookup = store.read(QStringLiteral("1900000003"), SecretKind::KeyPassphrase);
        QCOMPARE(int(lookup.origin), int(SecretOrigin::Session));
        QVERIFY(!everythingUnderHome().contains("correct horse battery staple"));
    }

    void environmentWinsForScripts()
    {
        SecretStore store;
        store.store(QStringLiteral("m"), SecretKind::Apiv3Key, apiv3Key);
        qputenv("PAYSCORE_APIV3_KEY", "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ");
        const auto lookup = store.read(QStringLiteral("m"), SecretKind::Apiv3Key);
        QCOMPARE(int(lookup.origin), int(SecretOrigin::Environment));
        QVERIFY(lookup.secret == SecureBytes(QByteArrayView("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")));
        qputenv("PAYSCORE_KEY_PASSPHRASE", "pass");
        QCOMPARE(int(store.read(QStringLiteral("m"), SecretKind::KeyPassphrase).origin),
            int(SecretOrigin::Environment));
    }

    void disabledKeychainIsNeverUsed()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/payscore-test-bus");
        SecretStore store;
        store.setKeychainEnabled(false);
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(int(store.store(QStringLiteral("m"), SecretKind::Apiv3Key, apiv3Key)),
            int(SecretOrigin::Session));
    }

    void apiv3KeyIsValidated()
    {
        QVERIFY(SecretStore::validate(SecretKind::Apiv3Key, apiv3Key).isEmpty());
        const QString tooShort
            = SecretStore::validate(SecretKind::Apiv3Key, SecureBytes(QByteArrayView("abc")));
        QVERIFY(tooShort.contains(QStringLiteral("32")));
        QVERIFY(!tooShort.contains(QStringLiteral("abc"))); // never echoes the secret
        QVERIFY(!SecretStore::validate(
            SecretKind::Apiv3Key, SecureBytes(QByteArrayView("0123456789abcdef 123456789abcdef")))
                     .isEmpty());
        QVERIFY(!SecretStore::validate(SecretKind::KeyPassphrase, SecureBytes()).isEmpty());
    }

    // A batch's thread gets the secrets read on the UI thread: what the store had then, for
    // that profile only, and nothing typed afterwards.
    void aSnapshotAnswersForItsProfileOnly()
    {
        SecretStore store;
        store.setKeychainEnabled(false);
        StoredSecretSource source(store);
        Profile profile;
        profile.mchid = QStringLiteral("1900000001");
        profile.privateKeyFile = QStringLiteral("/keys/store12.pem");
        QCOMPARE(int(store.store(profile.mchid, SecretKind::Apiv3Key, apiv3Key)),
            int(SecretOrigin::Session));
        SecretSnapshot snapshot = SecretSnapshot::take(profile, source);
        store.store(profile.mchid, SecretKind::KeyPassphrase, SecureBytes(QByteArrayView("later")));

        const auto key = snapshot.secret(profile, SecretKind::Apiv3Key);
        QVERIFY(key && *key == apiv3Key);
        QVERIFY(!snapshot.secret(profile, SecretKind::KeyPassphrase)); // stored after the take
        QCOMPARE(snapshot.describe(SecretKind::Apiv3Key), source.describe(SecretKind::Apiv3Key));
        Profile otherMerchant = profile;
        otherMerchant.mchid = QStringLiteral("1900000002");
        QVERIFY(!snapshot.secret(otherMerchant, SecretKind::Apiv3Key));
        Profile otherKey = profile;
        otherKey.privateKeyFile = QStringLiteral("/keys/store13.pem");
        QVERIFY(!snapshot.secret(otherKey, SecretKind::Apiv3Key));
    }

    void keyReadableByOthersIsWarned()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("apiclient_key.pem"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN PRIVATE KEY-----\n");
        file.close();
        QVERIFY(file.setPermissions(
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)); // 0644
        QVERIFY(KeyFilePermissions::isReadableByOthers(path));
        const QString warning = KeyFilePermissions::warningFor(path);
        QVERIFY(warning.contains(path));
        QVERIFY(warning.contains(QStringLiteral("chmod 600")));
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // 0600
        QVERIFY(KeyFilePermissions::warningFor(path).isEmpty());
        QVERIFY(
            KeyFilePermissions::warningFor(dir.filePath(QStringLiteral("missing.pem"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
