#pragma once

#include <QString>
#include <QStringList>

namespace careatlas::geo {

// Which standard area level a layer holds, and why.
struct LevelGuess {
    QString level;    // "city", "welfare_area", "daily_life_area", "school_district"; empty: cannot tell
    QString reason;   // a sentence for the user
};

// Recognises the level of a boundary layer: 国土数値情報 layouts (A27 → school_district,
// N03 → city, by `nameFieldReason` from FieldGuess), then words in the file and layer name
// (小学校区, 校下, school …; 日常生活圏域 …; 福祉健康センター, 包括 …; 行政区域, city …), then
// what most of the area names end with (…小学校, …校下, …圏域, …センター).
LevelGuess guessAreaLevel(const QString &path, const QString &layerName, const QString &nameFieldReason, const QStringList &names);

} // namespace careatlas::geo
