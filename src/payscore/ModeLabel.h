#pragma once

#include "Mode.h"

#include <QString>

namespace psc::payscore {

// What an operator reads for each order family, in the language loaded (translation context
// "ModeLabels"): the console's mode lists and the core's own sentences use the same words.
QString modeLabel(Mode mode);
// The same, short enough for a table column ("Pay-after" / 先享后付).
QString modeShortLabel(Mode mode);

} // namespace psc::payscore
