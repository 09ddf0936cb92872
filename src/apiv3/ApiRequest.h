#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace psc::apiv3 {

// One APIv3 request as it will be signed and sent. The path is built by the caller from
// segments passed through encodePathSegment(); query values are kept raw and percent-encoded
// by target(), so the bytes that are signed are exactly the bytes that go on the wire.
class ApiRequest {
public:
    using QueryItem = std::pair<QString, QString>; // raw (unencoded) key and value

    ApiRequest() = default;
    // `path` is already percent-encoded ASCII, e.g. "/v3/payscore/serviceorder/A%7CB/complete".
    ApiRequest(
        QByteArray method, QByteArray path, QList<QueryItem> query = {}, QByteArray body = {});

    static ApiRequest get(const QByteArray &path, const QList<QueryItem> &query = {});
    static ApiRequest post(const QByteArray &path, const QByteArray &jsonBody);
    // A request whose target ("/path?query") is given already encoded, as the CLI's `sign`
    // command receives it. Kept byte for byte; nothing is re-encoded.
    static ApiRequest fromTarget(
        const QByteArray &method, const QByteArray &target, const QByteArray &body = {});

    // Percent-encodes the UTF-8 bytes of `text`, leaving only RFC 3986 unreserved characters
    // [A-Za-z0-9-._~] as they are: "|" -> %7C, "*" -> %2A, " " -> %20, "/" -> %2F.
    static QByteArray encodePathSegment(QStringView text);
    // The same rule, used for query keys and values.
    static QByteArray encodeQueryValue(QStringView text) { return encodePathSegment(text); }

    const QByteArray &method() const { return m_method; }
    const QByteArray &path() const { return m_path; }
    const QList<QueryItem> &query() const { return m_query; }
    const QByteArray &body() const { return m_body; }
    bool hasBody() const { return !m_body.isEmpty(); }

    // The exact "path?query" bytes that are signed and sent (no "?" when there is no query).
    QByteArray target() const;

private:
    QByteArray m_method;
    QByteArray m_path;
    QList<QueryItem> m_query;
    QByteArray m_body;
    QByteArray m_rawTarget; // set by fromTarget(); wins over path + query
};

} // namespace psc::apiv3
