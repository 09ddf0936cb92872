#include "BatchExport.h"

#include "BatchText.h"

#include <QSaveFile>

#include <xlsxwriter.h>

namespace psc::batch {

namespace {

// The header and cells of one output row: the input cells (padded to the header) and then the
// outcome cells.
QStringList rowCells(const BatchPlan &plan, qsizetype row, const BatchRowResult &result)
{
    QStringList cells = plan.table().cells(row).mid(0, plan.table().header.size());
    while (cells.size() < plan.table().header.size())
        cells.append(QString());
    cells += BatchExport::outcomeCells(plan.table().lineNumbers.value(row), result);
    return cells;
}

QStringList headerCells(const BatchPlan &plan)
{
    return plan.table().header + BatchExport::outcomeHeaders();
}

} // namespace

QStringList BatchExport::outcomeHeaders()
{
    return { PayScoreBatch::tr("Line"), PayScoreBatch::tr("Outcome"),
        PayScoreBatch::tr("Order state"), PayScoreBatch::tr("Error code"),
        PayScoreBatch::tr("Error meaning"), PayScoreBatch::tr("Request-ID"),
        PayScoreBatch::tr("Note") };
}

QStringList BatchExport::outcomeCells(int line, const BatchRowResult &result)
{
    return { QString::number(line), rowOutcomeText(result.outcome), result.state, result.errorCode,
        result.errorMessage, result.requestId, result.note };
}

QString BatchExport::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

Result<bool> BatchExport::writeCsv(
    const QString &path, const BatchPlan &plan, const QList<BatchRowResult> &results)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Result<bool>::failure(
            PayScoreBatch::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    const auto writeLine = [&file](const QStringList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &cell : cells)
            fields.append(csvField(cell));
        file.write(fields.join(u',').toUtf8());
        file.write("\r\n");
    };
    file.write("\xEF\xBB\xBF");
    writeLine(headerCells(plan));
    for (qsizetype row = 0; row < plan.rowCount(); ++row)
        writeLine(rowCells(plan, row, results.value(row)));
    if (!file.commit()) {
        return Result<bool>::failure(
            PayScoreBatch::tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return true;
}

Result<bool> BatchExport::writeXlsx(
    const QString &path, const BatchPlan &plan, const QList<BatchRowResult> &results)
{
    const QByteArray fileName = path.toUtf8();
    lxw_workbook *workbook = workbook_new(fileName.constData());
    if (!workbook) {
        return Result<bool>::failure(PayScoreBatch::tr("Cannot create the workbook %1.").arg(path));
    }
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Results");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    const auto writeRow = [sheet](lxw_row_t row, const QStringList &cells, lxw_format *format) {
        for (qsizetype column = 0; column < cells.size(); ++column) {
            const QByteArray text = cells.at(column).toUtf8();
            worksheet_write_string(sheet, row, lxw_col_t(column), text.constData(), format);
        }
    };
    const QStringList header = headerCells(plan);
    writeRow(0, header, bold);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_column(sheet, 0, lxw_col_t(header.size() - 1), 18, nullptr);
    for (qsizetype row = 0; row < plan.rowCount(); ++row)
        writeRow(lxw_row_t(row + 1), rowCells(plan, row, results.value(row)), nullptr);
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) {
        return Result<bool>::failure(PayScoreBatch::tr("Cannot write the workbook %1: %2")
                                         .arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    return true;
}

Result<bool> BatchExport::write(
    const QString &path, const BatchPlan &plan, const QList<BatchRowResult> &results)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return writeXlsx(path, plan, results);
    return writeCsv(path, plan, results);
}

} // namespace psc::batch
