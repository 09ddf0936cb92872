#pragma once

#include "CsvTable.h"

#include <core/Result.h>

#include <QByteArray>
#include <QString>

namespace psc::batch {

// Reads the CSV files operators save from Excel or WPS: UTF-8 with or without a BOM,
// UTF-16LE with a BOM ("Unicode text"), or GB18030/GBK, which Chinese Excel writes by default.
// The encoding is detected, never guessed into mojibake: text that is neither valid UTF-8 nor
// valid GB18030 is refused. The separator (comma, tab or semicolon) is the one the header row
// uses most. Quoted fields may hold separators, doubled quotes and line breaks (RFC 4180).
// Anything that is not a spreadsheet (a binary file, an .xlsx workbook, a truncated quote)
// is refused with a reason that tells the operator what to do.
class CsvReader {
public:
    static constexpr qsizetype kDefaultMaxBytes = qsizetype { 64 } * 1024 * 1024;

    explicit CsvReader(qsizetype maxBytes = kDefaultMaxBytes)
        : m_maxBytes(maxBytes)
    {
    }

    Result<CsvTable> readFile(const QString &path) const;
    Result<CsvTable> read(const QByteArray &bytes) const;
    // Rows pasted from Excel (tab separated, already text).
    static Result<CsvTable> readText(const QString &text);

private:
    Result<CsvTable> readOwned(QByteArray bytes) const;

    qsizetype m_maxBytes;
};

} // namespace psc::batch
