// Answer verification (payscore-api.md §3): one crafted answer per verdict.
#include <apiv3/AnswerVerifier.h>

#include <QtTest>

using namespace psc;
using namespace psc::apiv3;

namespace {

constexpr qint64 now = 1700000000;
const QByteArray keyId = "PUB_KEY_ID_0114232134912410000000000000";
const QByteArray nonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
const QByteArray body = R"({"out_order_no":"1234323JKHDFE1243252","state":"DONE"})";

QByteArray signBase64(
    const crypto::PrivateKey &key, const QByteArray &timestamp, const QByteArray &text)
{
    return key.signSha256(AnswerVerifier::message(timestamp, nonce, text))->toBase64();
}

} // namespace

class TestAnswerVerifier : public QObject {
    Q_OBJECT

    crypto::PrivateKey m_wechatKey;
    crypto::PrivateKey m_otherKey;
    crypto::Certificate m_oldCertificate;
    crypto::Certificate m_newCertificate;
    crypto::PrivateKey m_oldCertificateKey;

    AnswerVerifier verifier() const
    {
        KeyRing ring;
        ring.addPublicKey(
            QString::fromLatin1(keyId), *crypto::PublicKey::fromPem(m_wechatKey.publicKeyPem()));
        return AnswerVerifier(ring, [] { return now; });
    }

private slots:
    void initTestCase()
    {
        m_wechatKey = *crypto::PrivateKey::generateRsa(2048);
        m_otherKey = *crypto::PrivateKey::generateRsa(2048);
        m_oldCertificateKey = *crypto::PrivateKey::generateRsa(2048);
        crypto::Certificate::Request request;
        request.commonName = QStringLiteral("Tenpay.com sign");
        request.serialHex = "5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC";
        m_oldCertificate
            = *crypto::Certificate::create(request, m_oldCertificateKey, m_oldCertificateKey);
        request.serialHex = "7A1B2C3D4E5F60718293A4B5C6D7E8F901234567";
        m_newCertificate = *crypto::Certificate::create(request, m_otherKey, m_otherKey);
    }

    void messageIsThreeTerminatedLines()
    {
        QCOMPARE(AnswerVerifier::message("1", "N", "{}"), QByteArray("1\nN\n{}\n"));
        QCOMPARE(AnswerVerifier::message("1", "N", ""), QByteArray("1\nN\n\n"));
    }

    void verified()
    {
        const QByteArray ts = QByteArray::number(now);
        QCOMPARE(verifier().verify(ts, nonce, signBase64(m_wechatKey, ts, body), keyId, body),
            Verdict::Verified);
    }

    void noContentVerifiedOverEmptyBody()
    {
        const QByteArray ts = QByteArray::number(now);
        QCOMPARE(verifier().verify(ts, nonce, signBase64(m_wechatKey, ts, ""), keyId, ""),
            Verdict::Verified);
        // Signed over "{}" but delivered empty: must not pass.
        QCOMPARE(verifier().verify(ts, nonce, signBase64(m_wechatKey, ts, "{}"), keyId, ""),
            Verdict::SignatureMismatch);
    }

    void missingHeaders_data()
    {
        QTest::addColumn<int>("missing");
        QTest::newRow("timestamp") << 0;
        QTest::newRow("nonce") << 1;
        QTest::newRow("signature") << 2;
        QTest::newRow("serial") << 3;
    }
    void missingHeaders()
    {
        QFETCH(int, missing);
        const QByteArray ts = QByteArray::number(now);
        RawHeaders headers { { "Wechatpay-Timestamp", ts }, { "Wechatpay-Nonce", nonce },
            { "Wechatpay-Signature", signBase64(m_wechatKey, ts, body) },
            { "Wechatpay-Serial", keyId } };
        QCOMPARE(verifier().verify(headers, body), Verdict::Verified);
        headers.removeAt(missing);
        QCOMPARE(verifier().verify(headers, body), Verdict::MissingHeaders);
    }

    void headerNamesAnyCase()
    {
        const QByteArray ts = QByteArray::number(now);
        const RawHeaders headers { { "wechatpay-timestamp", ts }, { "WECHATPAY-NONCE", nonce },
            { "wechatpay-signature", signBase64(m_wechatKey, ts, body) },
            { "Wechatpay-serial", keyId } };
        QCOMPARE(verifier().verify(headers, body), Verdict::Verified);
    }

    void unknownSerial()
    {
        const QByteArray ts = QByteArray::number(now);
        QCOMPARE(verifier().verify(ts, nonce, signBase64(m_wechatKey, ts, body),
                     "PUB_KEY_ID_0114999999999999999999999999", body),
            Verdict::UnknownSerial);
    }

