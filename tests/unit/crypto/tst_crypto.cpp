// Known-answer tests for the OpenSSL wrappers: every vector of shared/docs/test-vectors.md.
#include "TestData.h"

#include <crypto/Codec.h>
#include <crypto/Keys.h>

#include <QtTest>

using namespace psc::crypto;
using psc::test::readTestData;
using psc::test::testDataPath;

class TestCrypto : public QObject {
    Q_OBJECT

private:
    static PrivateKey v1Key()
    {
        auto key = PrivateKey::fromFile(testDataPath(QStringLiteral("vectors/v1_private_key.pem")));
        if (!key)
            qFatal("V1 key failed to load: %s", qPrintable(key.error()));
        return *key;
    }
    static QByteArray sign(const PrivateKey &key, QByteArrayView message)
    {
        auto signature = key.signSha256(message);
        return signature ? signature->toBase64() : QByteArray();
    }

private slots:
    void v1aPostWithChineseBody()
    {
        const QByteArray message = readTestData(QStringLiteral("vectors/v1a_message.txt"));
        QVERIFY(message.endsWith("\"}}\n"));
        QVERIFY(message.contains("Image形象店"));
        QCOMPARE(sign(v1Key(), message),
            readTestData(QStringLiteral("vectors/v1a_signature.b64")).trimmed());
    }

    void v1bGetWithEmptyBody()
    {
        const QByteArray message = "GET\n/v3/refund/domestic/refunds/123123123123\n1554208460\n"
                                   "593BEC0C930BF1AFEB40B4A08C8FB242\n\n";
        QCOMPARE(sign(v1Key(), message),
            readTestData(QStringLiteral("vectors/v1b_signature.b64")).trimmed());
    }

    void v2SdkVector()
    {
        auto key = PrivateKey::fromFile(testDataPath(QStringLiteral("vectors/v2_private_key.pem")));
        QVERIFY2(key.ok(), qPrintable(key.error()));
        const QByteArray expected
            = readTestData(QStringLiteral("vectors/v2_signature.b64")).trimmed();
        QCOMPARE(sign(*key, "source"), expected);

        auto publicKey
            = PublicKey::fromFile(testDataPath(QStringLiteral("vectors/v2_public_key.pem")));
        QVERIFY2(publicKey.ok(), qPrintable(publicKey.error()));
        const QByteArray raw = *decodeBase64Strict(expected);
        QVERIFY(publicKey->verifySha256("source", raw));
        QVERIFY(!publicKey->verifySha256("sourcE", raw));
        QByteArray flipped = raw;
        flipped[10] = char(flipped[10] ^ 0x01);
        QVERIFY(!publicKey->verifySha256("source", flipped));
    }

