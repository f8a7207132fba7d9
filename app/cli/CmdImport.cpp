#include "app/cli/CliCommand.h"
#include "app/i18n/Translations.h"

#include "app/i18n/ImportIssueText.h"
#include "core/import/ColumnMappingFile.h"
#include "core/import/ResourceImporter.h"
#include "core/store/Store.h"
#include "geo/import/PointSourceReader.h"
#include "geo/import/ResourceFileImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace careatlas::cli {

namespace {

QJsonObject issueJson(const ImportIssue &issue)
{
    QJsonObject object{{QStringLiteral("line"), issue.line},
                       {QStringLiteral("code"), importIssueKindName(issue.kind)},
                       {QStringLiteral("reason"), importIssueMessage(issue)}};
    if (!issue.column.isEmpty())
        object.insert(QStringLiteral("column"), issue.column);
    if (!issue.value.isEmpty())
        object.insert(QStringLiteral("value"), issue.value);
    return object;
}

QJsonObject reportJson(const ImportReport &report)
{
    QJsonArray rejected, warnings, unplaced, unused;
    for (const ImportIssue &issue : report.issues)
        (isRejection(issue.kind) ? rejected : warnings).append(issueJson(issue));
    for (qint64 line : report.unplacedLines)
        unplaced.append(line);
    for (const QString &column : report.unusedColumns)
        unused.append(column);
    QJsonObject categories;
    for (const CategoryCount &category : report.categories) {
        QJsonArray evidence;
        for (const CategoryEvidence &e : category.evidence)
            evidence.append(QJsonObject{{QStringLiteral("column"), e.column}, {QStringLiteral("value"), e.value},
                                        {QStringLiteral("rows"), e.rows}});
        categories.insert(category.code, QJsonObject{{QStringLiteral("count"), category.rows}, {QStringLiteral("evidence"), evidence}});
    }
    QJsonObject quality;
    for (const auto &[kind, lines] : report.quality()) {
        QJsonArray array;
        for (qint64 line : lines)
            array.append(line);
        quality.insert(importIssueKindName(kind), array);
    }
    QJsonObject proposed;
    for (const ColumnProposal &proposal : report.proposals)
        proposed.insert(proposal.field, QJsonObject{{QStringLiteral("column"), proposal.column + 1},
                                                    {QStringLiteral("header"), proposal.header},
                                                    {QStringLiteral("evidence"), proposal.evidence()},
                                                    {QStringLiteral("filled"), proposal.filled},
                                                    {QStringLiteral("distinct"), proposal.distinct},
                                                    {QStringLiteral("sampled"), proposal.sampled},
                                                    {QStringLiteral("facility_words"), proposal.facilityWords}});
    QJsonArray metadata;
    for (qint64 line : report.metadataLines)
        metadata.append(line);
    const auto changesByAreaJson = [](const ImportReport &r) {
        QJsonArray array;
        for (const ImportReport::AreaChanges &area : r.changesByArea())
            array.append(QJsonObject{{QStringLiteral("level"), r.areaLevel}, {QStringLiteral("code"), area.areaCode},
                                     {QStringLiteral("name"), area.areaName}, {QStringLiteral("arrived"), area.arrived},
                                     {QStringLiteral("gone"), area.gone}, {QStringLiteral("moved"), area.moved},
                                     {QStringLiteral("renamed"), area.renamed}, {QStringLiteral("recategorised"), area.recategorised}});
        return array;
    };
    auto changes = [](const QList<ReleaseChange> &list, bool withBefore, bool withMetres) {
        QJsonArray array;
        for (const ReleaseChange &change : list) {
            QJsonObject object{{QStringLiteral("id"), change.resourceId}, {QStringLiteral("name"), change.name},
                               {QStringLiteral("category"), change.categoryCode}};
            if (change.line > 0)
                object.insert(QStringLiteral("line"), change.line);
            if (withBefore)
                object.insert(QStringLiteral("before"), change.before);
            if (withMetres)
                object.insert(QStringLiteral("metres"), qRound(change.metres));
            if (!change.areaCode.isEmpty())
                object.insert(QStringLiteral("area"), QJsonObject{{QStringLiteral("code"), change.areaCode}, {QStringLiteral("name"), change.areaName}});
            array.append(object);
        }
        return array;
    };
    return QJsonObject{{QStringLiteral("file"), report.file},
                       {QStringLiteral("categories"), categories},
                       {QStringLiteral("quality"), quality},
                       {QStringLiteral("proposed_columns"), proposed},
                       {QStringLiteral("metadata_lines"), metadata},
                       {QStringLiteral("source"), report.sourceKey},
                       {QStringLiteral("complete_source"), report.completeSource},
                       {QStringLiteral("gone"), changes(report.gone, false, false)},
                       {QStringLiteral("moved"), changes(report.moved, false, true)},
                       {QStringLiteral("renamed"), changes(report.renamed, true, false)},
                       {QStringLiteral("recategorised"), changes(report.recategorised, true, false)},
                       {QStringLiteral("arrived"), changes(report.arrived, false, false)},
                       {QStringLiteral("changes_by_area"), changesByAreaJson(report)},
                       {QStringLiteral("format"), report.format},
                       {QStringLiteral("encoding"), report.encoding},
                       {QStringLiteral("dry_run"), report.dryRun},
                       {QStringLiteral("rows"), report.rowsRead},
                       {QStringLiteral("added"), report.added},
                       {QStringLiteral("updated"), report.updated},
                       {QStringLiteral("unchanged"), report.unchanged},
                       {QStringLiteral("duplicates"), report.duplicates},
                       {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("warnings"), warnings},
                       {QStringLiteral("unplaced"), unplaced},
                       {QStringLiteral("unused_columns"), unused}};
}

QString lineList(const QList<qint64> &lines)
{
    return QCoreApplication::translate("cli", "lines %1").arg(lineNumberList(lines, 20));
}

QStringList categoryLines(const ImportReport &report)
{
    QStringList lines;
    for (const CategoryCount &category : report.categories) {
        lines.append(QStringLiteral("  %1: %2").arg(category.code).arg(category.rows));
        for (const CategoryEvidence &evidence : category.evidence)
            lines.append(QStringLiteral("    %1 = %2: %3").arg(evidence.column, evidence.value).arg(evidence.rows));
    }
    return lines;
}

QString issueLine(const ImportIssue &issue)
{
    const QString where = issue.column.isEmpty() ? QCoreApplication::translate("cli", "line %1").arg(issue.line)
                                                 : QCoreApplication::translate("cli", "line %1, %2").arg(issue.line).arg(issue.column);
    return QStringLiteral("  %1: %2").arg(where, importIssueMessage(issue));
}

void printReport(const ImportReport &report)
{
    QString heading = QCoreApplication::translate("cli", "%1: format %2").arg(report.file, report.format);
    if (!report.encoding.isEmpty())
        heading += QStringLiteral(", ") + (report.encodingDetected ? QCoreApplication::translate("cli", "encoding %1 (detected)") : QCoreApplication::translate("cli", "encoding %1")).arg(report.encoding);
    printLine(heading);
    printLine(QCoreApplication::translate("cli", "  rows read: %1; added %2, updated %3, unchanged %4, rejected %5, merged duplicates %6")
                  .arg(report.rowsRead).arg(report.added).arg(report.updated).arg(report.unchanged)
                  .arg(report.rejected).arg(report.duplicates));
    if (!report.unplacedLines.isEmpty())
        printLine(QCoreApplication::translate("cli", "  without a location (place them on the map): %1").arg(report.unplacedLines.size()));
    if (!report.unusedColumns.isEmpty())
        printLine(QCoreApplication::translate("cli", "  columns not used: %1").arg(report.unusedColumns.join(QStringLiteral(", "))));
    if (!report.metadataLines.isEmpty())
        printLine(QCoreApplication::translate("cli", "  metadata lines skipped (#…): %1").arg(report.metadataLines.size()));
    for (const ColumnProposal &proposal : report.proposals)
        printLine(QCoreApplication::translate("cli", "  No header names the name column. Proposed: column %1 \"%2\" (%3). "
                                                     "Confirm it with --name-column \"%2\" to import.")
                      .arg(proposal.column + 1).arg(proposal.header, proposal.evidence()));
    printLine(QCoreApplication::translate("cli", "Categories (and what decided them):"));
    for (const QString &line : categoryLines(report))
        printLine(line);
    if (report.completeSource || !report.moved.isEmpty() || !report.renamed.isEmpty())
        printLine(QCoreApplication::translate("cli", "Against the previous release of %1: %2 gone (retired), %3 moved more than 50 m, %4 renamed")
                      .arg(report.sourceKey).arg(report.gone.size()).arg(report.moved.size()).arg(report.renamed.size()));
    for (const ReleaseChange &change : report.gone)
        printLine(QCoreApplication::translate("cli", "  gone: %1 (%2)").arg(change.name, change.categoryCode));
    for (const ReleaseChange &change : report.moved)
        printLine(QCoreApplication::translate("cli", "  moved %1 m: %2 (line %3)").arg(qRound(change.metres)).arg(change.name).arg(change.line));
    for (const ReleaseChange &change : report.renamed)
        printLine(QCoreApplication::translate("cli", "  renamed: %1 → %2 (line %3)").arg(change.before, change.name).arg(change.line));
    for (const ReleaseChange &change : report.recategorised)
        printLine(QCoreApplication::translate("cli", "  new service: %1, %2 → %3 (line %4; kept as the same resource)")
                      .arg(change.name, change.before, change.categoryCode)
                      .arg(change.line));
    if (const auto byArea = report.changesByArea(); !byArea.isEmpty() && !report.areaLevel.isEmpty()) {
        printLine(QCoreApplication::translate("cli", "Changes per area (%1):").arg(currentLanguage() == QLatin1String("ja") ? report.areaLevelLabel : report.areaLevelLabelEn));
        for (const ImportReport::AreaChanges &area : byArea)
            printLine(QCoreApplication::translate("cli", "  %1: %2 new, %3 gone, %4 moved, %5 renamed, %6 new service")
                          .arg(area.areaName.isEmpty() ? QCoreApplication::translate("cli", "(outside every area)") : area.areaName)
                          .arg(area.arrived).arg(area.gone).arg(area.moved).arg(area.renamed).arg(area.recategorised));
    }
    const auto quality = report.quality();
    printLine(QCoreApplication::translate("cli", "Data checks (取込チェック結果):"));
    if (quality.isEmpty())
        printLine(QCoreApplication::translate("cli", "  no problems found"));
    for (const auto &[kind, lines] : quality)
        printLine(QStringLiteral("  %1: %2 — %3").arg(importIssueSentence(kind)).arg(lines.size()).arg(lineList(lines)));
    const auto rejections = report.rejections();
    if (!rejections.isEmpty()) {
        printLine(QCoreApplication::translate("cli", "Rejected rows:"));
        for (const ImportIssue &issue : rejections)
            printLine(issueLine(issue));
    }
    const auto warnings = report.warnings();
    if (!warnings.isEmpty()) {
        printLine(QCoreApplication::translate("cli", "Warnings:"));
        for (const ImportIssue &issue : warnings)
            printLine(issueLine(issue));
    }
    if (report.dryRun)
        printLine(QCoreApplication::translate("cli", "Dry run: nothing was written."));
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Import resources from a CSV file or a point layer into a store, all or nothing."));
    addHelpOption(parser);
    parser.addPositionalArgument(QStringLiteral("STORE"), QCoreApplication::translate("cli", "The store (.gpkg) to import into"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "CSV file, or a point layer GDAL reads (GeoJSON, Shapefile, …)"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("cli", "Layout of the file: auto, standard, standard-old, mhlw, navii, ksj, caremap or csv (default: auto)"), QStringLiteral("FORMAT"), QStringLiteral("auto"));
    const QCommandLineOption encodingOption(QStringLiteral("encoding"),
        QCoreApplication::translate("cli", "Text encoding: auto, utf-8, cp932 or utf-16 (default: auto)"), QStringLiteral("ENCODING"), QStringLiteral("auto"));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"),
        QCoreApplication::translate("cli", "JSON file mapping fields to the file's headers, e.g. {\"name\": \"施設名\", \"latitude\": \"Y\"}"), QStringLiteral("FILE"));
    const QCommandLineOption defaultCategoryOption(QStringLiteral("default-category"),
        QCoreApplication::translate("cli", "Category for rows whose type is unknown (otherwise they are rejected)"), QStringLiteral("CODE"));
    const QCommandLineOption nameColumnOption(QStringLiteral("name-column"),
        QCoreApplication::translate("cli", "Header of the column that holds the names (confirms a proposed column)"), QStringLiteral("HEADER"));
    const QCommandLineOption completeOption(QStringLiteral("complete-source"),
        QCoreApplication::translate("cli", "The file is the whole list of its source: retire (keep, hide) resources of the source it no longer has"));
    const QCommandLineOption sourceOption(QStringLiteral("source"),
        QCoreApplication::translate("cli", "Name of the source across releases (default: the layout and the file name)"), QStringLiteral("NAME"));
    const QCommandLineOption layerOption(QStringLiteral("layer"), QCoreApplication::translate("cli", "Layer of a vector file (default: the first)"), QStringLiteral("NAME"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), QCoreApplication::translate("cli", "Read and check the file, report, and write nothing"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QCoreApplication::translate("cli", "Print the report as JSON"));
    parser.addOptions({formatOption, encodingOption, mappingOption, nameColumnOption, defaultCategoryOption, completeOption, sourceOption, layerOption, dryRunOption, jsonOption});
    if (!parser.parse(QStringList{QStringLiteral("careatlas-cli import")} + arguments))
        return reportUsage(QStringLiteral("import"), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 2)
        return reportUsage(QStringLiteral("import"), QCoreApplication::translate("cli", "expected a STORE and a FILE"));

    ImportOptions options;
    const auto format = sourceFormatFromName(parser.value(formatOption));
    if (!format)
        return reportUsage(QStringLiteral("import"), QCoreApplication::translate("cli", "unknown format '%1'").arg(parser.value(formatOption)));
    options.format = *format;
    const auto encoding = textEncodingFromName(parser.value(encodingOption));
    if (!encoding)
        return reportUsage(QStringLiteral("import"), QCoreApplication::translate("cli", "unknown encoding '%1'").arg(parser.value(encodingOption)));
    options.encoding = *encoding;
    options.defaultCategory = parser.value(defaultCategoryOption);
    options.dryRun = parser.isSet(dryRunOption);
    options.completeSource = parser.isSet(completeOption);
    options.sourceKey = parser.value(sourceOption);
    const bool json = parser.isSet(jsonOption);
    if (parser.isSet(mappingOption)) {
        auto mapping = readColumnMapping(parser.value(mappingOption));
        if (!mapping)
            return reportError(mapping.error(), json);
        options.columnMapping = *mapping;
    }
    if (parser.isSet(nameColumnOption))
        options.columnMapping.insert(ImportField::Name, parser.value(nameColumnOption));

    const QString storePath = parser.positionalArguments().at(0);
    const QString filePath = parser.positionalArguments().at(1);
    if (!QFileInfo::exists(filePath))
        return reportError(Error(ErrorCode::FileNotFound).inFile(filePath), json);
    auto store = Store::open(storePath);
    if (!store)
        return reportError(store.error(), json);

    // Imports and re-assigns every resource to its areas, in one transaction.
    auto imported = geo::importResourceFile(**store, filePath, options, parser.value(layerOption));
    if (!imported)
        return reportError(imported.error(), json);
    const ImportReport *report = &imported->report;
    if (json) {
        QJsonObject object = reportJson(*report);
        QJsonArray levels;
        for (const geo::LevelAssignment &level : imported->assignments)
            levels.append(QJsonObject{{QStringLiteral("level"), level.levelCode}, {QStringLiteral("assigned"), level.assigned},
                                      {QStringLiteral("outside"), level.outside}});
        object.insert(QStringLiteral("area_assignment"), levels);
        printJson(QJsonDocument(object));
    } else {
        printReport(*report);
        for (const geo::LevelAssignment &level : imported->assignments)
            printLine(QCoreApplication::translate("cli", "  level %1: %2 resources in its areas, %3 outside them")
                          .arg(level.levelCode).arg(level.assigned).arg(level.outside));
    }
    return ExitOk;
}

} // namespace careatlas::cli
