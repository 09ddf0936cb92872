#pragma once

#include <QCoreApplication>
#include <QString>

class QLabel;

namespace psc::ui {

// Where requests go. Production moves real money, so its badge is red wherever it appears.
enum class Environment { Sandbox, Production };

class EnvironmentBadge {
    Q_DECLARE_TR_FUNCTIONS(EnvironmentBadge)
public:
    static QString text(Environment environment); // "SANDBOX" / "PRODUCTION"
    static QString toolTip(Environment environment);
    // Turns `label` into the badge: bold capitals on a calm green or an alarming red.
    static void apply(QLabel *label, Environment environment);
};

} // namespace psc::ui
