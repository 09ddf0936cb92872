#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace psc::payscore {

// An amount in integer fen (分, 1/100 yuan). No double ever holds money in this program:
// the UI parses "12.34" straight into 1234 and prints 1234 back as "¥12.34".
class Money {
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    // Yuan as typed by a person: "12.34", "12", "0.5", ".5", "¥12.30", " 7 ". At most two
    // decimals, no sign, no exponent, no thousands separators; nullopt for anything else or
    // for amounts beyond 10^13 fen.
    static std::optional<Money> parseYuan(QStringView text);

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isNegative() const { return m_fen < 0; }
    QString toYuanString() const; // "12.34", "-0.50" — two decimals, no currency sign
    QString display() const; // "¥12.34", "-¥0.50"
    static QString display(const std::optional<Money> &amount); // as above, or "—" for none

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money &operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_fen -= other.m_fen;
        return *this;
    }
    constexpr bool operator==(const Money &) const = default;
    constexpr auto operator<=>(const Money &) const = default; // NOLINT(modernize-use-nullptr)

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {
    }
    qint64 m_fen = 0;
};

} // namespace psc::payscore
