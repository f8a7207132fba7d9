#pragma once

#include "core/export/ExportData.h"
#include "geo/render/MapScene.h"

#include <QString>
#include <QStringList>

namespace careatlas::testing {

// Names that Qt's PDF writer used to turn into CJK radicals (金→⾦, 長→⻑, 高→⾼, 方→⽅, 用→⽤, 水→⽔).
QStringList radicalProneNames();

// `count` resources of a few categories with Japanese names, addresses and notes; the first
// ones are radicalProneNames(). Areas "A01".."A03" at level "daily_life_area".
ExportData sampleExportData(int count);

// A scene of a city with three daily-life areas A01..A03 (side by side around 136.65 E,
// 36.57 N) and the located resources of `data`.
geo::MapScenePointer sampleScene(const ExportData &data);

// The text of a PDF through pdftotext (poppler-utils), pages separated by '\f'; empty when
// pdftotext is missing or fails.
QString pdfText(const QString &path);
bool hasPdfTools();

// Copies an output to $CAREATLAS_EXPORT_KEEP (a folder) when set, to look at it.
void keepOutput(const QString &path);

} // namespace careatlas::testing
