#include "core/text/Mojibake.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

namespace careatlas {

namespace {

QStringDecoder decoderFor(const QString &encoding)
{
    const QByteArray name = encoding.toLatin1();
    return QStringDecoder(name.constData(), QStringConverter::Flag::Stateless);
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) > 0x7F)
            return false;
    return true;
}

bool isKanaOrKanji(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

// A character that ordinary Japanese text does not hold but mojibake does.
bool isSuspicious(char32_t c, bool hasKanji, bool latinExpected)
{
    // Accented Latin letters are text, not mojibake, in a Western or Central European file.
    if (latinExpected && c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7)
        return false;
    if (c == 0xFFFD || c == 0x1A)
        return true;
    if (c < 0x20)
        return c != '\t' && c != '\n' && c != '\r';
    if (c >= 0x7F && c <= 0x9F)
        return true;
    if (c >= 0xA0 && c <= 0xFF) {
        // × ÷ ° ± § ¶ ´ ¨ are in JIS X 0208 and appear in real data.
        static const char32_t jis[] = {0xD7, 0xF7, 0xB0, 0xB1, 0xA7, 0xB6, 0xB4, 0xA8};
        for (char32_t ok : jis)
            if (c == ok)
                return false;
        return true;
    }
    if (c >= 0x100 && c <= 0x2FF)
        return true;      // Latin Extended, IPA, modifier letters
    if (c >= 0x370 && c <= 0x1FFF) {
        // Greek and Cyrillic capitals and small letters are in JIS X 0208; accented or
        // other-script letters are not.
        const bool greek = (c >= 0x391 && c <= 0x3A9) || (c >= 0x3B1 && c <= 0x3C9);
        const bool cyrillic = (c >= 0x410 && c <= 0x44F) || c == 0x401 || c == 0x451;
        return !greek && !cyrillic;
    }
    if (c >= 0xA000 && c <= 0xA4CF)
        return true;      // Yi
    if (c >= 0xAC00 && c <= 0xD7AF)
        return true;      // Hangul syllables (EUC-KR or UTF-16 read wrongly)
    if (c >= 0xE000 && c <= 0xF8FF)
        return true;      // private use
    if (c >= 0xFF61 && c <= 0xFF9F)
        return hasKanji;  // half-width katakana among kanji: UTF-8 read as CP932
    return false;
}

// Text whose bytes in `wrongEncoding` are clean Japanese in `rightEncoding`.
bool revealsJapanese(const QString &text, const char *wrongEncoding, const char *rightEncoding)
{
    // One encoder per encoding and thread, reset before each use: making an ICU converter
    // cost more than the test itself.
    thread_local std::map<std::string, QStringEncoder> encoders;
    auto it = encoders.find(wrongEncoding);
    if (it == encoders.end())
        it = encoders.emplace(wrongEncoding, QStringEncoder(wrongEncoding, QStringConverter::Flag::Stateless)).first;
    QStringEncoder &encoder = it->second;
    encoder.resetState();
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError() || isAscii(bytes) || !decodesCleanlyAs(bytes, QLatin1String(rightEncoding)))
        return false;
    const QString decoded = decodeAs(bytes, QLatin1String(rightEncoding));
    int japanese = 0;
    for (char32_t c : decoded.toUcs4())
        japanese += isKanaOrKanji(c) ? 1 : 0;
    return japanese >= 2 || (japanese >= 1 && decoded.size() <= 2);
}


// A plain Japanese area name: kana or kanji, with digits, spaces, CJK punctuation and
// full-width forms, and no Latin letters (mojibake of CP932 often leaves ASCII letters among
// kanji: 菬wZ, mgcwZ).
bool isPlainJapanese(const QString &name)
{
    bool japanese = false;
    for (char32_t c : name.toUcs4()) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
            return false;
        if ((c >= 0x3040 && c <= 0x30FF) || isCjkIdeograph(c))
            japanese = true;
        else if (!(c < 0x80 || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF9F)))
            return false;
    }
    return japanese;
}

} // namespace

bool decodesCleanlyAs(const QByteArray &bytes, const QString &encoding)
{
    QStringDecoder decoder = decoderFor(encoding);
    if (!decoder.isValid())
        return false;
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.contains(QChar(0xFFFD)) || text.contains(QChar(0x1A)))
        return false;
    // C1 control characters: what bytes 0x80–0x9F become in an encoding they are not text in
    // (ISO-8859-1 reading CP932, UTF-8 reading Latin-1 …). Real text never holds them.
    for (QChar c : text)
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            return false;
    return true;
}

QString decodeAs(const QByteArray &bytes, const QString &encoding)
{
    QStringDecoder decoder = decoderFor(encoding);
    if (!decoder.isValid())
        return QString::fromUtf8(bytes);
    return decoder.decode(bytes);
}

bool isCjkIdeograph(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

bool looksGarbled(const QString &text, bool latinExpected)
{
    const QList<uint> characters = text.toUcs4();
    bool hasKanji = false;
    int nonAscii = 0;
    for (char32_t c : characters) {
        hasKanji = hasKanji || isKanaOrKanji(c);
        nonAscii += c > 0x7F ? 1 : 0;
    }
    int suspicious = 0;
    for (char32_t c : characters)
        suspicious += isSuspicious(c, hasKanji, latinExpected) ? 1 : 0;
    if (suspicious > 0 && suspicious * 3 >= nonAscii)
        return true;
    if (nonAscii == 0)
        return false;
    // UTF-8 bytes shown as CP932 ("縺ゅ…"), or CP932 bytes shown as Latin-1 or CP1252.
    return revealsJapanese(text, "CP932", "UTF-8") || revealsJapanese(text, "ISO-8859-1", "CP932")
           || revealsJapanese(text, "CP1252", "CP932") || revealsJapanese(text, "ISO-8859-1", "UTF-8");
}

QStringList shownAreaNames(const QStringList &names, const QStringList &codes)
{
    // As the import judges a field: garbled names among those with non-ASCII characters.
    // Each name judged once (20,000 district names: ICU converters are not cheap).
    qsizetype garbled = 0, nonAscii = 0;
    std::vector<bool> garbledName(size_t(names.size()), false);
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names[i];
        garbledName[size_t(i)] = looksGarbled(name);
        garbled += garbledName[size_t(i)] ? 1 : 0;
        nonAscii += std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 0x7F; }) ? 1 : 0;
    }
    const bool levelGarbled = garbled > 0 && garbled * 3 >= nonAscii;
    QStringList shown;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const bool mark = garbledName[size_t(i)] || (levelGarbled && !isPlainJapanese(names[i]));
        shown << (mark ? QCoreApplication::translate("MapScene", "(garbled name) %1").arg(codes.value(i)) : names[i]);
    }
    return shown;
}

} // namespace careatlas
