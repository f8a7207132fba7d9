#pragma once

#include "core/export/ExportData.h"

#include <QString>
#include <QStringList>

namespace careatlas::testing {

// Names that Qt's PDF writer used to turn into CJK radicals (金→⾦, 長→⻑, 高→⾼, 方→⽅, 用→⽤, 水→⽔).
QStringList radicalProneNames();

// `count` resources of a few categories with Japanese names, addresses and notes; the first
// ones are radicalProneNames(). Areas "A01".."A03" at level "daily_life_area".
ExportData sampleExportData(int count);

// The text of a PDF through pdftotext (poppler-utils), pages separated by '\f'; empty when
// pdftotext is missing or fails.
QString pdfText(const QString &path);
bool hasPdfTools();

// Copies an output to $CAREATLAS_EXPORT_KEEP (a folder) when set, to look at it.
void keepOutput(const QString &path);

} // namespace careatlas::testing
