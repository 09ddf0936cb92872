#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace psc::batch {

// A spreadsheet as read from a CSV file: the header row, the data rows (cells as text, exactly
// as the operator typed them) and how the file was written, so a preview can say "GB18030,
// separated by tabs".
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    QList<int> lineNumbers; // the file line each row starts on (1-based; the header is line 1)
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "GB18030"
    QChar separator = u',';

    qsizetype rowCount() const { return rows.size(); }
    QString cell(qsizetype row, qsizetype column) const
    {
        const QStringList &cells = rows.at(row);
        return column < cells.size() ? cells.at(column) : QString();
    }
};

} // namespace psc::batch
