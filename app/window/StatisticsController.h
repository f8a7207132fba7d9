#pragma once

#include <QObject>
#include <QDate>

#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace careatlas {

class JobRunner;
class StatisticsPanel;
class Workspace;

// The planners' part of the window (docs/statistics.md): the Statistics panel (a dock beside
// the resource table) and File ▸ Import Population…. Kept out of MainWindow*.cpp.
class StatisticsController : public QObject
{
    Q_OBJECT
public:
    // Adds the dock beside `tableDock`, its toggle to `panelsMenu`, and the import action to
    // `fileMenu` before `before`.
    StatisticsController(QMainWindow *window, Workspace *workspace, JobRunner *jobs, QDockWidget *tableDock, QMenu *fileMenu,
                         QAction *before, QMenu *panelsMenu);

    StatisticsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QAction *importAction() const { return m_importAction; }

    // File ▸ Import Population…: a file dialog when `path` is empty, then the level (and as-of
    // date) asked when not given; runs in the background and reports what was read.
    void importPopulation(const QString &path = QString(), const QString &levelCode = QString(),
                          std::optional<QDate> asOf = std::nullopt);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslate();

    QMainWindow *m_window;
    Workspace *m_workspace;
    JobRunner *m_jobs;
    QDockWidget *m_tableDock;
    StatisticsPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QAction *m_importAction = nullptr;
};

} // namespace careatlas
