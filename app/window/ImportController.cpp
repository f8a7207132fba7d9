#include "app/window/ImportController.h"

#include "app/dialogs/AddAreaLayerDialog.h"
#include "app/dialogs/ImportResourcesDialog.h"
#include "app/dialogs/ReportDialog.h"
#include "app/dialogs/ResourceImportReport.h"
#include "app/i18n/ImportIssueText.h"
#include "app/i18n/ImportLabels.h"
#include "app/i18n/Translations.h"
#include "app/jobs/JobRunner.h"
#include "app/models/Workspace.h"
#include "core/Catalogue.h"
#include "core/address/AddressReference.h"
#include "core/store/Store.h"
#include "core/text/DisplayFormat.h"
#include "geo/areas/AreaImport.h"
#include "geo/areas/AreaReportText.h"
#include "geo/areas/AreaSource.h"
#include "geo/import/ResourceFileImport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace careatlas {

namespace {

QSettings settings() { return QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")); }

// The summary lines and issues of an area import report, in the user's language.
void describeAreaImport(const geo::AreaImportReport &r, const QList<AreaLevel> &levels, QStringList &summary, QList<ReportDialog::Issue> &issues)
{
    const QString language = currentLanguage();
    const auto levelName = [&](const QString &code) {
        for (const AreaLevel &level : levels)
            if (level.code == code)
                return level.label(language);
        for (const AreaLevel &level : standardAreaLevels())
            if (level.code == code)
                return level.label(language);
        return code;
    };
    summary << QCoreApplication::translate("ImportController", "Imported %n area(s) as the level “%1”.", nullptr, r.imported).arg(r.level.label(language));
    if (r.levelCreated)
        summary << QCoreApplication::translate("ImportController", "The level is new.");
    summary << QCoreApplication::translate("ImportController", "Layer: %1 (%n feature(s))", nullptr, int(r.load.featureCount)).arg(r.load.layer);
    summary << QCoreApplication::translate("ImportController", "Name field: %1 — %2").arg(r.load.nameField.field, r.load.nameField.reason);
    if (!r.load.codeField.field.isEmpty())
        summary << QCoreApplication::translate("ImportController", "Code field: %1 — %2").arg(r.load.codeField.field, r.load.codeField.reason);
    if (!r.load.encoding.isEmpty())
        summary << QCoreApplication::translate("ImportController", "Text encoding: %1 — %2").arg(r.load.encoding, r.load.encodingReason);
    summary << QCoreApplication::translate("ImportController", "Coordinate system: %1 (%2) — %3").arg(r.load.crs.name, r.load.crs.crs, r.load.crs.reason);
    if (!r.parentLevel.isEmpty()) {
        const int split = int(std::count_if(r.parents.begin(), r.parents.end(), [](const geo::ParentAssignment &p) { return p.split; }));
        summary << QCoreApplication::translate("ImportController", "Parents found in the level “%1”; %n area(s) lie across more than one parent.", nullptr, split).arg(levelName(r.parentLevel));
    }
    summary << QCoreApplication::translate("ImportController", "Resources inside these areas: %1; outside them: %2.").arg(formatCount(r.resources.assigned, language), formatCount(r.resources.outside, language));
    if (r.load.namesLookGarbled)
        summary << QCoreApplication::translate("ImportController", "Warning: the names look garbled (mojibake). Check the text encoding.");
    auto add = [&](const QList<geo::FeatureIssue> &list, const QString &kind) {
        for (const geo::FeatureIssue &issue : list)
        {
            const QString where = geo::featureIssueWhere(issue);
            issues.push_back({where.isEmpty() ? QCoreApplication::translate("ImportController", "the whole file") : where, kind, issue.message});
        }
    };
    add(r.load.repaired, QCoreApplication::translate("ImportController", "repaired"));
    add(r.load.dropped, QCoreApplication::translate("ImportController", "dropped"));
    add(r.load.notes, QCoreApplication::translate("ImportController", "note"));
    for (const geo::ParentAssignment &p : r.parents)
        if (p.split || !p.problem.isEmpty())
            issues.push_back({p.childCode, QCoreApplication::translate("ImportController", "parent"), p.split ? QCoreApplication::translate("ImportController", "only %1 % of it lies in %2").arg(qRound(p.share * 100)).arg(p.parentCode) : geo::parentProblemText(p)});
}

} // namespace

ImportController::ImportController(QWidget *window, Workspace *workspace, JobRunner *jobs)
    : QObject(window), m_window(window), m_workspace(workspace), m_jobs(jobs)
{
}

QString ImportController::chooseFile(const QString &title, const QString &folderKey, const QString &filter)
{
    const QString key = QStringLiteral("dialogs/%1").arg(folderKey);
    const QString path = QFileDialog::getOpenFileName(m_window, title, settings().value(key).toString(), filter);
    if (!path.isEmpty())
        settings().setValue(key, QFileInfo(path).absolutePath());
    return path;
}

void ImportController::reportFailure(const QString &path, const Error &error)
{
    if (error.code == ErrorCode::Cancelled)
        Q_EMIT statusMessage(tr("Import cancelled; nothing was changed."), 8000);
    else
        Q_EMIT failed(tr("Could not import %1; nothing was changed.").arg(QFileInfo(path).fileName()), error);
}

void ImportController::addAreaLayer(const QString &givenPath)
{
    if (m_workspace->storePath().isEmpty())
        return;
    const QString path = givenPath.isEmpty() ? chooseFile(tr("Add Area Layer"), QStringLiteral("areaFolder"),
                                                          tr("Boundary files (*.shp *.zip *.gpkg *.geojson *.json *.kml *.gml);;All files (*)"))
                                             : givenPath;
    if (path.isEmpty())
        return;
    m_jobs->run<geo::SourceInfo>(
        tr("Reading %1…").arg(QFileInfo(path).fileName()), [path](const Feedback &) { return geo::inspectSource(path); },
        [this, path](Result<geo::SourceInfo> source) {
            if (!source) {
                Q_EMIT failed(tr("Could not read %1.").arg(QFileInfo(path).fileName()), source.error());
                return;
            }
            // A layer of points is a resource list, not boundaries.
            const bool points = !source->layers.isEmpty()
                                && std::all_of(source->layers.begin(), source->layers.end(), [](const geo::LayerInfo &layer) {
                                       return layer.geometryType.contains(QLatin1String("Point"), Qt::CaseInsensitive);
                                   });
            if (points) {
                importResources(path);
                return;
            }
            QList<AreaLevel> levels;
            QStringList filled;
            if (const auto scene = m_workspace->scene()) {
                for (const geo::SceneAreaLevel &level : scene->levels) {
                    levels.push_back(level.level);
                    if (!level.areas.isEmpty())
                        filled.push_back(level.level.code);
                }
            }
            if (levels.isEmpty())
                levels = standardAreaLevels();
            AddAreaLayerDialog dialog(path, *source, levels, filled, m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const geo::AreaImportOptions options = dialog.options();
            const QString storePath = m_workspace->storePath();
            m_jobs->run<geo::AreaImportReport>(
                tr("Importing areas from %1…").arg(QFileInfo(path).fileName()),
                [storePath, path, options](const Feedback &feedback) -> Result<geo::AreaImportReport> {
                    auto store = Store::open(storePath);
                    if (!store)
                        return store.error();
                    return geo::importAreas(**store, path, options, feedback);
                },
                [this, path, levels](Result<geo::AreaImportReport> report) {
                    if (!report) {
                        reportFailure(path, report.error());
                        return;
                    }
                    QStringList summary;
                    QList<ReportDialog::Issue> issues;
                    describeAreaImport(*report, levels, summary, issues);
                    Q_EMIT storeWritten();
                    ReportDialog(tr("Area Import Report"), summary, issues, m_window).exec();
                });
        });
}

void ImportController::importResources(const QString &givenPath)
{
    if (m_workspace->storePath().isEmpty())
        return;
    const QString path = givenPath.isEmpty() ? chooseFile(tr("Import Resources"), QStringLiteral("importFolder"),
                                                          tr("Resource lists (*.csv *.txt *.geojson *.json *.shp *.zip *.gpkg);;All files (*)"))
                                             : givenPath;
    if (path.isEmpty())
        return;
    QList<Category> categories;
    if (const auto scene = m_workspace->scene())
        categories = scene->categories;
    if (categories.isEmpty())
        categories = defaultCategories();
    const QString storePath = m_workspace->storePath();
    ImportResourcesDialog dialog(path, storePath, categories, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportOptions options = dialog.options();
    const QString layer = dialog.layer();
    m_jobs->run<geo::ResourceFileImport>(
        tr("Importing resources from %1…").arg(QFileInfo(path).fileName()),
        [storePath, path, options, layer](const Feedback &feedback) -> Result<geo::ResourceFileImport> {
            auto store = Store::open(storePath);
            if (!store)
                return store.error();
            return geo::importResourceFile(**store, path, options, layer, feedback);
        },
        [this, path, categories](Result<geo::ResourceFileImport> imported) {
            if (!imported) {
                reportFailure(path, imported.error());
                return;
            }
            const ImportReport &r = imported->report;
            const auto count = [](qint64 n) { return formatCount(n, currentLanguage()); };
            QStringList summary;
            summary << (r.dryRun ? tr("Checked %1 (nothing was written).") : tr("Imported %1.")).arg(QFileInfo(path).fileName());
            summary << tr("Layout: %1").arg(sourceFormatLabel(r.format));
            if (!r.encoding.isEmpty())
                summary << (r.encodingDetected ? tr("Text encoding: %1 (detected)") : tr("Text encoding: %1")).arg(textEncodingLabel(r.encoding));
            summary << tr("Rows read: %1 — added %2, updated %3, unchanged %4, rejected %5, merged duplicates %6.")
                           .arg(count(r.rowsRead), count(r.added), count(r.updated), count(r.unchanged), count(r.rejected), count(r.duplicates));
            if (!r.unplacedLines.isEmpty())
                summary << tr("%n resource(s) have no location yet.", nullptr, int(r.unplacedLines.size()));
            if (!r.unusedColumns.isEmpty()) {
                QStringList quoted;
                for (const QString &column : r.unusedColumns)
                    //: A column name of the imported file, quoted as data.
                    quoted << tr("“%1”").arg(column);
                //: Between the quoted column names of "Columns not used: …".
                summary << tr("Columns not used: %1").arg(quoted.join(tr(", ")));
            }
            summary << resourceImportSections(r, categories);
            QList<ReportDialog::Issue> issues;
            for (const ImportIssue &issue : r.issues) {
                const QString where = issue.column.isEmpty() ? tr("line %1").arg(issue.line) : tr("line %1, %2").arg(issue.line).arg(issue.column);
                issues.push_back({where, isRejection(issue.kind) ? tr("rejected") : tr("warning"), importIssueMessage(issue)});
            }
            if (!r.dryRun)
                Q_EMIT storeWritten();
            ReportDialog(tr("Resource Import Report"), summary, issues, m_window).exec();
        });
}

void ImportController::importAddressReference(const QString &givenPath)
{
    if (m_workspace->storePath().isEmpty())
        return;
    const QString path = givenPath.isEmpty()
        ? chooseFile(tr("Import Address Reference"), QStringLiteral("addressFolder"), tr("位置参照情報 CSV (*.csv);;All files (*)"))
        : givenPath;
    if (path.isEmpty())
        return;
    const QString storePath = m_workspace->storePath();
    m_jobs->run<AddressImportReport>(
        tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [storePath, path](const Feedback &feedback) -> Result<AddressImportReport> {
            auto store = Store::open(storePath);
            if (!store)
                return store.error();
            return careatlas::importAddressReference(**store, path, TextEncoding::Auto, [&feedback](qint64 done, qint64 total) {
                feedback.report(done, total, 0, 100);
                return !feedback.cancelled();
            });
        },
        [this, path](Result<AddressImportReport> report) {
            if (!report) {
                reportFailure(path, report.error());
                return;
            }
            QMessageBox::information(m_window, tr("Import Address Reference"),
                                     tr("Imported %1 reference points for %2 (%3 rows skipped). Type a client's address under Distance in the filter panel.")
                                         .arg(report->imported).arg(report->cities.join(QStringLiteral("、"))).arg(report->skipped));
        });
}

} // namespace careatlas
