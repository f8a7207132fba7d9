#include "core/import/ImportReport.h"

namespace careatlas {

QString importIssueKindName(ImportIssueKind kind)
{
    switch (kind) {
    case ImportIssueKind::RaggedRow: return QStringLiteral("ragged_row");
    case ImportIssueKind::MissingName: return QStringLiteral("missing_name");
    case ImportIssueKind::UnknownCategory: return QStringLiteral("unknown_category");
    case ImportIssueKind::CategoryFallback: return QStringLiteral("category_fallback");
    case ImportIssueKind::CoordinatesSwapped: return QStringLiteral("coordinates_swapped");
    case ImportIssueKind::CoordinatesDms: return QStringLiteral("coordinates_dms");
    case ImportIssueKind::CoordinatesZero: return QStringLiteral("coordinates_zero");
    case ImportIssueKind::CoordinatesOutOfJapan: return QStringLiteral("coordinates_out_of_japan");
    case ImportIssueKind::CoordinatesUnparsable: return QStringLiteral("coordinates_unparsable");
    case ImportIssueKind::InvalidNumber: return QStringLiteral("invalid_number");
    case ImportIssueKind::DuplicateInFile: return QStringLiteral("duplicate_in_file");
    }
    return QStringLiteral("unknown");
}

bool isRejection(ImportIssueKind kind)
{
    return kind == ImportIssueKind::RaggedRow || kind == ImportIssueKind::MissingName
           || kind == ImportIssueKind::UnknownCategory;
}

QList<ImportIssue> ImportReport::rejections() const
{
    QList<ImportIssue> result;
    for (const ImportIssue &issue : issues) {
        if (isRejection(issue.kind))
            result.append(issue);
    }
    return result;
}

QList<ImportIssue> ImportReport::warnings() const
{
    QList<ImportIssue> result;
    for (const ImportIssue &issue : issues) {
        if (!isRejection(issue.kind))
            result.append(issue);
    }
    return result;
}

int ImportReport::countOf(ImportIssueKind kind) const
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [kind](const ImportIssue &issue) { return issue.kind == kind; }));
}

} // namespace careatlas
