#pragma once

#include <QLatin1String>

namespace psc::OutcomeNames {

// The one spelling of every outcome, shared by the APIv3 layer, payscore's results, the
// journal (stored in its rows and exports) and the CLI's JSON contract. They are stable:
// never rename one, the journal and scripts read them back.
inline constexpr QLatin1String pending { "pending" };
inline constexpr QLatin1String succeeded { "succeeded" };
inline constexpr QLatin1String rejected { "rejected" };
inline constexpr QLatin1String unknown { "unknown" };
inline constexpr QLatin1String invalid { "invalid" };
inline constexpr QLatin1String notSent { "not_sent" };
inline constexpr QLatin1String configError { "config_error" };

} // namespace psc::OutcomeNames
