#include "app/panels/ResourceTablePanel.h"

#include "app/i18n/Translations.h"
#include "app/models/FilterController.h"
#include "app/models/ResourceTableModel.h"
#include "app/models/Workspace.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace careatlas {

ResourceTablePanel::ResourceTablePanel(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new ResourceTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ResourceTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("resourceTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);   // the filter's own order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ResourceTableModel::Name, 260);
    m_view->setColumnWidth(ResourceTableModel::Category, 180);
    m_view->setColumnWidth(ResourceTableModel::Address, 240);
    for (int hidden : {int(ResourceTableModel::Operator), int(ResourceTableModel::Kana), int(ResourceTableModel::Capacity),
                       int(ResourceTableModel::Vacancies)})
        m_view->setColumnHidden(hidden, true);
    layout->addWidget(m_view);

    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &ResourceTablePanel::showColumnMenu);
    // The user's change of the rows shown, applied to the workspace's selection: selected
    // resources that the filter hides stay selected.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this](const QItemSelection &selected, const QItemSelection &deselected) {
                if (m_updating)
                    return;
                auto ids = [this](const QItemSelection &selection) {
                    QSet<qint64> out;
                    for (const QModelIndex &index : selection.indexes())
                        if (index.column() == 0)
                            out.insert(m_proxy->data(index, ResourceTableModel::ResourceIdRole).toLongLong());
                    return out;
                };
                // The table already shows this change: no re-selection (which would scroll away).
                m_updating = true;
                m_workspace->changeSelection(ids(selected), ids(deselected));
                m_updating = false;
            });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT resourceActivated(m_proxy->data(index, ResourceTableModel::ResourceIdRole).toLongLong());
    });
    connect(m_workspace->filter(), &FilterController::resultChanged, this, &ResourceTablePanel::reload);
    connect(m_workspace, &Workspace::selectionChanged, this, &ResourceTablePanel::showSelection);
}

void ResourceTablePanel::reload()
{
    m_updating = true;
    const FilterController *filter = m_workspace->filter();
    const bool hasCentre = filter->filter().near.has_value();
    m_model->setResult(filter->snapshot(), filter->result(), hasCentre, currentLanguage());
    m_view->setColumnHidden(ResourceTableModel::Distance, !hasCentre);
    m_updating = false;
    showSelection();
}

void ResourceTablePanel::showSelection()
{
    if (m_updating)
        return;
    const QSet<qint64> &ids = m_workspace->selection();
    m_updating = true;
    QItemSelection selection;
    int first = -1;
    for (qint64 id : ids) {
        const int row = m_model->rowOfResource(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index.siblingAtColumn(ResourceTableModel::ColumnCount - 1));
        if (first < 0 || index.row() < first)
            first = index.row();
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first >= 0)
        m_view->scrollTo(m_proxy->index(first, 0));
    m_updating = false;
}

QSet<qint64> ResourceTablePanel::selectedResources() const
{
    QSet<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.insert(m_proxy->data(index, ResourceTableModel::ResourceIdRole).toLongLong());
    return ids;
}

QByteArray ResourceTablePanel::saveHeaderState() const { return m_view->horizontalHeader()->saveState(); }

void ResourceTablePanel::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void ResourceTablePanel::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    for (int column = 0; column < ResourceTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(ResourceTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        action->setEnabled(column != ResourceTableModel::Name);
        connect(action, &QAction::toggled, this, [this, column](bool on) { m_view->setColumnHidden(column, !on); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}

} // namespace careatlas
