// The batch CSV reader (encodings, quotes, separators). Invariants: every row it gives has a
// line number, in increasing order; a table it reads, written back as UTF-8 with its separator
// and every field quoted, reads back to the same header and cells.
#include "FuzzCheck.h"

#include <batch/CsvReader.h>

using psc::batch::CsvReader;
using psc::batch::CsvTable;

namespace {

QByteArray quotedLine(const QStringList &cells, QChar separator)
{
    QStringList quoted;
    for (QString cell : cells)
        quoted.append(QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\""))
            + QLatin1Char('"'));
    return quoted.join(separator).toUtf8() + "\r\n";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CsvReader reader(1024 * 1024);
    const auto table = reader.read(psc::fuzz::bytesOf(data, size));
    if (!table) {
        FUZZ_CHECK(!table.error().isEmpty());
        return 0;
    }
    FUZZ_CHECK(table->lineNumbers.size() == table->rowCount());
    for (qsizetype i = 1; i < table->lineNumbers.size(); ++i)
        FUZZ_CHECK(table->lineNumbers[i] > table->lineNumbers[i - 1]);
    QByteArray written = quotedLine(table->header, table->separator);
    for (qsizetype row = 0; row < table->rowCount(); ++row)
        written += quotedLine(table->cells(row), table->separator);
    const auto again = reader.read(written);
    FUZZ_CHECK(bool(again));
    FUZZ_CHECK(again->header == table->header);
    FUZZ_CHECK(again->rowCount() == table->rowCount());
    for (qsizetype row = 0; row < table->rowCount(); ++row)
        FUZZ_CHECK(again->cells(row) == table->cells(row));
    return 0;
}
