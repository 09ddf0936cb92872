#include "HttpConnection.h"

#include <QTcpSocket>

namespace psc::sandbox {

HttpConnection::HttpConnection(
    QTcpSocket *socket, HttpHandler *handler, const ServerLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_parser(limits)
{
    socket->setParent(this);
    m_idleTimer.setSingleShot(true);
    m_requestTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::close);
    connect(&m_requestTimer, &QTimer::timeout, this,
        [this] { failAndClose(408, "the request was not completed in time"); });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    armTimers();
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    // Detach first so the socket's last signals never reach a half-destroyed connection.
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket.data();
    }
}

void HttpConnection::close()
{
    m_closing = true;
    m_idleTimer.stop();
    m_requestTimer.stop();
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

void HttpConnection::onReadyRead()
{
    if (!m_socket || m_closing)
        return;
    m_parser.feed(m_socket->readAll());
    if (!m_busy)
        processNext();
}

void HttpConnection::armTimers()
{
    if (m_busy || m_closing)
        return;
    if (m_parser.isIdle()) {
        m_requestTimer.stop();
        m_idleTimer.start(m_limits.idleTimeoutMs);
    } else {
        m_idleTimer.stop();
        if (!m_requestTimer.isActive())
            m_requestTimer.start(m_limits.requestTimeoutMs);
    }
}

void HttpConnection::processNext()
{
    while (!m_busy && !m_closing && m_socket) {
        switch (m_parser.parse()) {
        case HttpRequestParser::State::NeedMore:
            // curl and others wait for this before sending a larger body.
            if (m_parser.awaitingBody() && !m_continueSent
                && m_parser.pendingRequest().header("Expect").toLower() == "100-continue") {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            armTimers();
            return;
        case HttpRequestParser::State::Failed:
            failAndClose(m_parser.errorStatus(), m_parser.errorMessage());
            return;
        case HttpRequestParser::State::Complete: {
            m_requestTimer.stop();
            m_idleTimer.stop();
            const HttpRequest request = m_parser.takeRequest();
            m_continueSent = false;
            deliver(m_handler->handle(request), request.wantsKeepAlive());
            break;
        }
        }
    }
}

void HttpConnection::deliver(const SandboxReply &reply, bool keepAlive)
{
    switch (reply.delivery) {
    case SandboxReply::Delivery::Hang:
        // Never answer; the client's own timeout decides. The cap only bounds our resources.
        m_busy = true;
        QTimer::singleShot(m_limits.hangCapMs, this, &HttpConnection::close);
        return;
    case SandboxReply::Delivery::Reset:
        if (reply.delayMs > 0) {
            m_busy = true;
            QTimer::singleShot(reply.delayMs, this, &HttpConnection::close);
        } else {
            close();
        }
        return;
    case SandboxReply::Delivery::Send:
        break;
    }
    if (reply.delayMs <= 0) {
        write(reply.response, keepAlive);
        return;
    }
    m_busy = true;
    QTimer::singleShot(reply.delayMs, this, [this, response = reply.response, keepAlive] {
        m_busy = false;
        write(response, keepAlive);
        processNext();
    });
}

void HttpConnection::write(const HttpResponse &response, bool keepAlive)
{
    QTcpSocket *socket = m_socket.data();
    if (socket == nullptr || m_closing)
        return;
    socket->write(response.serialize(keepAlive));
    if (!keepAlive) {
        m_closing = true;
        m_idleTimer.stop();
        m_requestTimer.stop();
        socket->disconnectFromHost();
    }
}

void HttpConnection::failAndClose(int status, const QByteArray &message)
{
    write(m_handler->protocolError(status, message), false);
}

} // namespace psc::sandbox
