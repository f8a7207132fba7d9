#include "geo/areas/TextEncoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace careatlas::geo {

namespace {

QStringDecoder decoderFor(const QString &encoding)
{
    const QByteArray name = encoding.toLatin1();
    return QStringDecoder(name.constData(), QStringConverter::Flag::Stateless);
}

bool clean(const QByteArray &bytes, const QString &encoding)
{
    return decodesCleanlyAs(bytes, encoding);
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes)
        if (static_cast<unsigned char>(c) > 0x7F)
            return false;
    return true;
}

// Whether an ideograph is among the frequent ones of `encoding`'s character set, judged by
// where that set puts it: JIS X 0208 level 1 (CP932 0x889F–0x9872, EUC-JP rows 0xB0–0xCF),
// GB 2312 level 1 (GBK 0xB0A1–0xD7FE), Big5 frequent characters (0xA440–0xC67E).
bool isFrequentIdeograph(QChar c, const QString &encoding)
{
    QStringEncoder encoder(encoding.toLatin1().constData(), QStringConverter::Flag::Stateless);
    const QByteArray bytes = encoder.encode(QString(c));
    if (encoder.hasError() || bytes.size() != 2)
        return false;
    const auto lead = static_cast<unsigned char>(bytes[0]), trail = static_cast<unsigned char>(bytes[1]);
    if (encoding == QLatin1String("CP932"))
        return lead >= 0x88 && lead <= 0x98;
    if (encoding == QLatin1String("EUC-JP"))
        return lead >= 0xB0 && lead <= 0xCF;
    if (encoding == QLatin1String("GBK"))
        return lead >= 0xB0 && lead <= 0xD7 && trail >= 0xA1;
    if (encoding == QLatin1String("Big5"))
        return lead >= 0xA4 && lead <= 0xC6;
    return false;
}

// How much of the non-ASCII text a CJK encoding makes of the samples is what text in that
// encoding usually holds: frequent ideographs, kana (Japanese encodings), CJK punctuation and
// full-width forms, half-width katakana as a whole reading (CP932). 0 … 1.
double cjkPlausibility(const QList<QByteArray> &samples, const QString &encoding)
{
    const bool japanese = encoding == QLatin1String("CP932") || encoding == QLatin1String("EUC-JP");
    qint64 usual = 0, total = 0;
    for (const QByteArray &sample : samples) {
        const QString text = decodeText(sample, encoding);
        bool anyIdeograph = false;
        for (QChar c : text)
            anyIdeograph = anyIdeograph || isCjkIdeograph(c.unicode());
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x80)
                continue;
            ++total;
            if ((u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF5E))
                ++usual;
            else if (u >= 0x3041 && u <= 0x30FF)
                usual += japanese ? 1 : 0;
            else if (u >= 0xFF61 && u <= 0xFF9F)
                usual += encoding == QLatin1String("CP932") && !anyIdeograph ? 1 : 0;
            else if (isCjkIdeograph(u))
                usual += isFrequentIdeograph(c, encoding) ? 1 : 0;
        }
    }
    return total == 0 ? 0.0 : double(usual) / double(total);
}

// Symbols where a letter is expected (£ ¹ ³ ¾ ˇ ˘ … next to letters) in single-byte text.
int symbolsInWords(const QList<QByteArray> &samples, const QString &encoding)
{
    int count = 0;
    for (const QByteArray &sample : samples) {
        const QString text = decodeText(sample, encoding);
        for (int i = 0; i < text.size(); ++i) {
            if (text[i].unicode() < 0x80 || text[i].isLetter())
                continue;
            const bool letterBefore = i > 0 && text[i - 1].isLetter();
            const bool letterAfter = i + 1 < text.size() && text[i + 1].isLetter();
            count += letterBefore || letterAfter ? 1 : 0;
        }
    }
    return count;
}

