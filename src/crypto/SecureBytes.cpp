#include "SecureBytes.h"

#include <openssl/crypto.h>

namespace psc::crypto {

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Another QByteArray shares the buffer; we must not scribble over its data.
        bytes = QByteArray();
        return;
    }
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

SecureBytes::SecureBytes(QByteArrayView bytes)
    : m_bytes(bytes.data(), bytes.size())
{
}

SecureBytes SecureBytes::takeFrom(QByteArray &source)
{
    SecureBytes result { QByteArrayView(source) };
    wipe(source);
    return result;
}

SecureBytes::SecureBytes(const SecureBytes &other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    wipe(m_bytes);
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && CRYPTO_memcmp(m_bytes.constData(), other.m_bytes.constData(), size_t(m_bytes.size()))
        == 0;
}

} // namespace psc::crypto
