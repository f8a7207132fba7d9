#include "core/csv/TextDecoding.h"

#include <QIODevice>
#include <QStringDecoder>

namespace careatlas {

namespace {

bool startsWith(const QByteArray &bytes, const char *prefix, int length)
{
    return bytes.size() >= length && std::equal(prefix, prefix + length, bytes.constData());
}

bool hasUtf8Bom(const QByteArray &bytes) { return startsWith(bytes, "\xEF\xBB\xBF", 3); }
bool hasUtf16LeBom(const QByteArray &bytes) { return startsWith(bytes, "\xFF\xFE", 2); }
bool hasUtf16BeBom(const QByteArray &bytes) { return startsWith(bytes, "\xFE\xFF", 2); }

// UTF-16 text of Japanese or ASCII content without a BOM: many zero bytes, all on one parity.
std::optional<TextEncoding> utf16ByZeroBytes(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes.at(i) == '\0')
            (i % 2 == 0 ? evenZeros : oddZeros) += 1;
    }
    // UTF-8 and CP932 text has no zero bytes at all; in UTF-16 every ASCII character (commas,
    // line breaks, digits) has one on the same side of the pair (a few kanji such as 一 U+4E00
    // have one on the other side).
    const qsizetype needed = std::max<qsizetype>(2, sample / 2 / 20);
    if (oddZeros >= needed && evenZeros * 4 <= oddZeros)
        return TextEncoding::Utf16LE;
    if (evenZeros >= needed && oddZeros * 4 <= evenZeros)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

QStringDecoder decoderFor(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom:
    case TextEncoding::Auto:
        return QStringDecoder(QStringConverter::Utf8);
    case TextEncoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE);
    case TextEncoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE);
    case TextEncoding::Cp932:
        // ICU's Shift_JIS is Microsoft's CP932 (windows-31j): NEC and IBM extensions included.
        return QStringDecoder("Shift_JIS");
    }
    return QStringDecoder(QStringConverter::Utf8);
}

qsizetype bomLength(const QByteArray &bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom: return hasUtf8Bom(bytes) ? 3 : 0;
    case TextEncoding::Utf16LE: return hasUtf16LeBom(bytes) ? 2 : 0;
    case TextEncoding::Utf16BE: return hasUtf16BeBom(bytes) ? 2 : 0;
    default: return 0;
    }
}

// Decodes without a BOM; nullopt when some byte sequence is invalid in the encoding.
std::optional<QString> decodeStrictly(const QByteArray &bytes, TextEncoding encoding)
{
    QStringDecoder decoder = decoderFor(encoding);
    if (!decoder.isValid())
        return std::nullopt;
    const qsizetype skip = bomLength(bytes, encoding);
    QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    // A sequence cut off at the end of the data is an error too.
    text += decoder.decode(QByteArrayView());
    if (decoder.hasError())
        return std::nullopt;
    if (!text.isEmpty() && text.front() == QChar(0xFEFF))
        text.remove(0, 1);
    return text;
}

bool isUtf16(TextEncoding encoding) { return encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE; }

// What the start of a text says by itself: a BOM, or UTF-16 by its zero bytes.
std::optional<TextEncoding> encodingByStart(const QByteArray &head)
{
    if (hasUtf8Bom(head))
        return TextEncoding::Utf8Bom;
    if (hasUtf16LeBom(head))
        return TextEncoding::Utf16LE;
    if (hasUtf16BeBom(head))
        return TextEncoding::Utf16BE;
    return utf16ByZeroBytes(head);
}

// The encoding a user named, made precise by the text's start: "utf-16" as the user says it
// (the BOM decides the byte order), UTF-8 with a BOM.
TextEncoding namedEncoding(TextEncoding encoding, const QByteArray &head)
{
    if (isUtf16(encoding)) {
        if (hasUtf16BeBom(head))
            return TextEncoding::Utf16BE;
        if (hasUtf16LeBom(head))
            return TextEncoding::Utf16LE;
    } else if (encoding == TextEncoding::Utf8 && hasUtf8Bom(head)) {
        return TextEncoding::Utf8Bom;
    }
    return encoding;
}

