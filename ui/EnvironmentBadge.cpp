#include "EnvironmentBadge.h"

#include "Palette.h"

#include <QLabel>

namespace psc::ui {

QString EnvironmentBadge::text(Environment environment)
{
    return environment == Environment::Production ? tr("PRODUCTION") : tr("SANDBOX");
}

QString EnvironmentBadge::toolTip(Environment environment)
{
    return environment == Environment::Production
        ? tr("Requests go to WeChat Pay and move real money.")
        : tr("Requests go to the built-in simulator on this computer. No real money moves.");
}

void EnvironmentBadge::apply(QLabel *label, Environment environment)
{
    const bool production = environment == Environment::Production;
    label->setText(text(environment));
    label->setToolTip(toolTip(environment));
    label->setAccessibleDescription(toolTip(environment));
    label->setProperty(
        "environment", production ? QStringLiteral("production") : QStringLiteral("sandbox"));
    label->setStyleSheet(
        Palette::badgeStyle(production ? Palette::Role::Production : Palette::Role::Sandbox));
}

} // namespace psc::ui
