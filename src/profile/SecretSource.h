#pragma once

#include "SecretStore.h"

#include <crypto/SecureBytes.h>

#include <QString>

#include <optional>

namespace psc::profile {

class Profile;

// Where a profile's secrets (the APIv3 key, a key file passphrase) come from. The profile file
// never holds them. Implementations: EnvironmentSecretSource (scripts, CI, the CLI's default)
// and any keychain-backed source; ClientConfigFactory only sees this interface.
class SecretSource {
public:
    virtual ~SecretSource() = default;
    // The secret, or nullopt when this source has none for the profile.
    virtual std::optional<crypto::SecureBytes> secret(const Profile &profile, SecretKind kind) = 0;
    // Where it looked, for messages: "the environment variable PAYSCORE_APIV3_KEY".
    virtual QString describe(SecretKind kind) const = 0;
};

// PAYSCORE_APIV3_KEY and PAYSCORE_KEY_PASSPHRASE.
class EnvironmentSecretSource final : public SecretSource {
public:
    std::optional<crypto::SecureBytes> secret(const Profile &profile, SecretKind kind) override;
    QString describe(SecretKind kind) const override;
};

} // namespace psc::profile
