#include "BodyRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace psc::journal {

namespace {

const QString redactedMark = QStringLiteral("[redacted]");

QJsonValue redactValue(const QJsonValue &value);

QJsonObject redactObject(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (BodyRedactor::isSecretKeyName(it.key()))
            result.insert(it.key(), redactedMark);
        else
            result.insert(it.key(), redactValue(it.value()));
    }
    return result;
}

QJsonArray redactArray(const QJsonArray &array)
{
    QJsonArray result;
    for (const auto &item : array)
        result.append(redactValue(item));
    return result;
}

QJsonValue redactValue(const QJsonValue &value)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray())
        return redactArray(value.toArray());
    return value;
}

} // namespace

bool BodyRedactor::isSecretKeyName(QStringView key)
{
    // Substrings, compared case-insensitively: "apiv3_key", "private_key", "pay_sign" all match.
    static const char *const secretParts[] = { "sign", "key", "secret", "passphrase", "password",
        "authorization", "token", "credential" };
    const QString lower = key.toString().toLower();
    for (const char *part : secretParts) {
        if (lower.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

QByteArray BodyRedactor::redact(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull()) {
        return QStringLiteral("{\"unparsed_body_bytes\":%1}").arg(body.size()).toUtf8();
    }
    if (document.isArray())
        return QJsonDocument(redactArray(document.array())).toJson(QJsonDocument::Compact);
    return QJsonDocument(redactObject(document.object())).toJson(QJsonDocument::Compact);
}

} // namespace psc::journal
