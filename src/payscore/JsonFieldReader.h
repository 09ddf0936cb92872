#pragma once

#include "Money.h"
#include "ValidationReport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace psc::payscore {

// Reads the fields of one JSON object of a request body file into typed values, refusing
// wrong JSON types with an issue at the field's pointer: money must be a JSON integer (not
// 12.5, not 1.0, not "1200"), text a string, flags a boolean. Fields never read are reported
// as unknown, so a typo ("post_payment") is not silently dropped.
class JsonFieldReader {
public:
    // `nonIntegerPointers` comes from JsonNumberSpelling over the file's bytes (may be null).
    JsonFieldReader(const QJsonObject &object, const QString &pointer,
        std::shared_ptr<const QSet<QString>> nonIntegerPointers, ValidationReport *report);
    // The top-level object of a body file; nullopt (and an issue at "") when the bytes are not
    // a JSON object.
    static std::optional<JsonFieldReader> fromBytes(
        const QByteArray &json, ValidationReport *report);

    QString pointerOf(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }

    QString string(const QString &key);
    std::optional<Money> money(const QString &key);
    std::optional<qint64> integer(const QString &key);
    std::optional<bool> boolean(const QString &key);
    // A list of objects; a reader per element (wrong element types are reported).
    QList<JsonFieldReader> objectList(const QString &key);
    // A nested object; nullopt when absent or not an object (reported).
    std::optional<JsonFieldReader> object(const QString &key);

    // Reports every key of the object that no call above asked for.
    void rejectUnknownKeys();

private:
    std::optional<QJsonValue> take(const QString &key);
    void typeError(const QString &key, const QString &expected);

    QJsonObject m_object;
    QString m_pointer;
    std::shared_ptr<const QSet<QString>> m_nonInteger;
    ValidationReport *m_report;
    QSet<QString> m_read;
};

} // namespace psc::payscore