// ICU's confidence (0–100) that the joined samples are `icuNames` (any of them), by its
// n-gram models of the languages each single-byte code page serves.
int icuConfidence(const QList<QByteArray> &samples, const QStringList &icuNames)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector *)> detector(ucsdet_open(&status), ucsdet_close);
    if (U_FAILURE(status))
        return 0;
    QByteArray joined;
    for (const QByteArray &sample : samples)
        joined += sample + '\n';
    ucsdet_setText(detector.get(), joined.constData(), int32_t(joined.size()), &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &found, &status);
    if (U_FAILURE(status))
        return 0;
    int best = 0;
    for (int32_t i = 0; i < found; ++i) {
        const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &status));
        if (icuNames.contains(name, Qt::CaseInsensitive))
            best = std::max(best, int(ucsdet_getConfidence(matches[i], &status)));
    }
    return best;
}

} // namespace

bool isKnownEncoding(const QString &name)
{
    return !name.isEmpty() && decoderFor(name).isValid();
}

QString decodeText(const QByteArray &bytes, const QString &encoding)
{
    return decodeAs(bytes, encoding);
}

bool decodesCleanly(const QList<QByteArray> &samples, const QString &encoding)
{
    for (const QByteArray &sample : samples)
        if (!clean(sample, encoding))
            return false;
    return true;
}

QString detectEncoding(const QList<QByteArray> &samples)
{
    QList<QByteArray> nonAscii;
    for (const QByteArray &sample : samples)
        if (!isAscii(sample))
            nonAscii.append(sample);
    if (nonAscii.isEmpty())
        return QStringLiteral("ASCII");
    // Valid UTF-8 with non-ASCII bytes is hardly ever anything else.
    if (decodesCleanly(nonAscii, QStringLiteral("UTF-8")))
        return QStringLiteral("UTF-8");
    // Double-byte encodings: the one whose text is most like text of its own kind. Ties go
    // to the Japanese encodings, in this order (CareAtlas serves Japanese cities).
    QString best;
    double bestScore = 0;
    for (const QString &candidate : {QStringLiteral("CP932"), QStringLiteral("EUC-JP"), QStringLiteral("GBK"), QStringLiteral("Big5")}) {
        if (!decodesCleanly(nonAscii, candidate))
            continue;
        const double score = cjkPlausibility(nonAscii, candidate);
        if (score > bestScore + 0.02) {
            best = candidate;
            bestScore = score;
        }
    }
    if (bestScore >= 0.5)
        return best;
    // Single-byte Western and Central European code pages: the fewer symbols inside words,
    // then ICU's language models; CP1252 (a superset of ISO-8859-1's text) when undecided.
    struct SingleByte {
        QString name;
        QStringList icuNames;
    };
    const QList<SingleByte> single = {{QStringLiteral("CP1252"), {QStringLiteral("ISO-8859-1"), QStringLiteral("windows-1252")}},
                                      {QStringLiteral("CP1250"), {QStringLiteral("ISO-8859-2"), QStringLiteral("windows-1250")}}};
    QString bestSingle;
    int bestSymbols = 0, bestConfidence = 0;
    for (const SingleByte &candidate : single) {
        if (!decodesCleanly(nonAscii, candidate.name))
            continue;
        const int symbols = symbolsInWords(nonAscii, candidate.name);
        const int confidence = icuConfidence(nonAscii, candidate.icuNames);
        if (bestSingle.isEmpty() || symbols < bestSymbols || (symbols == bestSymbols && confidence > bestConfidence)) {
            bestSingle = candidate.name;
            bestSymbols = symbols;
            bestConfidence = confidence;
        }
    }
    if (!best.isEmpty() && (bestSingle.isEmpty() || bestScore >= 0.3))
        return best;
    return bestSingle.isEmpty() ? best : bestSingle;
}

bool isEuropeanEncoding(const QString &encoding)
{
    return encoding.startsWith(QLatin1String("CP125"), Qt::CaseInsensitive) || encoding.startsWith(QLatin1String("windows-125"), Qt::CaseInsensitive)
           || encoding.startsWith(QLatin1String("ISO-8859"), Qt::CaseInsensitive);
}

QList<GarbledField> findGarbledFields(const QStringList &fields, const QList<QStringList> &columns, bool latinExpected)
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
            if (looksGarbled(value, latinExpected)) {
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
