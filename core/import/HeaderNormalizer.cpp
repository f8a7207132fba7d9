#include "core/import/HeaderNormalizer.h"

namespace careatlas {

namespace {

bool isOpeningBracket(char16_t c)
{
    // 【 〔 ［ 「 『 〈 《 ｛ { [
    return c == u'\u3010' || c == u'\u3014' || c == u'\uFF3B' || c == u'\u300C' || c == u'\u300E'
           || c == u'\u3008' || c == u'\u300A' || c == u'\uFF5B' || c == u'{' || c == u'[';
}

bool isClosingBracket(char16_t c)
{
    return c == u'\u3011' || c == u'\u3015' || c == u'\uFF3D' || c == u'\u300D' || c == u'\u300F'
           || c == u'\u3009' || c == u'\u300B' || c == u'\uFF5D' || c == u'}' || c == u']';
}

bool isQuote(char16_t c)
{
    return c == u'"' || c == u'\'' || c == u'\u201C' || c == u'\u201D' || c == u'\u2018' || c == u'\u2019';
}

} // namespace

QString normalizeHeader(const QString &header)
{
    QString text = header;
    text.remove(QChar(0xFEFF));
    text = text.normalized(QString::NormalizationForm_KC).trimmed();
    while (text.size() >= 2 && isQuote(text.front().unicode()) && isQuote(text.back().unicode()))
        text = text.sliced(1, text.size() - 2).trimmed();
    QString result;
    result.reserve(text.size());
    for (const QChar character : std::as_const(text)) {
        const char16_t c = character.unicode();
        if (character.isSpace() || c == 0x200B)
            continue;
        if (isOpeningBracket(c))
            result += QLatin1Char('(');
        else if (isClosingBracket(c))
            result += QLatin1Char(')');
        else
            result += character;
    }
    return result.toCaseFolded();
}

QString headerKey(const QString &header)
{
    QString key = normalizeHeader(header);
    static const QString separators = QStringLiteral("()_-\u30FB\uFF65.:/");
    key.removeIf([](QChar c) { return separators.contains(c); });
    return key;
}

QString normalizeValue(const QString &value)
{
    return value.normalized(QString::NormalizationForm_KC).trimmed();
}

} // namespace careatlas
