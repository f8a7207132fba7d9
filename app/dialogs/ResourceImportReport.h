#pragma once

#include "core/Catalogue.h"
#include "core/import/ImportReport.h"

#include <QStringList>

namespace careatlas {

// The sections the window's import report adds to its summary, the same as the CLI prints:
// the rows of each category with the column and value that decided it, the data checks
// (取込チェック結果) with their line numbers, and any column proposed for the name.
QStringList resourceImportSections(const ImportReport &report, const QList<Category> &categories);

// A proposed column and its evidence, in the user's language (preview and report).
QString columnProposalText(const ColumnProposal &proposal);

} // namespace careatlas
