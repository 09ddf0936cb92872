#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace psc::sandbox {

// An answer before it is written: status, extra headers, body. Content-Length, Date and
// Connection are added when it is serialized.
struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
    QByteArray serialize(bool keepAlive) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace psc::sandbox
