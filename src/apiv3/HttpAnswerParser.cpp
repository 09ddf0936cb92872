#include "HttpAnswerParser.h"

#include <algorithm>

namespace psc::apiv3 {

namespace {

constexpr qsizetype kMaxChunkLineBytes = 4096;

// One line from the front of `buffer` without its CR LF (a bare LF is accepted too), or
// nullopt while the line is incomplete.
std::optional<QByteArray> takeLine(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf('\n');
    if (end < 0)
        return std::nullopt;
    QByteArray line = buffer.left(end);
    buffer.remove(0, end + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

// Only the digits of `base` (10 or 16): no sign, space or "0x", which toLongLong would accept.
bool isNumber(QByteArrayView text, int base)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [base](char c) {
        const bool decimal = c >= '0' && c <= '9';
        const bool hex = (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        return decimal || (base == 16 && hex);
    });
}

bool isToken(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool hasToken(const RawHeaders &headers, QByteArrayView name, QByteArrayView token)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

HttpAnswerParser::HttpAnswerParser(bool bodiless)
    : m_bodiless(bodiless)
{
}

void HttpAnswerParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Failed)
        return;
    if (m_state == State::Done) {
        // Bytes nobody asked for: the connection is out of step and must not be used again.
        if (!bytes.isEmpty())
            m_reusable = false;
        return;
    }
    m_buffer.append(bytes);
    parse();
}

void HttpAnswerParser::endOfStream()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose) {
        done();
        m_reusable = false;
        return;
    }
    if (m_state == State::Head || m_state == State::Body)
        fail(tr("The connection closed before the whole answer arrived."));
    m_reusable = false;
}

QByteArray HttpAnswerParser::takeBody()
{
    return std::exchange(m_body, {});
}

std::optional<QByteArray> HttpAnswerParser::takeHeadLine()
{
    const qsizetype before = m_buffer.size();
    std::optional<QByteArray> line = takeLine(m_buffer);
    m_headBytes += line ? before - m_buffer.size() : 0;
    if (m_headBytes + (line ? 0 : m_buffer.size()) > kMaxHeadBytes) {
        fail(tr("The answer's status line and headers exceed %1 bytes.").arg(kMaxHeadBytes));
        return std::nullopt;
    }
    return line;
}

void HttpAnswerParser::parse()
{
    if (m_state == State::Head && !parseHead())
        return;
    if (m_state == State::Body)
        parseBody();
}

bool HttpAnswerParser::parseHead()
{
    while (m_state == State::Head) {
        const std::optional<QByteArray> line = takeHeadLine();
        if (!line)
            return false;
        if (!m_statusRead) {
            if (!readStatusLine(*line))
                return false;
            continue;
        }
        if (!line->isEmpty()) {
            if (!readHeaderLine(*line))
                return false;
            continue;
        }
        // The end of a head. An interim answer (100 Continue, 103) is followed by the real one.
        if (m_status >= 100 && m_status < 200) {
            if (m_status == 101) {
                fail(tr("The server switched protocols (HTTP 101), which was never asked for."));
                return false;
            }
            m_statusRead = false;
            m_headers.clear();
            continue;
        }
        if (!chooseFraming())
            return false;
    }
    return m_state == State::Body || m_state == State::Done;
}

bool HttpAnswerParser::readStatusLine(const QByteArray &line)
{
    // "HTTP/1.1 200 OK": a version, a three-digit code, an optional reason.
    const bool http11 = line.startsWith("HTTP/1.1 ");
    const bool http10 = line.startsWith("HTTP/1.0 ");
    const QByteArray code = line.size() >= 12 ? line.mid(9, 3) : QByteArray();
    const bool digits = code.size() == 3 && isNumber(code, 10);
    if ((!http11 && !http10) || !digits || (line.size() > 12 && line.at(12) != ' ')
        || line.contains('\r') || line.contains('\0')) {
        fail(tr("The answer does not begin with an HTTP/1.1 status line."));
        return false;
    }
    m_http10 = http10;
    m_status = code.toInt();
    if (m_status < 100) {
        fail(tr("The answer does not begin with an HTTP/1.1 status line."));
        return false;
    }
    m_reason = line.size() > 13 ? line.mid(13) : QByteArray();
    m_statusRead = true;
    return true;
}

bool HttpAnswerParser::readHeaderLine(const QByteArray &line)
{
    // A CR or NUL inside a line (the line itself ends at LF) is refused rather than passed on
    // in a header value (found by fuzz_http_answer).
    const qsizetype colon = line.indexOf(':');
    if (line.front() == ' ' || line.front() == '\t' || colon <= 0 || !isToken(line.left(colon))
        || line.contains('\r') || line.contains('\0')) {
        fail(tr("The answer has a malformed header line."));
        return false;
    }
    m_headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
    return true;
}

