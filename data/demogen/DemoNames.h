#pragma once

#include <QList>
#include <QString>

namespace careatlas::demo {

// A word of the demo city's vocabulary with its reading (hiragana or katakana).
struct Word {
    QString text;
    QString reading;
};

// Town names (町名) of the fictional city: central ones first, then the rest.
const QList<Word> &townNames();
// Names that suit districts on the coast (north-west) and in the hills (south-east).
const QList<Word> &coastalTownNames();
const QList<Word> &hillTownNames();
// Family names common in Hokuriku, and the gentle words facilities are named with.
const QList<Word> &familyNames();
const QList<Word> &facilityWords();

// Full-width katakana of a reading (hiragana converted, katakana and long marks kept).
QString toKatakana(const QString &reading);

} // namespace careatlas::demo
