#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <memory>

namespace psc::profile {

namespace {

// Runs a QtKeychain job to completion (they are asynchronous) with a deadline, so that a
// keychain daemon that never answers cannot freeze the console or the CLI.
bool runJob(QKeychain::Job &job, std::chrono::milliseconds timeout)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text copy in QSettings
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return finished;
}

bool backendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError || error == QKeychain::AccessDenied;
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{
}

SecretStore &SecretStore::instance()
{
    static SecretStore store;
    return store;
}

const char *SecretStore::environmentVariable(SecretKind kind)
{
    switch (kind) {
    case SecretKind::Apiv3Key:
        return "PAYSCORE_APIV3_KEY";
    case SecretKind::KeyPassphrase:
        return "PAYSCORE_KEY_PASSPHRASE";
    case SecretKind::JournalPassword:
        return "PGPASSWORD"; // libpq's own, so scripts and the console agree
    }
    return "";
}

QString SecretStore::validate(SecretKind kind, const crypto::SecureBytes &secret)
{
    if (kind == SecretKind::KeyPassphrase) {
        return secret.isEmpty()
            ? QCoreApplication::translate("SecretStore", "The key passphrase is empty.")
            : QString();
    }
    if (kind == SecretKind::JournalPassword) {
        return secret.isEmpty()
            ? QCoreApplication::translate("SecretStore", "The database password is empty.")
            : QString();
    }
    if (secret.size() != 32) {
        return QCoreApplication::translate("SecretStore",
            "The APIv3 key must be exactly 32 characters (this one has %1). Copy it again "
            "from the merchant platform (Account Center > API Security).")
            .arg(secret.size());
    }
    for (char c : secret.view()) {
        if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
            return QCoreApplication::translate("SecretStore",
                "The APIv3 key may contain only letters, digits and ASCII punctuation "
                "(no spaces).");
    }
    return {};
}

QString SecretStore::keychainKey(const QString &account, SecretKind kind)
{
    switch (kind) {
    case SecretKind::Apiv3Key:
        return account + QStringLiteral("/apiv3-key");
    case SecretKind::KeyPassphrase:
        return account + QStringLiteral("/key-passphrase");
    case SecretKind::JournalPassword:
        return account + QStringLiteral("/journal-password");
    }
    return account;
}

bool SecretStore::keychainServiceReachable()
{
    if (qEnvironmentVariableIsSet("PAYSCORE_NO_KEYCHAIN"))
        return false;
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // The Secret Service and KWallet both live on the D-Bus session bus. Without one, asking
    // QtKeychain would only try to autolaunch a bus: treat that as "no keychain".
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/bus"));
#else
    return true; // Windows Credential Manager and the macOS Keychain are always there
#endif
}

bool SecretStore::keychainAvailable()
{
    return m_keychainEnabled && !m_keychainBroken && keychainServiceReachable();
}

SecretStore::Lookup SecretStore::read(const QString &account, SecretKind kind)
{
    Lookup lookup;
    QByteArray fromEnvironment = qgetenv(environmentVariable(kind));
    if (!fromEnvironment.isEmpty()) {
        lookup.secret = crypto::SecureBytes::takeFrom(fromEnvironment);
        lookup.origin = SecretOrigin::Environment;
        return lookup;
    }
    const QString key = keychainKey(account, kind);
    const auto session = m_session.constFind(key);
    if (session != m_session.constEnd()) {
        lookup.secret = *session;
        lookup.origin = SecretOrigin::Session;
        return lookup;
    }
    if (keychainAvailable()) {
        if (auto stored = readKeychain(key)) {
            lookup.secret = std::move(*stored);
            lookup.origin = SecretOrigin::Keychain;
        }
    }
    return lookup;
}

SecretOrigin SecretStore::store(
    const QString &account, SecretKind kind, const crypto::SecureBytes &secret, bool persist)
{
    const QString key = keychainKey(account, kind);
    m_session.insert(key, secret);
    if (persist && keychainAvailable() && writeKeychain(key, secret))
        return SecretOrigin::Keychain;
    return SecretOrigin::Session;
}

void SecretStore::forget(const QString &account, SecretKind kind)
{
    const QString key = keychainKey(account, kind);
    m_session.remove(key);
    if (keychainAvailable())
        deleteKeychain(key);
}

std::optional<crypto::SecureBytes> SecretStore::readKeychain(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job, m_timeout)) {
        markKeychainBroken();
        return std::nullopt;
    }
    if (job.error() != QKeychain::NoError) {
        if (backendMissing(job.error()))
            markKeychainBroken();
        return std::nullopt;
    }
    QByteArray bytes = job.binaryData();
    return crypto::SecureBytes::takeFrom(bytes);
}

bool SecretStore::writeKeychain(const QString &key, const crypto::SecureBytes &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    QByteArray bytes(secret.constData(), secret.size());
    job.setBinaryData(bytes);
    crypto::wipe(bytes);
    if (!runJob(job, m_timeout) || job.error() != QKeychain::NoError) {
        markKeychainBroken();
        return false;
    }
    return true;
}

void SecretStore::deleteKeychain(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    if (!runJob(job, m_timeout))
        markKeychainBroken();
}

} // namespace psc::profile
