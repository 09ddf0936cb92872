#pragma once

#include "Profile.h"
#include "SecretSource.h"

#include <apiv3/ClientConfig.h>
#include <core/Result.h>
#include <crypto/SecureBytes.h>

#include <QCoreApplication>

namespace psc::profile {

// Turns a Profile into a ready apiv3::ClientConfig: validates it, reads and parses the private
// key, the WeChat Pay public key and the platform certificates once, and picks the
// Wechatpay-Serial to send. Every error names the profile field and holds no key material.
class ClientConfigFactory {
    Q_DECLARE_TR_FUNCTIONS(psc::profile::ClientConfigFactory)
public:
    // `secrets` (not owned; may be null: the environment) supplies a key file passphrase.
    explicit ClientConfigFactory(SecretSource *secrets = nullptr);

    Result<apiv3::ClientConfig> create(const Profile &profile) const;
    // Only what signing needs (mchid, merchant_serial, private_key_file): `payscore-cli sign`
    // works even when the WeChat Pay key files are not at hand.
    Result<apiv3::MerchantCredentials> credentials(const Profile &profile) const;
    // The 32-byte APIv3 key (certificates, notifications): from the profile's apiv3_key_file
    // when it names one (the sandbox), otherwise from the secret source.
    Result<crypto::SecureBytes> apiV3Key(const Profile &profile) const;

private:
    Result<crypto::SecureBytes> apiV3KeyFromFile(const QString &path) const;
    SecretSource *source() const;
    SecretSource *m_secrets;
    mutable EnvironmentSecretSource m_environment;
};

} // namespace psc::profile
