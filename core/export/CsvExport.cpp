#include "core/export/CsvExport.h"

#include "core/export/SafeFile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

namespace careatlas {

namespace {

bool isPlainNumber(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    return number.match(value).hasMatch();
}

// Characters whose CP932 code Windows decodes to a different code point than the JIS one.
QString toWindowsForms(QString text)
{
    static const QList<QPair<char16_t, char16_t>> forms = {
        {u'\u301C', u'\uFF5E'},   // 〜 wave dash → ～ fullwidth tilde
        {u'\u2016', u'\u2225'},   // ‖ → ∥
        {u'\u2212', u'\uFF0D'},   // − minus → －
        {u'\u2014', u'\u2015'},   // — em dash → ―
        {u'\u00A2', u'\uFFE0'},   // ¢ → ￠
        {u'\u00A3', u'\uFFE1'},   // £ → ￡
        {u'\u00AC', u'\uFFE2'},   // ¬ → ￢
    };
    for (const auto &[from, to] : forms)
        text.replace(QChar(from), QChar(to));
    return text;
}

// Encodes one cell in CP932 by a round trip (what decodes back differently cannot be held).
class Cp932Writer
{
public:
    Cp932Writer()
        : m_encoder("windows-31j"), m_decoder("windows-31j")
    {
        if (!m_encoder.isValid()) {
            m_encoder = QStringEncoder("Shift_JIS");
            m_decoder = QStringDecoder("Shift_JIS");
        }
    }
    bool isValid() const { return m_encoder.isValid() && m_decoder.isValid(); }

    // Appends the encoded text; returns the first character that cannot be held, or an empty string.
    QString append(QByteArray &out, const QString &text, bool replace, int *replaced)
    {
        const QString windows = toWindowsForms(text);
        QByteArray bytes = m_encoder.encode(windows);
        if (QString(m_decoder.decode(bytes)) == windows) {
            out += bytes;
            return {};
        }
        QString first;
        for (qsizetype i = 0; i < windows.size(); ++i) {
            const qsizetype length = windows.at(i).isHighSurrogate() && i + 1 < windows.size() ? 2 : 1;
            const QString character = windows.mid(i, length);
            QByteArray one = m_encoder.encode(character);
            if (QString(m_decoder.decode(one)) != character) {
                if (first.isEmpty())
                    first = character;
                one = QByteArrayLiteral("?");
                if (replaced)
                    ++*replaced;
            }
            if (replace)
                out += one;
            i += length - 1;
        }
        return first;
    }

private:
    QStringEncoder m_encoder;
    QStringDecoder m_decoder;
};

QString describeCharacter(const QString &character)
{
    const QString hex = QString::number(character.toUcs4().value(0), 16).toUpper().rightJustified(4, QLatin1Char('0'));
    return QStringLiteral("%1 (U+%2)").arg(character, hex);
}

} // namespace

QString csvField(const QString &value)
{
    QString cell = value;
    if (!cell.isEmpty() && !isPlainNumber(cell)) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
            || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

namespace {

// Writes CSV rows in one encoding; the first character CP932 cannot hold is returned with its
// column index (and written as '?' when replacing).
class CsvRowWriter
{
public:
    CsvRowWriter(CsvEncoding encoding, UnencodableCharacters unencodable)
        : m_cp932(encoding == CsvEncoding::Cp932), m_replace(unencodable == UnencodableCharacters::Replace)
    {
        if (encoding == CsvEncoding::Utf8WithBom)
            out += QByteArrayLiteral("\xEF\xBB\xBF");
    }
    bool isValid() const { return !m_cp932 || m_writer.isValid(); }

    // Appends one row; on a character CP932 cannot hold, `badColumn` and the character are
    // returned (the row is then complete only when replacing).
    QString writeRow(const QStringList &cells, int *badColumn, int *replaced)
    {
        QString first;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                out += ',';
            const QString field = csvField(cells[c]);
            if (!m_cp932) {
                out += field.toUtf8();
                continue;
            }
            const QString bad = m_writer.append(out, field, m_replace, replaced);
            if (!bad.isEmpty() && first.isEmpty()) {
                first = bad;
                *badColumn = int(c);
                if (!m_replace)
                    return first;
            }
        }
        out += "\r\n";
        return first;
    }

    QByteArray out;

private:
    bool m_cp932;
    bool m_replace;
    Cp932Writer m_writer;
};

} // namespace

Result<QByteArray> csvTableBytes(const QList<QStringList> &rows, const CsvOptions &options, CsvReport *report)
{
    CsvRowWriter writer(options.encoding, options.unencodable);
    if (!writer.isValid())
        return Error(ErrorCode::EncodingUnknown, QStringLiteral("windows-31j"));
    CsvReport local;
    const QStringList header = rows.isEmpty() ? QStringList() : rows.constFirst();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        int column = -1;
        const QString bad = writer.writeRow(rows[i], &column, &local.replacedCharacters);
        if (!bad.isEmpty()) {
            const QString name = column < header.size() ? header[column] : QString::number(column + 1);
            if (options.unencodable == UnencodableCharacters::Fail)
                return Error(ErrorCode::EncodingFailed, describeCharacter(bad)).atLine(i + 1).inField(name);
            if (local.firstReplacement.isEmpty())
                local.firstReplacement = QCoreApplication::translate("CsvExport", "line %1, column %2: %3").arg(i + 1).arg(name, describeCharacter(bad));
        }
        if (i > 0 || !options.header)
            ++local.rows;
    }
    if (report)
        *report = local;
    return writer.out;
}

