// What one request costs us before it leaves: sign, verify the answer, decrypt a certificate.
// Run with ./dev bench (add -iterations N or -callgrind for instruction counts).
#include "TestData.h"

#include <crypto/Codec.h>
#include <crypto/Keys.h>
#include <payscore/Money.h>

#include <QtTest>

using namespace psc::crypto;

class BenchCrypto : public QObject {
    Q_OBJECT

    PrivateKey m_key;
    PublicKey m_publicKey;
    QByteArray m_message;
    QByteArray m_signature;

private slots:
    void initTestCase()
    {
        m_key = *PrivateKey::fromFile(
            psc::test::testDataPath(QStringLiteral("vectors/v1_private_key.pem")));
        m_publicKey = *PublicKey::fromPem(m_key.publicKeyPem());
        m_message = psc::test::readTestData(QStringLiteral("vectors/v1a_message.txt"));
        m_signature = *m_key.signSha256(m_message);
    }

    void signRequestRsa2048()
    {
        QBENCHMARK
        {
            auto signature = m_key.signSha256(m_message);
            QVERIFY(signature.ok());
        }
    }

    void verifyAnswerRsa2048()
    {
        QBENCHMARK
        {
            QVERIFY(m_publicKey.verifySha256(m_message, m_signature));
        }
    }

    void decryptCertificateAesGcm()
    {
        const SecureBytes key("a7cde1ZJB1kG2e7VfTs3jQzaWizur8Gb");
        const QByteArray ciphertext = *decodeBase64Strict(
            psc::test::readTestData(QStringLiteral("vectors/v3c_ciphertext.b64")).trimmed());
        QBENCHMARK
        {
            auto plain = decryptAes256Gcm(key, "14b16c03dc1b", "certificate", ciphertext);
            QVERIFY(plain.ok());
        }
    }

    void loadPrivateKeyPem()
    {
        const SecureBytes pem(
            psc::test::readTestData(QStringLiteral("vectors/v1_private_key.pem")));
        QBENCHMARK
        {
            auto key = PrivateKey::fromPem(pem);
            QVERIFY(key.ok());
        }
    }

    void parseYuan()
    {
        QBENCHMARK
        {
            auto money = psc::payscore::Money::parseYuan(u"1234.56");
            QVERIFY(money.has_value());
        }
    }
};

QTEST_GUILESS_MAIN(BenchCrypto)
#include "bench_crypto.moc"
