#include "KeepAliveReply.h"

#include "KeepAliveNetwork.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace psc::apiv3 {

namespace {

// Headers this class writes itself, whatever the request carries.
bool writtenByTransport(const QByteArray &name)
{
    for (const char *own : { "Host", "Content-Length", "Connection", "Transfer-Encoding",
             "Keep-Alive", "Expect", "TE", "Upgrade" }) {
        if (name.compare(own, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QNetworkReply::NetworkError networkErrorFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

} // namespace

KeepAliveReply::KeepAliveReply(
    KeepAliveNetwork *network, const QNetworkRequest &request, QByteArray verb, QByteArray body)
    : m_network(network)
    , m_verb(std::move(verb))
    , m_body(std::move(body))
    , m_parser(m_verb == "HEAD")
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, m_verb);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QMetaObject::invokeMethod(this, &KeepAliveReply::start, Qt::QueuedConnection);
}

KeepAliveReply::~KeepAliveReply()
{
    releaseSocket(false);
}

void KeepAliveReply::start()
{
    if (isFinished() || m_started)
        return;
    m_started = true;
    if (!m_network) {
        failWith(OperationCanceledError, tr("The network access was closed."));
        return;
    }
    const QUrl target = url();
    bool reused = false;
    m_socket = m_network->connectionFor(target, request().sslConfiguration(), &reused);
    connect(m_socket, &QIODevice::readyRead, this, &KeepAliveReply::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &KeepAliveReply::onEndOfStream);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &KeepAliveReply::onSocketError);
    if (reused) {
        send();
        return;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QString host = target.host();
    if (auto *tls = qobject_cast<QSslSocket *>(m_socket)) {
        connect(tls, &QSslSocket::encrypted, this, &KeepAliveReply::send);
        // Never ignored: an error here fails the handshake, and its text says why.
        connect(tls, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            if (m_sslError.isEmpty() && !errors.isEmpty())
                m_sslError = errors.constFirst().errorString();
        });
        tls->connectToHostEncrypted(host, KeepAliveNetwork::portOf(target));
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &KeepAliveReply::send);
        m_socket->connectToHost(host, KeepAliveNetwork::portOf(target));
    }
}

QByteArray KeepAliveReply::requestBytes() const
{
    const QUrl target = url();
    QByteArray path
        = target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (path.isEmpty() || path.startsWith('?'))
        path.prepend('/');
    QByteArray host = target.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    // The port only when it is not the scheme's own (as Qt writes it).
    QUrl schemeOnly = target;
    schemeOnly.setPort(-1);
    const quint16 port = KeepAliveNetwork::portOf(target);
    if (port != KeepAliveNetwork::portOf(schemeOnly))
        host += ':' + QByteArray::number(port);

    QByteArray bytes;
    bytes.reserve(512 + m_body.size());
    bytes += m_verb + ' ' + path + " HTTP/1.1\r\nHost: " + host + "\r\n";
    const QNetworkRequest &req = request();
    for (const QByteArray &name : req.rawHeaderList()) {
        if (!writtenByTransport(name))
            bytes += name + ": " + req.rawHeader(name) + "\r\n";
    }
    if (!m_body.isEmpty() || m_verb == "POST" || m_verb == "PUT" || m_verb == "PATCH")
        bytes += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    bytes += "\r\n";
    bytes += m_body;
    return bytes;
}

void KeepAliveReply::send()
{
    if (isFinished() || m_sent || m_socket == nullptr)
        return;
    m_sent = true;
    m_socket->write(requestBytes());
    m_socket->flush();
    // From here on the server may have the request: what follows is an answer or an unknown.
    emit requestSent();
}

