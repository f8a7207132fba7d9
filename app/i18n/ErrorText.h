#pragma once

#include "core/Error.h"

#include <QString>

namespace careatlas {

// The one place where error codes become sentences in the user's language.
QString errorSentence(ErrorCode code);

// The sentence plus where it happened and the technical detail, for message boxes and stderr:
// "The file is not a GeoPackage. (/path/x.gpkg, line 3, field 緯度): file is not a database"
QString errorMessage(const Error &error);

} // namespace careatlas
