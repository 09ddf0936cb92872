#include "KeyRing.h"

#include <algorithm>

namespace psc::apiv3 {

QString KeyRing::normalized(const QString &serial)
{
    // Public key ids are compared as given; certificate serials are hex, any case.
    if (serial.startsWith(QLatin1String("PUB_KEY_ID_")))
        return serial;
    return serial.toUpper();
}

void KeyRing::addPublicKey(const QString &keyId, const crypto::PublicKey &key)
{
    if (!keyId.isEmpty() && !key.isNull())
        m_keys.insert(normalized(keyId), key);
}

void KeyRing::addCertificate(const crypto::Certificate &certificate)
{
    if (!certificate.isNull())
        m_keys.insert(normalized(certificate.serialHex()), certificate.publicKey());
}

crypto::PublicKey KeyRing::find(const QString &serial) const
{
    return m_keys.value(normalized(serial));
}

QStringList KeyRing::serials() const
{
    QStringList list = m_keys.keys();
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace psc::apiv3
