#include "core/import/ImportReport.h"

#include <QMap>

#include <algorithm>

namespace careatlas {

QList<ImportReport::AreaChanges> ImportReport::changesByArea() const
{
    QMap<QString, AreaChanges> byName;   // name order; "" (outside every area) first
    const auto count = [&](const QList<ReleaseChange> &list, int AreaChanges::*member) {
        for (const ReleaseChange &change : list) {
            AreaChanges &area = byName[change.areaName];
            area.areaCode = change.areaCode;
            area.areaName = change.areaName;
            ++(area.*member);
        }
    };
    count(arrived, &AreaChanges::arrived);
    count(gone, &AreaChanges::gone);
    count(moved, &AreaChanges::moved);
    count(renamed, &AreaChanges::renamed);
    count(recategorised, &AreaChanges::recategorised);
    return byName.values();
}

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
    case ImportIssueKind::OutsidePrefecture: return QStringLiteral("coordinates_outside_prefecture");
    case ImportIssueKind::DuplicateOfficeNumber: return QStringLiteral("duplicate_office_number");
    case ImportIssueKind::WebsiteNotUrl: return QStringLiteral("website_not_url");
    case ImportIssueKind::CapacityZero: return QStringLiteral("capacity_zero");
    case ImportIssueKind::BuildingInAddress: return QStringLiteral("building_in_address");
    }
    return QStringLiteral("unknown");
}

bool isRejection(ImportIssueKind kind)
{
    return kind == ImportIssueKind::RaggedRow || kind == ImportIssueKind::MissingName
           || kind == ImportIssueKind::UnknownCategory;
}

const QList<ImportIssueKind> &qualityIssueKinds()
{
    static const QList<ImportIssueKind> kinds = {
        ImportIssueKind::CoordinatesZero,     ImportIssueKind::CoordinatesSwapped,    ImportIssueKind::CoordinatesOutOfJapan,
        ImportIssueKind::OutsidePrefecture,   ImportIssueKind::DuplicateOfficeNumber, ImportIssueKind::WebsiteNotUrl,
        ImportIssueKind::CapacityZero,        ImportIssueKind::BuildingInAddress,
    };
    return kinds;
}

bool isQualityIssue(ImportIssueKind kind)
{
    return qualityIssueKinds().contains(kind);
}

QString ColumnProposal::evidence() const
{
    QString text = QStringLiteral("%1 of %2 values filled, %3 distinct, %4 with a facility word")
                       .arg(filled).arg(sampled).arg(distinct).arg(facilityWords);
    if (!examples.isEmpty())
        text += QStringLiteral(" (e.g. %1)").arg(examples.join(QStringLiteral(", ")));
    return text;
}

QList<QPair<ImportIssueKind, QList<qint64>>> ImportReport::quality() const
{
    QList<QPair<ImportIssueKind, QList<qint64>>> classes;
    for (ImportIssueKind kind : qualityIssueKinds()) {
        QList<qint64> lines;
        for (const ImportIssue &issue : issues) {
            if (issue.kind == kind)
                lines.append(issue.line);
        }
        if (!lines.isEmpty())
            classes.append({kind, lines});
    }
    return classes;
}

void ImportReport::countCategory(const QString &code, const QString &column, const QString &value)
{
    auto category = std::find_if(categories.begin(), categories.end(), [&](const CategoryCount &c) { return c.code == code; });
    if (category == categories.end())
        category = categories.insert(categories.end(), CategoryCount{code, 0, {}});
    ++category->rows;
    auto evidence = std::find_if(category->evidence.begin(), category->evidence.end(),
                                 [&](const CategoryEvidence &e) { return e.column == column && e.value == value; });
    if (evidence == category->evidence.end())
        evidence = category->evidence.insert(category->evidence.end(), CategoryEvidence{column, value, 0});
    ++evidence->rows;
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
