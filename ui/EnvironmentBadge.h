#pragma once

#include <profile/Environment.h>

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace psc::ui {

using profile::Environment;

class EnvironmentBadge {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentBadge)
public:
    static QString text(Environment environment); // "SANDBOX" / "PRODUCTION"
    static QString toolTip(Environment environment);
    // Turns `label` into the badge: bold capitals on a calm green or an alarming red.
    static void apply(QLabel *label, Environment environment);
};

} // namespace psc::ui
