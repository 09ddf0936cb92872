#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace psc::batch {

// A spreadsheet as read from a CSV file: the header row, the data rows (cells as text, exactly
// as the operator typed them) and how the file was written, so a preview can say "GB18030,
// separated by tabs".
//
// The rows are stored compactly — 100,000 rows must fit in a few MiB above an empty batch:
// every cell's text back to back in one string, with the end of each cell and the first cell
// of each row as 32-bit offsets (a file is at most 64 MiB). A QStringList of QStrings per row
// costs about three times as much (an allocation per cell and per row). A row edited in place
// is kept whole beside them; cells(row) and cell(row, column) see the edit.
class CsvTable {
public:
    QStringList header;
    QList<int> lineNumbers; // the file line each row starts on (1-based; the header is line 1)
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE (BOM)", "GB18030"
    QChar separator = u',';

    qsizetype rowCount() const { return m_rowStart.size(); }
    qsizetype cellCount(qsizetype row) const;
    QStringList cells(qsizetype row) const;
    QString cell(qsizetype row, qsizetype column) const { return cellView(row, column).toString(); }
    // The cell's text without a copy; valid until the table changes. Empty past the row's end.
    QStringView cellView(qsizetype row, qsizetype column) const;

    // Building (the reader) and editing in place (the preview's fixes).
    void reserveText(qsizetype characters) { m_text.reserve(characters); }
    void appendRow(const QStringList &cells, int line);
    void setCell(qsizetype row, qsizetype column, const QString &text);

private:
    qsizetype firstCell(qsizetype row) const { return m_rowStart.at(row); }
    qsizetype endCell(qsizetype row) const
    {
        return row + 1 < m_rowStart.size() ? m_rowStart.at(row + 1) : m_cellEnd.size();
    }

    QString m_text; // every cell, back to back
    QList<quint32> m_cellEnd; // where each cell ends in m_text
    QList<quint32> m_rowStart; // each row's first cell in m_cellEnd
    QHash<qsizetype, QStringList> m_edited; // rows changed in place, whole
};

} // namespace psc::batch
