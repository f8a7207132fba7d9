#include "app/window/ShortlistController.h"

#include "app/canvas/MapCanvas.h"
#include "app/dialogs/ShortlistDialogs.h"
#include "app/jobs/JobRunner.h"
#include "app/models/FilterController.h"
#include "app/models/Workspace.h"
#include "app/panels/DetailsPanel.h"
#include "app/panels/ResourceTablePanel.h"
#include "core/store/Store.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace careatlas {

namespace {

constexpr int ResourceIdRole = Qt::UserRole + 1;
enum EntryColumn { ColNumber, ColName, ColService, ColDistance, ColStatus, ColChanged, ColNote, ColCount };

// The status column is edited with a list of the five statuses.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (ShortlistStatus s : allShortlistStatuses())
            box->addItem(shortlistStatusLabel(s), int(s));
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(box->findData(index.data(Qt::UserRole + 2)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        model->setData(index, box->currentData(), Qt::UserRole + 2);
    }
};

// One change of a list's entries: the entries before and after it, put back by undo and redo.
class EntriesChange : public QUndoCommand
{
public:
    EntriesChange(const QString &text, qint64 listId, QList<ShortlistEntry> before, QList<ShortlistEntry> after,
                  std::function<void(qint64, const QList<ShortlistEntry> &)> restore)
        : QUndoCommand(text), m_listId(listId), m_before(std::move(before)), m_after(std::move(after)), m_restore(std::move(restore))
    {
    }
    void undo() override { m_restore(m_listId, m_before); }
    void redo() override
    {
        if (m_done)   // the change itself was made before the step was pushed
            m_restore(m_listId, m_after);
        m_done = true;
    }

private:
    qint64 m_listId;
    QList<ShortlistEntry> m_before;
    QList<ShortlistEntry> m_after;
    std::function<void(qint64, const QList<ShortlistEntry> &)> m_restore;
    bool m_done = false;
};

} // namespace

