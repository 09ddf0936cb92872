// The input of notification decryption: a callback body's resource{ciphertext, nonce,
// associated_data} through strict Base64 and AEAD_AES_256_GCM with the APIv3 key. Invariant:
// decryption succeeds only for the ciphertext, nonce and associated data that were really
// encrypted with the key (the one notification in the seed corpus); anything else is refused.
#include "FuzzCheck.h"

#include <crypto/Codec.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace psc;

namespace {

const crypto::SecureBytes &apiv3Key()
{
    static const crypto::SecureBytes key(QByteArray("PayScoreConsoleSandboxApiV3Key00"));
    return key;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject notification = QJsonDocument::fromJson(fuzz::bytesOf(data, size)).object();
    const QJsonObject resource = notification.value(QLatin1String("resource")).toObject();
    const QByteArray nonce = resource.value(QLatin1String("nonce")).toString().toUtf8();
    const QByteArray associated
        = resource.value(QLatin1String("associated_data")).toString().toUtf8();
    const auto ciphertext = crypto::decodeBase64Strict(
        resource.value(QLatin1String("ciphertext")).toString().toLatin1());
    if (!ciphertext)
        return 0;
    FUZZ_CHECK(ciphertext->toBase64()
        == resource.value(QLatin1String("ciphertext")).toString().toLatin1());
    const auto plain = crypto::decryptAes256Gcm(apiv3Key(), nonce, associated, *ciphertext);
    if (!plain) {
        FUZZ_CHECK(!plain.error().isEmpty());
        return 0;
    }
    // Authenticated: encrypting the plaintext again must give the very same bytes.
    const auto again = crypto::encryptAes256Gcm(apiv3Key(), nonce, associated, plain->view());
    FUZZ_CHECK(bool(again) && *again == *ciphertext);
    return 0;
}
