#include "ModeLabels.h"

#include <payscore/ModeLabel.h>

#include <QComboBox>

namespace psc::ui {

using payscore::Mode;

QString ModeLabels::text(Mode mode)
{
    return payscore::modeLabel(mode);
}

QString ModeLabels::shortText(Mode mode)
{
    return payscore::modeShortLabel(mode);
}

void ModeLabels::fill(QComboBox *combo, std::initializer_list<Mode> modes)
{
    const int previous = combo->currentIndex() >= 0 ? combo->currentData().toInt() : -1;
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Mode mode : modes)
        combo->addItem(text(mode), int(mode));
    const int index = combo->findData(previous);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

Mode ModeLabels::current(const QComboBox *combo)
{
    return Mode(combo->currentData().toInt());
}

void ModeLabels::select(QComboBox *combo, Mode mode)
{
    const int index = combo->findData(int(mode));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace psc::ui
