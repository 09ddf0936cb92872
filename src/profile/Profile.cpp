#include "Profile.h"

#include <apiv3/WeChatPayHosts.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace psc::profile {

namespace {

// The JSON keys, in the order they are written.
namespace Key {
constexpr auto name = QLatin1String("name");
constexpr auto baseUrl = QLatin1String("base_url");
constexpr auto mchid = QLatin1String("mchid");
constexpr auto merchantSerial = QLatin1String("merchant_serial");
constexpr auto privateKeyFile = QLatin1String("private_key_file");
constexpr auto publicKeyId = QLatin1String("wechatpay_public_key_id");
constexpr auto publicKeyFile = QLatin1String("wechatpay_public_key_file");
constexpr auto platformCertificates = QLatin1String("platform_certificate_files");
constexpr auto appid = QLatin1String("appid");
constexpr auto serviceId = QLatin1String("service_id");
constexpr auto subMchid = QLatin1String("sub_mchid");
constexpr auto caCertificates = QLatin1String("ca_certificates_file");
constexpr auto apiv3KeyFile = QLatin1String("apiv3_key_file");
} // namespace Key

struct StringField {
    QLatin1String key;
    QString Profile::*member;
};

const StringField stringFields[] = {
    { Key::name, &Profile::name },
    { Key::baseUrl, &Profile::baseUrl },
    { Key::mchid, &Profile::mchid },
    { Key::merchantSerial, &Profile::merchantSerial },
    { Key::privateKeyFile, &Profile::privateKeyFile },
    { Key::publicKeyId, &Profile::wechatpayPublicKeyId },
    { Key::publicKeyFile, &Profile::wechatpayPublicKeyFile },
    { Key::appid, &Profile::appid },
    { Key::serviceId, &Profile::serviceId },
    { Key::subMchid, &Profile::subMchid },
    { Key::caCertificates, &Profile::caCertificatesFile },
    { Key::apiv3KeyFile, &Profile::apiv3KeyFile },
};

bool matches(const QString &text, const char *pattern)
{
    const QRegularExpression expression(
        QRegularExpression::anchoredPattern(QLatin1String(pattern)));
    return expression.match(text).hasMatch();
}

} // namespace

QString ProfileIssue::toString() const
{
    return field + QLatin1String(": ") + message;
}

Result<Profile> Profile::load(const QString &path)
{
    auto fail = [&path](const QString &message) {
        return Result<Profile>::failure(tr("Profile %1: %2").arg(path, message));
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot be read (%1)").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("is not valid JSON (%1 at offset %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!document.isObject())
        return fail(tr("must be a JSON object"));
    auto profile = fromJson(document.object(), QFileInfo(path).absolutePath());
    if (!profile)
        return fail(profile.error());
    const QList<ProfileIssue> issues = profile->validate();
    if (!issues.isEmpty()) {
        QStringList messages;
        for (const ProfileIssue &issue : issues)
            messages << issue.toString();
        return fail(messages.join(QLatin1String("; ")));
    }
    return profile;
}

Result<Profile> Profile::fromJson(const QJsonObject &object, const QString &folder)
{
    Profile profile;
    profile.folder = folder;
    profile.otherFields = object;
    for (const StringField &field : stringFields) {
        const QJsonValue value = object.value(field.key);
        profile.otherFields.remove(field.key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString())
            return Result<Profile>::failure(
                ProfileIssue { field.key, tr("must be a string") }.toString());
        profile.*field.member = value.toString().trimmed();
    }
    profile.otherFields.remove(Key::platformCertificates);
    const QJsonValue certificates = object.value(Key::platformCertificates);
    if (!certificates.isUndefined() && !certificates.isNull()) {
        if (!certificates.isArray())
            return Result<Profile>::failure(
                ProfileIssue { Key::platformCertificates, tr("must be a list of file names") }
                    .toString());
        const QJsonArray list = certificates.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list[i].isString())
                return Result<Profile>::failure(
                    ProfileIssue { QStringLiteral("%1[%2]").arg(Key::platformCertificates).arg(i),
                        tr("must be a file name") }
                        .toString());
            profile.platformCertificateFiles << list[i].toString().trimmed();
        }
    }
    return profile;
}

