#include "BatchOperation.h"

namespace psc::batch {

QString batchOperationName(BatchOperation operation)
{
    switch (operation) {
    case BatchOperation::Sync:
        return QStringLiteral("sync");
    case BatchOperation::Complete:
        return QStringLiteral("complete");
    case BatchOperation::Cancel:
        return QStringLiteral("cancel");
    case BatchOperation::Query:
        return QStringLiteral("query");
    }
    return {};
}

std::optional<BatchOperation> batchOperationFromName(QStringView name)
{
    for (const auto operation : { BatchOperation::Sync, BatchOperation::Complete,
             BatchOperation::Cancel, BatchOperation::Query }) {
        if (name == batchOperationName(operation))
            return operation;
    }
    return std::nullopt;
}

std::optional<payscore::Operation> payscoreOperation(BatchOperation operation)
{
    switch (operation) {
    case BatchOperation::Sync:
        return payscore::Operation::Sync;
    case BatchOperation::Complete:
        return payscore::Operation::Complete;
    case BatchOperation::Query:
        return payscore::Operation::Query;
    case BatchOperation::Cancel:
        return payscore::Operation::Cancel;
    }
    return std::nullopt;
}

std::optional<payscore::Mode> modeFromSpreadsheet(QStringView text)
{
    const QString name = text.trimmed().toString().toLower();
    if (const auto mode = payscore::modeFromName(name))
        return mode;
    struct Alias {
        const char16_t *name;
        payscore::Mode mode;
    };
    static constexpr Alias aliases[] = {
        { u"服务订单", payscore::Mode::ServiceOrder },
        { u"支付分服务订单", payscore::Mode::ServiceOrder },
        { u"先享后付", payscore::Mode::PayAfter },
        { u"机构模式", payscore::Mode::Oversea },
        { u"境外", payscore::Mode::Oversea },
        { u"境外机构模式", payscore::Mode::Oversea },
        { u"服务商", payscore::Mode::Partner },
        { u"服务商模式", payscore::Mode::Partner },
    };
    for (const Alias &alias : aliases) {
        if (name == QStringView(alias.name))
            return alias.mode;
    }
    return std::nullopt;
}

} // namespace psc::batch
