#pragma once

#include "core/Result.h"

#include <QString>

namespace careatlas {

// The demo store the build generates (build/data/demo.gpkg beside build/app/careatlas) or the
// installed one (share/careatlas/demo.gpkg beside bin/careatlas), or
// empty when there is none.
QString bundledDemoStorePath();

// A copy of the bundled demo in the user's data folder, made (or refreshed when the bundled one
// is newer) so that edits never touch the build's file. Written to a temporary name and renamed.
Result<QString> userDemoStorePath();

} // namespace careatlas
