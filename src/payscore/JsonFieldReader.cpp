#include "JsonFieldReader.h"

#include "FieldRules.h"
#include "JsonNumberSpelling.h"
#include "TranslationContexts.h"

#include <QJsonDocument>

namespace psc::payscore {

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &pointer,
    std::shared_ptr<const QSet<QString>> nonIntegerPointers, ValidationReport *report)
    : m_object(object)
    , m_pointer(pointer)
    , m_nonInteger(std::move(nonIntegerPointers))
    , m_report(report)
{
}

std::optional<JsonFieldReader> JsonFieldReader::fromBytes(
    const QByteArray &json, ValidationReport *report)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        report->addError(QString(),
            PayScoreValidation::tr("The body is not valid JSON: %1 (at byte %2).")
                .arg(error.errorString())
                .arg(error.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        report->addError(QString(), PayScoreValidation::tr("The body must be a JSON object."));
        return std::nullopt;
    }
    auto spelling
        = std::make_shared<const QSet<QString>>(JsonNumberSpelling::nonIntegerPointers(json));
    return JsonFieldReader(document.object(), QString(), std::move(spelling), report);
}

QString JsonFieldReader::pointerOf(const QString &key) const
{
    return m_pointer + u'/' + key;
}

std::optional<QJsonValue> JsonFieldReader::take(const QString &key)
{
    m_read.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull())
        return std::nullopt;
    return *it;
}

void JsonFieldReader::typeError(const QString &key, const QString &expected)
{
    const QString pointer = pointerOf(key);
    m_report->addError(pointer,
        PayScoreValidation::tr("%1 must be %2.").arg(rules::displayName(pointer), expected));
}

QString JsonFieldReader::string(const QString &key)
{
    const auto value = take(key);
    if (!value)
        return {};
    if (!value->isString()) {
        typeError(key, PayScoreValidation::tr("a JSON string"));
        return {};
    }
    return value->toString();
}

std::optional<qint64> JsonFieldReader::integer(const QString &key)
{
    const auto value = take(key);
    if (!value)
        return std::nullopt;
    const QString pointer = pointerOf(key);
    const bool spelledAsFraction = m_nonInteger && m_nonInteger->contains(pointer);
    if (!value->isDouble() || spelledAsFraction
        || value->toVariant().typeId() != QMetaType::LongLong) {
        if (value->isString()) {
            typeError(key, PayScoreValidation::tr("a JSON integer, not a string"));
        } else if (spelledAsFraction) {
            typeError(key,
                PayScoreValidation::tr("a plain whole number (a JSON integer without a fraction "
                                       "or exponent, not -0, at most 2^53)"));
        } else if (value->isDouble()) {
            typeError(key,
                PayScoreValidation::tr("a whole number (a JSON integer), not %1")
                    .arg(value->toVariant().toString()));
        } else {
            typeError(key, PayScoreValidation::tr("a JSON integer"));
        }
        return std::nullopt;
    }
    return value->toInteger();
}

std::optional<Money> JsonFieldReader::money(const QString &key)
{
    const auto fen = integer(key);
    if (!fen)
        return std::nullopt;
    return Money::fromFen(*fen);
}

std::optional<bool> JsonFieldReader::boolean(const QString &key)
{
    const auto value = take(key);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        typeError(key, PayScoreValidation::tr("true or false"));
        return std::nullopt;
    }
    return value->toBool();
}

QList<JsonFieldReader> JsonFieldReader::objectList(const QString &key)
{
    QList<JsonFieldReader> readers;
    const auto value = take(key);
    if (!value)
        return readers;
    if (!value->isArray()) {
        typeError(key, PayScoreValidation::tr("a JSON array"));
        return readers;
    }
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString element = pointerOf(key) + u'/' + QString::number(i);
        if (!array.at(i).isObject()) {
            m_report->addError(element,
                PayScoreValidation::tr("%1 must be %2.")
                    .arg(rules::displayName(element), PayScoreValidation::tr("a JSON object")));
            readers.append(JsonFieldReader(QJsonObject(), element, m_nonInteger, m_report));
            continue;
        }
        readers.append(JsonFieldReader(array.at(i).toObject(), element, m_nonInteger, m_report));
    }
    return readers;
}

std::optional<JsonFieldReader> JsonFieldReader::object(const QString &key)
{
    const auto value = take(key);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        typeError(key, PayScoreValidation::tr("a JSON object"));
        return std::nullopt;
    }
    return JsonFieldReader(value->toObject(), pointerOf(key), m_nonInteger, m_report);
}

void JsonFieldReader::rejectUnknownKeys()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_read.contains(it.key()))
            continue;
        const QString pointer = pointerOf(it.key());
        m_report->addError(pointer,
            PayScoreValidation::tr("%1 is not a field of this request.")
                .arg(rules::displayName(pointer)));
    }
}

} // namespace psc::payscore
