#pragma once

#include "core/import/ImportReport.h"

#include <QString>

namespace careatlas {

// The sentence for an import issue in the user's language ("Latitude and longitude were
// swapped; fixed."), and the issue with its value: "Unknown type “福祉用具”; row not imported."
QString importIssueSentence(ImportIssueKind kind);
QString importIssueMessage(const ImportIssue &issue);

} // namespace careatlas
