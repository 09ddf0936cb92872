#pragma once

#include "AnswerSigner.h"
#include "OrderService.h"
#include "RequestAuthenticator.h"
#include "SandboxReply.h"

#include <atomic>

namespace psc::sandbox {

class OrderBook;
class SandboxIdentity;

// The sandbox's HTTP application: checks the URL and the signature, routes to the PayScore
// endpoints and /v3/certificates, applies the FAULT- plans and the configured latency, and
// signs every answer it gives.
class SandboxRouter : public HttpHandler {
public:
    SandboxRouter(OrderBook &book, const SandboxIdentity &identity, int latencyMs = 0);

    SandboxReply handle(const HttpRequest &request) override;
    HttpResponse protocolError(int status, const QByteArray &message) override;

    void setLatencyMs(int latencyMs) { m_latencyMs = latencyMs; }
    int requestCount() const { return m_requestCount; }

private:
    SandboxReply route(const HttpRequest &request, qint64 now);
    HttpResponse certificates() const;
    HttpResponse errorResponse(const ApiError &error) const;

    const SandboxIdentity &m_identity;
    OrderService m_service;
    RequestAuthenticator m_authenticator;
    AnswerSigner m_signer;
    int m_latencyMs;
    int m_requestCount = 0;
};

} // namespace psc::sandbox
