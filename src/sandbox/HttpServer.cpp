#include "HttpServer.h"

#include "HttpConnection.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

namespace psc::sandbox {

HttpServer::HttpServer(HttpHandler *handler, const ServerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
{
}

HttpServer::~HttpServer()
{
    close();
}

Result<bool> HttpServer::listen(
    const QHostAddress &address, quint16 port, const std::optional<QSslConfiguration> &tls)
{
    close();
    if (tls) {
        if (!QSslSocket::supportsSsl())
            return Result<bool>::failure(tr("TLS is not available in this Qt build"));
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        server->setHandshakeTimeout(m_limits.tlsHandshakeTimeoutMs);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    m_tls = tls.has_value();
    // Many clients at once: a deep backlog, and pending connections are taken as they come.
    m_server->setMaxPendingConnections(1024);
    m_server->setListenBacklogSize(256);
    connect(
        m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    if (!m_server->listen(address, port)) {
        const QString reason = m_server->errorString();
        m_server.reset();
        return Result<bool>::failure(
            tr("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(reason));
    }
    return true;
}

void HttpServer::acceptPending()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        new HttpConnection(socket, m_handler, m_limits, this);
    }
}

void HttpServer::close()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        delete connection;
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress HttpServer::address() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

int HttpServer::connectionCount() const
{
    return int(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly).size());
}

} // namespace psc::sandbox
