#pragma once

#include "core/import/ImportField.h"
#include "core/import/SourceFormat.h"

#include <QString>

namespace careatlas {

// How the import's own words read in the interface language (the stable, untranslated names
// stay for the command line, mapping files and stored sources):
// the published layout ("介護サービス情報公表システム（厚生労働省のオープンデータ）"),
QString sourceFormatLabel(SourceFormat format);
// the same from its stable name ("mhlw"); an unknown name is returned as it is,
QString sourceFormatLabel(const QString &name);
// a text encoding's name ("utf-8-bom" → "UTF-8（BOM 付き）"),
QString textEncodingLabel(const QString &name);
// and what a column of the file is read as ("latitude" → "緯度").
QString importFieldLabel(ImportField field);

} // namespace careatlas