    void clockSkew_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("+300") << qint64(300) << true;
        QTest::newRow("-300") << qint64(-300) << true;
        QTest::newRow("+301") << qint64(301) << false;
        QTest::newRow("-301") << qint64(-301) << false;
        QTest::newRow("milliseconds") << now * 999 << false;
    }
    void clockSkew()
    {
        QFETCH(qint64, offset);
        QFETCH(bool, accepted);
        const QByteArray ts = QByteArray::number(now + offset);
        QCOMPARE(verifier().verify(ts, nonce, signBase64(m_wechatKey, ts, body), keyId, body),
            accepted ? Verdict::Verified : Verdict::ClockSkew);
    }

    void nonNumericTimestampIsSkew()
    {
        QCOMPARE(
            verifier().verify("17e8", nonce, signBase64(m_wechatKey, "17e8", body), keyId, body),
            Verdict::ClockSkew);
    }

    void badSignatureEncoding_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("probe") << QByteArray("WECHATPAY/SIGNTEST/ZzaZsdR0hQ8IAbBVhL0oBVGAUzN3xuh"
                                             "JqGhHYAQZqXuYa8gWJc6V0Y3Rrq+Q==");
        QTest::newRow("garbage") << QByteArray("!!!not base64!!!");
        QTest::newRow("no padding") << QByteArray("YWJjZA");
    }
    void badSignatureEncoding()
    {
        QFETCH(QByteArray, signature);
        const QByteArray ts = QByteArray::number(now);
        QCOMPARE(
            verifier().verify(ts, nonce, signature, keyId, body), Verdict::BadSignatureEncoding);
    }

    void signatureMismatch()
    {
        const QByteArray ts = QByteArray::number(now);
        QByteArray tampered = body;
        tampered.replace("DONE", "DOING");
        QCOMPARE(verifier().verify(ts, nonce, signBase64(m_wechatKey, ts, body), keyId, tampered),
            Verdict::SignatureMismatch);
        // Right format, wrong signer (e.g. the merchant's own key).
        QCOMPARE(verifier().verify(ts, nonce, signBase64(m_otherKey, ts, body), keyId, body),
            Verdict::SignatureMismatch);
        // Another nonce than the one signed.
        QCOMPARE(
            verifier().verify(ts, "OTHERNONCE", signBase64(m_wechatKey, ts, body), keyId, body),
            Verdict::SignatureMismatch);
    }

    void platformCertificatesDuringRotation()
    {
        KeyRing ring;
        ring.addCertificate(m_oldCertificate);
        ring.addCertificate(m_newCertificate);
        QCOMPARE(ring.serials().size(), 2);
        const AnswerVerifier rotating(ring, [] { return now; });
        const QByteArray ts = QByteArray::number(now);
        QCOMPARE(rotating.verify(ts, nonce, signBase64(m_oldCertificateKey, ts, body),
                     "5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC", body),
            Verdict::Verified);
        // Serials are hex: any case matches.
        QCOMPARE(rotating.verify(ts, nonce, signBase64(m_otherKey, ts, body),
                     "7a1b2c3d4e5f60718293a4b5c6d7e8f901234567", body),
            Verdict::Verified);
        // Signed by the new key but announcing the old serial.
        QCOMPARE(rotating.verify(ts, nonce, signBase64(m_otherKey, ts, body),
                     "5DEA10EF55877E3CF6C33255C2E7DEFFF7E427EC", body),
            Verdict::SignatureMismatch);
        // Public key mode and certificate mode in one ring.
        ring.addPublicKey(
            QString::fromLatin1(keyId), *crypto::PublicKey::fromPem(m_wechatKey.publicKeyPem()));
        QCOMPARE(AnswerVerifier(ring, [] { return now; })
                     .verify(ts, nonce, signBase64(m_wechatKey, ts, body), keyId, body),
            Verdict::Verified);
    }

    void verdictNamesAreDistinct()
    {
        QSet<QString> names;
        for (Verdict verdict : { Verdict::NotChecked, Verdict::Verified, Verdict::MissingHeaders,
                 Verdict::UnknownSerial, Verdict::ClockSkew, Verdict::BadSignatureEncoding,
                 Verdict::SignatureMismatch })
            names.insert(verdictName(verdict));
        QCOMPARE(names.size(), 7);
    }
};

QTEST_GUILESS_MAIN(TestAnswerVerifier)
#include "tst_answerverifier.moc"
