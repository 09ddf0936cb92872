#pragma once

#include <payscore/Mode.h>

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace psc::ui {

// What the operator reads for each order family, in their language. The mode travels in the
// combo box's item data, so a retranslation never changes which mode is selected.
class ModeLabels {
    Q_DECLARE_TR_FUNCTIONS(ModeLabels)
public:
    static QString text(payscore::Mode mode);
    // The same, short enough for a table column ("Pay-after" / 先享后付).
    static QString shortText(payscore::Mode mode);
    // Fills (or retranslates) a mode combo with `modes`, keeping the current mode.
    static void fill(QComboBox *combo, std::initializer_list<payscore::Mode> modes);
    static payscore::Mode current(const QComboBox *combo);
    static void select(QComboBox *combo, payscore::Mode mode);
};

} // namespace psc::ui
