#pragma once

#include "Money.h"

#include <optional>

// The one place for what an amount may be and how amounts are added (issue 10): a sum that
// would not fit in 64 bits is an error, never a wrapped number that then "matches" a total.
namespace psc::payscore {

// The largest amount (each line item, each total) the client sends: 10^13 fen (¥100 billion),
// far above any PayScore order and the sandbox's own ceiling. 100 rows of it still fit in
// 64 bits, but sums are checked all the same.
inline constexpr qint64 kMaxAmountFen = 10'000'000'000'000LL;

// Checked arithmetic: nullopt when the exact result does not fit in qint64.
std::optional<Money> checkedPlus(Money a, Money b);
std::optional<Money> checkedMinus(Money a, Money b);

} // namespace psc::payscore
