#include "HttpRequestParser.h"

#include <utility>

namespace psc::sandbox {

namespace {

bool isTokenChar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool hasControlBytes(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

HttpRequestParser::State HttpRequestParser::fail(int status, const QByteArray &message)
{
    m_errorStatus = status;
    m_errorMessage = message;
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::parse()
{
    if (m_errorStatus)
        return State::Failed;
    if (m_bodyLength < 0) {
        // Tolerate the empty lines some clients send between keep-alive requests.
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            // The "\r\n\r\n" may be cut after its first bytes: a head of exactly the limit
            // is refused only once it cannot fit any more, as when it comes in one piece.
            if (m_buffer.size() > m_limits.maxHeaderBytes + 3)
                return fail(431, "request headers exceed the sandbox's 16 KiB limit");
            return State::NeedMore;
        }
        if (end > m_limits.maxHeaderBytes)
            return fail(431, "request headers exceed the sandbox's 16 KiB limit");
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end + 4);
        m_request = HttpRequest {};
        if (!parseHead(head))
            return State::Failed;
    }
    if (m_buffer.size() < m_bodyLength)
        return State::NeedMore;
    m_request.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_bodyLength = -1;
    return State::Complete;
}

bool HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    QByteArray requestLine = lines.first();
    if (lines.size() > 1 && !requestLine.endsWith('\r')) {
        fail(400, "lines must end with CRLF");
        return false;
    }
    requestLine.chop(lines.size() > 1 ? 1 : 0);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/')
        || hasControlBytes(parts[1]) || !parts[2].startsWith("HTTP/")) {
        fail(400, "malformed request line");
        return false;
    }
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        fail(505, "only HTTP/1.1 and HTTP/1.0 are spoken here");
        return false;
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    m_request.version = parts[2];

    qint64 contentLength = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (!line.endsWith('\r') && i + 1 < lines.size()) {
            fail(400, "header lines must end with CRLF");
            return false;
        }
        line.chop(i + 1 < lines.size() ? 1 : 0);
        if (line.startsWith(' ') || line.startsWith('\t')) {
            fail(400, "folded header lines are not allowed");
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon))) {
            fail(400, "malformed header line");
            return false;
        }
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (hasControlBytes(value)) {
            fail(400, "control characters in a header value");
            return false;
        }
        if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            fail(411, "chunked bodies are not accepted: send Content-Length");
            return false;
        }
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || !isDigits(value) || (contentLength >= 0 && length != contentLength)) {
                fail(400, "invalid Content-Length");
                return false;
            }
            contentLength = length;
        }
        m_request.headers.append({ name, value });
    }
    if (contentLength > m_limits.maxBodyBytes) {
        fail(413, "request body exceeds the sandbox's 1 MiB limit");
        return false;
    }
    m_bodyLength = contentLength < 0 ? 0 : contentLength;
    return true;
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_request, HttpRequest {});
}

} // namespace psc::sandbox
