#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace careatlas {

// A table of area names to set: CSV (UTF-8, UTF-8 with BOM, UTF-16 or CP932, comma or tab)
// with the columns code, name, an optional header line (code,name / コード,名称 …), one area
// a line. Blank lines are skipped. Errors name the file and the line: FileNotFound,
// FileUnreadable, the decoder's and the CSV reader's errors, InvalidArgument for a line
// without a code and a name or a code given twice.
Result<QList<QPair<QString, QString>>> readAreaNamesCsv(const QString &path);

} // namespace careatlas
