#include "geo/export/PdfTextFix.h"

#include "geo/export/PageStyle.h"

#include <QList>
#include <QRawFont>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <map>

namespace careatlas::geo {

namespace {

bool isRadical(char32_t c)
{
    return c >= 0x2E80 && c <= 0x2FDF;
}

// Glyph → first code point of `ranges` that the font maps to it.
QHash<quint32, char32_t> firstCodePointOfGlyph(const QRawFont &font, const QList<QPair<char32_t, char32_t>> &ranges)
{
    QString text;
    for (const auto &[from, to] : ranges)
        for (char32_t c = from; c <= to; ++c)
            text += QChar(char16_t(c));
    const QList<quint32> glyphs = font.glyphIndexesForString(text);
    QHash<quint32, char32_t> result;
    for (qsizetype i = 0; i < glyphs.size() && i < text.size(); ++i)
        if (glyphs[i] != 0 && !result.contains(glyphs[i]))
            result.insert(glyphs[i], text[i].unicode());
    return result;
}

// Maps each code point of `sources` to the code point of `targets` that shares its glyph.
void addSharedGlyphs(const QRawFont &font, const QList<QPair<char32_t, char32_t>> &sources,
                     const QList<QPair<char32_t, char32_t>> &targets, QHash<char32_t, char32_t> &map)
{
    if (!font.isValid())
        return;
    const QHash<quint32, char32_t> target = firstCodePointOfGlyph(font, targets);
    for (const auto &[from, to] : sources) {
        QString text;
        for (char32_t c = from; c <= to; ++c)
            text += QChar(char16_t(c));
        const QList<quint32> glyphs = font.glyphIndexesForString(text);
        for (qsizetype i = 0; i < glyphs.size() && i < text.size(); ++i) {
            const char32_t source = text[i].unicode();
            if (map.contains(source) || glyphs[i] == 0)
                continue;
            const auto it = target.constFind(glyphs[i]);
            if (it != target.constEnd() && it.value() != source)
                map.insert(source, it.value());
        }
    }
}

void addFontCorrections(const QRawFont &font, QHash<char32_t, char32_t> &map)
{
    // Radicals → unified ideographs (URO, extension A).
    addSharedGlyphs(font, {{0x2E80, 0x2FDF}}, {{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}}, map);
    // General punctuation → CJK symbols, kana and fullwidth forms (‧ U+2027 → ・ U+30FB).
    addSharedGlyphs(font, {{0x2000, 0x206F}}, {{0x3000, 0x30FF}, {0xFF00, 0xFFEF}}, map);
}

QString hexToUtf16(const QByteArray &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(char16_t((quint8(bytes[i]) << 8) | quint8(bytes[i + 1])));
    return text;
}

QByteArray utf16ToHex(const QString &text)
{
    QByteArray hex;
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
    return hex;
}

// Parses the bfchar and bfrange sections of a ToUnicode CMap into code → text.
bool parseCMap(const QByteArray &cmap, std::map<quint32, QString> &mapping, int &codeDigits)
{
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]|beginbfchar|endbfchar|beginbfrange|endbfrange"));
    enum class Section { None, Char, Range } section = Section::None;
    QList<QByteArray> pending;
    bool inArray = false;
    QList<QByteArray> array;
    codeDigits = 4;
    const QString text = QString::fromLatin1(cmap);
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString t = m.captured(0);
        if (t == QLatin1String("beginbfchar")) { section = Section::Char; pending.clear(); continue; }
        if (t == QLatin1String("beginbfrange")) { section = Section::Range; pending.clear(); continue; }
        if (t == QLatin1String("endbfchar") || t == QLatin1String("endbfrange")) { section = Section::None; continue; }
        if (section == Section::None)
            continue;
        if (t == QLatin1String("[")) { inArray = true; array.clear(); continue; }
        if (t == QLatin1String("]")) {
            inArray = false;
            if (section != Section::Range || pending.size() != 2)
                return false;
            const quint32 lo = pending[0].toUInt(nullptr, 16), hi = pending[1].toUInt(nullptr, 16);
            for (quint32 code = lo; code <= hi && qsizetype(code - lo) < array.size(); ++code)
                mapping[code] = hexToUtf16(array[code - lo]);
            pending.clear();
            continue;
        }
        const QByteArray hex = m.captured(1).toLatin1();
        if (inArray) { array.push_back(hex); continue; }
        pending.push_back(hex);
        if (section == Section::Char && pending.size() == 2) {
            codeDigits = int(pending[0].size());
            mapping[pending[0].toUInt(nullptr, 16)] = hexToUtf16(pending[1]);
            pending.clear();
        } else if (section == Section::Range && pending.size() == 3) {
            codeDigits = int(pending[0].size());
            const quint32 lo = pending[0].toUInt(nullptr, 16), hi = pending[1].toUInt(nullptr, 16);
            QString destination = hexToUtf16(pending[2]);
            for (quint32 code = lo; code <= hi && code - lo < 0x10000; ++code) {
                mapping[code] = destination;
                if (!destination.isEmpty())
                    destination.back() = QChar(char16_t(destination.back().unicode() + 1));
            }
            pending.clear();
        }
    }
    return true;
}

