#pragma once

#include "RawHeaders.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace psc::apiv3 {

// Reads one HTTP/1.1 answer from the bytes a connection delivers, in whatever pieces they come:
// the status line, the headers, then a body framed by Content-Length, by chunks, or by the end
// of the stream. Interim 1xx answers are skipped. The head is capped (kMaxHeadBytes) so that a
// server sending endless headers costs bounded memory; the body's cap is the caller's.
class HttpAnswerParser {
    Q_DECLARE_TR_FUNCTIONS(psc::apiv3::HttpAnswerParser)

public:
    enum class State { Head, Body, Done, Failed };
    static constexpr qsizetype kMaxHeadBytes = qsizetype(256) * 1024;

    // `bodiless`: the answer to a HEAD request, whose headers announce a body never sent.
    explicit HttpAnswerParser(bool bodiless = false);

    void feed(QByteArrayView bytes);
    // The peer closed its side: ends a body framed by the end of the stream, else fails.
    void endOfStream();

    State state() const { return m_state; }
    bool headComplete() const { return m_state == State::Body || m_state == State::Done; }
    int status() const { return m_status; }
    const QByteArray &reason() const { return m_reason; }
    // In order, names as sent. Repeated names stay separate entries.
    const RawHeaders &headers() const { return m_headers; }
    // The body's bytes decoded so far and not yet taken.
    QByteArray takeBody();
    qsizetype bodyBytesWaiting() const { return m_body.size(); }
    // Once Done: whether the connection may carry another request.
    bool reusable() const { return m_reusable; }
    const QString &error() const { return m_error; }

private:
    enum class Framing { Length, Chunked, UntilClose };
    enum class ChunkStep { Size, Data, DataEnd, Trailer };

    void parse();
    // The next line of the head (or of the trailer), counted against kMaxHeadBytes; nullopt
    // while incomplete, or once failed for being over it.
    std::optional<QByteArray> takeHeadLine();
    bool parseHead(); // false: more bytes needed (or failed)
    bool readStatusLine(const QByteArray &line);
    bool readHeaderLine(const QByteArray &line);
    bool chooseFraming();
    void parseBody();
    void parseChunks();
    // Moves up to m_remaining buffered bytes into the body; true once none remain.
    bool takeBodyBytes();
    void fail(const QString &why);
    void done();

    State m_state = State::Head;
    bool m_bodiless;
    QByteArray m_buffer; // received, not yet parsed
    qsizetype m_headBytes = 0;
    bool m_statusRead = false;
    bool m_http10 = false;
    int m_status = 0;
    QByteArray m_reason;
    RawHeaders m_headers;
    Framing m_framing = Framing::Length;
    qint64 m_remaining = 0; // body bytes (Length) or chunk bytes (Chunked) still to come
    ChunkStep m_chunkStep = ChunkStep::Size;
    QByteArray m_body;
    bool m_reusable = false;
    QString m_error;
};

} // namespace psc::apiv3
