#include "core/csv/CsvReader.h"

namespace careatlas {

namespace {
constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';
} // namespace

CsvReader::CsvReader(QStringView text) : CsvReader(text, Options()) {}

CsvReader::CsvReader(QStringView text, Options options) : m_text(text), m_options(options) {}

bool CsvReader::fail(ErrorCode code, const QString &detail, qint64 line)
{
    m_error = Error(code, detail).atLine(line);
    m_position = m_text.size();
    return false;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    if (m_error || m_position >= m_text.size())
        return false;
    record.line = m_line;
    record.fields.clear();
    const char16_t delimiter = m_options.delimiter.unicode();
    const qsizetype start = m_position;
    const qsizetype end = m_text.size();
    QString field;
    qsizetype i = m_position;

    auto endOfLine = [&](qsizetype at) -> qsizetype {   // length of the line break at `at`, or 0
        if (at >= end)
            return 0;
        if (m_text[at] == Lf)
            return 1;
        if (m_text[at] == Cr)
            return (at + 1 < end && m_text[at + 1] == Lf) ? 2 : 1;
        return 0;
    };

    while (true) {
        field.clear();
        if (i < end && m_text[i] == Quote) {
            const qint64 quoteLine = m_line;
            ++i;
            while (true) {
                if (i >= end)
                    return fail(ErrorCode::NotACsv, QStringLiteral("a quoted field is not closed"), quoteLine);
                const char16_t c = m_text[i].unicode();
                if (c == Quote) {
                    if (i + 1 < end && m_text[i + 1] == Quote) {
                        field += QChar(Quote);
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (const qsizetype breakLength = endOfLine(i)) {
                    field += QLatin1Char('\n');
                    i += breakLength;
                    ++m_line;
                    continue;
                }
                field += QChar(c);
                ++i;
                if (i - start > m_options.maxRecordLength)
                    return fail(ErrorCode::LineTooLong, QStringLiteral("more than %1 characters").arg(m_options.maxRecordLength), record.line);
            }
            if (i < end && m_text[i] != delimiter && !endOfLine(i))
                return fail(ErrorCode::NotACsv, QStringLiteral("text after the closing quote of a field"), m_line);
        } else {
            const qsizetype fieldStart = i;
            while (i < end && m_text[i] != delimiter && !endOfLine(i))
                ++i;
            if (i - start > m_options.maxRecordLength)
                return fail(ErrorCode::LineTooLong, QStringLiteral("more than %1 characters").arg(m_options.maxRecordLength), record.line);
            field = m_text.sliced(fieldStart, i - fieldStart).toString();
        }
        record.fields.append(field);
        if (i < end && m_text[i] == delimiter) {
            ++i;
            continue;
        }
        if (const qsizetype breakLength = endOfLine(i)) {
            i += breakLength;
            ++m_line;
        }
        break;
    }
    m_position = i;
    return true;
}

QChar guessCsvDelimiter(QStringView text)
{
    qsizetype lineEnd = 0;
    while (lineEnd < text.size() && text[lineEnd] != u'\n' && text[lineEnd] != u'\r')
        ++lineEnd;
    const QStringView firstLine = text.first(lineEnd);
    if (firstLine.contains(u'\t') && !firstLine.contains(u','))
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

} // namespace careatlas
