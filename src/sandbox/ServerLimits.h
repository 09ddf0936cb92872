#pragma once

#include <QtGlobal>

namespace psc::sandbox {

// What one client may cost the server. Tests shorten the timeouts so that slow-client cases
// run in milliseconds.
struct ServerLimits {
    qsizetype maxHeaderBytes = 16 * 1024; // request line + headers
    qsizetype maxBodyBytes = 1024 * 1024;
    int idleTimeoutMs = 60'000; // keep-alive connection with no request under way
    int requestTimeoutMs = 30'000; // from a request's first byte to its last
    int hangCapMs = 600'000; // FAULT-HANG- connections are closed after this at the latest
    int tlsHandshakeTimeoutMs = 10'000;
};

} // namespace psc::sandbox
