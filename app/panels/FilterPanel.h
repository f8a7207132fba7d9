#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace careatlas {

class FilterController;

// Categories (a tree of groups with check boxes and counts), flags, free text as you type,
// the chosen area and the distance from a centre: every part of the one filter.
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    FilterPanel(FilterController *controller, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    // The category tree's quick steps (its context menu): only one category, only one group
    // (分野), every category again; and the search box over category names.
    void onlyCategory(const QString &categoryCode);
    void onlyGroup(const QString &groupCode);
    void allCategories();
    QLineEdit *categorySearchField() const { return m_categorySearch; }
    // The "pick the centre on the map" button is down.
    bool isPickingCentre() const;
    void finishPickingCentre();

Q_SIGNALS:
    void pickCentreRequested(bool on);
    void centreAtSelectionRequested();
    void radiusChanged(double metres);
    void addressSearchRequested(const QString &address);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();          // a new snapshot: new categories and flags
    void syncFromFilter();   // the filter changed elsewhere (preset, area tree)
    void updateCounts();     // the result changed
    void categoriesEdited();
    void showCategoryMenu(const QPoint &position);
    void filterCategoryTree(const QString &text);
    void flagsEdited();
    void retranslate();

    FilterController *m_controller;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_categorySearch = nullptr;
    QTreeWidget *m_categories = nullptr;
    QListWidget *m_flags = nullptr;
    QLabel *m_areaLabel = nullptr;
    QPushButton *m_clearArea = nullptr;
    QLabel *m_centreLabel = nullptr;
    QPushButton *m_pickCentre = nullptr;
    QPushButton *m_centreAtSelection = nullptr;
    QPushButton *m_clearCentre = nullptr;
    QDoubleSpinBox *m_radius = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_findAddress = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_clearAll = nullptr;
    QLabel *m_categoriesTitle = nullptr;
    QLabel *m_flagsTitle = nullptr;
    QLabel *m_areaTitle = nullptr;
    QLabel *m_distanceTitle = nullptr;
    QCheckBox *m_notConfirmed = nullptr;   // "Not confirmed for [N] months or more"
    QSpinBox *m_notConfirmedMonths = nullptr;
    QLabel *m_retiredLabel = nullptr;
    QComboBox *m_retired = nullptr;        // retired resources: hidden, shown too, only these
    bool m_updating = false;
};

} // namespace careatlas
