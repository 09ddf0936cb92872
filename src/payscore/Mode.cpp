#include "Mode.h"

namespace psc::payscore {

QString modeName(Mode mode)
{
    switch (mode) {
    case Mode::ServiceOrder:
        return QStringLiteral("serviceorder");
    case Mode::PayAfter:
        return QStringLiteral("payafter");
    case Mode::Oversea:
        return QStringLiteral("oversea");
    case Mode::Partner:
        return QStringLiteral("partner");
    }
    return {};
}

std::optional<Mode> modeFromName(QStringView name)
{
    for (const Mode mode : { Mode::ServiceOrder, Mode::PayAfter, Mode::Oversea, Mode::Partner }) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::Sync:
        return QStringLiteral("sync");
    case Operation::Complete:
        return QStringLiteral("complete");
    case Operation::Query:
        return QStringLiteral("query");
    case Operation::Refund:
        return QStringLiteral("refund");
    case Operation::RefundQuery:
        return QStringLiteral("refund-query");
    }
    return {};
}

} // namespace psc::payscore