// The line (counted from `firstLine`, which `bytes` starts at) of the first byte of `bytes`
// not valid in `encoding`, or 0 when every byte is valid (for `last`: and nothing is cut off at
// the end). Lines are split at each '\n' byte, which no multi-byte character of UTF-8 or CP932
// holds; UTF-16 text (whose line breaks are two bytes) gives 0.
qint64 firstInvalidLine(QByteArrayView bytes, TextEncoding encoding, qint64 firstLine, bool last)
{
    if (isUtf16(encoding))
        return 0;
    QStringDecoder decoder = decoderFor(encoding);
    qint64 line = firstLine;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype newline = bytes.indexOf('\n', at);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        const QString text = decoder.decode(bytes.sliced(at, end - at));
        if (decoder.hasError())
            return line;
        if (newline >= 0)
            ++line;
        at = end;
    }
    if (last) {
        const QString rest = decoder.decode(QByteArrayView());
        if (decoder.hasError())
            return bytes.endsWith('\n') ? line - 1 : line;
    }
    return 0;
}

// Lines and the start of the current line of a text read a piece at a time, to find the line
// of a byte the decoder refused in a later piece.
void advanceLines(const QByteArray &piece, qint64 &lines, QByteArray &lineStart)
{
    const qsizetype newline = piece.lastIndexOf('\n');
    if (newline >= 0) {
        lines += piece.count('\n');
        lineStart = piece.mid(newline + 1);
    } else if (lineStart.size() < TextPieceDecoder::PieceBytes) {
        lineStart += piece;   // a line longer than that is found by its line number all the same
    }
}

// A text that is not valid in `encoding` (named as users know it: UTF-8, UTF-16, CP932).
Error notValidIn(TextEncoding encoding)
{
    const QString name = isUtf16(encoding) ? QStringLiteral("UTF-16")
                         : encoding == TextEncoding::Cp932 ? QStringLiteral("CP932")
                                                           : QStringLiteral("UTF-8");
    return Error(ErrorCode::EncodingUnknown, QStringLiteral("the bytes are not valid %1").arg(name));
}

Error noEncodingFits(bool zeroBytes, qint64 line = 0)
{
    if (zeroBytes)
        return Error(ErrorCode::NotACsv, QStringLiteral("binary data (zero bytes)"));
    Error error(ErrorCode::EncodingUnknown, QStringLiteral("neither UTF-8, UTF-16 nor CP932"));
    if (line > 0)
        error.atLine(line);   // up to there it is text in one of them
    return error;
}

} // namespace

QString textEncodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return QStringLiteral("auto");
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom: return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    case TextEncoding::Cp932: return QStringLiteral("cp932");
    }
    return QStringLiteral("auto");
}

std::optional<TextEncoding> textEncodingFromName(const QString &name)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    if (key == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("utf8bom") || key == QLatin1String("utf8sig"))
        return TextEncoding::Utf8Bom;
    if (key == QLatin1String("utf16") || key == QLatin1String("utf16le"))
        return TextEncoding::Utf16LE;   // a BOM, when present, decides (see decodeText)
    if (key == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (key == QLatin1String("cp932") || key == QLatin1String("shiftjis") || key == QLatin1String("sjis")
        || key == QLatin1String("windows31j") || key == QLatin1String("ms932"))
        return TextEncoding::Cp932;
    return std::nullopt;
}

std::optional<TextEncoding> detectTextEncoding(const QByteArray &bytes)
{
    if (const auto byStart = encodingByStart(bytes))
        return byStart;
    if (decodeStrictly(bytes, TextEncoding::Utf8))
        return TextEncoding::Utf8;
    if (decodeStrictly(bytes, TextEncoding::Cp932))
        return TextEncoding::Cp932;
    return std::nullopt;
}

Result<DecodedText> decodeText(const QByteArray &bytes, TextEncoding encoding)
{
    const bool detect = encoding == TextEncoding::Auto;
    if (detect) {
        const auto detected = detectTextEncoding(bytes);
        if (!detected)
            return noEncodingFits(bytes.contains('\0'), std::max(firstInvalidLine(bytes, TextEncoding::Utf8, 1, true),
                                                                  firstInvalidLine(bytes, TextEncoding::Cp932, 1, true)));
        encoding = *detected;
    } else {
        encoding = namedEncoding(encoding, bytes);
    }
    if (!isUtf16(encoding) && bytes.contains('\0'))
        return Error(ErrorCode::NotACsv, QStringLiteral("binary data (zero bytes)"));
    auto text = decodeStrictly(bytes, encoding);
    if (!text) {
        Error error = notValidIn(encoding);
        if (const qint64 line = firstInvalidLine(QByteArrayView(bytes).sliced(bomLength(bytes, encoding)), encoding, 1, true))
            error.atLine(line);
        return error;
    }
    return DecodedText{std::move(*text), encoding, detect};
}

