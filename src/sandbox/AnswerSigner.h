#pragma once

#include "HttpResponse.h"
#include "SandboxIdentity.h"

namespace psc::sandbox {

// Signs every answer as WeChat Pay does — TIMESTAMP\nNONCE\nBODY\n with RSA-SHA256 — and adds
// Wechatpay-Timestamp/-Nonce/-Signature/-Serial/-Signature-Type and a Request-ID.
// The key: the platform certificate the request's Wechatpay-Serial names, else the public-key
// mode key (PUB_KEY_ID_…); for /v3/certificates without a known serial, the newest platform
// certificate. The tamper modes serve the FAULT- order numbers.
class AnswerSigner {
public:
    enum class Tamper { None, BadSignature, SignTest, Skew };

    explicit AnswerSigner(const SandboxIdentity &identity)
        : m_identity(identity)
    {
    }

    void sign(HttpResponse &response, const QByteArray &requestedSerial, bool preferPlatform,
        Tamper tamper, qint64 nowSeconds) const;

private:
    const SandboxIdentity &m_identity;
};

} // namespace psc::sandbox
