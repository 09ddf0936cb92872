#pragma once

#include "AnswerVerifier.h"
#include "ApiError.h"
#include "RawHeaders.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QMetaType>
#include <QString>

namespace psc::apiv3 {

enum class Outcome {
    Succeeded, // 2xx, answer verified
    Rejected, // the server answered with an error (non-2xx), signed or not
    Unknown, // may have been processed: timeout after sending, lost connection, unverified 2xx
    NotSent, // refused before anything left: configuration, insecure URL, CA file, connect/TLS
};
QString outcomeName(Outcome outcome); // "succeeded", "rejected", "unknown", "not_sent"

// The request as signed, for "show the signed request" and "Copy as curl". The signature is
// shortened: this struct may be displayed, copied and journaled.
struct SignedRequestInfo {
    QByteArray method;
    QByteArray url; // full URL, as sent
    QByteArray canonicalMessage;
    QByteArray authorization; // "WECHATPAY2-SHA256-RSA2048 …signature=\"abcdefgh…\"…"
    RawHeaders headers; // all request headers sent, Authorization shortened
    QByteArray body;

    bool isEmpty() const { return method.isEmpty(); }
    // A curl command line reproducing the request with the Authorization header redacted.
    QString toCurl() const;
};

struct ApiResult {
    Outcome outcome = Outcome::NotSent;
    int httpStatus = 0; // 0: no HTTP answer
    RawHeaders headers; // answer headers
    QByteArray body; // answer body, raw bytes
    Verdict verdict = Verdict::NotChecked;
    bool verified = false;
    QString requestId; // Request-ID header
    qint64 elapsedMs = 0; // from send() to the end, retries included
    int attempts = 0; // requests actually started (1 + retries)
    ApiError error; // set for every outcome but Succeeded
    SignedRequestInfo request; // the last attempt

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

} // namespace psc::apiv3

Q_DECLARE_METATYPE(psc::apiv3::ApiResult)
