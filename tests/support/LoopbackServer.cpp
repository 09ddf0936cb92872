#include "LoopbackServer.h"

#include <apiv3/AnswerVerifier.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace psc::test {

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    return apiv3::headerValue(headers, name);
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    return apiv3::hasHeader(headers, name);
}

ScriptedAnswer ScriptedAnswer::json(int status, const QByteArray &body)
{
    ScriptedAnswer answer;
    answer.status = status;
    answer.body = body;
    if (!body.isEmpty())
        answer.headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
    return answer;
}

ScriptedAnswer ScriptedAnswer::noContent()
{
    return json(204, {});
}

ScriptedAnswer ScriptedAnswer::stall()
{
    ScriptedAnswer answer;
    answer.action = Action::Stall;
    return answer;
}

ScriptedAnswer ScriptedAnswer::closeAfterRequest()
{
    ScriptedAnswer answer;
    answer.action = Action::CloseAfterRequest;
    return answer;
}

ScriptedAnswer ScriptedAnswer::closeBeforeRequest()
{
    ScriptedAnswer answer;
    answer.action = Action::CloseBeforeRequest;
    return answer;
}

ScriptedAnswer ScriptedAnswer::signedWith(
    const crypto::PrivateKey &key, const QByteArray &serial) const
{
    ScriptedAnswer copy = *this;
    copy.signingKey = key;
    copy.signingSerial = serial;
    return copy;
}

ScriptedAnswer ScriptedAnswer::withHeader(const QByteArray &name, const QByteArray &value) const
{
    ScriptedAnswer copy = *this;
    copy.headers.emplaceBack(name, value);
    return copy;
}

ScriptedAnswer ScriptedAnswer::rawBytes(const QByteArray &bytes)
{
    ScriptedAnswer answer;
    answer.raw = bytes;
    answer.closeAfterAnswer = true;
    return answer;
}

ScriptedAnswer ScriptedAnswer::delayedBy(int milliseconds) const
{
    ScriptedAnswer copy = *this;
    copy.delayMs = milliseconds;
    return copy;
}

ScriptedAnswer ScriptedAnswer::thenClose() const
{
    ScriptedAnswer copy = *this;
    copy.closeAfterAnswer = true;
    return copy;
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QObject(parent)
{
    m_defaultAnswer
        = ScriptedAnswer::json(404, R"({"code":"NOT_SCRIPTED","message":"no answer scripted"})");
}

LoopbackServer::~LoopbackServer() = default;

bool LoopbackServer::listen(quint16 port)
{
    m_server = std::make_unique<QTcpServer>();
    m_tls = false;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
        &LoopbackServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, port);
}

bool LoopbackServer::listenTls(const QSslConfiguration &configuration, quint16 port)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(5000);
    m_server = std::move(server);
    m_tls = true;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
        &LoopbackServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, port);
}

void LoopbackServer::stopListening()
{
    if (m_server)
        m_server->close();
}

quint16 LoopbackServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl LoopbackServer::baseUrl(bool useLocalhostName) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(useLocalhostName ? QStringLiteral("localhost") : QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void LoopbackServer::enqueue(const ScriptedAnswer &answer)
{
    m_queue.append(answer);
}

void LoopbackServer::setDefaultAnswer(const ScriptedAnswer &answer)
{
    m_defaultAnswer = answer;
}

bool LoopbackServer::waitForRequests(int count, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (requestCount() < count && timer.elapsed() < timeoutMs) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return requestCount() >= count;
}

ScriptedAnswer LoopbackServer::takeAnswer()
{
    return m_queue.isEmpty() ? m_defaultAnswer : m_queue.takeFirst();
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (!m_queue.isEmpty()
            && m_queue.first().action == ScriptedAnswer::Action::CloseBeforeRequest) {
            m_queue.removeFirst();
            socket->abort();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Several requests may arrive on one keep-alive connection: take each complete one.
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        request.version = requestLine.value(2);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            request.headers.emplaceBack(line.left(colon), line.mid(colon + 1).trimmed());
        }
        contentLength = request.header("Content-Length").toLongLong();
        const qsizetype total = headerEnd + 4 + contentLength;
        if (buffer.size() < total)
            return;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        request.raw = buffer.left(total);
        buffer.remove(0, total);
        m_requests.append(request);
        emit requestReceived(request);
        answer(socket);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void LoopbackServer::answer(QTcpSocket *socket)
{
    const ScriptedAnswer scripted = takeAnswer();
    switch (scripted.action) {
    case ScriptedAnswer::Action::Stall:
        return;
    case ScriptedAnswer::Action::CloseAfterRequest:
    case ScriptedAnswer::Action::CloseBeforeRequest:
        socket->abort();
        return;
    case ScriptedAnswer::Action::Answer:
        break;
    }
    const QByteArray bytes = scripted.raw.isEmpty() ? render(scripted) : scripted.raw;
    const bool close = scripted.closeAfterAnswer;
    auto send = [socket, bytes, close] {
        socket->write(bytes);
        socket->flush();
        if (close)
            socket->disconnectFromHost();
    };
    if (scripted.delayMs > 0)
        QTimer::singleShot(scripted.delayMs, socket, send);
    else
        send();
}

QByteArray LoopbackServer::render(const ScriptedAnswer &scripted)
{
    HeaderList headers = scripted.headers;
    if (!apiv3::hasHeader(headers, "Request-ID"))
        headers.emplaceBack("Request-ID", "LOOPBACK-" + QByteArray::number(m_nextRequestId++));
    if (!scripted.signingKey.isNull() || !scripted.signatureOverride.isEmpty()) {
        const QByteArray timestamp = QByteArray::number(
            scripted.timestamp != 0 ? scripted.timestamp : QDateTime::currentSecsSinceEpoch());
        QByteArray signature = scripted.signatureOverride;
        if (signature.isEmpty()) {
            const auto raw = scripted.signingKey.signSha256(
                apiv3::AnswerVerifier::message(timestamp, scripted.nonce, scripted.body));
            signature = raw ? raw->toBase64() : QByteArray();
        }
        headers.emplaceBack("Wechatpay-Nonce", scripted.nonce);
        headers.emplaceBack("Wechatpay-Signature", signature);
        headers.emplaceBack("Wechatpay-Timestamp", timestamp);
        headers.emplaceBack("Wechatpay-Serial", scripted.signingSerial);
        headers.emplaceBack("Wechatpay-Signature-Type", "WECHATPAY2-SHA256-RSA2048");
    }

    QByteArray out = "HTTP/1.1 " + QByteArray::number(scripted.status) + " Scripted\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    if (scripted.status != 204 && scripted.status != 304)
        out += "Content-Length: " + QByteArray::number(scripted.body.size()) + "\r\n";
    out += "\r\n";
    if (scripted.status != 204 && scripted.status != 304)
        out += scripted.body;
    return out;
}

} // namespace psc::test
