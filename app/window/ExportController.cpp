#include "app/window/ExportController.h"

#include "app/canvas/MapCanvas.h"
#include "app/dialogs/ExportDialog.h"
#include "app/i18n/ErrorText.h"
#include "app/i18n/Translations.h"
#include "app/jobs/JobRunner.h"
#include "app/models/FilterController.h"
#include "app/models/Workspace.h"
#include "geo/export/MapLayout.h"
#include "geo/render/MapRenderer.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QUrl>

namespace careatlas {

namespace {

QSettings settings() { return QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")); }

// What the user is told when an export has been written.
QString outcomeText(const geo::ExportOutcome &outcome)
{
    switch (outcome.kind) {
    case geo::ExportKind::Csv: {
        QString text = QCoreApplication::translate("ExportController", "%n resource(s) written.", nullptr, outcome.resources);
        if (outcome.replacedCharacters > 0)
            text += QLatin1Char(' ')
                + QCoreApplication::translate("ExportController", "%n character(s) that Shift_JIS cannot hold were written as “?” (first: %1).", nullptr,
                                              outcome.replacedCharacters)
                      .arg(outcome.firstReplacement);
        return text;
    }
    case geo::ExportKind::PdfList:
    case geo::ExportKind::Atlas:
        return QCoreApplication::translate("ExportController", "%n page(s).", nullptr, outcome.pages);
    case geo::ExportKind::MapLayout:
        return QCoreApplication::translate("ExportController", "Map written.");
    case geo::ExportKind::Gis:
        return QCoreApplication::translate("ExportController", "%n resource(s) written.", nullptr, outcome.resources);
    }
    return {};
}

} // namespace

ExportController::ExportController(QWidget *window, Workspace *workspace, JobRunner *jobs, MapCanvas *canvas)
    : QObject(window), m_window(window), m_workspace(workspace), m_jobs(jobs), m_canvas(canvas)
{
}

void ExportController::exportResources(const QString &givenPath)
{
    const auto snapshot = m_workspace->snapshot();
    if (!snapshot || !m_workspace->hasData())
        return;
    QList<AreaLevel> levels;
    for (const auto &level : snapshot->levels)
        if (!level.areas.isEmpty())
            levels.push_back(level.level);
    const FilterController *filter = m_workspace->filter();
    const QString description = filter->filter().describe(snapshot->categories, snapshot->flags, currentLanguage());
    ExportDialog dialog(description, levels, filter->result().matched, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString start = QDir(settings().value(QStringLiteral("dialogs/exportFolder")).toString())
                              .filePath((dialog.title().isEmpty() ? tr("resources") : dialog.title()) + QLatin1Char('.') + dialog.defaultSuffix());
    QString path = givenPath.isEmpty() ? QFileDialog::getSaveFileName(m_window, tr("Export"), start, dialog.fileFilter()) : givenPath;
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + dialog.defaultSuffix();
    settings().setValue(QStringLiteral("dialogs/exportFolder"), QFileInfo(path).absolutePath());
    geo::ExportRequest request = dialog.request(m_workspace->exportRequest(dialog.kind()));
    if (request.kind == geo::ExportKind::MapLayout && geo::mapLayoutFormatFor(path) == std::nullopt)
        path += QStringLiteral(".pdf");
    runExport(request, path, [this, path](const Result<geo::ExportOutcome> &outcome) {
        if (!outcome)
            return;
        QMessageBox box(QMessageBox::Information, tr("Export"), tr("Exported %1. %2").arg(QFileInfo(path).fileName(), outcomeText(*outcome)),
                        QMessageBox::Ok, m_window);
        QPushButton *open = box.addButton(tr("Open"), QMessageBox::ActionRole);
        box.exec();
        if (box.clickedButton() == open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
}

void ExportController::runExport(const geo::ExportRequest &request, const QString &path,
                                 const std::function<void(const Result<geo::ExportOutcome> &)> &done)
{
    const auto scene = m_workspace->scene();
    const auto snapshot = m_workspace->snapshot();
    m_jobs->run<geo::ExportOutcome>(
        tr("Exporting to %1…").arg(QFileInfo(path).fileName()),
        [request, path, scene, snapshot](const Feedback &feedback) { return geo::runExport(request, path, feedback, scene, snapshot); },
        [this, path, done](Result<geo::ExportOutcome> outcome) {
            if (!outcome) {
                if (outcome.error().code == ErrorCode::Cancelled)
                    Q_EMIT statusMessage(tr("Export cancelled; no file was written."), 8000);
                else
                    Q_EMIT failed(tr("Could not export to %1.").arg(QFileInfo(path).fileName()), outcome.error());
            } else {
                Q_EMIT statusMessage(tr("Exported %1. %2").arg(QFileInfo(path).fileName(), outcomeText(*outcome)), 8000);
            }
            if (done)
                done(outcome);
        });
}

geo::ExportRequest ExportController::printRequest() const
{
    geo::ExportRequest request = m_workspace->exportRequest(geo::ExportKind::MapLayout);
    request.page.landscape = true;
    return request;
}

void ExportController::prepare(const geo::ExportRequest &request, const std::function<void(Result<geo::PreparedExport>)> &done)
{
    const auto scene = m_workspace->scene();
    const auto snapshot = m_workspace->snapshot();
    m_jobs->run<geo::PreparedExport>(
        tr("Preparing the map for printing…"),
        [request, scene, snapshot](const Feedback &feedback) { return geo::prepareExport(request, feedback, scene, snapshot); },
        [this, done](Result<geo::PreparedExport> prepared) {
            if (!prepared && prepared.error().code != ErrorCode::Cancelled)
                Q_EMIT failed(tr("Could not print the map."), prepared.error());
            done(std::move(prepared));
        });
}

Status ExportController::printPages(const geo::PreparedExport &prepared, QPrinter &printer)
{
    // The pages are laid out in page pixels (1/96 inch) on the whole sheet, as every export.
    printer.setResolution(int(geo::PagePixelsPerInch));
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error(ErrorCode::FileWriteFailed, QStringLiteral("QPrinter")).inFile(printer.outputFileName());
    auto painted = geo::paintExport(prepared, printer, painter);
    painter.end();
    if (!painted)
        return painted.error();
    // A PDF printer's file gets the repair every exported PDF gets (its text reads back as printed).
    if (printer.outputFormat() == QPrinter::PdfFormat && QFileInfo(printer.outputFileName()).size() > 0)
        return geo::repairPrintedPdf(printer.outputFileName());
    return {};
}

void ExportController::printTo(QPrinter *printer, const std::function<void(const Status &)> &done)
{
    prepare(printRequest(), [printer, done](Result<geo::PreparedExport> prepared) {
        if (!prepared) {
            done(prepared.error());
            return;
        }
        printer->setPageLayout(prepared->request.page.pageLayout());
        done(printPages(*prepared, *printer));
    });
}

void ExportController::printMap()
{
    if (!m_workspace->hasData())
        return;
    prepare(printRequest(), [this](Result<geo::PreparedExport> prepared) {
        if (!prepared)
            return;
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(prepared->request.page.pageLayout());
        printer.setResolution(int(geo::PagePixelsPerInch));
        printer.setFullPage(true);
        QPrintPreviewDialog preview(&printer, m_window);
        preview.setWindowTitle(tr("Print Map"));
        geo::PreparedExport pages = *prepared;
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &pages](QPrinter *device) {
            // The paper and orientation the user chose in the preview.
            pages.request.page.landscape = device->pageLayout().orientation() == QPageLayout::Landscape;
            pages.request.page.paper = device->pageLayout().pageSize().id() == QPageSize::A3 ? geo::PaperSize::A3 : geo::PaperSize::A4;
            if (Status printed = printPages(pages, *device); !printed)
                Q_EMIT failed(tr("Could not print the map."), printed.error());
        });
        preview.exec();
    });
}

void ExportController::saveMapImage()
{
    if (!m_canvas->hasScene())
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Map as Image"), QString(), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    // Twice the screen's resolution, so the image prints sharply.
    geo::MapViewport viewport = m_canvas->viewport().resized(m_canvas->size(), 2.0);
    const QImage image = geo::MapRenderer::renderImage(*m_canvas->scene(), viewport, m_canvas->renderSettings());
    QSaveFile file(path);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !file.commit()) {
        Q_EMIT failed(tr("Could not save %1.").arg(QFileInfo(path).fileName()), Error(ErrorCode::FileWriteFailed, file.errorString()).inFile(path));
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()), 5000);
}

} // namespace careatlas