QByteArray writeCMap(const std::map<quint32, QString> &mapping, int codeDigits)
{
    QByteArray out =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n";
    out += '<' + QByteArray(codeDigits, '0') + "> <" + QByteArray(codeDigits, 'F') + ">\nendcodespacerange\n";
    QList<std::pair<quint32, QString>> entries;
    for (const auto &[code, text] : mapping)
        if (!text.isEmpty())
            entries.push_back({code, text});
    for (qsizetype start = 0; start < entries.size(); start += 100) {
        const qsizetype n = std::min<qsizetype>(100, entries.size() - start);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype i = start; i < start + n; ++i)
            out += '<' + QByteArray::number(entries[i].first, 16).toUpper().rightJustified(codeDigits, '0') + "> <"
                + utf16ToHex(entries[i].second) + ">\n";
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

// The body of an uncompressed stream object "N G obj << ... >> stream ... endstream".
struct StreamObject {
    QByteArray data;
    bool found = false;
};

StreamObject readStreamObject(const QByteArray &pdf, int number, int generation)
{
    StreamObject result;
    const QByteArray header = QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj";
    qsizetype at = -1;
    for (qsizetype from = 0; (at = pdf.indexOf(header, from)) >= 0; from = at + 1)
        if (at == 0 || pdf[at - 1] == '\n' || pdf[at - 1] == '\r')
            break;
    if (at < 0)
        return result;
    const qsizetype dictEnd = pdf.indexOf("stream", at);
    const qsizetype objEnd = pdf.indexOf("endobj", at);
    if (dictEnd < 0 || objEnd < 0 || dictEnd > objEnd)
        return result;
    const QByteArray dictionary = pdf.mid(at, dictEnd - at);
    if (dictionary.contains("/Filter"))
        return result;   // Qt writes ToUnicode uncompressed; anything else is left alone
    static const QRegularExpression lengthPattern(QStringLiteral("/Length\\s+(\\d+)(\\s+\\d+\\s+R)?"));
    const auto m = lengthPattern.match(QString::fromLatin1(dictionary));
    if (!m.hasMatch() || !m.captured(2).isEmpty())
        return result;
    qsizetype start = dictEnd + 6;
    if (start < pdf.size() && pdf[start] == '\r')
        ++start;
    if (start < pdf.size() && pdf[start] == '\n')
        ++start;
    result.data = pdf.mid(start, m.captured(1).toLongLong());
    result.found = true;
    return result;
}

} // namespace

