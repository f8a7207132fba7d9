#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace careatlas::geo {

// Text encodings of attribute data, through QStringDecoder (ICU). Names are those users
// and .cpg files use: "UTF-8", "CP932" (= Shift_JIS as Windows writes it), "EUC-JP", …

bool isKnownEncoding(const QString &name);

// Decodes bytes; invalid sequences become U+FFFD.
QString decodeText(const QByteArray &bytes, const QString &encoding);

// True when every sample decodes without an invalid sequence.
bool decodesCleanly(const QList<QByteArray> &samples, const QString &encoding);

// Which of UTF-8, CP932 or EUC-JP the bytes are, from the bytes alone. Returns "ASCII" when
// no sample has a byte above 0x7F, and "" when no candidate decodes the samples cleanly.
QString detectJapaneseEncoding(const QList<QByteArray> &samples);

// True when text that is already Unicode looks like mojibake: replacement or control
// characters, Latin-1/Greek/Yi/private-use characters where Japanese is expected, half-width
// katakana mixed into kanji, or text whose CP932 bytes are really UTF-8 (or vice versa).
bool looksGarbled(const QString &text);

// How many values of one field look garbled.
struct GarbledField {
    QString field;
    int checked = 0;        // values with at least one non-ASCII character
    int garbled = 0;
    QStringList examples;   // up to three garbled values
};

// Checks the values of each field; returns only the fields with garbled values.
QList<GarbledField> findGarbledFields(const QStringList &fields, const QList<QStringList> &columns);

} // namespace careatlas::geo