ShortlistController::ShortlistController(QMainWindow *window, Workspace *workspace, JobRunner *jobs, MapCanvas *canvas,
                                         ResourceTablePanel *table, DetailsPanel *details)
    : QObject(window), m_window(window), m_workspace(workspace), m_jobs(jobs), m_canvas(canvas), m_table(table)
{
    auto *panel = new QWidget(window);
    panel->setObjectName(QStringLiteral("shortlistPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    m_lists = new QComboBox(panel);
    m_lists->setObjectName(QStringLiteral("shortlistCombo"));
    m_newButton = new QPushButton(panel);
    m_newButton->setObjectName(QStringLiteral("newShortlist"));
    m_deleteListButton = new QPushButton(panel);
    top->addWidget(m_lists, 1);
    top->addWidget(m_newButton);
    top->addWidget(m_deleteListButton);
    layout->addLayout(top);

    m_model = new QStandardItemModel(this);
    m_view = new QTableView(panel);
    m_view->setObjectName(QStringLiteral("shortlistEntries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setItemDelegateForColumn(ColStatus, new StatusDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    auto *outputs = new QHBoxLayout;
    m_upButton = new QPushButton(panel);
    m_downButton = new QPushButton(panel);
    m_removeButton = new QPushButton(panel);
    m_compareButton = new QPushButton(panel);
    m_exportButton = new QPushButton(panel);
    m_copyButton = new QPushButton(panel);
    m_undoButton = new QPushButton(panel);
    m_undoButton->setObjectName(QStringLiteral("shortlistUndo"));
    m_upButton->setObjectName(QStringLiteral("shortlistUp"));
    m_downButton->setObjectName(QStringLiteral("shortlistDown"));
    m_removeButton->setObjectName(QStringLiteral("shortlistRemove"));
    m_compareButton->setObjectName(QStringLiteral("shortlistCompare"));
    m_exportButton->setObjectName(QStringLiteral("shortlistSheet"));
    m_copyButton->setObjectName(QStringLiteral("shortlistCopy"));
    m_deleteListButton->setObjectName(QStringLiteral("shortlistDeleteList"));
    for (QPushButton *b : {m_upButton, m_downButton, m_removeButton, m_undoButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    for (QPushButton *b : {m_compareButton, m_exportButton, m_copyButton})
        outputs->addWidget(b);
    outputs->addStretch(1);
    layout->addLayout(buttons);
    layout->addLayout(outputs);

    m_dock = new QDockWidget(window);
    m_dock->setObjectName(QStringLiteral("shortlistDock"));
    m_dock->setWidget(panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();   // until a list is made, or a store with lists opens

    m_addAction = new QAction(this);
    m_addAction->setObjectName(QStringLiteral("addToShortlist"));
    m_addAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    window->addAction(m_addAction);
    m_newListAction = new QAction(this);
    m_compareAction = new QAction(this);
    m_exportAction = new QAction(this);
    m_copyAction = new QAction(this);
    m_undo = new QUndoStack(this);
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
    m_undoButton->setEnabled(false);

    connect(m_addAction, &QAction::triggered, this, [this] { addResources(QList<qint64>(m_workspace->selection().cbegin(), m_workspace->selection().cend())); });
    connect(m_newListAction, &QAction::triggered, this, &ShortlistController::newListDialog);
    connect(m_compareAction, &QAction::triggered, this, &ShortlistController::showCompare);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportSheet(); });
    connect(m_copyAction, &QAction::triggered, this, &ShortlistController::copyAsText);
    connect(m_newButton, &QPushButton::clicked, this, &ShortlistController::newListDialog);
    connect(m_deleteListButton, &QPushButton::clicked, this, [this] {
        if (m_currentList == 0)
            return;
        if (QMessageBox::question(m_window, tr("Delete Shortlist"), tr("Delete the shortlist 「%1」 and its notes?").arg(m_sheet.list.label))
            == QMessageBox::Yes)
            deleteCurrentList();
    });
    connect(m_upButton, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row > 0 && moveEntry(selectedEntryResource(), row))
            m_view->selectRow(row - 1);
    });
    connect(m_downButton, &QPushButton::clicked, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row >= 0 && row + 1 < m_model->rowCount() && moveEntry(selectedEntryResource(), row + 2))
            m_view->selectRow(row + 1);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedEntryResource())
            removeEntry(id);
    });
    connect(m_compareButton, &QPushButton::clicked, this, &ShortlistController::showCompare);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportSheet(); });
    connect(m_copyButton, &QPushButton::clicked, this, &ShortlistController::copyAsText);
    connect(m_lists, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_filling && index >= 0)
            setCurrentList(m_lists->itemData(index).toLongLong());
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (!m_filling)
            entryEdited(item->row(), item->column());
    });
    // Selecting an entry selects its resource on the map and in the table.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const qint64 id = selectedEntryResource(); id != 0 && !m_filling && m_workspace->resource(id))
            m_workspace->setSelection({id});
    });

    connect(m_workspace, &Workspace::storeChanged, this, &ShortlistController::storeChanged);
    connect(m_workspace, &Workspace::dataChanged, this, [this] {
        if (m_storeFor != m_workspace->storePath())
            storeChanged();
        else
            reload();
    });
    m_canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_canvas, &QWidget::customContextMenuRequested, this, &ShortlistController::showMapMenu);
    m_table->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->view(), &QWidget::customContextMenuRequested, this, &ShortlistController::showTableMenu);
    connect(details, &DetailsPanel::shortlistRequested, this, [this](qint64 id) { addResources({id}); });
    window->installEventFilter(this);
    retranslate();
}

ShortlistController::~ShortlistController() = default;

void ShortlistController::installMenu(QMenuBar *menuBar, QAction *before, QMenu *panels)
{
    m_menu = new QMenu(menuBar);
    m_menu->setObjectName(QStringLiteral("shortlistMenu"));
    m_menu->addAction(m_addAction);
    m_menu->addAction(m_newListAction);
    m_menu->addSeparator();
    m_menu->addAction(m_undoAction);
    m_menu->addAction(m_redoAction);
    m_menu->addSeparator();
    m_menu->addAction(m_compareAction);
    m_menu->addAction(m_exportAction);
    m_menu->addAction(m_copyAction);
    menuBar->insertMenu(before, m_menu);
    if (panels)
        panels->addAction(m_dock->toggleViewAction());
    retranslate();
}

