#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace careatlas {

// Garbled text (文字化け) and how CareAtlas shows it. QtCore only (its codecs), so that every
// view — map, area tree, table, details, stats, CSV/PDF exports, atlas — marks names alike.

// True when every byte of `bytes` is text in `encoding`: no invalid sequence, no substitute
// character, no C1 control character (U+0080–U+009F: bytes 0x80–0x9F read in an encoding
// they are not text in).
bool decodesCleanlyAs(const QByteArray &bytes, const QString &encoding);

// Decodes bytes (invalid sequences become U+FFFD; an unknown encoding reads them as UTF-8).
QString decodeAs(const QByteArray &bytes, const QString &encoding);

bool isCjkIdeograph(char32_t c);

// True when text that is already Unicode looks like mojibake: replacement or control
// characters, Latin-1/Greek/Yi/private-use characters where Japanese is expected, half-width
// katakana mixed into kanji, or text whose CP932 bytes are really UTF-8 (or vice versa).
// With `latinExpected` (text read from a Western or Central European code page) accented
// Latin letters count as text.
bool looksGarbled(const QString &text, bool latinExpected = false);

// The names of one level's areas as CareAtlas shows them everywhere: a name that looks
// garbled — or, when a third or more of the level's non-ASCII names do (its text was damaged),
// a name that is not plain Japanese (kana or kanji without Latin letters) — is shown as
// 「（文字化け）code」 until the user renames the area. `codes[i]` is the code of `names[i]`.
QStringList shownAreaNames(const QStringList &names, const QStringList &codes);

} // namespace careatlas