QJsonObject Profile::toJson() const
{
    QJsonObject object = otherFields;
    for (const StringField &field : stringFields)
        object.insert(field.key, this->*field.member);
    object.insert(Key::platformCertificates, QJsonArray::fromStringList(platformCertificateFiles));
    return object;
}

QString Profile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Profile %1 cannot be written (%2)").arg(path, file.errorString());
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Profile %1 cannot be written (%2)").arg(path, file.errorString());
    return {};
}

QList<ProfileIssue> Profile::validate() const
{
    QList<ProfileIssue> issues;
    auto add = [&issues](QString field, QString message) {
        issues.append({ std::move(field), std::move(message) });
    };

    if (name.isEmpty())
        add(Key::name, tr("is required"));

    const QUrl url(baseUrl, QUrl::StrictMode);
    if (baseUrl.isEmpty())
        add(Key::baseUrl, tr("is required"));
    else if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        add(Key::baseUrl,
            tr("must be an https:// URL such as %1")
                .arg(apiv3::WeChatPayHosts::urlOf(apiv3::WeChatPayHosts::mainland()).toString()));
    else if (url.scheme() == QLatin1String("http")
        && !apiv3::WeChatPayHosts::isLoopback(url.host()))
        add(Key::baseUrl, tr("plain http:// is only allowed to this computer; use https://"));
    else if (url.hasQuery() || url.hasFragment())
        add(Key::baseUrl, tr("must not contain a query or fragment"));

    if (!matches(mchid, "[0-9]{1,32}"))
        add(Key::mchid, tr("must be the merchant number (digits only)"));
    if (!matches(merchantSerial, "[0-9A-Fa-f]{1,64}"))
        add(Key::merchantSerial,
            tr("must be the merchant API certificate serial (hexadecimal, as on the merchant "
               "platform)"));
    if (privateKeyFile.isEmpty())
        add(Key::privateKeyFile, tr("is required (the apiclient_key.pem file)"));

    const bool hasPublicKey = !wechatpayPublicKeyId.isEmpty() || !wechatpayPublicKeyFile.isEmpty();
    if (hasPublicKey) {
        if (!matches(wechatpayPublicKeyId, "PUB_KEY_ID_[0-9A-Za-z_]+"))
            add(Key::publicKeyId, tr("must be the WeChat Pay public key ID (PUB_KEY_ID_…)"));
        if (wechatpayPublicKeyFile.isEmpty())
            add(Key::publicKeyFile, tr("is required together with wechatpay_public_key_id"));
    }
    for (qsizetype i = 0; i < platformCertificateFiles.size(); ++i) {
        if (platformCertificateFiles[i].isEmpty())
            add(QStringLiteral("%1[%2]").arg(Key::platformCertificates).arg(i),
                tr("must not be empty"));
    }
    if (!hasPublicKey && platformCertificateFiles.isEmpty())
        add(Key::publicKeyFile,
            tr("give the WeChat Pay public key (wechatpay_public_key_id and "
               "wechatpay_public_key_file) or platform_certificate_files: without one no answer "
               "can be verified"));

    if (!appid.isEmpty() && !matches(appid, "[0-9A-Za-z_]{1,32}"))
        add(Key::appid, tr("must be an AppID such as wxd678efh567hg6787"));
    if (!serviceId.isEmpty() && !matches(serviceId, "[0-9A-Za-z]{1,32}"))
        add(Key::serviceId, tr("must be the PayScore service ID (letters and digits)"));
    if (!subMchid.isEmpty() && !matches(subMchid, "[0-9]{1,32}"))
        add(Key::subMchid, tr("must be the sub-merchant number (digits only)"));
    if (!apiv3KeyFile.isEmpty() && !isLoopback())
        add(Key::apiv3KeyFile,
            tr("is only for a profile on this computer (the sandbox); keep a real APIv3 key in "
               "the keychain"));
    return issues;
}

bool Profile::isLoopback() const
{
    return apiv3::WeChatPayHosts::isLoopback(QUrl(baseUrl).host());
}

QString Profile::resolve(const QString &path) const
{
    if (path.isEmpty())
        return {};
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    const QDir base(folder.isEmpty() ? QDir::currentPath() : folder);
    return QDir::cleanPath(base.absoluteFilePath(path));
}

} // namespace psc::profile
