#pragma once

#include "core/Error.h"
#include "core/Result.h"
#include "geo/export/ExportPipeline.h"

#include <QObject>

#include <functional>

class QPrinter;
class QWidget;

namespace careatlas {

class JobRunner;
class MapCanvas;
class Workspace;

// File ▸ Export…, File ▸ Print Map… and File ▸ Save Map as Image…: the workspace's export
// request, completed by the export dialog, run by the pipeline below the app
// (geo/export/ExportPipeline.h) as a job — the same request and the same code as
// `careatlas-cli export`. Printing is the map layout's page painted on the printer.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(QWidget *window, Workspace *workspace, JobRunner *jobs, MapCanvas *canvas);

    // The export dialog, a file chooser (unless `path` is given), then the export in the
    // background; a message with "Open" at the end.
    void exportResources(const QString &path = QString());
    // Runs `request` to `path` as a job; `done` gets the outcome (also told to the user).
    void runExport(const geo::ExportRequest &request, const QString &path,
                   const std::function<void(const Result<geo::ExportOutcome> &)> &done = {});

    // The map layout of the current view, prepared in the background, then the print preview.
    void printMap();
    // The same without a dialog: prepares the current view's layout and prints it on `printer`
    // (a PDF printer's file is repaired as exports are); `done` gets the outcome.
    void printTo(QPrinter *printer, const std::function<void(const Status &)> &done);
    // The map layout request of what the window shows (the current view).
    geo::ExportRequest printRequest() const;
    // Prints prepared pages on a printer, set up for them (96 dpi, full page, their paper).
    static Status printPages(const geo::PreparedExport &prepared, QPrinter &printer);

    void saveMapImage();

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &what, const careatlas::Error &error);

private:
    void prepare(const geo::ExportRequest &request, const std::function<void(Result<geo::PreparedExport>)> &done);

    QWidget *m_window;
    Workspace *m_workspace;
    JobRunner *m_jobs;
    MapCanvas *m_canvas;
};

} // namespace careatlas
