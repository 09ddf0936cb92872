#include "Money.h"

#include "MoneyLimits.h"

namespace psc::payscore {

std::optional<Money> checkedPlus(Money a, Money b)
{
    qint64 result = 0;
    if (__builtin_add_overflow(a.fen(), b.fen(), &result))
        return std::nullopt;
    return Money::fromFen(result);
}

std::optional<Money> checkedMinus(Money a, Money b)
{
    qint64 result = 0;
    if (__builtin_sub_overflow(a.fen(), b.fen(), &result))
        return std::nullopt;
    return Money::fromFen(result);
}

std::optional<Money> Money::parseYuan(QStringView text)
{
    QStringView rest = text.trimmed();
    if (rest.startsWith(u'¥') || rest.startsWith(u'￥'))
        rest = rest.sliced(1).trimmed();
    if (rest.isEmpty())
        return std::nullopt;
    qint64 yuan = 0;
    qint64 fen = 0;
    int integerDigits = 0;
    int decimals = -1; // -1: no decimal point seen yet
    for (const QChar c : rest) {
        if (c == u'.') {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        if (decimals < 0) {
            yuan = yuan * 10 + digit;
            if (++integerDigits > 11)
                return std::nullopt;
        } else {
            if (++decimals > 2)
                return std::nullopt;
            fen = fen * 10 + digit;
        }
    }
    if (integerDigits == 0 && decimals <= 0)
        return std::nullopt; // "." or "" — no digits at all
    if (decimals == 1)
        fen *= 10;
    const qint64 total = yuan * 100 + fen;
    if (total > kMaxAmountFen)
        return std::nullopt;
    return Money(total);
}

QString Money::toYuanString() const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::display() const
{
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    return (m_fen < 0 ? QStringLiteral("-¥") : QStringLiteral("¥"))
        + Money::fromFen(magnitude).toYuanString();
}

QString Money::display(const std::optional<Money> &amount)
{
    return amount ? amount->display() : QStringLiteral("—");
}

} // namespace psc::payscore
