#pragma once

#include <QByteArray>

namespace psc::journal {

// Makes a request body fit for the journal: JSON values whose key names a secret (signature,
// key, passphrase, token, ...) are replaced by "[redacted]" at any depth. A body that is not
// a JSON object or array is not stored at all, only its size, because nothing can be said
// about what it holds.
class BodyRedactor {
public:
    static QByteArray redact(const QByteArray &body);
    static bool isSecretKeyName(QStringView key);
};

} // namespace psc::journal
