#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace psc::sandbox {

// Reads a JSON body field by field and keeps the first rule it breaks as a PARAM_ERROR that
// names the field as a JSON pointer ("/post_payments/1/amount"). Later checks after a failure
// are no-ops, so a handler can read all its fields and look at error() once.
class FieldChecker {
public:
    explicit FieldChecker(
        QString location = QStringLiteral("body"), QSet<QString> fractionalNumbers = {})
        : m_location(std::move(location))
        , m_fractionalNumbers(std::move(fractionalNumbers))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    const std::optional<ApiError> &error() const { return m_error; }
    void fail(const QString &pointer, const QJsonValue &value, const QString &issue);

    // Strings: length in characters (code points). An absent optional string reads as "".
    QString string(const QJsonObject &object, const QString &base, const QString &key, int minChars,
        int maxChars, bool required);
    // JSON integers only: 12.0, "12" or 1e3 are refused, so no float ever carries money.
    std::optional<qint64> integer(const QJsonObject &object, const QString &base,
        const QString &key, qint64 min, qint64 max, bool required);
    std::optional<bool> boolean(
        const QJsonObject &object, const QString &base, const QString &key, bool required);
    std::optional<QJsonObject> object(
        const QJsonObject &object, const QString &base, const QString &key, bool required);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &base,
        const QString &key, int minItems, int maxItems, bool required);
    // yyyyMMddHHmmss (and yyyyMMdd when allowDateOnly), Beijing time, not later than now.
    std::optional<QDateTime> beijingTime(const QJsonObject &object, const QString &base,
        const QString &key, bool required, bool allowDateOnly);
    // RFC 3339 with an offset, e.g. 2019-11-11T16:24:05+08:00, not later than now.
    std::optional<QDateTime> rfc3339Time(
        const QJsonObject &object, const QString &base, const QString &key, bool required);

    static bool isJsonInteger(const QJsonValue &value);
    static int characterCount(const QString &text);

private:
    bool present(
        const QJsonObject &object, const QString &pointer, const QString &key, bool required);

    QString m_location;
    QSet<QString> m_fractionalNumbers; // where the raw text wrote 12.0 or 1e3
    std::optional<ApiError> m_error;
};

} // namespace psc::sandbox
