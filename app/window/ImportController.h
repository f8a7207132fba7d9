#pragma once

#include "core/Error.h"

#include <QObject>

class QWidget;

namespace careatlas {

class JobRunner;
class Workspace;

// File ▸ Add Area Layer…, File ▸ Import Resources… and File ▸ Import Address Reference…: the
// options dialog, the import as a job (progress, a Cancel that works, all or nothing), the
// report, and the store read again — the same calls below the app as `careatlas-cli
// import-areas`, `import` and `import-addresses`.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(QWidget *window, Workspace *workspace, JobRunner *jobs);

    // A file dialog when `path` is empty.
    void addAreaLayer(const QString &path = QString());
    void importResources(const QString &path = QString());
    void importAddressReference(const QString &path = QString());

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &what, const careatlas::Error &error);
    void storeWritten();          // read the store again (the view, levels and history stay)

private:
    QString chooseFile(const QString &title, const QString &folderKey, const QString &filter);
    void reportFailure(const QString &path, const Error &error);

    QWidget *m_window;
    Workspace *m_workspace;
    JobRunner *m_jobs;
};

} // namespace careatlas
