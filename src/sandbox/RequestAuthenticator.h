#pragma once

#include "ApiError.h"
#include "AuthorizationHeader.h"
#include "HttpRequest.h"

#include "crypto/Keys.h"

#include <optional>

namespace psc::sandbox {

// Judges a request's headers and signature the way WeChat Pay does, from the bytes received:
// Accept and User-Agent present, Authorization well-formed, merchant and certificate serial
// known, timestamp within five minutes, and the RSA-SHA256 signature valid over
// METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n.
class RequestAuthenticator {
public:
    struct Merchant {
        QString mchid;
        QString serial; // merchant API certificate serial, upper-case hex
        crypto::PublicKey key;
    };

    explicit RequestAuthenticator(Merchant merchant, qint64 maxSkewSeconds = 300)
        : m_merchant(std::move(merchant))
        , m_maxSkewSeconds(maxSkewSeconds)
    {
    }

    // nullopt: the request is authentic.
    std::optional<ApiError> judge(const HttpRequest &request, qint64 nowSeconds) const;

    static QByteArray canonicalMessage(const QByteArray &method, const QByteArray &url,
        const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &body);

private:
    Merchant m_merchant;
    qint64 m_maxSkewSeconds;
};

} // namespace psc::sandbox
