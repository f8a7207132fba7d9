#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace careatlas::test {

// The words that stay in Latin letters in Japanese text: formats, products, units, keys.
const QSet<QString> &latinWordsKeptInJapanese();

// The English words left in `text` once data is taken out — the given paths and their file
// names, quoted data (「…」, "…"), URLs, paths, file names, command names and options, access-key
// marks — and the words Japanese text keeps in Latin letters (above), codes (P04, A27) and single
// capitals (ケースA). A Japanese message or label must have none (an English detail left under a
// Japanese sentence, say).
QStringList englishWordsIn(QString text, const QStringList &paths = {});

// The same, as one line ("" when there is none): what a failing CHECK shows.
QString latinWordsLeft(const QString &message, const QStringList &paths);

} // namespace careatlas::test
