#pragma once

#include <crypto/Keys.h>

#include <QHash>
#include <QString>
#include <QStringList>

namespace psc::apiv3 {

// The keys WeChat Pay may sign answers with, by the value of `Wechatpay-Serial`: the WeChat Pay
// public key ("PUB_KEY_ID_…") and/or any number of platform certificates (hex serial), so that
// both modes and a certificate rotation in progress are all accepted.
class KeyRing {
public:
    void addPublicKey(const QString &keyId, const crypto::PublicKey &key);
    void addCertificate(const crypto::Certificate &certificate); // keyed by its serial
    // Null when the serial is unknown. Hex serials match case-insensitively.
    crypto::PublicKey find(const QString &serial) const;
    bool contains(const QString &serial) const { return !find(serial).isNull(); }
    bool isEmpty() const { return m_keys.isEmpty(); }
    QStringList serials() const;

private:
    static QString normalized(const QString &serial);
    QHash<QString, crypto::PublicKey> m_keys;
};

} // namespace psc::apiv3
