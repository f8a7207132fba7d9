#include "core/csv/CsvReader.h"

namespace careatlas {

namespace {
constexpr char16_t Quote = u'"';
constexpr char16_t Cr = u'\r';
constexpr char16_t Lf = u'\n';
} // namespace

CsvReader::CsvReader(QStringView text) : CsvReader(text, Options()) {}

CsvReader::CsvReader(QStringView text, Options options) : m_text(text), m_options(options) {}

CsvReader::CsvReader(Refill refill, Options options) : m_options(options), m_refill(std::move(refill)), m_final(false) {}

bool CsvReader::fail(ErrorCode code, const QString &detail, qint64 line)
{
    m_error = Error(code, detail).atLine(line);
    m_consumed += m_text.size();
    m_position = 0;
    m_text = {};
    m_buffer.clear();
    m_final = true;
    return false;
}

bool CsvReader::refill()
{
    // Drop what was read; keep the record begun.
    m_buffer.remove(0, m_position);
    m_consumed += m_position;
    m_position = 0;
    if (!m_refill(m_buffer))
        m_final = true;
    m_text = m_buffer;
    return true;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    if (m_refill)
        m_text = m_buffer;   // (the reader may have been moved since it last read)
    while (!m_error) {
        if (m_position >= m_text.size()) {
            if (m_final)
                return false;
            refill();
            continue;
        }
        const qint64 line = m_line;
        switch (parseRecord(record)) {
        case Parsed::Record:
            return true;
        case Parsed::Failed:
            return false;
        case Parsed::NeedMore:
            m_line = line;
            if (m_text.size() - m_position > m_options.maxRecordLength)
                return fail(ErrorCode::LineTooLong, QStringLiteral("more than %1 characters").arg(m_options.maxRecordLength), line);
            refill();
            break;
        }
    }
    return false;
}

CsvReader::Parsed CsvReader::parseRecord(CsvRecord &record)
{
    record.line = m_line;
    record.fields.clear();
    const char16_t delimiter = m_options.delimiter.unicode();
    const qsizetype start = m_position;
    const qsizetype end = m_text.size();
    QString field;
    qsizetype i = m_position;
    // Whether there is a character at `at`; at the end of a piece (not of the text) the record
    // is read again once the next piece is there.
    bool needMore = false;
    auto have = [&](qsizetype at) {
        if (at < end)
            return true;
        if (!m_final)
            needMore = true;
        return false;
    };
    auto endOfLine = [&](qsizetype at) -> qsizetype {   // length of the line break at `at`, or 0
        if (!have(at))
            return 0;
        if (m_text[at] == Lf)
            return 1;
        if (m_text[at] == Cr)
            return have(at + 1) && m_text[at + 1] == Lf ? 2 : 1;
        return 0;
    };
    auto failed = [&](ErrorCode code, const QString &detail, qint64 line) {
        fail(code, detail, line);
        return Parsed::Failed;
    };
    auto tooLong = [&] {
        return failed(ErrorCode::LineTooLong, QStringLiteral("more than %1 characters").arg(m_options.maxRecordLength), record.line);
    };

    while (true) {
        field.clear();
        const bool quoted = have(i) && m_text[i] == Quote;
        if (needMore)
            return Parsed::NeedMore;
        if (quoted) {
            const qint64 quoteLine = m_line;
            ++i;
            while (true) {
                if (!have(i)) {
                    if (needMore)
                        return Parsed::NeedMore;
                    return failed(ErrorCode::NotACsv, QStringLiteral("a quoted field is not closed"), quoteLine);
                }
                const char16_t c = m_text[i].unicode();
                if (c == Quote) {
                    const bool doubled = have(i + 1) && m_text[i + 1] == Quote;
                    if (needMore)
                        return Parsed::NeedMore;
                    if (doubled) {
                        field += QChar(Quote);
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                const qsizetype breakLength = endOfLine(i);
                if (needMore)
                    return Parsed::NeedMore;
                if (breakLength) {
                    field += QLatin1Char('\n');
                    i += breakLength;
                    ++m_line;
                    continue;
                }
                field += QChar(c);
                ++i;
                if (i - start > m_options.maxRecordLength)
                    return tooLong();
            }
            const bool more = have(i);
            const bool separated = more && (m_text[i] == delimiter || endOfLine(i));
            if (needMore)
                return Parsed::NeedMore;
            if (more && !separated)
                return failed(ErrorCode::NotACsv, QStringLiteral("text after the closing quote of a field"), m_line);
        } else {
            const qsizetype fieldStart = i;
            while (have(i) && m_text[i] != delimiter && !endOfLine(i) && !needMore)
                ++i;
            if (i - start > m_options.maxRecordLength)
                return tooLong();
            if (needMore)
                return Parsed::NeedMore;
            field = m_text.sliced(fieldStart, i - fieldStart).toString();
        }
        record.fields.append(field);
        const bool separator = have(i) && m_text[i] == delimiter;
        if (needMore)
            return Parsed::NeedMore;
        if (separator) {
            ++i;
            continue;
        }
        const qsizetype breakLength = endOfLine(i);
        if (needMore)
            return Parsed::NeedMore;
        if (breakLength) {
            i += breakLength;
            ++m_line;
        }
        break;
    }
    m_position = i;
    return Parsed::Record;
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
