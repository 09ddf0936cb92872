#include "StoredSecretSource.h"

#include "Profile.h"

#include <QCoreApplication>

namespace psc::profile {

StoredSecretSource::StoredSecretSource(SecretStore &store)
    : m_store(store)
{
}

QString StoredSecretSource::accountOf(const Profile &profile)
{
    return profile.mchid.isEmpty() ? profile.name : profile.mchid;
}

std::optional<crypto::SecureBytes> StoredSecretSource::secret(
    const Profile &profile, SecretKind kind)
{
    SecretStore::Lookup lookup = m_store.read(accountOf(profile), kind);
    if (!lookup.found())
        return std::nullopt;
    return std::move(lookup.secret);
}

QString StoredSecretSource::describe(SecretKind kind) const
{
    const QString variable = QLatin1String(SecretStore::environmentVariable(kind));
    return m_store.keychainAvailable()
        ? QCoreApplication::translate("psc::profile::SecretSource",
            "the environment variable %1, this session or the system keychain")
              .arg(variable)
        : QCoreApplication::translate("psc::profile::SecretSource",
            "the environment variable %1 or this session (no system keychain is running)")
              .arg(variable);
}

} // namespace psc::profile
