#pragma once

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace careatlas {

class FilterController;
struct AreaChoice;

// The area hierarchy (city → centre areas → daily-life areas → school districts, or the store's
// own levels) with the number of matching resources at every node. Choosing a node filters to
// it and asks the map to show it.
class AreaTreePanel : public QWidget
{
    Q_OBJECT
public:
    AreaTreePanel(FilterController *controller, QWidget *parent = nullptr);
    // A read-only store: Rename… and Change Code… stay off.
    void setEditable(bool editable) { m_editable = editable; }

Q_SIGNALS:
    void zoomToAreaRequested(const QString &levelCode, const QString &areaCode);
    // From the context menu, after the user typed the new text.
    void renameAreaRequested(const QString &levelCode, const QString &areaCode, const QString &newName);
    void changeAreaCodeRequested(const QString &levelCode, const QString &areaCode, const QString &newCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateCounts();
    void syncSelection();
    void showContextMenu(const QPoint &position);

    FilterController *m_controller;
    QTreeWidget *m_tree = nullptr;
    QTreeWidgetItem *m_allItem = nullptr;
    bool m_updating = false;
    bool m_editable = true;
};

} // namespace careatlas
