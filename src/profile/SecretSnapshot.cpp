#include "SecretSnapshot.h"

#include "Profile.h"

namespace psc::profile {

SecretSnapshot SecretSnapshot::take(const Profile &profile, SecretSource &from)
{
    SecretSnapshot snapshot;
    snapshot.m_identity = identityOf(profile);
    for (const SecretKind kind : { SecretKind::Apiv3Key, SecretKind::KeyPassphrase }) {
        if (auto secret = from.secret(profile, kind))
            snapshot.m_secrets.insert(int(kind), *secret);
        snapshot.m_descriptions.insert(int(kind), from.describe(kind));
    }
    return snapshot;
}

// The merchant and its key: a snapshot never answers for another profile's key.
QString SecretSnapshot::identityOf(const Profile &profile)
{
    return profile.mchid + QLatin1Char('\n') + profile.privateKeyFile;
}

std::optional<crypto::SecureBytes> SecretSnapshot::secret(const Profile &profile, SecretKind kind)
{
    if (identityOf(profile) != m_identity)
        return std::nullopt;
    const auto it = m_secrets.constFind(int(kind));
    if (it == m_secrets.constEnd())
        return std::nullopt;
    return *it;
}

QString SecretSnapshot::describe(SecretKind kind) const
{
    return m_descriptions.value(int(kind));
}

} // namespace psc::profile