    void privateKeyFormatsAllSignTheSame_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("pkcs8") << "vectors/v1_private_key.pem" << QByteArray();
        QTest::newRow("pkcs1") << "vectors/v1_private_key_pkcs1.pem" << QByteArray();
        QTest::newRow("encrypted-pkcs8")
            << "vectors/v1_private_key_encrypted.pem" << QByteArray("payscore-test");
    }
    void privateKeyFormatsAllSignTheSame()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, passphrase);
        int asked = 0;
        auto key = PrivateKey::fromFile(testDataPath(file), [&] {
            ++asked;
            return SecureBytes(passphrase);
        });
        QVERIFY2(key.ok(), qPrintable(key.error()));
        QCOMPARE(asked, passphrase.isEmpty() ? 0 : 1);
        QCOMPARE(key->bits(), 2048);
        const QByteArray message = readTestData(QStringLiteral("vectors/v1a_message.txt"));
        QCOMPARE(sign(*key, message),
            readTestData(QStringLiteral("vectors/v1a_signature.b64")).trimmed());
    }

    void encryptedKeyNeedsTheRightPassphrase()
    {
        const QString path = testDataPath(QStringLiteral("vectors/v1_private_key_encrypted.pem"));
        auto none = PrivateKey::fromFile(path);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(QLatin1String("passphrase")), qPrintable(none.error()));
        auto wrong = PrivateKey::fromFile(path, [] { return SecureBytes("nope"); });
        QVERIFY(!wrong.ok());
        QVERIFY2(
            wrong.error().contains(QLatin1String("wrong passphrase")), qPrintable(wrong.error()));
    }

    void badKeyFilesFailCleanly()
    {
        QVERIFY(!PrivateKey::fromFile(QStringLiteral("/nonexistent/key.pem")).ok());
        QVERIFY(!PrivateKey::fromPem(SecureBytes("")).ok());
        auto garbage = PrivateKey::fromPem(
            SecureBytes("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"));
        QVERIFY(!garbage.ok());
        // A public key is not a private key.
        QVERIFY(!PrivateKey::fromPem(
            SecureBytes(readTestData(QStringLiteral("vectors/v1_public_key.pem"))))
                     .ok());
        QVERIFY(!PublicKey::fromPem("not a key").ok());
    }

    void publicKeyMatchesDerivedPem()
    {
        QCOMPARE(v1Key().publicKeyPem(), readTestData(QStringLiteral("vectors/v1_public_key.pem")));
    }

    void v3bAes256Gcm()
    {
        const SecureBytes key("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");
        auto plain = decryptAes256Gcm(key, "uluk4a9R25RW", "associatedData",
            *decodeBase64Strict("ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="));
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        QCOMPARE(plain->view().toByteArray(), QByteArray("message"));

        // Tampered tag, tampered AAD, wrong key: all refused, no output.
        QByteArray tampered = *decodeBase64Strict("ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI=");
        tampered[tampered.size() - 1] = char(tampered.back() ^ 1);
        QVERIFY(!decryptAes256Gcm(key, "uluk4a9R25RW", "associatedData", tampered).ok());
        QVERIFY(!decryptAes256Gcm(key, "uluk4a9R25RW", "associatedDatA",
            *decodeBase64Strict("ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="))
                     .ok());
        QVERIFY(!decryptAes256Gcm(SecureBytes("b7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb"), "uluk4a9R25RW",
            "associatedData", *decodeBase64Strict("ulwSiIajGClcvcOYvOQ7+l+0PAbzzwI="))
                     .ok());
    }

    void v3aSixteenByteKeyIsRefused()
    {
        auto result = decryptAes256Gcm(SecureBytes("testAPIv3Key0000"), "wCq51qZv4Yfg",
            "Dl56FrqWQJF1t9LtC3vEUsniZKvbqdR8",
            *decodeBase64Strict("FsdXzxryWfKwvLJKf8LG/ToRPTRh8RN9wROC"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error().contains(QLatin1String("32 bytes")), qPrintable(result.error()));
    }

    void v3cCertificateDownload()
    {
        const SecureBytes key("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");
        const auto ciphertext = decodeBase64Strict(
            readTestData(QStringLiteral("vectors/v3c_ciphertext.b64")).trimmed());
        QVERIFY(ciphertext.has_value());
        auto plain = decryptAes256Gcm(key, "14b16c03dc1b", "certificate", *ciphertext);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        const QByteArray pem = plain->view().toByteArray();
        QCOMPARE(
            pem.trimmed(), readTestData(QStringLiteral("vectors/v3c_certificate.pem")).trimmed());

        auto certificate = Certificate::fromPem(pem);
        QVERIFY2(certificate.ok(), qPrintable(certificate.error()));
        QCOMPARE(
            certificate->serialHex(), QStringLiteral("5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC"));
        QVERIFY(certificate->subject().contains(QLatin1String("CN=Tenpay.com sign")));
        QCOMPARE(
            certificate->notBefore(), QDateTime(QDate(2023, 9, 19), QTime(15, 15, 58), Qt::UTC));
        QCOMPARE(
            certificate->notAfter(), QDateTime(QDate(2028, 9, 17), QTime(15, 15, 58), Qt::UTC));
        QVERIFY(!certificate->publicKey().isNull());
        // The encryption direction reproduces the official ciphertext byte for byte.
        auto again = encryptAes256Gcm(key, "14b16c03dc1b", "certificate", pem);
        QVERIFY(again.ok());
        QCOMPARE(*again, *ciphertext);
    }

    void strictBase64()
    {
        QCOMPARE(*decodeBase64Strict("c291cmNl"), QByteArray("source"));
        QVERIFY(!decodeBase64Strict("").has_value());
        QVERIFY(!decodeBase64Strict("WECHATPAY/SIGNTEST/abcdef").has_value());
        QVERIFY(!decodeBase64Strict("c291cmN").has_value()); // bad length
        QVERIFY(!decodeBase64Strict("c29 cmNl").has_value()); // whitespace
        QVERIFY(!decodeBase64Strict("c291cmN*").has_value()); // bad alphabet
        QVERIFY(!decodeBase64Strict("c291cmM=").has_value()
            || *decodeBase64Strict("c291cmM=") == "sourc");
        QVERIFY(!decodeBase64Strict("c291cmN=").has_value()); // non-canonical trailing bits
    }

    void nonceIsRandomAndWellFormed()
    {
        const QString a = randomNonce();
        const QString b = randomNonce();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
        static const QRegularExpression shape(QStringLiteral("^[0-9A-Z]{32}$"));
        QVERIFY(shape.match(a).hasMatch());
    }

    void generatedCertificateChain()
    {
        auto caKey = PrivateKey::generateRsa(2048);
        auto leafKey = PrivateKey::generateRsa(2048);
        QVERIFY(caKey.ok() && leafKey.ok());
        Certificate::Request caRequest;
        caRequest.commonName = QStringLiteral("Test CA");
        caRequest.isCa = true;
        auto ca = Certificate::create(caRequest, *caKey, *caKey);
        QVERIFY2(ca.ok(), qPrintable(ca.error()));
        Certificate::Request leafRequest;
        leafRequest.commonName = QStringLiteral("localhost");
        leafRequest.dnsNames = { QStringLiteral("localhost") };
        leafRequest.ipAddresses = { QStringLiteral("127.0.0.1") };
        leafRequest.serialHex = "0123456789ABCDEF";
        auto leaf = Certificate::create(leafRequest, *leafKey, *caKey, &*ca);
        QVERIFY2(leaf.ok(), qPrintable(leaf.error()));
        QCOMPARE(leaf->serialHex(), QStringLiteral("0123456789ABCDEF"));
        QVERIFY(leaf->issuer().contains(QLatin1String("Test CA")));
        auto reloaded = Certificate::fromPem(leaf->toPem());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->serialHex(), leaf->serialHex());
        // The certificate carries the leaf's key: a leaf signature verifies with it.
        const QByteArray signature = *leafKey->signSha256("hello");
        QVERIFY(reloaded->publicKey().verifySha256("hello", signature));
        QVERIFY(!ca->publicKey().verifySha256("hello", signature));
        // PKCS#8 export round trip.
        auto again = PrivateKey::fromPem(leafKey->toPkcs8Pem());
        QVERIFY(again.ok());
        QCOMPARE(*again->signSha256("hello"), signature);
    }

    void secureBytesWipe()
    {
        QByteArray secret("top secret apiv3 key 0123456789a");
        secret.detach();
        const SecureBytes held = SecureBytes::takeFrom(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(held.size(), 32);
        SecureBytes copy = held;
        QVERIFY(copy == held);
        copy.clear();
        QVERIFY(copy.isEmpty());
        QVERIFY(!(copy == held));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
