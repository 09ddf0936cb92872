#include "OneShotBody.h"

#include <cstring>

namespace psc::apiv3 {

OneShotBody::OneShotBody(QByteArray bytes, QObject *parent)
    : QIODevice(parent)
    , m_bytes(std::move(bytes))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_bytes.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_bytes.size()) - m_offset);
    if (count <= 0)
        return m_offset >= m_bytes.size() ? -1 : 0;
    std::memcpy(data, m_bytes.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

qint64 OneShotBody::writeData(const char *data, qint64 maxSize)
{
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    return -1;
}

} // namespace psc::apiv3
