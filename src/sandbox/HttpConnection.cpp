#include "HttpConnection.h"

#include "BufferBudget.h"

#include <QElapsedTimer>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace psc::sandbox {

HttpConnection::HttpConnection(QTcpSocket *socket, HttpHandler *handler, const ServerLimits &limits,
    BufferBudget *budget, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
    , m_limits(limits)
    , m_budget(budget)
    , m_parser(limits)
{
    socket->setParent(this);
    // Qt stops reading from the kernel once this much is waiting: a client streaming into a
    // connection we are not reading is held back by TCP, not by our memory.
    socket->setReadBufferSize(limits.socketReadBufferBytes);
    m_idleTimer.setSingleShot(true);
    m_requestTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::close);
    connect(&m_requestTimer, &QTimer::timeout, this,
        [this] { failAndClose(408, "the request was not completed in time"); });
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::processNext);
    // The connection dies with the socket (its child), so the raw pointer outlives the lambda.
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (socket->bytesToWrite() <= m_limits.maxPendingWriteBytes)
            processNext();
    });
    // Gone, unless a delayed answer still has the spare descriptor to go out through.
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        if (m_spareDescriptor < 0)
            deleteLater();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState
            && m_spareDescriptor < 0)
            deleteLater();
    });
    armTimers();
    if (socket->bytesAvailable() > 0)
        scheduleNext();
}

HttpConnection::~HttpConnection()
{
    releaseSpareDescriptor();
    m_budget->give(m_held);
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

void HttpConnection::releaseBudget()
{
    const qsizetype held = m_closing ? 0 : m_parser.bufferedBytes();
    if (m_held > held) {
        m_budget->give(m_held - held);
        m_held = held;
    }
}

// Moves what the socket has into the parser, as far as this connection's and the server's
// limits allow. False when the connection was refused for the server-wide limit.
bool HttpConnection::readAllowed(QTcpSocket &socket)
{
    const qsizetype room
        = m_limits.maxHeaderBytes + m_limits.maxBodyBytes - m_parser.bufferedBytes();
    const qsizetype wanted = std::min(room, socket.bytesAvailable());
    if (wanted <= 0)
        return true;
    if (!m_budget->take(wanted)) {
        failAndClose(503, "the sandbox holds too many unfinished requests; try again later");
        return false;
    }
    m_held += wanted;
    m_parser.feed(socket.read(wanted));
    return true;
}

void HttpConnection::scheduleNext()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    // A zero timer, not a posted event: the other sockets' notifications are served first.
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        processNext();
    });
}

void HttpConnection::processNext()
{
    for (int answered = 0; !m_busy && !m_closing;) {
        QTcpSocket *socket = m_socket.data();
        if (socket == nullptr)
            return;
        // A client that does not read its answers gets no more of them for now.
        if (socket->bytesToWrite() > m_limits.maxPendingWriteBytes)
            return;
        if (answered == m_limits.maxRequestsPerTurn) {
            scheduleNext();
            return;
        }
        if (!readAllowed(*socket))
            return;
        const HttpRequestParser::State state = m_parser.parse();
        releaseBudget();
        switch (state) {
        case HttpRequestParser::State::NeedMore:
            // curl and others wait for this before sending a larger body.
            if (m_parser.awaitingBody() && !m_continueSent
                && m_parser.pendingRequest().header("Expect").toLower() == "100-continue") {
                m_continueSent = true;
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
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
            ++answered;
            QElapsedTimer handling;
            handling.start();
            SandboxReply reply = m_handler->handle(request);
            // The delay counts from when the request was read, so the time spent signing the
            // answer falls within it: --latency-ms 50 answers 50 ms after reading, not 51.
            if (reply.delayMs > 0)
                reply.delayMs = std::max(1, reply.delayMs - int(handling.elapsed()));
            deliver(reply, request.wantsKeepAlive());
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
    keepSpareDescriptor();
    QTimer::singleShot(reply.delayMs, this, [this, response = reply.response, keepAlive] {
        m_busy = false;
        if (peerGone()) {
            sendThroughSpare(response.serialize(false));
            deleteLater();
            return;
        }
        releaseSpareDescriptor();
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
    // Hand the answer to the kernel now: a client that half-closed its side after sending
    // still receives it, even if Qt sees the end of its stream before the next write turn.
    socket->flush();
    if (!keepAlive) {
        m_closing = true;
        m_idleTimer.stop();
        m_requestTimer.stop();
        releaseBudget();
        socket->disconnectFromHost();
    }
}

void HttpConnection::keepSpareDescriptor()
{
#ifdef Q_OS_UNIX
    // Plain TCP only: through TLS the bytes would have to be encrypted by the socket itself.
    const QTcpSocket *socket = m_socket.data();
    if (m_spareDescriptor >= 0 || socket == nullptr || socket->inherits("QSslSocket"))
        return;
    m_spareDescriptor = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
#endif
}

void HttpConnection::releaseSpareDescriptor()
{
#ifdef Q_OS_UNIX
    if (m_spareDescriptor >= 0)
        ::close(m_spareDescriptor);
#endif
    m_spareDescriptor = -1;
}

bool HttpConnection::peerGone() const
{
    return m_spareDescriptor >= 0
        && (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState);
}

void HttpConnection::sendThroughSpare(const QByteArray &bytes)
{
#ifdef Q_OS_UNIX
    // Never blocks: an answer is a few KiB and the kernel's send buffer takes it whole; what a
    // client that neither sends nor reads does not take is dropped with the connection.
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(m_spareDescriptor, bytes.constData() + sent,
            size_t(bytes.size() - sent), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n <= 0)
            break;
        sent += n;
    }
    ::shutdown(m_spareDescriptor, SHUT_WR);
#else
    Q_UNUSED(bytes);
#endif
    releaseSpareDescriptor();
}

void HttpConnection::failAndClose(int status, const QByteArray &message)
{
    write(m_handler->protocolError(status, message), false);
}

} // namespace psc::sandbox
