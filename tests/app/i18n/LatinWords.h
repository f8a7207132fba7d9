#pragma once

#include <QString>
#include <QStringList>

namespace careatlas::test {

// What is left of `message` once paths, file names, numbers and the names that stay in Latin
// letters in Japanese text (formats, products, options) are taken out: a Japanese message
// must hold no Latin letter (an English detail left under the Japanese sentence, say).
QString latinWordsLeft(QString message, const QStringList &paths);

} // namespace careatlas::test
