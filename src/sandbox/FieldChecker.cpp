#include "FieldChecker.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QVariant>

namespace psc::sandbox {

namespace {

QString pointerOf(const QString &base, const QString &key)
{
    return base + QLatin1Char('/') + key;
}

const QTimeZone &beijing()
{
    static const QTimeZone zone(8 * 3600);
    return zone;
}

} // namespace

void FieldChecker::fail(const QString &pointer, const QJsonValue &value, const QString &issue)
{
    if (!m_error)
        m_error = ApiError::paramError(pointer, value, issue, m_location);
}

bool FieldChecker::isJsonInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong;
}

int FieldChecker::characterCount(const QString &text)
{
    return int(text.toUcs4().size());
}

bool FieldChecker::present(
    const QJsonObject &object, const QString &pointer, const QString &key, bool required)
{
    if (!ok())
        return false;
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(pointer, QJsonValue::Undefined, QStringLiteral("缺少必填参数 %1").arg(key));
        return false;
    }
    return true;
}

QString FieldChecker::string(const QJsonObject &object, const QString &base, const QString &key,
    int minChars, int maxChars, bool required)
{
    const QString pointer = pointerOf(base, key);
    if (!present(object, pointer, key, required))
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        fail(pointer, value, QStringLiteral("%1应为字符串").arg(key));
        return {};
    }
    QString text = value.toString();
    const int count = characterCount(text);
    if (count < minChars || count > maxChars) {
        fail(pointer, value,
            QStringLiteral("%1长度应为%2到%3个字符，实际为%4")
                .arg(key)
                .arg(minChars)
                .arg(maxChars)
                .arg(count));
        return {};
    }
    return text;
}

std::optional<qint64> FieldChecker::integer(const QJsonObject &object, const QString &base,
    const QString &key, qint64 min, qint64 max, bool required)
{
    const QString pointer = pointerOf(base, key);
    if (!present(object, pointer, key, required))
        return std::nullopt;
    const QJsonValue value = object.value(key);
    if (!isJsonInteger(value) || m_fractionalNumbers.contains(pointer)) {
        fail(pointer, value, QStringLiteral("%1应为整数（金额以分为单位）").arg(key));
        return std::nullopt;
    }
    const qint64 number = value.toInteger();
    if (number < min || number > max) {
        fail(pointer, value, QStringLiteral("%1应在%2到%3之间").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> FieldChecker::boolean(
    const QJsonObject &object, const QString &base, const QString &key, bool required)
{
    const QString pointer = pointerOf(base, key);
    if (!present(object, pointer, key, required))
        return std::nullopt;
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        fail(pointer, value, QStringLiteral("%1应为布尔值").arg(key));
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonObject> FieldChecker::object(
    const QJsonObject &parent, const QString &base, const QString &key, bool required)
{
    const QString pointer = pointerOf(base, key);
    if (!present(parent, pointer, key, required))
        return std::nullopt;
    const QJsonValue value = parent.value(key);
    if (!value.isObject()) {
        fail(pointer, value, QStringLiteral("%1应为对象").arg(key));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> FieldChecker::array(const QJsonObject &parent, const QString &base,
    const QString &key, int minItems, int maxItems, bool required)
{
    const QString pointer = pointerOf(base, key);
    if (!present(parent, pointer, key, required))
        return std::nullopt;
    const QJsonValue value = parent.value(key);
    if (!value.isArray()) {
        fail(pointer, value, QStringLiteral("%1应为数组").arg(key));
        return std::nullopt;
    }
    const QJsonArray items = value.toArray();
    if (items.size() < minItems || items.size() > maxItems) {
        fail(pointer, QJsonValue::Undefined,
            QStringLiteral("%1应包含%2到%3项，实际为%4项")
                .arg(key)
                .arg(minItems)
                .arg(maxItems)
                .arg(items.size()));
        return std::nullopt;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            fail(pointer + QLatin1Char('/') + QString::number(i), items.at(i),
                QStringLiteral("数组元素应为对象"));
            return std::nullopt;
        }
    }
    return items;
}

std::optional<QDateTime> FieldChecker::beijingTime(const QJsonObject &parent, const QString &base,
    const QString &key, bool required, bool allowDateOnly)
{
    const QString pointer = pointerOf(base, key);
    const QString text = string(parent, base, key, 8, 14, required);
    if (!ok() || text.isEmpty())
        return std::nullopt;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    QDateTime time;
    bool dateOnly = false;
    if (digits.match(text).hasMatch() && text.size() == 14) {
        time = QDateTime::fromString(text, QStringLiteral("yyyyMMddHHmmss"));
    } else if (digits.match(text).hasMatch() && text.size() == 8 && allowDateOnly) {
        time = QDateTime::fromString(text, QStringLiteral("yyyyMMdd"));
        dateOnly = true;
    }
    if (!time.isValid()) {
        fail(pointer, text,
            allowDateOnly ? QStringLiteral("%1格式应为yyyyMMddHHmmss或yyyyMMdd").arg(key)
                          : QStringLiteral("%1格式应为yyyyMMddHHmmss").arg(key));
        return std::nullopt;
    }
    time = QDateTime(time.date(), time.time(), beijing());
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(beijing());
    const bool future
        = dateOnly ? time.date() > now.date() : time.toSecsSinceEpoch() > now.toSecsSinceEpoch();
    if (future) {
        fail(pointer, text, QStringLiteral("%1不能晚于当前时间（北京时间）").arg(key));
        return std::nullopt;
    }
    return time;
}

std::optional<QDateTime> FieldChecker::rfc3339Time(
    const QJsonObject &parent, const QString &base, const QString &key, bool required)
{
    const QString pointer = pointerOf(base, key);
    const QString text = string(parent, base, key, 20, 32, required);
    if (!ok() || text.isEmpty())
        return std::nullopt;
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!shape.match(text).hasMatch() || !time.isValid()) {
        fail(pointer, text,
            QStringLiteral("%1应为RFC 3339时间，例如2019-11-11T16:24:05+08:00").arg(key));
        return std::nullopt;
    }
    if (time.toSecsSinceEpoch() > QDateTime::currentSecsSinceEpoch()) {
        fail(pointer, text, QStringLiteral("%1不能晚于当前时间").arg(key));
        return std::nullopt;
    }
    return time;
}

} // namespace psc::sandbox
