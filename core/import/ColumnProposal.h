#pragma once

#include "core/import/ColumnMap.h"
#include "core/import/ImportReport.h"
#include "core/import/RecordTable.h"

#include <optional>

namespace careatlas {

// When no header names the name column (a layout nobody foresaw: "施設", "事業所", an empty
// header), the column whose values look most like the names of facilities: filled in nearly
// every row, mostly distinct, text rather than numbers, addresses, phone numbers or links, and
// often with a word facilities' names carry (病院, クリニック, センター, ホーム, 事業所, 薬局, …).
// Only columns no field uses are considered; nullopt when none is convincing. The proposal is
// shown with its evidence and used only once the user confirms it.
std::optional<ColumnProposal> proposeNameColumn(const ColumnMap &columns, const QList<SourceRow> &rows);

} // namespace careatlas
