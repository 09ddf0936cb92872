#include "RequestBody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

#include <algorithm>

namespace psc::sandbox {

namespace {

// A walker over JSON text already known to be valid: it only tracks the current pointer.
class LiteralWalker {
public:
    explicit LiteralWalker(const QByteArray &text)
        : m_text(text)
    {
    }

    // The pointer is built only for the numbers it reports: building it for every value made
    // a deep body with long keys cost time and memory quadratic in its size.
    void value()
    {
        skipSpace();
        if (atEnd())
            return;
        const char c = m_text.at(m_pos);
        if (c == '{') {
            ++m_pos;
            skipSpace();
            while (!atEnd() && m_text.at(m_pos) != '}') {
                m_path.append(escapePointer(string()));
                skipSpace();
                ++m_pos; // ':'
                value();
                m_path.removeLast();
                skipSpace();
                if (!atEnd() && m_text.at(m_pos) == ',')
                    ++m_pos;
                skipSpace();
            }
            ++m_pos;
        } else if (c == '[') {
            ++m_pos;
            skipSpace();
            for (int index = 0; !atEnd() && m_text.at(m_pos) != ']'; ++index) {
                m_path.append(QString::number(index));
                value();
                m_path.removeLast();
                skipSpace();
                if (!atEnd() && m_text.at(m_pos) == ',')
                    ++m_pos;
                skipSpace();
            }
            ++m_pos;
        } else if (c == '"') {
            string();
        } else if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
            // '.': Qt's reader also takes ".5" and "1." (not JSON; see malformedNumber).
            const qsizetype start = m_pos;
            bool fractional = false;
            while (!atEnd() && QByteArrayView("+-0123456789.eE").contains(m_text.at(m_pos))) {
                fractional = fractional || QByteArrayView(".eE").contains(m_text.at(m_pos));
                ++m_pos;
            }
            const QByteArrayView literal = QByteArrayView(m_text).sliced(start, m_pos - start);
            if (malformedNumber.isEmpty() && !isJsonNumber(literal))
                malformedNumber = literal.toByteArray();
            if (fractional || !isExactInteger(literal))
                found.insert(m_path.isEmpty() ? QString()
                                              : QLatin1Char('/') + m_path.join(QLatin1Char('/')));
        } else {
            while (!atEnd() && m_text.at(m_pos) >= 'a' && m_text.at(m_pos) <= 'z')
                ++m_pos; // true, false, null
        }
    }

    QSet<QString> found;
    QByteArray malformedNumber; // the first number not spelled as JSON allows

private:
    // JSON's grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    static bool isJsonNumber(QByteArrayView text)
    {
        qsizetype i = 0;
        const auto digitAt
            = [&text](qsizetype k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
        const auto skipDigits = [&] {
            if (!digitAt(i))
                return false;
            while (digitAt(i))
                ++i;
            return true;
        };
        if (i < text.size() && text[i] == '-')
            ++i;
        if (digitAt(i) && text[i] == '0')
            ++i;
        else if (!skipDigits())
            return false;
        if (i < text.size() && text[i] == '.') {
            ++i;
            if (!skipDigits())
                return false;
        }
        if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
            ++i;
            if (i < text.size() && (text[i] == '+' || text[i] == '-'))
                ++i;
            if (!skipDigits())
                return false;
        }
        return i == text.size();
    }
    // "-0" is no whole number a person meant, and past 2^53 a JSON number is not exact in most
    // readers: an integer field refuses both, as the client does before sending.
    static bool isExactInteger(QByteArrayView literal)
    {
        const bool negative = literal.startsWith('-');
        const QByteArrayView magnitude = negative ? literal.sliced(1) : literal;
        bool ok = false;
        const qulonglong value = magnitude.toULongLong(&ok);
        return ok && value <= (1ULL << 53) && !(negative && value == 0);
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    void skipSpace()
    {
        while (!atEnd() && QByteArrayView(" \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
    }
    // Reads a string literal; the result is decoded by QJsonDocument so escapes come out right.
    QString string()
    {
        const qsizetype start = m_pos;
        ++m_pos;
        while (!atEnd() && m_text.at(m_pos) != '"')
            m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
        ++m_pos;
        const QByteArray literal = "[" + m_text.mid(start, m_pos - start) + "]";
        return QJsonDocument::fromJson(literal).array().at(0).toString();
    }
    static QString escapePointer(QString key)
    {
        return key.replace(QLatin1Char('~'), QLatin1String("~0"))
            .replace(QLatin1Char('/'), QLatin1String("~1"));
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    QStringList m_path; // escaped keys and indexes from the root to the current value
};

} // namespace

QSet<QString> RequestBody::findFractionalNumbers(const QByteArray &raw)
{
    LiteralWalker walker(raw);
    walker.value();
    return walker.found;
}

int RequestBody::nestingDepth(QByteArrayView raw)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

std::optional<RequestBody> RequestBody::parse(const QByteArray &raw, QString *why)
{
    // Limits before any parsing: QJsonDocument's cost grows with depth and size, and a body
    // of the PayScore API is a few KiB nested four levels at most.
    if (raw.size() > kMaxBytes) {
        *why = QStringLiteral("请求体超过%1 KiB").arg(kMaxBytes / 1024);
        return std::nullopt;
    }
    if (nestingDepth(raw) > kMaxDepth) {
        *why = QStringLiteral("请求体嵌套超过%1层").arg(kMaxDepth);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
    if (!document.isObject()) {
        *why = error.error == QJsonParseError::NoError
            ? QStringLiteral("请求体应为JSON对象")
            : QStringLiteral("请求体不是合法的JSON：%1（位置%2）")
                  .arg(error.errorString())
                  .arg(error.offset);
        return std::nullopt;
    }
    // Qt's reader is more lenient than JSON (".5", "1."); the real API refuses such a body.
    LiteralWalker walker(raw);
    walker.value();
    if (!walker.malformedNumber.isEmpty()) {
        *why = QStringLiteral("请求体不是合法的JSON：数字“%1”的写法不符合JSON规范")
                   .arg(QString::fromLatin1(walker.malformedNumber));
        return std::nullopt;
    }
    return RequestBody { document.object(), walker.found };
}

} // namespace psc::sandbox
