#include "CsvTable.h"

namespace psc::batch {

qsizetype CsvTable::cellCount(qsizetype row) const
{
    const auto edited = m_edited.constFind(row);
    return edited != m_edited.constEnd() ? edited->size() : endCell(row) - firstCell(row);
}

QStringView CsvTable::cellView(qsizetype row, qsizetype column) const
{
    if (const auto edited = m_edited.constFind(row); edited != m_edited.constEnd())
        return column < edited->size() ? QStringView(edited->at(column)) : QStringView();
    const qsizetype index = firstCell(row) + column;
    if (column < 0 || index >= endCell(row))
        return {};
    const qsizetype begin = index == 0 ? 0 : m_cellEnd.at(index - 1);
    return QStringView(m_text).sliced(begin, m_cellEnd.at(index) - begin);
}

QStringList CsvTable::cells(qsizetype row) const
{
    if (const auto edited = m_edited.constFind(row); edited != m_edited.constEnd())
        return *edited;
    QStringList cells;
    const qsizetype count = cellCount(row);
    cells.reserve(count);
    for (qsizetype column = 0; column < count; ++column)
        cells.append(cellView(row, column).toString());
    return cells;
}

void CsvTable::appendRow(const QStringList &cells, int line)
{
    m_rowStart.append(quint32(m_cellEnd.size()));
    for (const QString &cell : cells) {
        m_text.append(cell);
        m_cellEnd.append(quint32(m_text.size()));
    }
    lineNumbers.append(line);
}

void CsvTable::setCell(qsizetype row, qsizetype column, const QString &text)
{
    QStringList edited = cells(row);
    while (edited.size() <= column)
        edited.append(QString());
    edited[column] = text;
    m_edited.insert(row, edited);
}

} // namespace psc::batch
