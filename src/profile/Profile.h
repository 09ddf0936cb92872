#pragma once

#include <apiv3/WeChatPayHosts.h>
#include <core/Result.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace psc::profile {

// One problem with one field of a profile. `field` is the JSON key ("mchid",
// "platform_certificate_files[1]", or "profile" for the file itself); `message` never holds
// key material.
struct ProfileIssue {
    QString field;
    QString message;
    QString toString() const; // "mchid: must be 1 to 32 digits"
};

// A merchant profile: the JSON file of issue 2. Paths may be relative: they resolve against
// the folder of the profile file. The APIv3 key is never part of it (see SecretSource).
class Profile {
    Q_DECLARE_TR_FUNCTIONS(psc::profile::Profile)
public:
    QString name;
    QString baseUrl = apiv3::WeChatPayHosts::urlOf(apiv3::WeChatPayHosts::mainland()).toString();
    QString mchid;
    QString merchantSerial; // merchant API certificate serial, hex
    QString privateKeyFile; // apiclient_key.pem
    QString wechatpayPublicKeyId; // "PUB_KEY_ID_…"
    QString wechatpayPublicKeyFile;
    QStringList platformCertificateFiles;
    QString appid;
    QString serviceId;
    QString subMchid; // partner (服务商) mode
    QString caCertificatesFile; // extra CAs for a proxy or a test server
    // The APIv3 key in a file, as the sandbox writes it: only for a profile on this computer
    // (loopback base_url); a real merchant's key stays in the keychain or the environment.
    QString apiv3KeyFile;
    QJsonObject otherFields; // keys this version does not know, kept on save

    QString folder; // where relative paths resolve; set by load(), empty: current directory

    // Reads and checks a profile file. The error names the field (and the file).
    static Result<Profile> load(const QString &path);
    // Only JSON types are checked here; call validate() for the field rules.
    static Result<Profile> fromJson(const QJsonObject &object, const QString &folder = {});
    QJsonObject toJson() const;
    // Writes the profile as indented JSON (atomically). Returns an empty string on success,
    // else why not.
    QString save(const QString &path) const;

    // Field rules (formats, required fields, one WeChat Pay key mode at least). Files are not
    // opened here: ClientConfigFactory reports unreadable ones.
    QList<ProfileIssue> validate() const;

    // Whether base_url is a loopback address (the sandbox, a test server): anything else is
    // production, where writes move real money and batches ask for confirmation.
    bool isLoopback() const;

    // `path` made absolute against `folder`; empty stays empty.
    QString resolve(const QString &path) const;
};

} // namespace psc::profile
