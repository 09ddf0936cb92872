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
    case Operation::Cancel:
        return QStringLiteral("cancel");
    case Operation::Modify:
        return QStringLiteral("modify");
    case Operation::Collect:
        return QStringLiteral("collect");
    case Operation::Refund:
        return QStringLiteral("refund");
    case Operation::RefundQuery:
        return QStringLiteral("refund-query");
    }
    return {};
}

std::optional<Operation> operationFromName(QStringView name)
{
    for (const Operation operation :
        { Operation::Sync, Operation::Complete, Operation::Query, Operation::Cancel,
            Operation::Modify, Operation::Collect, Operation::Refund, Operation::RefundQuery }) {
        if (name == operationName(operation))
            return operation;
    }
    return std::nullopt;
}

} // namespace psc::payscore
