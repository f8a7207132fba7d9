#pragma once

#include "app/dialogs/ShortlistDialogs.h"
#include "core/Error.h"
#include "core/Result.h"
#include "core/store/ShortlistStore.h"
#include "geo/export/ShortlistSheet.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QMainWindow;
class QMenu;
class QMenuBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace careatlas {

class DetailsPanel;
class JobRunner;
class MapCanvas;
class ResourceTablePanel;
class Store;
class Workspace;

// Referral shortlists (候補リスト) in the window (docs/shortlist.md): the dock with the lists
// and their entries (status and note edited in place, reordered, removed), adding the selected
// resource from the map's context menu, the table's context menu, the details panel and a key
// (Ctrl+Shift+L), the compare view, the 紹介候補リスト PDF and CSV (through the job runner), and
// copying the list as text. Every change is one store transaction; a refused change says why.
class ShortlistController : public QObject
{
    Q_OBJECT
public:
    ShortlistController(QMainWindow *window, Workspace *workspace, JobRunner *jobs, MapCanvas *canvas, ResourceTablePanel *table,
                        DetailsPanel *details);
    ~ShortlistController() override;

    // Puts the Shortlist menu before `before` in the menu bar and the dock's toggle in `panels`.
    void installMenu(QMenuBar *menuBar, QAction *before, QMenu *panels);
    QDockWidget *dock() const { return m_dock; }
    QAction *addAction() const { return m_addAction; }

    // The list shown in the dock (0: none).
    qint64 currentListId() const { return m_currentList; }
    void setCurrentList(qint64 id);
    // The shown list as read after the last change (empty when none).
    const geo::ShortlistSheet &sheet() const { return m_sheet; }
    QTableView *entryView() const { return m_view; }
    QStandardItemModel *entryModel() const { return m_model; }
    // The changes to entries (add, remove, move, status, note), each one step to undo or redo
    // (Shortlist ▸ Undo, the panel's buttons); cleared when another store opens.
    QUndoStack *undoStack() const { return m_undo; }

    // What the dock and menus do; each returns whether it was done (errors are shown).
    bool createList(const QString &label, bool useFilterCentre = true);
    bool addResources(const QList<qint64> &ids);        // to the current list (a new one is asked for when none)
    bool removeEntry(qint64 resourceId);
    bool moveEntry(qint64 resourceId, int position);
    bool setStatus(qint64 resourceId, ShortlistStatus status);
    bool setNote(qint64 resourceId, const QString &note);
    bool deleteCurrentList();

    // Dialogs: a new list (the label must not be the client's name), the compare view, and the
    // sheet: the print dialog (title, prepared by, client label: printed, never stored), then a
    // file (asked for when `path` is empty); PDF in the background; .csv straight.
    void newListDialog();
    void showCompare();
    ShortlistCompareDialog *compareDialog() const { return m_compare; }
    void exportSheet(const QString &path = QString());
    void copyAsText();

    // The matched reference of the last address search (a 町丁目 name and its point): a new
    // list's centre, when the filter's centre is still there. Never the address typed.
    void setMatchedPlace(const QString &townName, double latitude, double longitude);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    void failed(const QString &what, const Error &error);
    void sheetWritten(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Store *store();
    void storeChanged();
    void reload();
    void refreshLists();
    void fillModel();
    void retranslate();
    void showMapMenu(const QPoint &position);
    void showTableMenu(const QPoint &position);
    void entryEdited(int row, int column);
    qint64 selectedEntryResource() const;
    bool report(const Status &status, const QString &what);
    // Runs one change of the current list's entries and records it as an undo step.
    bool change(const QString &stepText, const QString &failure, const std::function<Status(Store &)> &operation);
    void restoreEntries(qint64 listId, const QList<ShortlistEntry> &entries);
    ShortlistCentre filterCentre() const;

    QMainWindow *m_window;
    Workspace *m_workspace;
    JobRunner *m_jobs;
    MapCanvas *m_canvas;
    ResourceTablePanel *m_table;
    std::unique_ptr<Store> m_store;
    QString m_storeFor;
    qint64 m_currentList = 0;
    geo::ShortlistSheet m_sheet;
    bool m_filling = false;

    QDockWidget *m_dock = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_newListAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_copyAction = nullptr;
    QComboBox *m_lists = nullptr;
    QTableView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteListButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPointer<ShortlistCompareDialog> m_compare;
    QUndoStack *m_undo = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QPushButton *m_undoButton = nullptr;

    QString m_matchedTown;
    double m_matchedLatitude = 0;
    double m_matchedLongitude = 0;
};

} // namespace careatlas
