#pragma once

#include "SecretSource.h"

#include <QHash>

namespace psc::profile {

// A profile's secrets read once, up front, for a session opened on another thread: the
// keychain and the session's secrets (SecretStore) belong to the thread that shows the
// dialogs that fill them, so a batch sent from a thread of its own gets a snapshot instead.
// It answers only for the profile it was taken of, and never changes after take(), so any
// thread may read it.
class SecretSnapshot final : public SecretSource {
public:
    // Reads every kind a profile can need (the APIv3 key, the key file's passphrase) from
    // `from` now.
    static SecretSnapshot take(const Profile &profile, SecretSource &from);

    std::optional<crypto::SecureBytes> secret(const Profile &profile, SecretKind kind) override;
    QString describe(SecretKind kind) const override;

private:
    static QString identityOf(const Profile &profile);

    QString m_identity; // the profile it was taken of
    QHash<int, crypto::SecureBytes> m_secrets; // by SecretKind
    QHash<int, QString> m_descriptions; // by SecretKind: where `from` looked
};

} // namespace psc::profile
