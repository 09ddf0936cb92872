#pragma once

#include "SecretSource.h"
#include "SecretStore.h"

namespace psc::profile {

// The console's and the CLI's SecretSource: the environment (scripts), then what was typed
// this session, then the OS keychain (see SecretStore). Secrets are filed under the profile's
// merchant number, so two profiles of one merchant share its APIv3 key.
class StoredSecretSource final : public SecretSource {
public:
    explicit StoredSecretSource(SecretStore &store = SecretStore::instance());

    std::optional<crypto::SecureBytes> secret(const Profile &profile, SecretKind kind) override;
    QString describe(SecretKind kind) const override;

    static QString accountOf(const Profile &profile); // mchid, or the name when there is none

private:
    SecretStore &m_store;
};

} // namespace psc::profile
