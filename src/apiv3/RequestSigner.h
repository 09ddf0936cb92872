#pragma once

#include "ApiRequest.h"
#include "MerchantCredentials.h"

#include <core/Result.h>

#include <QByteArray>
#include <QByteArrayView>

namespace psc::apiv3 {

// What signing one request produced. `signature` is the full Base64 signature: it goes into
// the Authorization header and nowhere else (never into logs, results or the journal).
struct SignedMessage {
    QByteArray canonicalMessage; // the five lines of §2, each ending in "\n"
    QByteArray signature; // Base64
    QByteArray authorization; // complete header value, "WECHATPAY2-SHA256-RSA2048 mchid=…"
    QByteArray redactedAuthorization() const; // the same with the signature shortened
};

// WECHATPAY2-SHA256-RSA2048 request signing (payscore-api.md §2).
class RequestSigner {
public:
    explicit RequestSigner(MerchantCredentials credentials);

    static QByteArray canonicalMessage(QByteArrayView method, QByteArrayView target,
        qint64 timestamp, QByteArrayView nonce, QByteArrayView body);
    // "abcdefgh…": the first 8 characters of a signature, for display only.
    static QByteArray shortenSignature(QByteArrayView signature);

    // Timestamp (Unix seconds) and nonce are passed in so that tests and `payscore-cli sign`
    // can reproduce a given signature; the client uses the clock and crypto::randomNonce().
    Result<SignedMessage> sign(QByteArrayView method, QByteArrayView target, qint64 timestamp,
        QByteArrayView nonce, QByteArrayView body) const;
    Result<SignedMessage> sign(
        const ApiRequest &request, qint64 timestamp, QByteArrayView nonce) const;

    const MerchantCredentials &credentials() const { return m_credentials; }

private:
    MerchantCredentials m_credentials;
};

} // namespace psc::apiv3