bool HttpAnswerParser::chooseFraming()
{
    const bool persistent = !m_http10 && !hasToken(m_headers, "Connection", "close");
    if (m_bodiless || m_status == 204 || m_status == 304) {
        m_framing = Framing::Length;
        m_remaining = 0;
    } else if (hasHeader(m_headers, "Transfer-Encoding")) {
        // Chunked last means chunks; any other coding runs until the connection closes.
        const QByteArray codings = headerValue(m_headers, "Transfer-Encoding").trimmed();
        m_framing = codings.toLower().endsWith("chunked") ? Framing::Chunked : Framing::UntilClose;
        m_chunkStep = ChunkStep::Size;
    } else if (hasHeader(m_headers, "Content-Length")) {
        // Repeated or listed lengths must all agree (RFC 9110, 8.6).
        qint64 length = -1;
        for (const auto &[name, value] : m_headers) {
            if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
                continue;
            for (const QByteArray &part : value.split(',')) {
                const QByteArray digits = part.trimmed();
                bool ok = digits.size() <= 18 && isNumber(digits, 10);
                const qint64 number = ok ? digits.toLongLong(&ok) : -1;
                if (!ok || (length >= 0 && number != length)) {
                    fail(tr("The answer's Content-Length is not one number."));
                    return false;
                }
                length = number;
            }
        }
        m_framing = Framing::Length;
        m_remaining = length;
    } else {
        m_framing = Framing::UntilClose;
    }
    m_reusable = persistent && m_framing != Framing::UntilClose;
    m_state = State::Body;
    return true;
}

void HttpAnswerParser::parseBody()
{
    switch (m_framing) {
    case Framing::UntilClose:
        m_body.append(m_buffer);
        m_buffer.clear();
        return;
    case Framing::Length:
        if (takeBodyBytes())
            done();
        return;
    case Framing::Chunked:
        parseChunks();
        return;
    }
}

bool HttpAnswerParser::takeBodyBytes()
{
    const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
    m_body.append(m_buffer.left(take));
    m_buffer.remove(0, take);
    m_remaining -= take;
    return m_remaining == 0;
}

void HttpAnswerParser::parseChunks()
{
    while (m_state == State::Body) {
        switch (m_chunkStep) {
        case ChunkStep::Size: {
            std::optional<QByteArray> line = takeLine(m_buffer);
            if (!line) {
                if (m_buffer.size() > kMaxChunkLineBytes)
                    fail(tr("The answer has a malformed chunk."));
                return;
            }
            // "1a3;name=value": the size in hex, extensions ignored.
            const qsizetype extension = line->indexOf(';');
            const QByteArray size = (extension < 0 ? *line : line->left(extension)).trimmed();
            bool ok = size.size() <= 15 && isNumber(size, 16);
            const qint64 bytes = ok ? size.toLongLong(&ok, 16) : -1;
            if (!ok || bytes < 0) {
                fail(tr("The answer has a malformed chunk."));
                return;
            }
            m_remaining = bytes;
            m_chunkStep = bytes == 0 ? ChunkStep::Trailer : ChunkStep::Data;
            break;
        }
        case ChunkStep::Data:
            if (!takeBodyBytes())
                return;
            m_chunkStep = ChunkStep::DataEnd;
            break;
        case ChunkStep::DataEnd: {
            std::optional<QByteArray> line = takeLine(m_buffer);
            if (!line) {
                if (m_buffer.size() > 2)
                    fail(tr("The answer has a malformed chunk."));
                return;
            }
            if (!line->isEmpty()) {
                fail(tr("The answer has a malformed chunk."));
                return;
            }
            m_chunkStep = ChunkStep::Size;
            break;
        }
        case ChunkStep::Trailer: {
            // Trailer fields are read and dropped: nothing of the API's is sent there.
            const std::optional<QByteArray> line = takeHeadLine();
            if (!line)
                return;
            if (line->isEmpty())
                done();
            break;
        }
        }
    }
}

void HttpAnswerParser::fail(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    m_reusable = false;
    m_buffer.clear();
}

void HttpAnswerParser::done()
{
    m_state = State::Done;
    if (!m_buffer.isEmpty())
        m_reusable = false; // bytes beyond this answer: out of step
    m_buffer.clear();
}

} // namespace psc::apiv3