Result<QByteArray> csvBytes(const ExportData &data, const CsvOptions &options, CsvReport *report, const ExportControl &control)
{
    const QList<ResourceColumn> columns = data.columnsOrDefault(options.columns, allResourceColumns());
    CsvRowWriter writer(options.encoding, options.unencodable);
    if (!writer.isValid())
        return Error(ErrorCode::EncodingUnknown, QStringLiteral("windows-31j"));

    CsvReport local;
    auto writeRow = [&](const QStringList &cells, qint64 line) -> Status {
        int c = -1;
        const QString bad = writer.writeRow(cells, &c, &local.replacedCharacters);
        if (bad.isEmpty())
            return {};
        const QString column = resourceColumnHeader(columns[c]);
        if (options.unencodable == UnencodableCharacters::Fail)
            return Error(ErrorCode::EncodingFailed, describeCharacter(bad)).atLine(line).inField(column);
        if (local.firstReplacement.isEmpty())
            local.firstReplacement = QCoreApplication::translate("CsvExport", "line %1, column %2: %3")
                                         .arg(line).arg(column, describeCharacter(bad));
        return {};
    };

    qint64 line = 0;
    if (options.header) {
        QStringList headers;
        for (ResourceColumn c : columns)
            headers << resourceColumnHeader(c);
        if (Status s = writeRow(headers, ++line); !s)
            return s.error();
    }
    const qsizetype total = data.resources.size();
    for (qsizetype i = 0; i < total; ++i) {
        if (i % 256 == 0) {
            if (control.cancelled())
                return Error(ErrorCode::Cancelled);
            control.report(i, total, 0, 90);
        }
        QStringList cells;
        cells.reserve(columns.size());
        for (ResourceColumn c : columns)
            cells << data.cell(data.resources[i], c);
        if (Status s = writeRow(cells, ++line); !s)
            return s.error();
        ++local.rows;
    }
    if (report)
        *report = local;
    return writer.out;
}

Result<CsvReport> exportCsv(const ExportData &data, const QString &path, const CsvOptions &options, const ExportControl &control)
{
    if (Status s = checkWritableTarget(path); !s)
        return s.error();
    CsvReport report;
    auto bytes = csvBytes(data, options, &report, control);
    if (!bytes)
        return bytes.error();
    if (control.cancelled())
        return Error(ErrorCode::Cancelled);
    if (Status s = writeFileSafely(path, *bytes); !s)
        return s.error();
    control.report(100);
    return report;
}

} // namespace careatlas
