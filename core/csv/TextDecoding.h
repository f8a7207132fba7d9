#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

class QIODevice;

#include <optional>

namespace careatlas {

// The encodings of the text files CareAtlas imports. Auto asks decodeText() to decide.
enum class TextEncoding { Auto, Utf8, Utf8Bom, Utf16LE, Utf16BE, Cp932 };

// Stable, untranslated name: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "cp932", "auto".
QString textEncodingName(TextEncoding encoding);
// Parses a name as a user types it (case-insensitive): auto, utf-8/utf8, utf-8-bom,
// utf-16 (byte order from the BOM, else little-endian), utf-16le, utf-16be,
// cp932/shift_jis/sjis/windows-31j. nullopt for an unknown name.
std::optional<TextEncoding> textEncodingFromName(const QString &name);

struct DecodedText {
    QString text;              // without a byte-order mark
    TextEncoding encoding;     // the encoding used (never Auto)
    bool detected = false;     // true when decodeText chose it, false when it was requested
};

// Guesses the encoding of bytes: a BOM (UTF-8, UTF-16LE/BE) first, then UTF-16 without a BOM
// by its zero bytes, then UTF-8 when every byte sequence is valid UTF-8, then CP932 when every
// sequence is valid CP932 (Shift_JIS with the NEC and IBM extensions). nullopt when none fits.
std::optional<TextEncoding> detectTextEncoding(const QByteArray &bytes);

// Decodes bytes with `encoding` (Auto: detectTextEncoding). Errors: EncodingUnknown when no
// encoding fits or the bytes are not valid in the requested one (detail names the byte
// offset), NotACsv for binary data (zero bytes in a non-UTF-16 text).
Result<DecodedText> decodeText(const QByteArray &bytes, TextEncoding encoding = TextEncoding::Auto);

// Decodes a file a piece at a time, so that a large file is never held whole (imports stream).
// open() chooses the encoding like decodeText (Auto: the BOM, UTF-16 by its zero bytes, then
// the first of UTF-8 and CP932 in which every byte of the file is valid, checked by reading the
// file once without keeping it) and refuses what decodeText refuses. read() appends the next
// piece of text; false at the end, or on bytes that are not valid in the encoding named by the
// user or zero bytes in a text that is not UTF-16 (error()). The device must outlive it.
class TextPieceDecoder
{
public:
    static Result<TextPieceDecoder> open(QIODevice &device, TextEncoding encoding);

    bool read(QString &text);
    const std::optional<Error> &error() const { return m_error; }
    TextEncoding encoding() const { return m_encoding; }
    bool detected() const { return m_detected; }
    qint64 bytesRead() const { return m_bytesRead; }

    static constexpr qint64 PieceBytes = 1 << 20;

private:
    TextPieceDecoder(QIODevice &device, TextEncoding encoding, bool detected);

    QIODevice *m_device;
    TextEncoding m_encoding;
    bool m_detected;
    QStringDecoder m_decoder;
    qint64 m_bytesRead = 0;
    bool m_atStart = true;
    bool m_firstText = true;
    bool m_done = false;
    std::optional<Error> m_error;
    qint64 m_lines = 0;      // line breaks in the pieces decoded so far
    QByteArray m_lineStart;  // the bytes of the line the last piece ended in (kept up to a piece)
};

} // namespace careatlas