const QHash<char32_t, char32_t> &sharedGlyphCorrections()
{
    static const QHash<char32_t, char32_t> map = [] {
        QHash<char32_t, char32_t> result;
        addFontCorrections(QRawFont::fromFont(pageFont(10)), result);
        addFontCorrections(QRawFont::fromFont(pageFont(10, true)), result);
        // Fallback: the compatibility decomposition (every Kangxi radical, ⺟ and ⻳).
        for (char32_t c = 0x2E80; c <= 0x2FDF; ++c) {
            if (result.contains(c))
                continue;
            const QString nfkc = QString(QChar(char16_t(c))).normalized(QString::NormalizationForm_KC);
            if (nfkc.size() == 1 && nfkc[0].unicode() != c && !isRadical(nfkc[0].unicode()))
                result.insert(c, nfkc[0].unicode());
        }
        return result;
    }();
    return map;
}

QByteArray fixPdfRadicals(const QByteArray &pdf, int *fixed)
{
    if (fixed)
        *fixed = 0;
    static const QRegularExpression toUnicodePattern(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+(\\d+)\\s+R"));
    static const QRegularExpression startXrefPattern(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"));
    const QString latin = QString::fromLatin1(pdf);
    const auto xrefMatch = startXrefPattern.match(latin);
    if (!xrefMatch.hasMatch())
        return pdf;
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return pdf;
    const QString trailer = latin.mid(trailerAt, xrefMatch.capturedStart() - trailerAt);
    static const QRegularExpression sizePattern(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootPattern(QStringLiteral("/Root\\s+\\d+\\s+\\d+\\s+R"));
    static const QRegularExpression infoPattern(QStringLiteral("/Info\\s+\\d+\\s+\\d+\\s+R"));
    const auto size = sizePattern.match(trailer);
    const auto root = rootPattern.match(trailer);
    if (!size.hasMatch() || !root.hasMatch())
        return pdf;

    const auto &corrections = sharedGlyphCorrections();
    QSet<QPair<int, int>> seen;
    QList<QPair<int, QByteArray>> replacements;   // object number → new stream object
    int count = 0;
    auto it = toUnicodePattern.globalMatch(latin);
    while (it.hasNext()) {
        const auto m = it.next();
        const int number = m.captured(1).toInt(), generation = m.captured(2).toInt();
        if (seen.contains({number, generation}))
            continue;
        seen.insert({number, generation});
        const StreamObject stream = readStreamObject(pdf, number, generation);
        if (!stream.found)
            continue;
        std::map<quint32, QString> mapping;
        int codeDigits = 4;
        if (!parseCMap(stream.data, mapping, codeDigits))
            continue;
        int changed = 0;
        for (auto &[code, text] : mapping) {
            for (QChar &c : text) {
                const auto r = corrections.constFind(c.unicode());
                if (r != corrections.constEnd() && r.value() <= 0xFFFF) {
                    c = QChar(char16_t(r.value()));
                    ++changed;
                }
            }
        }
        if (changed == 0)
            continue;
        count += changed;
        const QByteArray cmap = writeCMap(mapping, codeDigits);
        replacements.push_back({number, QByteArray::number(number) + ' ' + QByteArray::number(generation) + " obj\n<< /Length "
                                             + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap + "\nendstream\nendobj\n"});
    }
    if (replacements.isEmpty())
        return pdf;

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    std::sort(replacements.begin(), replacements.end(), [](const auto &l, const auto &r) { return l.first < r.first; });
    QList<qsizetype> offsets;
    for (const auto &[number, object] : replacements) {
        offsets.push_back(out.size());
        out += object;
    }
    const qsizetype xrefAt = out.size();
    out += "xref\n";
    for (qsizetype i = 0; i < replacements.size(); ++i) {
        out += QByteArray::number(replacements[i].first) + " 1\n";
        out += QByteArray::number(offsets[i]).rightJustified(10, '0') + " 00000 n \n";
    }
    const auto info = infoPattern.match(trailer);
    out += "trailer\n<<\n/Size " + size.captured(1).toLatin1() + "\n" + root.captured(0).toLatin1() + "\n"
        + (info.hasMatch() ? info.captured(0).toLatin1() + "\n" : QByteArray()) + "/Prev " + xrefMatch.captured(1).toLatin1()
        + "\n>>\nstartxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    if (fixed)
        *fixed = count;
    return out;
}

} // namespace careatlas::geo
