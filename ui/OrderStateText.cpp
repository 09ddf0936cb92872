#include "OrderStateText.h"

#include "Palette.h"

namespace psc::ui {

QString OrderStateText::meaning(const QString &state, const QString &stateDescription)
{
    if (state == QLatin1String("CREATED"))
        return tr("Order created, waiting for the customer to confirm");
    if (state == QLatin1String("DOING")) {
        if (stateDescription == QLatin1String("USER_CONFIRM"))
            return tr("Customer confirmed, service in progress");
        if (stateDescription == QLatin1String("MCH_COMPLETE"))
            return tr("Completed by the merchant, collecting payment");
        return tr("Service in progress");
    }
    if (state == QLatin1String("DONE"))
        return tr("Order completed");
    if (state == QLatin1String("REVOKED"))
        return tr("Order cancelled");
    if (state == QLatin1String("EXPIRED"))
        return tr("Order expired");
    return tr("State not known to this console");
}

QString OrderStateText::collectionMeaning(const QString &collectionState)
{
    if (collectionState == QLatin1String("USER_PAYING"))
        return tr("Waiting for the customer to pay");
    if (collectionState == QLatin1String("USER_PAID"))
        return tr("Paid");
    return collectionState;
}

QString OrderStateText::word(const QString &state, const QString &stateDescription)
{
    if (state == QLatin1String("CREATED"))
        return tr("Created");
    if (state == QLatin1String("DOING")) {
        if (stateDescription == QLatin1String("MCH_COMPLETE"))
            return tr("Awaiting payment");
        return tr("In service");
    }
    if (state == QLatin1String("DONE"))
        return tr("Completed");
    if (state == QLatin1String("REVOKED"))
        return tr("Cancelled");
    if (state == QLatin1String("EXPIRED"))
        return tr("Expired");
    return tr("Unknown state");
}

QString OrderStateText::refundWord(const QString &status)
{
    if (status == QLatin1String("SUCCESS"))
        return tr("Refunded");
    if (status == QLatin1String("PROCESSING"))
        return tr("Refunding");
    if (status == QLatin1String("ABNORMAL"))
        return tr("Refund failed");
    if (status == QLatin1String("CLOSED"))
        return tr("Refund closed");
    return tr("Unknown state");
}

QColor OrderStateText::colour(const QString &state)
{
    if (state == QLatin1String("DONE"))
        return Palette::background(Palette::Role::Success);
    if (state == QLatin1String("DOING"))
        return Palette::background(Palette::Role::InProgress);
    return Palette::background(Palette::Role::Idle);
}

} // namespace psc::ui