bool ShortlistController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
        fillModel();
    }
    return QObject::eventFilter(watched, event);
}

void ShortlistController::retranslate()
{
    m_dock->setWindowTitle(tr("Shortlist"));
    if (m_menu)
        m_menu->setTitle(tr("Shor&tlist"));
    m_addAction->setText(tr("&Add to Shortlist"));
    m_addAction->setStatusTip(tr("Add the selected resources to the shortlist shown in the Shortlist panel"));
    m_newListAction->setText(tr("&New Shortlist…"));
    m_compareAction->setText(tr("&Compare Candidates…"));
    m_exportAction->setText(tr("&Referral Shortlist Sheet (PDF/CSV)…"));
    m_copyAction->setText(tr("Copy as &Text"));
    m_newButton->setText(tr("New"));
    m_deleteListButton->setText(tr("Delete List"));
    m_upButton->setText(tr("Up"));
    m_downButton->setText(tr("Down"));
    m_removeButton->setText(tr("Remove"));
    m_compareButton->setText(tr("Compare"));
    m_exportButton->setText(tr("Sheet"));
    m_exportButton->setToolTip(tr("The referral shortlist sheet (紹介候補リスト) as PDF or CSV"));
    m_copyButton->setText(tr("Copy as Text"));
    m_copyButton->setToolTip(tr("Copies the list as tab-separated text, for e-mail or chat"));
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setToolTip(tr("Undoes the last change to the shortlist's entries (Shortlist ▸ Undo)"));
    m_undo->setUndoLimit(100);
}

Store *ShortlistController::store()
{
    const QString path = m_workspace->storePath();
    if (path.isEmpty())
        return nullptr;
    if (!m_store || m_storeFor != path) {
        m_store.reset();
        m_storeFor = path;
        auto opened = Store::open(path, Store::canWrite(path) ? Store::OpenMode::ReadWrite : Store::OpenMode::ReadOnly);
        if (!opened) {
            Q_EMIT failed(tr("The shortlists could not be read."), opened.error());
            return nullptr;
        }
        m_store = std::move(*opened);
    }
    return m_store.get();
}

void ShortlistController::storeChanged()
{
    m_undo->clear();
    m_store.reset();
    m_storeFor.clear();
    m_currentList = 0;
    if (m_workspace->storePath().isEmpty())
        return;
    refreshLists();
    reload();
    // Shown for a store that has lists, hidden for one that has none (whatever the saved window
    // state says): it comes up with the first list made.
    m_dock->setVisible(m_lists->count() > 0);
}

void ShortlistController::refreshLists()
{
    Store *s = store();
    m_filling = true;
    m_lists->clear();
    if (s) {
        auto lists = shortlists(*s);
        if (lists) {
            for (const Shortlist &l : *lists)
                m_lists->addItem(l.label, l.id);
            if (m_currentList == 0 && !lists->isEmpty())
                m_currentList = lists->back().id;
        }
    }
    m_lists->setCurrentIndex(m_lists->findData(m_currentList));
    m_filling = false;
}

void ShortlistController::setCurrentList(qint64 id)
{
    m_currentList = id;
    m_filling = true;
    m_lists->setCurrentIndex(m_lists->findData(id));
    m_filling = false;
    reload();
}

void ShortlistController::reload()
{
    m_sheet = geo::ShortlistSheet();
    if (Store *s = store(); s && m_currentList != 0) {
        auto sheet = geo::loadShortlistSheet(*s, m_currentList, m_workspace->renderOptions().language);
        if (sheet)
            m_sheet = std::move(*sheet);
        else if (sheet.error().code == ErrorCode::NotFound)
            m_currentList = 0;
        else
            Q_EMIT failed(tr("The shortlist could not be read."), sheet.error());
    }
    fillModel();
    if (m_compare)
        m_compare->setSheet(m_sheet);
}

