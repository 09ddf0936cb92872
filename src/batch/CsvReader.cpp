#include "CsvReader.h"

#include "BatchText.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace psc::batch {

namespace {

constexpr QChar kQuote = u'"';

QString mib(qsizetype bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Decodes the whole text with one codec; nullopt when a byte sequence is not valid in it.
std::optional<QString> decodeStrictly(QStringDecoder decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    // Qt's UTF-16 decoder lets a lone surrogate through: such a file is broken, not a list.
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter) || !text.isValidUtf16())
        return std::nullopt;
    return text;
}

struct Decoded {
    QString text;
    QString encoding;
};

Result<Decoded> decode(const QByteArray &bytes)
{
    const auto withBom = [&](QStringConverter::Encoding encoding, qsizetype bomLength,
                             const QString &name) -> Result<Decoded> {
        auto text = decodeStrictly(QStringDecoder(encoding, QStringDecoder::Flag::Stateless),
            QByteArrayView(bytes).sliced(bomLength));
        if (!text) {
            return Result<Decoded>::failure(PayScoreBatch::tr(
                "The file starts like %1 text but is not valid %1: it may be damaged. Save it "
                "again from the spreadsheet as \"CSV UTF-8\".")
                                                .arg(name));
        }
        return Decoded { *text, name + QStringLiteral(" (BOM)") };
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return withBom(QStringConverter::Utf8, 3, QStringLiteral("UTF-8"));
    if (bytes.startsWith("\xFF\xFE"))
        return withBom(QStringConverter::Utf16LE, 2, QStringLiteral("UTF-16LE"));
    if (bytes.startsWith("\xFE\xFF"))
        return withBom(QStringConverter::Utf16BE, 2, QStringLiteral("UTF-16BE"));
    if (bytes.contains('\0')) {
        return Result<Decoded>::failure(PayScoreBatch::tr(
            "This is not a text file (it contains NUL bytes). Save the spreadsheet as CSV and "
            "open that file."));
    }
    if (auto text = decodeStrictly(QStringDecoder(QStringConverter::Utf8), bytes))
        return Decoded { *text, QStringLiteral("UTF-8") };
    // Chinese Excel and WPS save "CSV (逗号分隔)" in the ANSI code page: GBK, a subset of
    // GB18030. Decoded strictly, so text in any other legacy encoding is refused, not garbled.
    if (auto text = decodeStrictly(QStringDecoder("GB18030"), bytes))
        return Decoded { *text, QStringLiteral("GB18030") };
    return Result<Decoded>::failure(
        PayScoreBatch::tr("The file is neither UTF-8 nor GB18030/GBK text. Save the spreadsheet "
                          "as \"CSV UTF-8\" and open that file."));
}

// Garbage that happens to decode (control characters) is not a spreadsheet either.
bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return true;
        if (c.unicode() == 0x7F)
            return true;
    }
    return false;
}

