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
    int m_latencyMs;
    int m_requestCount = 0;
};

} // namespace psc::sandbox
