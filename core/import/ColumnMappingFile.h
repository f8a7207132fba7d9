#pragma once

#include "core/Result.h"
#include "core/import/ImportField.h"

#include <QHash>
#include <QString>

namespace careatlas {

// A column mapping the user sets once and keeps: a JSON object of field name → header as
// written in the file, e.g. {"name": "施設名", "latitude": "Y座標", "longitude": "X座標"}.
using ColumnMapping = QHash<ImportField, QString>;

// Errors: FileNotFound, FileUnreadable, InvalidArgument (not a JSON object, an unknown field
// name or a header that is not text; the detail names it).
Result<ColumnMapping> readColumnMapping(const QString &path);
// Errors: FileWriteFailed. Fields are written in a stable order.
Status writeColumnMapping(const QString &path, const ColumnMapping &mapping);

} // namespace careatlas
