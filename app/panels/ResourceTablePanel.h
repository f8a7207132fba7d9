#pragma once

#include <QSet>
#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace careatlas {

class FilterController;
class ResourceTableModel;

// The filtered resources as a sortable table: columns the user chooses (header context menu)
// and reorders (drag the header), the distance column when a centre is set, multi-selection
// kept in step with the map's.
class ResourceTablePanel : public QWidget
{
    Q_OBJECT
public:
    ResourceTablePanel(FilterController *controller, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    ResourceTableModel *model() const { return m_model; }
    void selectResources(const QSet<qint64> &ids);
    QSet<qint64> selectedResources() const;
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void selectionChanged(const QSet<qint64> &ids);
    void resourceActivated(qint64 id);   // double-click or Enter

private:
    void reload();
    void showColumnMenu(const QPoint &position);

    FilterController *m_controller;
    ResourceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    bool m_updating = false;
};

} // namespace careatlas
