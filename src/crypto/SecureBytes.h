#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace psc::crypto {

// Bytes that hold secret material (an APIv3 key, a passphrase, a PEM private key). The buffer
// is wiped with OPENSSL_cleanse before it is released, and the type has no streaming or debug
// output so that it cannot end up in a log by accident.
class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArrayView bytes);
    // Takes over the buffer and wipes the source so no second copy stays behind.
    static SecureBytes takeFrom(QByteArray &source);
    SecureBytes(const SecureBytes &other);
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    void clear();
    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    const char *constData() const { return m_bytes.constData(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes); }
    bool operator==(const SecureBytes &other) const;

private:
    QByteArray m_bytes;
};

// Wipes a QByteArray in place (it must not be shared) and empties it.
void wipe(QByteArray &bytes);

} // namespace psc::crypto
