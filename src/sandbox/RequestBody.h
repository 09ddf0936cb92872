#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace psc::sandbox {

// A parsed JSON request body, plus where the raw text wrote a number with a fraction or an
// exponent. QJsonValue cannot tell 500.0 from 500 once parsed, and money must be a JSON
// integer, so the raw literals are looked at separately.
struct RequestBody {
    QJsonObject json;
    // JSON pointers (e.g. "/post_payments/0/amount") of the numbers that are no exact whole
    // number as written: with '.', 'e' or 'E', -0, or beyond 2^53 in magnitude.
    QSet<QString> fractionalNumbers;

    // Checked before parsing: bigger or deeper bodies are refused unparsed.
    static constexpr qsizetype kMaxBytes = qsizetype { 256 } * 1024;
    static constexpr int kMaxDepth = 32;

    // nullopt when `raw` is not a JSON object (*why says where it broke) or over the limits.
    static std::optional<RequestBody> parse(const QByteArray &raw, QString *why);
    // The pointers of number literals spelled with '.', 'e' or 'E' in valid JSON text.
    static QSet<QString> findFractionalNumbers(const QByteArray &raw);
    // How deep objects and arrays nest in `raw` (brackets inside strings do not count).
    static int nestingDepth(QByteArrayView raw);
};

} // namespace psc::sandbox
