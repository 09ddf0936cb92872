#include "JsonNumberSpelling.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace psc::payscore {

namespace {

class Scanner {
public:
    explicit Scanner(QByteArrayView json)
        : m_json(json)
    {
    }

    void value(const QString &pointer, int depth)
    {
        skipSpace();
        if (atEnd() || depth > 64)
            return;
        const char c = m_json[m_pos];
        if (c == '{')
            object(pointer, depth);
        else if (c == '[')
            array(pointer, depth);
        else if (c == '"')
            string();
        else if (c == '-' || c == '.' || (c >= '0' && c <= '9'))
            number(pointer); // Qt's reader also takes ".5" and "1." as numbers
        else
            while (!atEnd() && isWordChar(m_json[m_pos]))
                ++m_pos; // true, false, null
    }

    QSet<QString> found;

private:
    static bool isWordChar(char c) { return c >= 'a' && c <= 'z'; }
    bool atEnd() const { return m_pos >= m_json.size(); }
    void skipSpace()
    {
        while (!atEnd()
            && (m_json[m_pos] == ' ' || m_json[m_pos] == '\n' || m_json[m_pos] == '\r'
                || m_json[m_pos] == '\t'))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (!atEnd() && m_json[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    // Returns the decoded string (escapes resolved by Qt's own parser).
    QString string()
    {
        const qsizetype start = m_pos++;
        while (!atEnd() && m_json[m_pos] != '"')
            m_pos += m_json[m_pos] == '\\' ? 2 : 1;
        ++m_pos;
        const QByteArray token
            = m_json.sliced(start, qMin(m_pos, m_json.size()) - start).toByteArray();
        return QJsonDocument::fromJson('[' + token + ']').array().at(0).toString();
    }

    void number(const QString &pointer)
    {
        const qsizetype start = m_pos;
        bool fractional = false;
        while (!atEnd()) {
            const char c = m_json[m_pos];
            if (c == '.' || c == 'e' || c == 'E')
                fractional = true;
            else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9')))
                break;
            ++m_pos;
        }
        if (fractional || !isExactInteger(m_json.sliced(start, m_pos - start)))
            found.insert(pointer);
    }

    // "-0" is no integer a person meant, and beyond 2^53 a JSON number is not exact in most
    // readers (9007199254740993 reads as ...992): both are refused like fractions.
    static bool isExactInteger(QByteArrayView digits)
    {
        const bool negative = digits.startsWith('-');
        const QByteArrayView magnitude = negative ? digits.sliced(1) : digits;
        if (negative && magnitude == "0")
            return false;
        bool ok = false;
        const qulonglong value = magnitude.toByteArray().toULongLong(&ok);
        return ok && value <= (1ULL << 53);
    }

    void object(const QString &pointer, int depth)
    {
        ++m_pos; // '{'
        if (take('}'))
            return;
        do {
            skipSpace();
            if (atEnd() || m_json[m_pos] != '"')
                return;
            QString key = string();
            key.replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
            if (!take(':'))
                return;
            value(pointer + u'/' + key, depth + 1);
        } while (take(','));
        take('}');
    }

    void array(const QString &pointer, int depth)
    {
        ++m_pos; // '['
        if (take(']'))
            return;
        int index = 0;
        do {
            value(pointer + u'/' + QString::number(index++), depth + 1);
        } while (take(','));
        take(']');
    }

    QByteArrayView m_json;
    qsizetype m_pos = 0;
};

} // namespace

QSet<QString> JsonNumberSpelling::nonIntegerPointers(QByteArrayView json)
{
    Scanner scanner(json);
    scanner.value(QString(), 0);
    return scanner.found;
}

} // namespace psc::payscore