void KeepAliveReply::onReadyRead()
{
    if (isFinished() || m_socket == nullptr)
        return;
    if (!m_sent) {
        // Bytes before the request was written: not an answer to it.
        failWith(ProtocolFailure, tr("The server sent data before the request."));
        return;
    }
    m_parser.feed(m_socket->readAll());
    switch (m_parser.state()) {
    case HttpAnswerParser::State::Head:
        return;
    case HttpAnswerParser::State::Failed:
        failWith(ProtocolFailure, m_parser.error());
        return;
    case HttpAnswerParser::State::Body:
    case HttpAnswerParser::State::Done:
        break;
    }
    publishHead();
    if (isFinished())
        return; // the caller aborted on the head (an answer over its limits)
    if (m_parser.bodyBytesWaiting() > 0) {
        m_readable += m_parser.takeBody();
        emit readyRead();
        if (isFinished())
            return;
    }
    if (m_parser.state() == HttpAnswerParser::State::Done)
        complete();
}

void KeepAliveReply::onEndOfStream()
{
    if (isFinished() || m_socket == nullptr)
        return;
    if (m_socket->bytesAvailable() > 0) {
        onReadyRead();
        if (isFinished())
            return;
    }
    m_parser.endOfStream();
    if (m_parser.state() == HttpAnswerParser::State::Done) {
        publishHead();
        if (isFinished())
            return;
        m_readable += m_parser.takeBody();
        if (!m_readable.isEmpty())
            emit readyRead();
        if (!isFinished())
            complete();
        return;
    }
    failWith(RemoteHostClosedError,
        m_sent ? tr("The server closed the connection before the whole answer arrived.")
               : tr("The server closed the connection."));
}

void KeepAliveReply::onSocketError(QAbstractSocket::SocketError error)
{
    if (isFinished() || m_socket == nullptr)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onEndOfStream();
        return;
    }
    const NetworkError code = networkErrorFor(error);
    QString text = m_socket->errorString();
    if (code == SslHandshakeFailedError && !m_sslError.isEmpty())
        text = m_sslError;
    failWith(code, text);
}

void KeepAliveReply::publishHead()
{
    if (attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
        return;
    // Repeated names are joined as Qt joins them, so a duplicated signature header reads as
    // one value that does not verify rather than as whichever copy came first.
    QList<QByteArray> names;
    QHash<QByteArray, QByteArray> values;
    for (const auto &[name, value] : m_parser.headers()) {
        const QByteArray key = name.toLower();
        if (!values.contains(key)) {
            names.append(name);
            values.insert(key, value);
        } else {
            values[key] += ", " + value;
        }
    }
    for (const QByteArray &name : names)
        setRawHeader(name, values.value(name.toLower()));
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_parser.status());
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_parser.reason());
    emit metaDataChanged();
}

void KeepAliveReply::complete()
{
    releaseSocket(m_parser.reusable());
    setFinished(true);
    emit finished();
}

void KeepAliveReply::failWith(NetworkError code, const QString &text)
{
    releaseSocket(false);
    setError(code, text);
    setFinished(true);
    emit errorOccurred(code);
    emit finished();
}

void KeepAliveReply::releaseSocket(bool reusable)
{
    QTcpSocket *socket = std::exchange(m_socket, nullptr);
    if (socket == nullptr)
        return;
    QObject::disconnect(socket, nullptr, this, nullptr);
    if (reusable && m_network && socket->state() == QAbstractSocket::ConnectedState) {
        m_network->keepIdle(url(), request().sslConfiguration(), socket);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void KeepAliveReply::abort()
{
    if (isFinished())
        return;
    m_started = true; // a queued start() finds nothing to do
    failWith(OperationCanceledError, tr("Operation canceled"));
}

qint64 KeepAliveReply::bytesAvailable() const
{
    return m_readable.size() + QNetworkReply::bytesAvailable();
}

qint64 KeepAliveReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_readable.size());
    if (count <= 0)
        return isFinished() ? -1 : 0;
    std::memcpy(data, m_readable.constData(), size_t(count));
    m_readable.remove(0, count);
    return count;
}

} // namespace psc::apiv3
