#pragma once

#include "Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace psc::profile {

// The checks on the files a profile names, for the profile dialog, ClientConfigFactory and
// the CLI alike: does each exist and can it be read, is the WeChat Pay public key a key, is
// each platform certificate a certificate, and does the private key need a passphrase.
// Messages name the file (native separators) and never its content.
class ProfileFileCheck {
    Q_DECLARE_TR_FUNCTIONS(psc::profile::ProfileFileCheck)
public:
    // Empty when `path` is a readable file; else why not, naming it.
    static QString unreadable(const QString &path);
    // One issue per file that is missing, unreadable or not what its field says. Paths
    // resolve against the profile's folder. Field rules are Profile::validate()'s job.
    static QList<ProfileIssue> issues(const Profile &profile);
    // Whether the PEM at `path` is an encrypted private key (only its header is read).
    static bool isEncryptedKey(const QString &path);
};

} // namespace psc::profile
