#include "KeepAliveNetwork.h"

#include "KeepAliveReply.h"

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSslSocket>
#include <QTcpSocket>

namespace psc::apiv3 {

namespace {

// An idle connection older than this is closed rather than reused: a server may have timed it
// out, and a request written into a connection the server just closed has an unknown outcome.
constexpr qint64 kReuseWithinMs = 2000;
constexpr std::size_t kMaxIdle = 8;

QString originOf(const QUrl &url)
{
    return url.scheme() + QStringLiteral("://") + url.host(QUrl::FullyEncoded) + QLatin1Char(':')
        + QString::number(KeepAliveNetwork::portOf(url));
}

} // namespace

quint16 KeepAliveNetwork::portOf(const QUrl &url)
{
    return quint16(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

KeepAliveNetwork::KeepAliveNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

KeepAliveNetwork::~KeepAliveNetwork()
{
    // A socket deleted while connected says so (disconnected), which would reach dropIdle() and
    // change m_idle under this loop: let go of the signals first.
    const std::vector<Idle> idle = std::exchange(m_idle, {});
    for (const Idle &entry : idle) {
        QObject::disconnect(entry.socket, nullptr, this, nullptr);
        delete entry.socket;
    }
}

QNetworkReply *KeepAliveNetwork::createRequest(
    Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    const QUrl url = request.url();
    const QString scheme = url.scheme();
    const bool http = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    QByteArray verb;
    switch (op) {
    case GetOperation:
        verb = "GET";
        break;
    case PostOperation:
        verb = "POST";
        break;
    case PutOperation:
        verb = "PUT";
        break;
    case DeleteOperation:
        verb = "DELETE";
        break;
    case HeadOperation:
        verb = "HEAD";
        break;
    case CustomOperation:
        verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        break;
    }
    if (!http || verb.isEmpty() || url.host().isEmpty() || !reachableDirectly(url))
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    // The body is read here, once: a request is written at most once on any connection.
    const QByteArray body = outgoingData != nullptr ? outgoingData->readAll() : QByteArray();
    auto *reply = new KeepAliveReply(this, request, verb, body);
    reply->setParent(this);
    return reply;
}

bool KeepAliveNetwork::reachableDirectly(const QUrl &url) const
{
    const QNetworkProxy configured = proxy();
    if (configured.type() != QNetworkProxy::DefaultProxy)
        return configured.type() == QNetworkProxy::NoProxy;
    const QNetworkProxyQuery query(url);
    const QList<QNetworkProxy> proxies = proxyFactory() != nullptr
        ? proxyFactory()->queryProxy(query)
        : QNetworkProxyFactory::proxyForQuery(query);
    if (proxies.isEmpty())
        return true;
    const QNetworkProxy::ProxyType type = proxies.constFirst().type() == QNetworkProxy::DefaultProxy
        ? QNetworkProxy::applicationProxy().type()
        : proxies.constFirst().type();
    return type == QNetworkProxy::NoProxy || type == QNetworkProxy::DefaultProxy;
}

QTcpSocket *KeepAliveNetwork::connectionFor(
    const QUrl &url, const QSslConfiguration &ssl, bool *reused)
{
    const QString origin = originOf(url);
    const bool tls = url.scheme() == QLatin1String("https");
    for (auto it = m_idle.begin(); it != m_idle.end();) {
        const bool fresh = it->since.elapsed() < kReuseWithinMs;
        if (!fresh || it->origin != origin || (tls && it->ssl != ssl)) {
            if (!fresh) {
                it->socket->deleteLater();
                it = m_idle.erase(it);
            } else {
                ++it;
            }
            continue;
        }
        QTcpSocket *socket = it->socket;
        m_idle.erase(it);
        QObject::disconnect(socket, nullptr, this, nullptr);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0) {
            *reused = true;
            socket->setParent(nullptr);
            return socket;
        }
        socket->deleteLater();
        break;
    }
    *reused = false;
    ++m_opened;
    if (tls) {
        auto *socket = new QSslSocket;
        socket->setSslConfiguration(ssl);
        socket->setProxy(QNetworkProxy::NoProxy);
        return socket;
    }
    auto *socket = new QTcpSocket;
    socket->setProxy(QNetworkProxy::NoProxy);
    return socket;
}

void KeepAliveNetwork::keepIdle(const QUrl &url, const QSslConfiguration &ssl, QTcpSocket *socket)
{
    if (m_idle.size() >= kMaxIdle) {
        m_idle.front().socket->deleteLater();
        m_idle.erase(m_idle.begin());
    }
    socket->setParent(this);
    Idle idle { originOf(url), ssl, socket, {} };
    idle.since.start();
    m_idle.push_back(idle);
    // Anything an idle connection does (data nobody asked for, the server closing it) ends it.
    auto drop = [this, socket] { dropIdle(socket); };
    connect(socket, &QIODevice::readyRead, this, drop);
    connect(socket, &QAbstractSocket::disconnected, this, drop);
    connect(socket, &QAbstractSocket::errorOccurred, this, drop);
}

void KeepAliveNetwork::dropIdle(QTcpSocket *socket)
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        if (it->socket == socket) {
            m_idle.erase(it);
            QObject::disconnect(socket, nullptr, this, nullptr);
            socket->deleteLater();
            return;
        }
    }
}

} // namespace psc::apiv3
