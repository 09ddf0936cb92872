#pragma once

#include "AnswerSigner.h"
#include "OrderService.h"
#include "RefundService.h"
#include "RequestAuthenticator.h"
#include "SandboxReply.h"

#include <atomic>
#include <functional>
#include <optional>

namespace psc::sandbox {

struct FaultPlan;
class OrderBook;
class SandboxIdentity;

// One order request the sandbox accepted (signature checked): what was asked of which order.
// Tests count them, e.g. that a resumed batch sent no write twice.
struct SandboxRequestRecord {
    QString action; // "query", "sync", "complete", "cancel"
    QString outOrderNo;
    int status = 0; // the answer's HTTP status
};

// The sandbox's HTTP application: checks the URL and the signature, routes to the PayScore
// endpoints, the refund endpoints and /v3/certificates, applies the FAULT- plans (by order
// number, or by refund number for refunds) and the configured latency, and signs every
// answer it gives.
class SandboxRouter : public HttpHandler {
public:
    SandboxRouter(OrderBook &book, const SandboxIdentity &identity, int latencyMs = 0);

    SandboxReply handle(const HttpRequest &request) override;
    HttpResponse protocolError(int status, const QByteArray &message) override;

    void setLatencyMs(int latencyMs) { m_latencyMs = latencyMs; }
    RefundService &refunds() { return m_refunds; }
    int requestCount() const { return m_requestCount; }
    // Like WeChat Pay's frequency limits: more than `perSecond` signed requests within one
    // second are answered 429 FREQUENCY_LIMITED with Retry-After: 1. 0: no limit.
    void setRateLimit(int perSecond) { m_rateLimit = perSecond; }
    int rateLimitedCount() const { return m_rateLimited; }
    const QList<SandboxRequestRecord> &requestLog() const { return m_log; }

private:
    SandboxReply route(const HttpRequest &request, qint64 now);
    HttpResponse certificates() const;
    HttpResponse errorResponse(const ApiError &error) const;
    SandboxReply routeRefunds(const HttpRequest &request, const QStringList &rest, qint64 now);
    // A JSON write body: Content-Type, UTF-8 without 4-byte characters, a JSON object.
    static std::optional<RequestBody> readWriteBody(const HttpRequest &request, ApiError *error);
    // Applies a write under `plan`: 500/429 before it, the change, then the answer signed (or
    // tampered with), delayed, withheld or cut as the plan says.
    SandboxReply answerWrite(const FaultPlan &plan, const QByteArray &requestedSerial, qint64 now,
        const std::function<ServiceAnswer()> &apply);
    SandboxReply answerError(const ApiError &error, const QByteArray &requestedSerial, qint64 now);

    const SandboxIdentity &m_identity;
    OrderService m_service;
    RefundService m_refunds;
    RequestAuthenticator m_authenticator;
    AnswerSigner m_signer;
    bool overRateLimit();

    int m_latencyMs;
    int m_requestCount = 0;
    int m_rateLimit = 0;
    int m_rateLimited = 0;
    qint64 m_windowStartMs = 0;
    int m_inWindow = 0;
    QList<SandboxRequestRecord> m_log;
};

} // namespace psc::sandbox
