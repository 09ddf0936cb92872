#pragma once

#include "AnswerVerifier.h"
#include "KeyRing.h"
#include "MerchantCredentials.h"
#include "WeChatPayHosts.h"

#include <QString>
#include <QUrl>

#include <chrono>

namespace psc::apiv3 {

// Resend only what is safe (429, 5xx, a connection that failed before the request left),
// with the identical body but a fresh timestamp, nonce and signature.
struct RetryPolicy {
    int maxRetries = 2;
    std::chrono::milliseconds backoff { 1000 }; // before retry n: backoff * 2^(n-1)
    std::chrono::milliseconds maxDelay { 30000 }; // cap for backoff and Retry-After
    // A batch paces itself: it wants a 429 at once, to slow every row down, rather than one
    // request waiting out Retry-After while the others keep running into the same limit.
    bool retryRateLimited = true;
};

// What the client reads of one answer before it stops reading. WeChat Pay's answers are a few
// KiB with a dozen headers; anything far beyond is a broken or hostile server, and reading on
// would only cost memory. An answer over a limit is not believed: the outcome is Unknown
// (ANSWER_TOO_LARGE), like a lost answer. The time limit is ClientConfig::transferTimeout.
struct AnswerLimits {
    qint64 maxBodyBytes = qint64 { 2 } * 1024 * 1024;
    int maxHeaderCount = 64;
    qint64 maxHeaderBytes = qint64 { 64 } * 1024; // names and values of all headers together
};

struct ClientConfig {
    QUrl baseUrl = WeChatPayHosts::urlOf(WeChatPayHosts::mainland());
    // Used for resends after a connection to baseUrl failed before the request left (never
    // after an HTTP answer), e.g. the mainland backup host (WeChatPayHosts::backupFor). Empty:
    // none.
    QUrl backupBaseUrl;
    MerchantCredentials credentials;
    KeyRing keyRing;
    QString wechatpaySerial; // sent as Wechatpay-Serial: public key id or platform cert serial
    // Per attempt, from starting the request to the last byte of the answer. When it runs
    // out after the request left, the outcome is Unknown and nothing is resent.
    std::chrono::milliseconds transferTimeout { 30000 };
    QString extraCaFile; // PEM bundle trusted in addition to the system CAs (empty: none)
    RetryPolicy retry;
    AnswerLimits answerLimits;
    Clock clock = systemClock; // request timestamps and answer skew checks
};

} // namespace psc::apiv3
