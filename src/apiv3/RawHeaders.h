#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace psc::apiv3 {

// HTTP header lines as received or sent, in order, names as written on the wire.
using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// The first value of `name` (ASCII case-insensitive), or a null QByteArray when absent.
QByteArray headerValue(const RawHeaders &headers, QByteArrayView name);
bool hasHeader(const RawHeaders &headers, QByteArrayView name);

} // namespace psc::apiv3
