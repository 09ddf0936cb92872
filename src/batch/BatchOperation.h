#pragma once

#include <payscore/Mode.h>

#include <QString>
#include <QStringView>

#include <optional>

namespace psc::batch {

// What a batch does to every row. Query is read-only; the others are journaled writes.
enum class BatchOperation { Sync, Complete, Cancel, Query };

QString batchOperationName(BatchOperation operation); // "sync", "complete", "cancel", "query"
std::optional<BatchOperation> batchOperationFromName(QStringView name);
constexpr bool isWrite(BatchOperation operation)
{
    return operation != BatchOperation::Query;
}
// Sync and complete move money: the preview and the confirmation show their total.
constexpr bool movesMoney(BatchOperation operation)
{
    return operation == BatchOperation::Sync || operation == BatchOperation::Complete;
}
// The single-request operation a row becomes (always set; optional for API stability).
std::optional<payscore::Operation> payscoreOperation(BatchOperation operation);

// A mode as a spreadsheet names it: "serviceorder", "payafter", "oversea", "partner", or the
// Chinese names operators use (服务订单, 先享后付, 机构模式/境外, 服务商).
std::optional<payscore::Mode> modeFromSpreadsheet(QStringView text);

} // namespace psc::batch
