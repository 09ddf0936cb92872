#pragma once

#include "core/Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace psc::crypto {

// Strict Base64 (RFC 4648 alphabet, padding required, no whitespace): garbage such as the
// "WECHATPAY/SIGNTEST/..." probe signatures yields nullopt instead of a half-decoded buffer.
std::optional<QByteArray> decodeBase64Strict(QByteArrayView text);

// AEAD_AES_256_GCM as WeChat Pay uses it: the key is the 32-byte APIv3 key, the IV the nonce's
// bytes, and the last 16 bytes of the decoded ciphertext are the tag.
Result<SecureBytes> decryptAes256Gcm(const SecureBytes &key, QByteArrayView nonce,
    QByteArrayView associatedData, QByteArrayView ciphertextAndTag);
// The inverse, for the sandbox's /v3/certificates and notifications: ciphertext || tag.
Result<QByteArray> encryptAes256Gcm(const SecureBytes &key, QByteArrayView nonce,
    QByteArrayView associatedData, QByteArrayView plaintext);

// Cryptographically secure random bytes (OpenSSL RAND_bytes).
QByteArray randomBytes(int count);
// A request nonce: `length` characters of [0-9A-Z] from the CSPRNG.
QString randomNonce(int length = 32);

QString lastOpenSslError();

} // namespace psc::crypto
