// Answer verification and decoding (headers + body + key ring). Input: four header lines
// (Wechatpay-Timestamp, -Nonce, -Signature, -Serial), then the body. The key ring holds the
// public key of the official test vector key. Invariants: "verified" only when the signature
// is a real RSA signature over exactly these timestamp, nonce and body bytes; an answer that
// did not verify is never decoded into a success or an order.
#include "FuzzCheck.h"

#include <apiv3/AnswerVerifier.h>
#include <crypto/Codec.h>
#include <payscore/AnswerDecoder.h>

#include <QFile>

using namespace psc;

namespace {

struct Keys {
    crypto::PublicKey publicKey;
    apiv3::KeyRing ring;
};

const Keys &keys()
{
    static const Keys loaded = [] {
        QFile file(QStringLiteral(PAYSCORE_TESTDATA_DIR "/vectors/v1_public_key.pem"));
        FUZZ_CHECK(file.open(QIODevice::ReadOnly));
        Keys k;
        k.publicKey = *crypto::PublicKey::fromPem(file.readAll());
        k.ring.addPublicKey(
            QStringLiteral("PUB_KEY_ID_0114232134912410000000000000000001"), k.publicKey);
        return k;
    }();
    return loaded;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> fields = fuzz::splitFields(fuzz::bytesOf(data, size), 4);
    if (fields.size() < 5)
        return 0;
    const QByteArray &timestamp = fields[0];
    const QByteArray &nonce = fields[1];
    const QByteArray &signature = fields[2];
    const QByteArray &serial = fields[3];
    const QByteArray &body = fields[4];
    const apiv3::AnswerVerifier verifier(keys().ring, [] { return qint64(1700000000); });
    const apiv3::Verdict verdict = verifier.verify(timestamp, nonce, signature, serial, body);
    if (verdict == apiv3::Verdict::Verified) {
        // Checked independently of the verifier's own path: the key, the strict Base64, the
        // message over the bytes as received.
        const auto raw = crypto::decodeBase64Strict(signature);
        FUZZ_CHECK(raw.has_value());
        FUZZ_CHECK(keys().publicKey.verifySha256(
            apiv3::AnswerVerifier::message(timestamp, nonce, body), *raw));
        bool isNumber = false;
        const qint64 seconds = QByteArray(timestamp).toLongLong(&isNumber);
        FUZZ_CHECK(isNumber && qAbs(seconds - 1700000000) <= apiv3::AnswerVerifier::maxSkewSeconds);
    }

    // The same answer as a 200 through the decoder, with the verifier's verdict.
    apiv3::ApiResult api;
    api.httpStatus = 200;
    api.body = body;
    api.headers = { { "Wechatpay-Timestamp", timestamp }, { "Wechatpay-Nonce", nonce },
        { "Wechatpay-Signature", signature }, { "Wechatpay-Serial", serial } };
    api.verdict = verdict;
    api.verified = verdict == apiv3::Verdict::Verified;
    api.outcome = api.verified ? apiv3::Outcome::Succeeded : apiv3::Outcome::Unknown;
    if (!api.verified)
        api.error
            = apiv3::ApiError::client(QString::fromLatin1(apiv3::ClientCode::VerificationFailed),
                QStringLiteral("not verified"));
    const payscore::OperationResult decoded = payscore::AnswerDecoder::decode(
        api, payscore::Mode::ServiceOrder, payscore::Operation::Query);
    if (!api.verified) {
        FUZZ_CHECK(!decoded.succeeded());
        FUZZ_CHECK(!decoded.verified);
        FUZZ_CHECK(!decoded.order.has_value());
    }
    return 0;
}
