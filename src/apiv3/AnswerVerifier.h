#pragma once

#include "KeyRing.h"
#include "RawHeaders.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace psc::apiv3 {

enum class Verdict {
    NotChecked, // no answer to check (nothing received)
    Verified,
    MissingHeaders, // a Wechatpay-Timestamp/Nonce/Signature/Serial header is absent
    UnknownSerial, // the key ring has no key for Wechatpay-Serial
    ClockSkew, // |now - Wechatpay-Timestamp| > 300 s (or the timestamp is not a number)
    BadSignatureEncoding, // not strict Base64, e.g. a "WECHATPAY/SIGNTEST/" probe
    SignatureMismatch,
};

// Stable English identifier ("verified", "missing_headers", …) for JSON output and logs.
QString verdictName(Verdict verdict);

// Unix seconds "now"; injectable so tests can place the clock anywhere.
using Clock = std::function<qint64()>;
qint64 systemClock();

// Verifies an answer (or a notification) per payscore-api.md §3 over the raw body bytes.
class AnswerVerifier {
public:
    static constexpr qint64 maxSkewSeconds = 300;

    explicit AnswerVerifier(KeyRing keyRing, Clock clock = systemClock);

    // "TIMESTAMP\nNONCE\nBODY\n" — what WeChat Pay signs; empty body for 204.
    static QByteArray message(QByteArrayView timestamp, QByteArrayView nonce, QByteArrayView body);

    Verdict verify(QByteArrayView timestamp, QByteArrayView nonce, QByteArrayView signature,
        QByteArrayView serial, QByteArrayView body) const;
    // Reads the Wechatpay-* headers (any case) from `headers`.
    Verdict verify(const RawHeaders &headers, QByteArrayView body) const;

    const KeyRing &keyRing() const { return m_keyRing; }

private:
    KeyRing m_keyRing;
    Clock m_clock;
};

} // namespace psc::apiv3