void ShortlistController::fillModel()
{
    m_filling = true;
    const int currentRow = m_view->currentIndex().row();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({QCoreApplication::translate("ShortlistSheet", "No."), QCoreApplication::translate("ShortlistSheet", "Name"),
                                        QCoreApplication::translate("ShortlistSheet", "Service"), QCoreApplication::translate("ShortlistSheet", "Distance"),
                                        QCoreApplication::translate("ShortlistSheet", "Status"), QCoreApplication::translate("ShortlistSheet", "Status changed"),
                                        QCoreApplication::translate("ShortlistSheet", "Note")});
    const QLocale locale;
    for (const ShortlistEntry &e : m_sheet.entries) {
        const Resource *r = m_sheet.resourceOf(e);
        QList<QStandardItem *> row;
        for (int c = 0; c < ColCount; ++c) {
            auto *item = new QStandardItem;
            item->setEditable(c == ColStatus || c == ColNote);
            item->setData(e.resourceId, ResourceIdRole);
            row << item;
        }
        row[ColNumber]->setText(QString::number(e.position));
        row[ColName]->setText(r ? r->name : QCoreApplication::translate("ShortlistSheet", "(deleted resource %1)").arg(e.resourceId));
        row[ColService]->setText(r ? m_sheet.data.categoryLabel(r->categoryCode) : QString());
        const auto d = m_sheet.data.distanceOf.constFind(e.resourceId);
        row[ColDistance]->setText(d != m_sheet.data.distanceOf.constEnd() ? geo::distanceText(*d) : geo::missingValueText());
        row[ColStatus]->setText(shortlistStatusLabel(e.status));
        row[ColStatus]->setData(int(e.status), Qt::UserRole + 2);
        row[ColStatus]->setToolTip(tr("Double-click to change the status"));
        row[ColChanged]->setText(locale.toString(e.changedOn, QLocale::ShortFormat));
        row[ColNote]->setText(e.note);
        row[ColNote]->setToolTip(tr("Double-click to write a note, e.g. 「空き2名、月水金」"));
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    if (currentRow >= 0 && currentRow < m_model->rowCount())
        m_view->selectRow(currentRow);
    const bool hasList = m_currentList != 0;
    for (QWidget *w : std::initializer_list<QWidget *>{m_deleteListButton, m_upButton, m_downButton, m_removeButton, m_compareButton,
                                                       m_exportButton, m_copyButton})
        w->setEnabled(hasList);
    m_filling = false;
}

qint64 ShortlistController::selectedEntryResource() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->item(index.row(), 0)->data(ResourceIdRole).toLongLong() : 0;
}

bool ShortlistController::report(const Status &status, const QString &what)
{
    if (status)
        return true;
    Q_EMIT failed(what, status.error());
    reload();   // what the store holds, whatever the view showed
    return false;
}

void ShortlistController::entryEdited(int row, int column)
{
    QStandardItem *item = m_model->item(row, column);
    if (!item)
        return;
    const qint64 id = item->data(ResourceIdRole).toLongLong();
    if (column == ColStatus)
        setStatus(id, ShortlistStatus(item->data(Qt::UserRole + 2).toInt()));
    else if (column == ColNote)
        setNote(id, item->text());
}

ShortlistCentre ShortlistController::filterCentre() const
{
    ShortlistCentre centre;
    const auto &near = m_workspace->filter()->filter().near;
    if (!near)
        return centre;
    centre.latitude = near->latitude;
    centre.longitude = near->longitude;
    // The 町丁目 name only when the centre is the one the last address search found.
    if (!m_matchedTown.isEmpty() && std::abs(near->latitude - m_matchedLatitude) < 1e-9 && std::abs(near->longitude - m_matchedLongitude) < 1e-9)
        centre.areaName = m_matchedTown;
    return centre;
}

void ShortlistController::setMatchedPlace(const QString &townName, double latitude, double longitude)
{
    m_matchedTown = townName;
    m_matchedLatitude = latitude;
    m_matchedLongitude = longitude;
}

