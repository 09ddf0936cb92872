#pragma once

#include <QtGlobal>

namespace psc::sandbox {

// What one client, and all of them together, may cost the server. Every figure is in the
// README's sandbox section. Tests shorten the timeouts so that slow-client cases run in
// milliseconds.
struct ServerLimits {
    qsizetype maxHeaderBytes = 16 * 1024; // request line + headers
    qsizetype maxBodyBytes = 1024 * 1024;
    // Bytes Qt reads ahead from one socket; beyond them TCP flow control holds the client back.
    // While a request is being answered nothing more is read from its connection.
    qsizetype socketReadBufferBytes = 64 * 1024;
    // Unfinished request bytes held by all connections together; a connection that would go
    // beyond gets 503 and is closed. One connection holds at most maxHeaderBytes + maxBodyBytes.
    qsizetype maxBufferedBytes = 32 * 1024 * 1024;
    // Answers queued for a client that does not read them: no further request of that
    // connection is handled until they drain.
    qsizetype maxPendingWriteBytes = 256 * 1024;
    // Pipelined requests answered in one go before the event loop serves the other clients.
    int maxRequestsPerTurn = 4;
    // Open connections; lowered to what RLIMIT_NOFILE leaves (minus a reserve for files). At
    // the cap the server stops accepting: newcomers wait in the listen backlog.
    int maxConnections = 1000;
    int idleTimeoutMs = 60'000; // keep-alive connection with no request under way
    int requestTimeoutMs = 30'000; // from a request's first byte to its last
    int hangCapMs = 600'000; // FAULT-HANG- connections are closed after this at the latest
    int tlsHandshakeTimeoutMs = 10'000;
};

} // namespace psc::sandbox
