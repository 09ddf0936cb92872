#include "HttpServer.h"

#include "HttpConnection.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace psc::sandbox {

namespace {

// Descriptors kept free for what the process opens besides connections: the state file, the
// journal, the listening socket, Qt's own pipes.
constexpr int kReservedDescriptors = 64;

int descriptorCap(int wanted)
{
#ifdef Q_OS_UNIX
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY) {
        const auto available = qint64(limit.rlim_cur) - kReservedDescriptors;
        return int(std::clamp<qint64>(available, 1, wanted));
    }
#endif
    return wanted;
}

} // namespace

HttpServer::HttpServer(HttpHandler *handler, const ServerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
    , m_budget(limits.maxBufferedBytes)
{
    m_acceptRetry.setSingleShot(true);
    m_acceptRetry.setInterval(100);
    connect(&m_acceptRetry, &QTimer::timeout, this, &HttpServer::resumeWhenBelowCap);
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
    m_connectionCap = descriptorCap(m_limits.maxConnections);
    // Pending connections are taken as they come; only a few may wait inside Qt, so that the
    // descriptors in use stay near the count of connections we serve.
    m_server->setMaxPendingConnections(16);
    m_server->setListenBacklogSize(256);
    connect(
        m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    connect(m_server.get(), &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        // Out of descriptors or kernel memory: pause rather than retry at full speed.
        if (m_server) {
            m_server->pauseAccepting();
            m_acceptRetry.start();
        }
    });
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
        auto *connection = new HttpConnection(socket, m_handler, m_limits, &m_budget, this);
        ++m_connections;
        connect(connection, &QObject::destroyed, this, &HttpServer::connectionGone);
    }
    if (m_server && m_connections >= m_connectionCap)
        m_server->pauseAccepting();
}

void HttpServer::connectionGone()
{
    --m_connections;
    if (!m_acceptRetry.isActive())
        resumeWhenBelowCap();
}

void HttpServer::resumeWhenBelowCap()
{
    if (m_server && m_connections < m_connectionCap)
        m_server->resumeAccepting();
}

void HttpServer::close()
{
    m_acceptRetry.stop();
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

} // namespace psc::sandbox
