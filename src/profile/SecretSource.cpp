#include "SecretSource.h"

#include <QCoreApplication>

namespace psc::profile {

std::optional<crypto::SecureBytes> EnvironmentSecretSource::secret(
    const Profile &profile, SecretKind kind)
{
    Q_UNUSED(profile)
    QByteArray value = qgetenv(SecretStore::environmentVariable(kind));
    if (value.isEmpty())
        return std::nullopt;
    return crypto::SecureBytes::takeFrom(value);
}

QString EnvironmentSecretSource::describe(SecretKind kind) const
{
    return QCoreApplication::translate("psc::profile::SecretSource", "the environment variable %1")
        .arg(QLatin1String(SecretStore::environmentVariable(kind)));
}

} // namespace psc::profile