bool ShortlistController::createList(const QString &label, bool useFilterCentre)
{
    Store *s = store();
    if (!s)
        return false;
    auto id = createShortlist(*s, label, useFilterCentre ? filterCentre() : ShortlistCentre());
    if (!id) {
        Q_EMIT failed(tr("The shortlist could not be made."), id.error());
        return false;
    }
    m_currentList = *id;
    refreshLists();
    reload();
    m_dock->show();
    m_dock->raise();
    Q_EMIT statusMessage(tr("Shortlist 「%1」 made.").arg(label.trimmed()), 5000);
    return true;
}

void ShortlistController::newListDialog()
{
    if (m_workspace->storePath().isEmpty())
        return;
    ShortlistLabelDialog dialog(m_workspace->filter()->filter().near.has_value(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        createList(dialog.label(), dialog.useCentre());
}

bool ShortlistController::addResources(const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select a resource first, on the map or in the list."), 5000);
        return false;
    }
    if (m_currentList == 0) {
        newListDialog();
        if (m_currentList == 0)
            return false;
    }
    // Resources already in the list are left where they are (and said so); the others are
    // added in one transaction, all or none, as one undo step.
    int added = 0, already = 0;
    const bool done = change(tr("Add to the Shortlist"), tr("The resource could not be added to the shortlist."), [&](Store &store) -> Status {
        Store::Transaction transaction(store);
        for (qint64 id : ids) {
            const bool inList = std::any_of(m_sheet.entries.cbegin(), m_sheet.entries.cend(),
                                            [id](const ShortlistEntry &e) { return e.resourceId == id; });
            if (inList) {
                ++already;
                continue;
            }
            auto entry = addShortlistEntry(store, m_currentList, id);
            if (!entry)
                return entry.error();
            ++added;
        }
        return transaction.commit();
    });
    if (!done)
        return false;
    reload();
    m_dock->show();
    m_dock->raise();
    Q_EMIT statusMessage(added == 0   ? tr("Already in 「%1」: nothing was added.").arg(m_sheet.list.label)
                         : already > 0 ? tr("%n added to 「%1」; %2 already in it.", nullptr, added).arg(m_sheet.list.label).arg(already)
                                       : tr("%n added to 「%1」.", nullptr, added).arg(m_sheet.list.label),
                         5000);
    return added > 0;
}

bool ShortlistController::change(const QString &stepText, const QString &failure, const std::function<Status(Store &)> &operation)
{
    Store *s = store();
    if (!s || m_currentList == 0)
        return false;
    auto before = shortlistEntries(*s, m_currentList);
    if (!before)
        return report(before.error(), failure);
    if (!report(operation(*s), failure))
        return false;
    auto after = shortlistEntries(*s, m_currentList);
    if (after && *after != *before)
        m_undo->push(new EntriesChange(stepText, m_currentList, *before, *after,
                                       [this](qint64 listId, const QList<ShortlistEntry> &entries) { restoreEntries(listId, entries); }));
    reload();
    return true;
}

void ShortlistController::restoreEntries(qint64 listId, const QList<ShortlistEntry> &entries)
{
    Store *s = store();
    if (!s)
        return;
    if (Status restored = replaceShortlistEntries(*s, listId, entries); !restored) {
        m_undo->clear();   // the list is not what the steps expect (deleted meanwhile): they are dropped
        report(restored, tr("The change could not be undone."));
        return;
    }
    if (listId != m_currentList)
        setCurrentList(listId);
    else
        reload();
}

bool ShortlistController::removeEntry(qint64 resourceId)
{
    return change(tr("Remove from the Shortlist"), tr("The entry could not be removed."),
                  [&](Store &s) { return removeShortlistEntry(s, m_currentList, resourceId); });
}

bool ShortlistController::moveEntry(qint64 resourceId, int position)
{
    return change(tr("Move in the Shortlist"), tr("The entry could not be moved."),
                  [&](Store &s) { return moveShortlistEntry(s, m_currentList, resourceId, position); });
}

bool ShortlistController::setStatus(qint64 resourceId, ShortlistStatus status)
{
    return change(tr("Change the Status"), tr("The status could not be saved."), [&](Store &s) -> Status {
        auto entry = updateShortlistEntry(s, m_currentList, resourceId, status, std::nullopt);
        return entry ? Status() : Status(entry.error());
    });
}

bool ShortlistController::setNote(qint64 resourceId, const QString &note)
{
    return change(tr("Change the Note"), tr("The note could not be saved."), [&](Store &s) -> Status {
        auto entry = updateShortlistEntry(s, m_currentList, resourceId, std::nullopt, note);
        return entry ? Status() : Status(entry.error());
    });
}

bool ShortlistController::deleteCurrentList()
{
    Store *s = store();
    if (!s || m_currentList == 0 || !report(deleteShortlist(*s, m_currentList), tr("The shortlist could not be deleted.")))
        return false;
    m_undo->clear();
    m_currentList = 0;
    refreshLists();
    reload();
    return true;
}

void ShortlistController::showCompare()
{
    if (m_currentList == 0)
        return;
    if (!m_compare)
        m_compare = new ShortlistCompareDialog(m_window);
    m_compare->setSheet(m_sheet);
    m_compare->show();
    m_compare->raise();
}

void ShortlistController::copyAsText()
{
    if (m_currentList == 0)
        return;
    QApplication::clipboard()->setText(geo::shortlistText(m_sheet));
    Q_EMIT statusMessage(tr("The shortlist was copied as text (tab-separated)."), 5000);
}

void ShortlistController::exportSheet(const QString &givenPath)
{
    if (m_currentList == 0)
        return;
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(m_window, tr("Referral Shortlist Sheet"), tr("shortlist.pdf"),
                                            tr("PDF (*.pdf);;CSV (*.csv)"));
        if (path.isEmpty())
            return;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        if (!report(geo::writeShortlistCsv(m_sheet, path), tr("The shortlist could not be written.")))
            return;
        Q_EMIT statusMessage(tr("Wrote %1.").arg(QFileInfo(path).fileName()), 5000);
        Q_EMIT sheetWritten(path);
        return;
    }
    ShortlistPrintDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const geo::ShortlistPrintOptions options = dialog.options();
    const geo::ShortlistSheet sheet = m_sheet;
    const geo::MapScenePointer scene = m_workspace->scene();
    m_jobs->run<int>(
        tr("Writing the referral shortlist…"),
        [sheet, options, scene, path](const Feedback &feedback) { return geo::writeShortlistPdf(sheet, options, scene, path, feedback); },
        [this, path](Result<int> result) {
            if (!result) {
                if (result.error().code != ErrorCode::Cancelled)
                    Q_EMIT failed(tr("The referral shortlist could not be written."), result.error());
                return;
            }
            Q_EMIT statusMessage(tr("Wrote %1 (%n page(s)).", nullptr, *result).arg(QFileInfo(path).fileName()), 8000);
            Q_EMIT sheetWritten(path);
        });
}

void ShortlistController::showMapMenu(const QPoint &position)
{
    if (m_canvas->tool() != MapCanvas::Tool::Pan)
        return;
    const qint64 id = m_canvas->resourceIdAt(position);
    QMenu menu(m_window);
    if (id != 0) {
        const auto resource = m_workspace->resource(id);
        QAction *add = menu.addAction(tr("Add 「%1」 to the Shortlist").arg(resource ? resource->name : QString::number(id)));
        connect(add, &QAction::triggered, this, [this, id] { addResources({id}); });
    } else {
        menu.addAction(m_addAction);
    }
    menu.addAction(m_newListAction);
    menu.exec(m_canvas->mapToGlobal(position));
}

void ShortlistController::showTableMenu(const QPoint &position)
{
    QMenu menu(m_window);
    menu.addAction(m_addAction);
    menu.addAction(m_newListAction);
    menu.exec(m_table->view()->viewport()->mapToGlobal(position));
}

} // namespace careatlas
