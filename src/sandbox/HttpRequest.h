#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace psc::sandbox {

// One HTTP/1.1 request exactly as it arrived: the target is kept byte for byte because the
// signature covers it, and header names keep their case (lookups ignore it).
struct HttpRequest {
    QByteArray method;
    QByteArray target; // path + optional "?query", as on the wire
    QByteArray version; // "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray path() const; // target before '?', still percent-encoded
    QByteArray query() const; // target after '?', still percent-encoded ("" when none)
    bool hasHeader(QByteArrayView name) const;
    QByteArray header(QByteArrayView name) const; // first value, trimmed
    bool wantsKeepAlive() const;
};

} // namespace psc::sandbox
