#pragma once

#include "core/text/Mojibake.h"

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

// True when every sample decodes without an invalid sequence, a substitute character or a C1
// control character (U+0080–U+009F: bytes 0x80–0x9F read in an encoding they are not text in).
bool decodesCleanly(const QList<QByteArray> &samples, const QString &encoding);

// What encoding bytes without a declared one are, from the bytes alone: "ASCII" when no
// sample has a byte above 0x7F; "UTF-8" when they are valid UTF-8; else, among CP932,
// EUC-JP, GBK and Big5 that decode them cleanly, the one whose text is most like its kind
// (frequent ideographs of its character set, kana for the Japanese ones), ties to the
// Japanese ones; else CP1252 or CP1250, by symbols inside words and ICU's language models.
// "" when nothing decodes them cleanly.
QString detectEncoding(const QList<QByteArray> &samples);

// looksGarbled() and shownAreaNames() are in core/text/Mojibake.h (core needs them too).

// Whether text in `encoding` is expected to hold accented Latin letters (CP125x, ISO-8859-x).
bool isEuropeanEncoding(const QString &encoding);

// How many values of one field look garbled.
struct GarbledField {
    QString field;
    int checked = 0;        // values with at least one non-ASCII character
    int garbled = 0;
    QStringList examples;   // up to three garbled values
};

// Checks the values of each field; returns only the fields with garbled values.
QList<GarbledField> findGarbledFields(const QStringList &fields, const QList<QStringList> &columns, bool latinExpected = false);

} // namespace careatlas::geo
