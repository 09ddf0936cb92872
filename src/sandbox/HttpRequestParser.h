#pragma once

#include "HttpRequest.h"
#include "ServerLimits.h"

#include <QByteArray>

namespace psc::sandbox {

// Incremental HTTP/1.1 request parser with hard limits. Bytes go in as they arrive; a request
// comes out when it is complete. Anything it cannot accept becomes an error status (400, 411,
// 413, 431, 505) after which the connection is closed: the stream can no longer be trusted.
class HttpRequestParser {
public:
    enum class State { NeedMore, Complete, Failed };

    explicit HttpRequestParser(const ServerLimits &limits)
        : m_limits(limits)
    {
    }

    void feed(const QByteArray &bytes) { m_buffer += bytes; }
    // Tries to take one request off the buffer.
    State parse();
    HttpRequest takeRequest();
    int errorStatus() const { return m_errorStatus; }
    const QByteArray &errorMessage() const { return m_errorMessage; }
    // The head of a request has arrived and its body has not (yet) in full.
    bool awaitingBody() const { return m_bodyLength > 0 && m_buffer.size() < m_bodyLength; }
    const HttpRequest &pendingRequest() const { return m_request; }
    // Bytes received and not yet handed out as a request (what the connection's budget holds).
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // No request under way: nothing buffered and no head waiting for its body.
    bool isIdle() const { return m_buffer.isEmpty() && m_bodyLength < 0; }

private:
    State fail(int status, const QByteArray &message);
    bool parseHead(const QByteArray &head);

    ServerLimits m_limits;
    QByteArray m_buffer;
    HttpRequest m_request;
    qsizetype m_bodyLength = -1; // -1: head not parsed yet
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace psc::sandbox
