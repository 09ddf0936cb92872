#pragma once

#include "BufferBudget.h"
#include "ServerLimits.h"

#include "core/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

class QTcpServer;

namespace psc::sandbox {

class HttpHandler;
class HttpConnection;

// HTTP/1.1 over QTcpServer, or over QSslServer when a TLS configuration is given. Every
// connection is served on the owner's thread through non-blocking sockets. At the connection
// cap it stops accepting (the kernel's listen backlog holds newcomers) instead of accepting
// and failing in a loop when file descriptors run out.
class HttpServer : public QObject {
    Q_OBJECT
public:
    HttpServer(HttpHandler *handler, const ServerLimits &limits, QObject *parent = nullptr);
    ~HttpServer() override;

    // tls: a configuration holding the local certificate and key; null for plain HTTP.
    Result<bool> listen(const QHostAddress &address, quint16 port,
        const std::optional<QSslConfiguration> &tls = std::nullopt);
    void close(); // stops listening and drops every connection
    quint16 port() const;
    QHostAddress address() const;
    bool isTls() const { return m_tls; }
    int connectionCount() const { return m_connections; }
    // maxConnections, lowered to what the process's file-descriptor limit leaves.
    int connectionCap() const { return m_connectionCap; }
    qsizetype bufferedBytes() const { return m_budget.used(); }

private:
    void acceptPending();
    void connectionGone();
    void resumeWhenBelowCap();

    HttpHandler *m_handler;
    ServerLimits m_limits;
    BufferBudget m_budget;
    std::unique_ptr<QTcpServer> m_server;
    QTimer m_acceptRetry; // after an accept error (e.g. EMFILE): try again later, not at once
    int m_connections = 0;
    int m_connectionCap = 0;
    bool m_tls = false;
};

} // namespace psc::sandbox
