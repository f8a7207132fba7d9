#pragma once

#include <QSet>
#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace careatlas {

class ResourceTableModel;
class Workspace;

// The filtered resources as a sortable table: columns the user chooses (header context menu)
// and reorders (drag the header), the distance column when a centre is set, multi-selection
// that of the workspace: the table shows and changes the part of it that the filter lets through.
class ResourceTablePanel : public QWidget
{
    Q_OBJECT
public:
    ResourceTablePanel(Workspace *workspace, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ResourceTableModel *model() const { return m_model; }
    // The selected resources among the rows shown.
    QSet<qint64> selectedResources() const;
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void resourceActivated(qint64 id);   // double-click or Enter

private:
    void reload();
    void showSelection();
    void showColumnMenu(const QPoint &position);

    Workspace *m_workspace;
    ResourceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    bool m_updating = false;
};

} // namespace careatlas
