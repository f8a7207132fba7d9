#pragma once

#include <QByteArray>
#include <QHash>

namespace careatlas::geo {

// Qt's PDF writer builds each font's ToUnicode CMap by looking up, for every glyph, the first
// code point the font maps to it. Noto Sans CJK draws many kanji with the same glyph as a CJK
// radical, and the radicals (U+2E80–U+2FDF) come first, so 金 長 高 方 用 水 … come out of
// pdftotext, search and copy-paste as ⾦ ⻑ ⾼ ⽅ ⽤ ⽔ (「⾦沢市」).
//
// fixPdfRadicals() repairs a finished PDF: it reads every ToUnicode CMap, maps each radical
// destination to the unified ideograph that shares its glyph (found through the font's own
// cmap, QRawFont, with the Unicode compatibility decomposition as fallback) and writes the
// corrected CMaps as an incremental update (new objects, an xref section and a trailer that
// points at the old one, ISO 32000-1 §7.5.6). The original bytes are kept; offsets stay valid.
// A PDF without such mappings is returned unchanged. `fixed` counts the corrected mappings.
// (The same sharing sends the katakana middle dot ・ to U+2027 ‧; it is corrected too.)
QByteArray fixPdfRadicals(const QByteArray &pdf, int *fixed = nullptr);

// Code point Qt picks → the one the text means, for glyphs shared in the Japanese fonts CareAtlas
// uses (Noto Sans CJK JP regular and bold): radicals → unified ideographs (⾦→金, ⻑→長), general
// punctuation → CJK forms (‧ U+2027 → ・ U+30FB). Built once; thread-safe.
const QHash<char32_t, char32_t> &sharedGlyphCorrections();

} // namespace careatlas::geo
