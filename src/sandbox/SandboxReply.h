#pragma once

#include "HttpResponse.h"

namespace psc::sandbox {

// What the sandbox decided to do with one request: an answer, when to send it, or — for the
// fault-injection order numbers — not to answer at all or to drop the connection.
struct SandboxReply {
    enum class Delivery { Send, Hang, Reset };
    HttpResponse response;
    int delayMs = 0;
    Delivery delivery = Delivery::Send;
};

// The server's view of the application: one answer per request, and an answer for streams it
// could not parse.
class HttpHandler {
public:
    virtual ~HttpHandler() = default;
    virtual SandboxReply handle(const struct HttpRequest &request) = 0;
    virtual HttpResponse protocolError(int status, const QByteArray &message) = 0;
};

} // namespace psc::sandbox
