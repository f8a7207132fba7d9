#pragma once

#include "core/import/ImportReport.h"

#include <QString>

namespace careatlas {

// The sentence for an import issue in the user's language ("Latitude and longitude were
// swapped; fixed."), and the issue with its value: "Unknown type “福祉用具”; row not imported."
QString importIssueSentence(ImportIssueKind kind);

// Line numbers of a report, at most `max` of them and then "…": "12, 40, 41, …".
QString lineNumberList(const QList<qint64> &lines, qsizetype max);
QString importIssueMessage(const ImportIssue &issue);

} // namespace careatlas