// The separator the first row that uses one uses most, outside quotes; a comma when no row
// uses any. Blank lines are skipped as the parser skips them, and so is a row without any
// separator (a one-column header, say a single quoted cell that holds ";" or ","): the rows
// after it decide, so a table written with its separator reads back with the same one.
QChar detectSeparator(const QString &text)
{
    // Counted as the parser reads: a quote opens a quoted cell only at the start of a cell
    // (after blanks), "" inside it is a quote, and a quote anywhere else is text.
    int comma = 0, tab = 0, semicolon = 0;
    bool quoted = false;
    bool atCellStart = true;
    bool content = false; // the row has a cell that is not blank
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == kQuote && i + 1 < text.size() && text.at(i + 1) == kQuote) {
                content = true;
                ++i;
            } else if (c == kQuote) {
                quoted = false;
            } else if (!c.isSpace()) {
                content = true;
            }
            continue;
        }
        if (c == kQuote && atCellStart) {
            quoted = true;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            if (content && comma + tab + semicolon > 0)
                break;
            // A blank row (its separators do not count) or one without a separator: the
            // next row decides.
            comma = tab = semicolon = 0;
            atCellStart = true;
            content = false;
            continue;
        }
        const bool separator = c == u',' || c == u'\t' || c == u';';
        comma += c == u',';
        tab += c == u'\t';
        semicolon += c == u';';
        content = content || (!separator && !c.isSpace());
        atCellStart = separator || (atCellStart && c == u' ');
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// RFC 4180 with the leniency Excel shows: a quote inside an unquoted field is kept as text.
Result<CsvTable> parse(const QString &text, QChar separator, const QString &encoding)
{
    CsvTable table;
    table.reserveText(text.size()); // no cell text is longer than the file's
    table.encoding = encoding;
    table.separator = separator;

    QStringList cells;
    QString cell;
    bool quoted = false; // inside a quoted field
    bool cellWasQuoted = false;
    int line = 1;
    int rowLine = 1;
    const auto endCell = [&] {
        cells.append(cellWasQuoted ? cell : cell.trimmed());
        cell.clear();
        cellWasQuoted = false;
    };
    const auto endRow = [&] {
        endCell();
        if (!isBlank(cells)) {
            if (table.header.isEmpty()) {
                table.header = cells;
            } else {
                table.appendRow(cells, rowLine);
            }
        }
        cells.clear();
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == kQuote) {
                if (i + 1 < size && text.at(i + 1) == kQuote) {
                    cell.append(kQuote);
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' || c == u'\n') {
                // A line break in a cell is \n, whatever the file's line ends are: \r\n, \n,
                // or a lone \r (old Mac files; outside quotes it ends a row too). Keeping a lone
                // \r would turn "\r\r\n" into "\r\n", which reads back as another cell.
                if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                    ++i;
                ++line;
                cell.append(u'\n');
            } else {
                cell.append(c);
            }
            continue;
        }
        if (c == kQuote && cell.trimmed().isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
            cell.clear();
        } else if (c == separator) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRow();
            ++line;
            rowLine = line;
        } else {
            cell.append(c);
        }
    }
    if (quoted) {
        return Result<CsvTable>::failure(
            PayScoreBatch::tr("The quoted field that starts on line %1 is never closed (a \" is "
                              "missing): the file is cut short or not a CSV file.")
                .arg(rowLine));
    }
    if (!cell.isEmpty() || !cells.isEmpty())
        endRow();
    if (table.header.isEmpty())
        return Result<CsvTable>::failure(PayScoreBatch::tr("The file has no header row."));
    return table;
}

} // namespace

Result<CsvTable> CsvReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<CsvTable>::failure(
            PayScoreBatch::tr("Cannot open %1: %2").arg(path, file.errorString()));
    }
    if (file.size() > m_maxBytes) {
        return Result<CsvTable>::failure(
            PayScoreBatch::tr("%1 is %2 MiB; a batch reads at most %3 MiB. Split the list into "
                              "smaller files.")
                .arg(QFileInfo(path).fileName(), mib(file.size()), mib(m_maxBytes)));
    }
    return readOwned(file.readAll());
}

Result<CsvTable> CsvReader::read(const QByteArray &bytes) const
{
    return readOwned(bytes);
}

// Takes the bytes by value: when the caller handed them over (readFile), they are freed once
// decoded, before the rows are parsed, so a large file is not held three times over.
Result<CsvTable> CsvReader::readOwned(QByteArray bytes) const
{
    if (bytes.size() > m_maxBytes) {
        return Result<CsvTable>::failure(
            PayScoreBatch::tr("The text is %1 MiB; a batch reads at most %2 MiB. Split the list "
                              "into smaller files.")
                .arg(mib(bytes.size()), mib(m_maxBytes)));
    }
    if (bytes.startsWith("PK\x03\x04")) {
        return Result<CsvTable>::failure(
            PayScoreBatch::tr("This is an Excel workbook (.xlsx), not a CSV file. In Excel choose "
                              "File > Save As > \"CSV UTF-8\" and open that file."));
    }
    auto decoded = decode(bytes);
    bytes = QByteArray();
    if (!decoded)
        return Result<CsvTable>::failure(decoded.error());
    if (hasControlCharacters(decoded->text)) {
        return Result<CsvTable>::failure(
            PayScoreBatch::tr("The file contains control characters a spreadsheet never writes: "
                              "it is not a CSV file."));
    }
    return parse(decoded->text, detectSeparator(decoded->text), decoded->encoding);
}

Result<CsvTable> CsvReader::readText(const QString &text)
{
    if (hasControlCharacters(text)) {
        return Result<CsvTable>::failure(PayScoreBatch::tr(
            "The pasted text contains control characters a spreadsheet never writes."));
    }
    return parse(text, detectSeparator(text), QStringLiteral("UTF-16"));
}

} // namespace psc::batch
