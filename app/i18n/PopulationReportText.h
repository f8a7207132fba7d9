#pragma once

#include "core/population/PopulationStore.h"

#include <QString>

namespace careatlas {

// What a population import did, in the user's language, for the CLI and the window alike.
QString populationReportText(const PopulationImportReport &report);

} // namespace careatlas
