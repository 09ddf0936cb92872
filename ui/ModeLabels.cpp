#include "ModeLabels.h"

#include <QComboBox>

namespace psc::ui {

using payscore::Mode;

QString ModeLabels::text(Mode mode)
{
    switch (mode) {
    case Mode::PayAfter:
        return tr("Pay-after (先享后付)");
    case Mode::ServiceOrder:
        return tr("PayScore service order (支付分服务订单)");
    case Mode::Oversea:
        return tr("Oversea institution (境外机构)");
    case Mode::Partner:
        return tr("Service provider (服务商)");
    }
    return {};
}

QString ModeLabels::shortText(Mode mode)
{
    switch (mode) {
    case Mode::PayAfter:
        return tr("Pay-after");
    case Mode::ServiceOrder:
        return tr("Service order");
    case Mode::Oversea:
        return tr("Oversea");
    case Mode::Partner:
        return tr("Service provider");
    }
    return {};
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
