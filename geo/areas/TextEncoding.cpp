#include "geo/areas/TextEncoding.h"

#include <QStringDecoder>
#include <QStringEncoder>

namespace careatlas::geo {

namespace {

QStringDecoder decoderFor(const QString &encoding)
{
    const QByteArray name = encoding.toLatin1();
    return QStringDecoder(name.constData(), QStringConverter::Flag::Stateless);
}

bool clean(const QByteArray &bytes, const QString &encoding)
{
    QStringDecoder decoder = decoderFor(encoding);
    if (!decoder.isValid())
        return false;
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar(0xFFFD)) && !text.contains(QChar(0x1A));
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
bool isSuspicious(char32_t c, bool hasKanji)
{
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
    QStringEncoder encoder(wrongEncoding, QStringConverter::Flag::Stateless);
    const QByteArray bytes = encoder.encode(text);
    if (encoder.hasError() || isAscii(bytes) || !clean(bytes, QLatin1String(rightEncoding)))
        return false;
    const QString decoded = decodeText(bytes, QLatin1String(rightEncoding));
    int japanese = 0;
    for (char32_t c : decoded.toUcs4())
        japanese += isKanaOrKanji(c) ? 1 : 0;
    return japanese >= 2 || (japanese >= 1 && decoded.size() <= 2);
}

} // namespace

bool isKnownEncoding(const QString &name)
{
    return !name.isEmpty() && decoderFor(name).isValid();
}

QString decodeText(const QByteArray &bytes, const QString &encoding)
{
    QStringDecoder decoder = decoderFor(encoding);
    if (!decoder.isValid())
        return QString::fromUtf8(bytes);
    return decoder.decode(bytes);
}

bool decodesCleanly(const QList<QByteArray> &samples, const QString &encoding)
{
    for (const QByteArray &sample : samples)
        if (!clean(sample, encoding))
            return false;
    return true;
}

QString detectJapaneseEncoding(const QList<QByteArray> &samples)
{
    QList<QByteArray> nonAscii;
    for (const QByteArray &sample : samples)
        if (!isAscii(sample))
            nonAscii.append(sample);
    if (nonAscii.isEmpty())
        return QStringLiteral("ASCII");
    // UTF-8 first: Shift_JIS bytes are almost never valid UTF-8, while UTF-8 bytes are often
    // valid Shift_JIS. Then the one whose text looks less garbled.
    const QStringList candidates = {QStringLiteral("UTF-8"), QStringLiteral("CP932"), QStringLiteral("EUC-JP")};
    QString best;
    int bestGarbled = 0;
    for (const QString &candidate : candidates) {
        if (!decodesCleanly(nonAscii, candidate))
            continue;
        int garbled = 0;
        for (const QByteArray &sample : nonAscii)
            garbled += looksGarbled(decodeText(sample, candidate)) ? 1 : 0;
        if (best.isEmpty() || garbled < bestGarbled) {
            best = candidate;
            bestGarbled = garbled;
        }
        if (garbled == 0)
            break;
    }
    return best;
}

bool looksGarbled(const QString &text)
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
        suspicious += isSuspicious(c, hasKanji) ? 1 : 0;
    if (suspicious > 0 && suspicious * 3 >= nonAscii)
        return true;
    if (nonAscii == 0)
        return false;
    // UTF-8 bytes shown as CP932 ("縺ゅ…"), or CP932 bytes shown as Latin-1 or CP1252.
    return revealsJapanese(text, "CP932", "UTF-8") || revealsJapanese(text, "ISO-8859-1", "CP932")
           || revealsJapanese(text, "CP1252", "CP932") || revealsJapanese(text, "ISO-8859-1", "UTF-8");
}

QList<GarbledField> findGarbledFields(const QStringList &fields, const QList<QStringList> &columns)
{
    QList<GarbledField> found;
    for (int i = 0; i < fields.size() && i < columns.size(); ++i) {
        GarbledField field;
        field.field = fields[i];
        for (const QString &value : columns[i]) {
            bool nonAscii = false;
            for (QChar c : value)
                nonAscii = nonAscii || c.unicode() > 0x7F;
            if (!nonAscii)
                continue;
            ++field.checked;
            if (looksGarbled(value)) {
                ++field.garbled;
                if (field.examples.size() < 3)
                    field.examples.append(value);
            }
        }
        if (field.garbled > 0)
            found.append(field);
    }
    return found;
}

} // namespace careatlas::geo
