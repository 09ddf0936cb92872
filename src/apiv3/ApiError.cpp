#include "ApiError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace psc::apiv3 {

namespace {

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    // Numbers: integers as integers (money is fen), never through a float format.
    const QJsonDocument wrapped(QJsonArray { value });
    QByteArray text = wrapped.toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

std::optional<ApiError> ApiError::fromBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (!object.value(QLatin1String("code")).isString())
        return std::nullopt;
    ApiError error;
    error.code = object.value(QLatin1String("code")).toString();
    error.message = textOf(object.value(QLatin1String("message")));
    const QJsonObject detail = object.value(QLatin1String("detail")).toObject();
    error.field = textOf(detail.value(QLatin1String("field")));
    error.value = textOf(detail.value(QLatin1String("value")));
    error.issue = textOf(detail.value(QLatin1String("issue")));
    error.location = textOf(detail.value(QLatin1String("location")));
    error.signInformation = detail.value(QLatin1String("sign_information")).toObject();
    return error;
}

ApiError ApiError::client(const QString &code, const QString &message)
{
    ApiError error;
    error.code = code;
    error.message = message;
    return error;
}

ApiError ApiError::client(const QString &code, const Sentence &sentence)
{
    ApiError error = client(code, sentence.toString());
    error.sentence = sentence;
    return error;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject object { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    QJsonObject detail;
    auto put = [&detail](const char *key, const QString &text) {
        if (!text.isEmpty())
            detail.insert(QLatin1String(key), text);
    };
    put("field", field);
    put("value", value);
    put("issue", issue);
    put("location", location);
    if (!signInformation.isEmpty())
        detail.insert(QStringLiteral("sign_information"), signInformation);
    if (!detail.isEmpty())
        object.insert(QStringLiteral("detail"), detail);
    return object;
}

} // namespace psc::apiv3
