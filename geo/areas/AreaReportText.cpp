#include "geo/areas/AreaReportText.h"

#include <QCoreApplication>

namespace careatlas::geo {

namespace {

void appendIssues(QStringList &lines, const QString &title, const QList<FeatureIssue> &issues)
{
    if (issues.isEmpty())
        return;
    lines << title;
    for (const FeatureIssue &issue : issues) {
        const QString where = featureIssueWhere(issue);
        lines << QStringLiteral("  ") + (where.isEmpty() ? QString() : where + QStringLiteral(": ")) + issue.message;
    }
}

} // namespace

QString featureIssueWhere(const FeatureIssue &issue)
{
    if (issue.feature <= 0)
        return {};
    if (issue.code.isEmpty())
        return QCoreApplication::translate("AreaReport", "feature %1").arg(issue.feature);
    return QCoreApplication::translate("AreaReport", "feature %1 (%2)").arg(issue.feature).arg(issue.code);
}

QString parentProblemText(const ParentAssignment &assignment)
{
    if (assignment.problem == QLatin1String("outside_parents"))
        return QCoreApplication::translate("AreaReport", "outside every area of the level above");
    if (assignment.problem == QLatin1String("unknown_parent_code"))
        return QCoreApplication::translate("AreaReport", "parent code %1 is not in the level above").arg(assignment.shares.value(0).parentCode);
    if (assignment.problem == QLatin1String("geometry_unreadable"))
        return QCoreApplication::translate("AreaReport", "its outline could not be read, so its parent is not known");
    return assignment.problem;
}

// The lines of a load report with `areaCount` areas, and the list of `areas` when given.
static QStringList loadReportLines(const AreaLoadReport &report, qsizetype areaCount, const QList<LoadedArea> *areas)
{
    QStringList lines;
    lines << QCoreApplication::translate("AreaReport", "File: %1 (%2), layer %3").arg(report.path, report.driver, report.layer);
    if (report.layers.size() > 1)
        lines << QCoreApplication::translate("AreaReport", "Layers: %1").arg(report.layers.join(QStringLiteral(", ")));
    lines << QCoreApplication::translate("AreaReport", "Features: %1; areas: %2").arg(report.featureCount).arg(areaCount);
    lines << QCoreApplication::translate("AreaReport", "CRS: %1 %2 (%3)").arg(report.crs.crs, report.crs.name, report.crs.reason);
    if (report.bboxLonLat) {
        const auto &b = *report.bboxLonLat;
        lines << QCoreApplication::translate("AreaReport", "Extent (lon/lat): %1, %2 – %3, %4").arg(b[0], 0, 'f', 6).arg(b[1], 0, 'f', 6).arg(b[2], 0, 'f', 6).arg(b[3], 0, 'f', 6);
    }
    lines << QCoreApplication::translate("AreaReport", "Encoding: %1 (%2)").arg(report.encoding, report.encodingReason);
    lines << QCoreApplication::translate("AreaReport", "Name field: %1 (%2)").arg(report.nameField.field.isEmpty() ? QStringLiteral("-") : report.nameField.field, report.nameField.reason);
    lines << QCoreApplication::translate("AreaReport", "Code field: %1 (%2)").arg(report.codeField.field.isEmpty() ? QStringLiteral("-") : report.codeField.field, report.codeField.reason);
    if (report.namesLookGarbled)
        lines << QCoreApplication::translate("AreaReport", "WARNING: the names look garbled (mojibake); the file's text was probably decoded with the wrong "
                    "encoding before it was written, or the chosen encoding is wrong.");
    for (const GarbledField &field : report.garbledFields)
        lines << QCoreApplication::translate("AreaReport", "  field %1: %2 of %3 values look garbled, e.g. %4")
                     .arg(field.field).arg(field.garbled).arg(field.checked).arg(field.examples.join(QStringLiteral(" / ")));
    if (areas) {
        lines << QCoreApplication::translate("AreaReport", "Areas:");
        for (const LoadedArea &area : *areas)
            lines << QStringLiteral("  %1  %2%3").arg(area.code, area.name, area.nameLooksGarbled ? QCoreApplication::translate("AreaReport", "  (garbled?)") : QString());
    }
    appendIssues(lines, QCoreApplication::translate("AreaReport", "Repaired:"), report.repaired);
    appendIssues(lines, QCoreApplication::translate("AreaReport", "Dropped:"), report.dropped);
    QList<FeatureIssue> notes;
    for (const FeatureIssue &note : report.notes)
        if (note.kind != QLatin1String("garbled_name"))
            notes.append(note);
    appendIssues(lines, QCoreApplication::translate("AreaReport", "Notes:"), notes);
    return lines;
}

QStringList areaLoadReportLines(const AreaLoadReport &report, const QList<LoadedArea> &areas)
{
    return loadReportLines(report, areas.size(), &areas);
}

QStringList areaImportReportLines(const AreaImportReport &report)
{
    // The areas imported (never "areas: 0" from a load report without its list), listed with
    // their parents below.
    QStringList lines = loadReportLines(report.load, report.imported, nullptr);
    lines << QCoreApplication::translate("AreaReport", "Imported %1 areas into level %2.").arg(report.imported).arg(report.level.code);
    if (report.parentLevel.isEmpty()) {
        lines << QCoreApplication::translate("AreaReport", "No level above holds areas: these areas have no parent.");
    } else {
        lines << QCoreApplication::translate("AreaReport", "Parents from level %1 (%2):").arg(report.parentLevel, report.parentMethod);
        for (const ParentAssignment &assignment : report.parents) {
            QString line = QStringLiteral("  %1 → %2").arg(assignment.childCode, assignment.parentCode.isEmpty() ? QStringLiteral("-") : assignment.parentCode);
            if (assignment.split) {
                QStringList parts;
                for (const ParentShare &share : assignment.shares)
                    parts << QStringLiteral("%1 %2%").arg(share.parentCode).arg(share.share * 100, 0, 'f', 1);
                line += QStringLiteral("  ") + QCoreApplication::translate("AreaReport", "split: %1").arg(parts.join(QStringLiteral(", ")));
            }
            if (const QString problem = parentProblemText(assignment); !problem.isEmpty())
                line += QStringLiteral("  ") + problem;
            lines << line;
        }
    }
    if (report.childrenReparented > 0)
        lines << QCoreApplication::translate("AreaReport", "%1 areas of level %2 got a new parent.").arg(report.childrenReparented).arg(report.childLevel);
    lines << QCoreApplication::translate("AreaReport", "Resources: %1 in an area, %2 outside every area, %3 without a location.")
                 .arg(report.resources.assigned).arg(report.resources.outside).arg(report.resources.withoutLocation);
    return lines;
}

} // namespace careatlas::geo
