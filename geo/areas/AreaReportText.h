#pragma once

#include "geo/areas/AreaImport.h"
#include "geo/areas/AreaLoader.h"

#include <QStringList>

namespace careatlas::geo {

// The reports of a load or an import for people, one fact per line, in the user's language:
// file, layer, CRS, encoding, guessed fields, garbled text, areas, parents and splits, and
// every repaired, dropped or noted feature. The CLI prints them; a GUI can show them as is.
QStringList areaLoadReportLines(const AreaLoadReport &report, const QList<LoadedArea> &areas);
QStringList areaImportReportLines(const AreaImportReport &report);

// Where a feature issue is, "feature 3 (S01)", or empty for one about the whole file.
QString featureIssueWhere(const FeatureIssue &issue);
// Why an area has no parent ("outside every area of the level above"), or empty.
QString parentProblemText(const ParentAssignment &assignment);

} // namespace careatlas::geo
