#pragma once

#include <core/Result.h>
#include <crypto/SecureBytes.h>

#include <QHash>
#include <QString>

#include <chrono>
#include <optional>

namespace psc::profile {

// The two secrets a profile needs besides its key file, and the team journal's database
// password. None is ever written to a profile, to settings or to the journal.
enum class SecretKind {
    Apiv3Key, // 32 characters, decrypts certificates and notifications
    KeyPassphrase, // unlocks an encrypted apiclient_key.pem
    JournalPassword, // the team journal's login (account: "user@host:port/db"); PGPASSWORD
};

// Where a secret was found, so the UI can say it ("from the system keychain").
enum class SecretOrigin { None, Environment, Session, Keychain };

// Secrets for merchant profiles: the OS keychain through QtKeychain where one runs, otherwise
// memory for this session only (asked for again next time). The environment variables
// PAYSCORE_APIV3_KEY and PAYSCORE_KEY_PASSPHRASE take precedence, for scripts.
//
// On a box without a keychain service (no D-Bus session bus: servers, CI) the keychain is
// never contacted, so nothing hangs and nothing falls back to a plain-text file: QtKeychain's
// "insecure fallback" stays off.
class SecretStore {
public:
    explicit SecretStore(QString service = QStringLiteral("PayScore Console"));
    static SecretStore &instance(); // the process-wide store: session secrets live here

    struct Lookup {
        crypto::SecureBytes secret;
        SecretOrigin origin = SecretOrigin::None;
        bool found() const { return origin != SecretOrigin::None; }
    };
    // `account` names the merchant (its mchid, or the profile name when there is none).
    Lookup read(const QString &account, SecretKind kind);
    // Keeps the secret for this session, and in the keychain too when `persist` and a
    // keychain runs. Returns where it was put; a keychain failure falls back to the session.
    SecretOrigin store(const QString &account, SecretKind kind, const crypto::SecureBytes &secret,
        bool persist = true);
    void forget(const QString &account, SecretKind kind);

    bool keychainAvailable();
    // Tests and --no-keychain: never touch the OS keychain.
    void setKeychainEnabled(bool enabled) { m_keychainEnabled = enabled; }
    void setKeychainTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    static const char *environmentVariable(SecretKind kind);
    // Empty when acceptable; else a translated message naming what is wrong (never the secret).
    static QString validate(SecretKind kind, const crypto::SecureBytes &secret);

private:
    static QString keychainKey(const QString &account, SecretKind kind);
    static bool keychainServiceReachable();
    std::optional<crypto::SecureBytes> readKeychain(const QString &key);
    bool writeKeychain(const QString &key, const crypto::SecureBytes &secret);
    void deleteKeychain(const QString &key);
    void markKeychainBroken() { m_keychainBroken = true; }

    QString m_service;
    QHash<QString, crypto::SecureBytes> m_session;
    bool m_keychainEnabled = true;
    bool m_keychainBroken = false;
    std::chrono::milliseconds m_timeout { 5000 };
};

} // namespace psc::profile
