#include "Codec.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace psc::crypto {

namespace {
constexpr int kGcmTagLength = 16;
constexpr int kApiV3KeyLength = 32;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

QString keyLengthError(qsizetype length)
{
    return QStringLiteral("the APIv3 key must be exactly 32 bytes (this one has %1)").arg(length);
}
} // namespace

QString lastOpenSslError()
{
    QString text;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += QString::fromLatin1(buffer);
    }
    return text.isEmpty() ? QStringLiteral("unknown OpenSSL error") : text;
}

std::optional<QByteArray> decodeBase64Strict(QByteArrayView text)
{
    if (text.isEmpty() || text.size() % 4 != 0)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    // Round-trip check: rejects non-canonical encodings (stray bits in the last character).
    if (decoded.decoded.toBase64() != text.toByteArray())
        return std::nullopt;
    return decoded.decoded;
}

Result<SecureBytes> decryptAes256Gcm(const SecureBytes &key, QByteArrayView nonce,
    QByteArrayView associatedData, QByteArrayView ciphertextAndTag)
{
    using R = Result<SecureBytes>;
    if (key.size() != kApiV3KeyLength)
        return R::failure(keyLengthError(key.size()));
    if (nonce.isEmpty())
        return R::failure(QStringLiteral("the AES-GCM nonce is empty"));
    if (ciphertextAndTag.size() < kGcmTagLength)
        return R::failure(QStringLiteral("the ciphertext is shorter than the 16-byte GCM tag"));
    const qsizetype dataLength = ciphertextAndTag.size() - kGcmTagLength;
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray plain(dataLength, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    QByteArray tag = ciphertextAndTag.sliced(dataLength).toByteArray();
    const bool ok = context
        && EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr)
            == 1
        && EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(key.view()), bytes(nonce)) == 1
        && (associatedData.isEmpty()
            || EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                   int(associatedData.size()))
                == 1)
        && EVP_DecryptUpdate(context.get(), reinterpret_cast<unsigned char *>(plain.data()),
               &length, bytes(ciphertextAndTag), int(dataLength))
            == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kGcmTagLength, tag.data()) == 1
        && EVP_DecryptFinal_ex(context.get(),
               reinterpret_cast<unsigned char *>(plain.data()) + length, &finalLength)
            == 1;
    if (!ok) {
        wipe(plain);
        ERR_clear_error();
        return R::failure(QStringLiteral(
            "AES-GCM authentication failed: wrong APIv3 key, or the data was altered"));
    }
    plain.resize(length + finalLength);
    return SecureBytes::takeFrom(plain);
}

Result<QByteArray> encryptAes256Gcm(const SecureBytes &key, QByteArrayView nonce,
    QByteArrayView associatedData, QByteArrayView plaintext)
{
    using R = Result<QByteArray>;
    if (key.size() != kApiV3KeyLength)
        return R::failure(keyLengthError(key.size()));
    if (nonce.isEmpty())
        return R::failure(QStringLiteral("the AES-GCM nonce is empty"));
    CipherContext context(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    QByteArray out(plaintext.size() + kGcmTagLength, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const bool ok = context
        && EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr)
            == 1
        && EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(key.view()), bytes(nonce)) == 1
        && (associatedData.isEmpty()
            || EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                   int(associatedData.size()))
                == 1)
        && EVP_EncryptUpdate(context.get(), reinterpret_cast<unsigned char *>(out.data()), &length,
               bytes(plaintext), int(plaintext.size()))
            == 1
        && EVP_EncryptFinal_ex(
               context.get(), reinterpret_cast<unsigned char *>(out.data()) + length, &finalLength)
            == 1
        && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kGcmTagLength,
               out.data() + length + finalLength)
            == 1;
    if (!ok)
        return R::failure(QStringLiteral("AES-GCM encryption failed: %1").arg(lastOpenSslError()));
    out.resize(length + finalLength + kGcmTagLength);
    return out;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1)
        qFatal("the system random number generator failed");
    return out;
}

QString randomNonce(int length)
{
    static constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString nonce;
    nonce.reserve(length);
    // Rejection sampling keeps every character equally likely (36 does not divide 256).
    while (nonce.size() < length) {
        for (const char byte : randomBytes(length)) {
            const auto value = static_cast<unsigned char>(byte);
            if (value < 252 && nonce.size() < length)
                nonce.append(QLatin1Char(alphabet[value % 36]));
        }
    }
    return nonce;
}

} // namespace psc::crypto