namespace {

// Whether every byte from the device's start is valid in `encoding` (read a piece at a time,
// nothing kept but the start of the current line); *zeroBytes tells whether it has any zero
// byte, *invalidLine the line of the first byte that is not valid (0 when all are).
bool validThroughout(QIODevice &device, TextEncoding encoding, bool *zeroBytes, qint64 *invalidLine)
{
    *invalidLine = 0;
    QStringDecoder decoder = decoderFor(encoding);
    if (!decoder.isValid() || !device.seek(0))
        return false;
    bool zero = false;
    qint64 lines = 0;
    QByteArray lineStart;
    while (!device.atEnd()) {
        const QByteArray piece = device.read(TextPieceDecoder::PieceBytes);
        if (piece.isEmpty())
            break;
        zero = zero || piece.contains('\0');
        if (!decoder.hasError()) {
            const QString text = decoder.decode(piece);   // (decode() only decodes when made a QString)
            if (decoder.hasError())
                *invalidLine = firstInvalidLine(QByteArray(lineStart + piece), encoding, lines + 1, device.atEnd());
            else
                advanceLines(piece, lines, lineStart);
        } else if (zero) {
            break;
        }
    }
    const QString rest = decoder.decode(QByteArrayView());
    if (decoder.hasError() && *invalidLine == 0)
        *invalidLine = lines + 1;   // a character cut off at the end
    *zeroBytes = zero;
    return !decoder.hasError();
}

} // namespace

TextPieceDecoder::TextPieceDecoder(QIODevice &device, TextEncoding encoding, bool detected)
    : m_device(&device), m_encoding(encoding), m_detected(detected), m_decoder(decoderFor(encoding))
{
}

Result<TextPieceDecoder> TextPieceDecoder::open(QIODevice &device, TextEncoding encoding)
{
    if (!device.seek(0))
        return Error(ErrorCode::FileUnreadable, device.errorString());
    const QByteArray head = device.peek(4096);
    const bool detect = encoding == TextEncoding::Auto;
    if (detect) {
        std::optional<TextEncoding> detected = encodingByStart(head);
        bool zeroBytes = false;
        qint64 utf8Line = 0, cp932Line = 0;
        if (!detected && validThroughout(device, TextEncoding::Utf8, &zeroBytes, &utf8Line))
            detected = TextEncoding::Utf8;
        if (!detected && validThroughout(device, TextEncoding::Cp932, &zeroBytes, &cp932Line))
            detected = TextEncoding::Cp932;
        if (!detected)
            return noEncodingFits(zeroBytes, std::max(utf8Line, cp932Line));
        encoding = *detected;
    } else {
        encoding = namedEncoding(encoding, head);
    }
    if (!device.seek(0))
        return Error(ErrorCode::FileUnreadable, device.errorString());
    TextPieceDecoder decoder(device, encoding, detect);
    if (!decoder.m_decoder.isValid())
        return Error(ErrorCode::EncodingUnknown, QStringLiteral("no decoder for %1").arg(textEncodingName(encoding)));
    return decoder;
}

bool TextPieceDecoder::read(QString &text)
{
    if (m_done || m_error)
        return false;
    QByteArray piece = m_device->read(PieceBytes);
    if (m_atStart) {
        piece.remove(0, bomLength(piece, m_encoding));
        m_atStart = false;
    }
    const bool last = piece.isEmpty() || m_device->atEnd();
    m_bytesRead = m_device->pos();
    if (!isUtf16(m_encoding) && piece.contains('\0')) {
        m_error = Error(ErrorCode::NotACsv, QStringLiteral("binary data (zero bytes)"));
        return false;
    }
    const qsizetype before = text.size();
    text += m_decoder.decode(piece);
    if (last)
        text += m_decoder.decode(QByteArrayView());   // a sequence cut off at the end is an error too
    if (m_decoder.hasError()) {
        m_error = notValidIn(m_encoding);
        if (const qint64 line = firstInvalidLine(QByteArray(m_lineStart + piece), m_encoding, m_lines + 1, last))
            m_error->atLine(line);
        return false;
    }
    advanceLines(piece, m_lines, m_lineStart);
    if (m_firstText && text.size() > before) {
        if (text.at(before) == QChar(0xFEFF))
            text.remove(before, 1);
        m_firstText = false;
    }
    m_done = last;
    return !last;
}

} // namespace careatlas
