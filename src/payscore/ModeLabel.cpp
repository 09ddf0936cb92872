#include "ModeLabel.h"

#include <QCoreApplication>

namespace psc::payscore {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ModeLabels", text);
}

} // namespace

QString modeLabel(Mode mode)
{
    switch (mode) {
    case Mode::PayAfter:
        return translated("Pay-after (先享后付)");
    case Mode::ServiceOrder:
        return translated("PayScore service order (支付分服务订单)");
    case Mode::Oversea:
        return translated("Oversea institution (境外机构)");
    case Mode::Partner:
        return translated("Service provider (服务商)");
    }
    return {};
}

QString modeShortLabel(Mode mode)
{
    switch (mode) {
    case Mode::PayAfter:
        return translated("Pay-after");
    case Mode::ServiceOrder:
        return translated("Service order");
    case Mode::Oversea:
        return translated("Oversea");
    case Mode::Partner:
        return translated("Service provider");
    }
    return {};
}

} // namespace psc::payscore
