#pragma once

#include "BatchPlan.h"
#include "BatchRowResult.h"

#include <core/Result.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace psc::batch {

// The results file the operator hands back to whoever sent the list: every input column as
// it was read, then the outcome columns (file line, outcome, order state, error code, its
// meaning, Request-ID, note). CSV is UTF-8 with a BOM so Excel opens it as UTF-8; XLSX is
// written with libxlsxwriter, every cell as text (order numbers like 0012 keep their zeros).
class BatchExport {
public:
    static QStringList outcomeHeaders(); // translated
    static QStringList outcomeCells(int line, const BatchRowResult &result);

    static Result<bool> writeCsv(
        const QString &path, const BatchPlan &plan, const QList<BatchRowResult> &results);
    static Result<bool> writeXlsx(
        const QString &path, const BatchPlan &plan, const QList<BatchRowResult> &results);
    // By the file's extension: .xlsx or anything else as CSV.
    static Result<bool> write(
        const QString &path, const BatchPlan &plan, const QList<BatchRowResult> &results);

    static QString csvField(const QString &text);
};

} // namespace psc::batch
