#pragma once

#include "ServerLimits.h"

#include "core/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

class QTcpServer;

namespace psc::sandbox {

class HttpHandler;
class HttpConnection;

// HTTP/1.1 over QTcpServer, or over QSslServer when a TLS configuration is given. Every
// connection is served on the owner's thread through non-blocking sockets.
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
    int connectionCount() const;

private:
    void acceptPending();

    HttpHandler *m_handler;
    ServerLimits m_limits;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
};

} // namespace psc::sandbox
