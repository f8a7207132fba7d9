#include "app/panels/FilterPanel.h"

#include "core/text/DisplayFormat.h"
#include "core/text/TextFold.h"

#include "app/i18n/Translations.h"
#include "app/models/FilterController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPainter>
#include <QPushButton>
#include <QTreeWidget>
#include <QMenu>
#include <QVBoxLayout>

namespace careatlas {

namespace {

const QString NoCategory = QStringLiteral("-");

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QLabel *title(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

FilterPanel::FilterPanel(FilterController *controller, QWidget *parent) : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto *countRow = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_clearAll = new QPushButton(this);
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_clearAll);
    layout->addLayout(countRow);

    m_categoriesTitle = title(this);
    layout->addWidget(m_categoriesTitle);
    m_categorySearch = new QLineEdit(this);
    m_categorySearch->setObjectName(QStringLiteral("categorySearch"));
    m_categorySearch->setClearButtonEnabled(true);
    layout->addWidget(m_categorySearch);
    m_categories = new QTreeWidget(this);
    m_categories->setObjectName(QStringLiteral("categoryTree"));
    m_categories->setHeaderHidden(true);
    m_categories->setUniformRowHeights(true);
    layout->addWidget(m_categories, 3);

    m_flagsTitle = title(this);
    layout->addWidget(m_flagsTitle);
    m_flags = new QListWidget(this);
    m_flags->setObjectName(QStringLiteral("flagList"));
    m_flags->setMaximumHeight(150);
    layout->addWidget(m_flags, 1);

    m_areaTitle = title(this);
    layout->addWidget(m_areaTitle);
    auto *areaRow = new QHBoxLayout;
    m_areaLabel = new QLabel(this);
    m_areaLabel->setWordWrap(true);
    m_clearArea = new QPushButton(this);
    areaRow->addWidget(m_areaLabel, 1);
    areaRow->addWidget(m_clearArea);
    layout->addLayout(areaRow);

    m_distanceTitle = title(this);
    layout->addWidget(m_distanceTitle);
    m_centreLabel = new QLabel(this);
    m_centreLabel->setWordWrap(true);
    layout->addWidget(m_centreLabel);
    auto *centreRow = new QHBoxLayout;
    m_pickCentre = new QPushButton(this);
    m_pickCentre->setCheckable(true);
    m_centreAtSelection = new QPushButton(this);
    m_clearCentre = new QPushButton(this);
    centreRow->addWidget(m_pickCentre);
    centreRow->addWidget(m_centreAtSelection);
    centreRow->addWidget(m_clearCentre);
    layout->addLayout(centreRow);
    auto *addressRow = new QHBoxLayout;
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressField"));
    m_address->setClearButtonEnabled(true);
    m_findAddress = new QPushButton(this);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_findAddress);
    layout->addLayout(addressRow);
    auto *radiusRow = new QFormLayout;
    m_radius = new QDoubleSpinBox(this);
    m_radius->setObjectName(QStringLiteral("radius"));
    m_radius->setRange(0.1, 50.0);
    m_radius->setSingleStep(0.5);
    m_radius->setDecimals(1);
    m_radius->setValue(2.0);
    m_radius->setSuffix(QStringLiteral(" km"));
    radiusRow->addRow(tr("Radius:"), m_radius);
    layout->addLayout(radiusRow);
    // Freshness: resources nobody has confirmed for a while (a source re-imported, an edit).
    auto *confirmedRow = new QHBoxLayout;
    m_notConfirmed = new QCheckBox(this);
    m_notConfirmed->setObjectName(QStringLiteral("notConfirmed"));
    m_notConfirmedMonths = new QSpinBox(this);
    m_notConfirmedMonths->setObjectName(QStringLiteral("notConfirmedMonths"));
    m_notConfirmedMonths->setRange(1, 120);
    m_notConfirmedMonths->setValue(12);
    confirmedRow->addWidget(m_notConfirmed, 1);
    confirmedRow->addWidget(m_notConfirmedMonths);
    layout->addLayout(confirmedRow);
    const auto applyConfirmed = [this] {
        if (m_updating)
            return;
        ResourceFilter filter = m_controller->filter();
        filter.notConfirmedMonths = m_notConfirmed->isChecked() ? m_notConfirmedMonths->value() : 0;
        if (!(filter == m_controller->filter()))
            m_controller->setFilter(filter);
    };
    connect(m_notConfirmed, &QCheckBox::toggled, this, applyConfirmed);
    connect(m_notConfirmedMonths, &QSpinBox::valueChanged, this, applyConfirmed);
    // Retired resources (left their source's whole list): kept in the store, shown on request.
    auto *retiredRow = new QHBoxLayout;
    m_retiredLabel = new QLabel(this);
    m_retired = new QComboBox(this);
    m_retired->setObjectName(QStringLiteral("retired"));
    for (int i = 0; i < 3; ++i)
        m_retired->addItem(QString());
    m_retiredLabel->setBuddy(m_retired);
    retiredRow->addWidget(m_retiredLabel);
    retiredRow->addWidget(m_retired, 1);
    layout->addLayout(retiredRow);
    connect(m_retired, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index < 0)
            return;
        ResourceFilter filter = m_controller->filter();
        filter.retired = static_cast<RetiredChoice>(index);
        if (!(filter == m_controller->filter()))
            m_controller->setFilter(filter);
    });

    connect(m_search, &QLineEdit::textChanged, m_controller, &FilterController::setText);
    m_categories->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_categories, &QWidget::customContextMenuRequested, this, &FilterPanel::showCategoryMenu);
    connect(m_categorySearch, &QLineEdit::textChanged, this, &FilterPanel::filterCategoryTree);
    connect(m_categories, &QTreeWidget::itemChanged, this, [this] {
        if (!m_updating)
            categoriesEdited();
    });
    connect(m_flags, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            flagsEdited();
    });
    connect(m_clearAll, &QPushButton::clicked, m_controller, &FilterController::clear);
    connect(m_clearArea, &QPushButton::clicked, this, [this] { m_controller->setArea(std::nullopt); });
    connect(m_clearCentre, &QPushButton::clicked, this, [this] { m_controller->setNear(std::nullopt); });
    connect(m_pickCentre, &QPushButton::toggled, this, &FilterPanel::pickCentreRequested);
    auto findAddress = [this] {
        if (!m_address->text().trimmed().isEmpty())
            Q_EMIT addressSearchRequested(m_address->text().trimmed());
    };
    connect(m_findAddress, &QPushButton::clicked, this, findAddress);
    connect(m_address, &QLineEdit::returnPressed, this, findAddress);
    connect(m_centreAtSelection, &QPushButton::clicked, this, &FilterPanel::centreAtSelectionRequested);
    connect(m_radius, &QDoubleSpinBox::valueChanged, this, [this](double km) {
        Q_EMIT radiusChanged(km * 1000.0);
        if (auto near = m_controller->filter().near; near && !m_updating) {
            near->radiusMetres = km * 1000.0;
            m_controller->setNear(near);
        }
    });
    connect(m_controller, &FilterController::snapshotChanged, this, &FilterPanel::rebuild);
    connect(m_controller, &FilterController::filterChanged, this, &FilterPanel::syncFromFilter);
    connect(m_controller, &FilterController::resultChanged, this, &FilterPanel::updateCounts);
    retranslate();
    rebuild();
}

bool FilterPanel::isPickingCentre() const { return m_pickCentre->isChecked(); }
void FilterPanel::finishPickingCentre() { m_pickCentre->setChecked(false); }

void FilterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void FilterPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, kana, address, operator… (Ctrl+F)"));
    m_clearAll->setText(tr("Clear Filter"));
    m_categoriesTitle->setText(tr("Categories"));
    m_flagsTitle->setText(tr("Features"));
    m_areaTitle->setText(tr("Area"));
    m_distanceTitle->setText(tr("Distance"));
    m_clearArea->setText(tr("All Areas"));
    m_pickCentre->setText(tr("Pick on Map"));
    m_pickCentre->setToolTip(tr("Click the map where the client lives"));
    m_centreAtSelection->setText(tr("At Selection"));
    m_centreAtSelection->setToolTip(tr("Measure from the selected resource"));
    m_clearCentre->setText(tr("Clear"));
    m_address->setPlaceholderText(tr("Client's address, e.g. 本町2丁目5-13"));
    m_categorySearch->setPlaceholderText(tr("Find a category, e.g. 訪問看護"));
    m_categories->setToolTip(tr("Right-click: only this category, only this group"));
    m_findAddress->setText(tr("Find"));
    m_findAddress->setToolTip(tr("Find the address in the address reference (File ▸ Import Address Reference…)"));
    m_notConfirmed->setText(tr("Not confirmed for"));
    m_notConfirmed->setToolTip(tr("Only resources whose source has not confirmed them for this long (the last import of the source that had them, else the source's date)"));
    m_notConfirmedMonths->setSuffix(tr(" months or more"));
    m_retiredLabel->setText(tr("Retired:"));
    m_retired->setItemText(int(RetiredChoice::Hide), tr("Hidden"));
    m_retired->setItemText(int(RetiredChoice::Include), tr("Shown too"));
    m_retired->setItemText(int(RetiredChoice::Only), tr("Only retired"));
    m_retired->setToolTip(tr("Resources that an import of their source's whole list no longer had: kept with the date they left, hidden unless shown here"));
}

void FilterPanel::rebuild()
{
    m_updating = true;
    m_categories->clear();
    m_flags->clear();
    const auto snapshot = m_controller->snapshot();
    if (snapshot) {
        const QString language = currentLanguage();
        for (const CategoryGroup &group : snapshot->groups) {
            auto *groupItem = new QTreeWidgetItem(m_categories);
            groupItem->setData(0, Qt::UserRole, QString());
            groupItem->setData(0, Qt::UserRole + 1, group.label(language));
            groupItem->setData(0, Qt::UserRole + 2, group.code);
            groupItem->setFlags(groupItem->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            for (const Category &category : snapshot->categories) {
                if (category.groupCode != group.code)
                    continue;
                auto *item = new QTreeWidgetItem(groupItem);
                item->setData(0, Qt::UserRole, category.code);
                item->setData(0, Qt::UserRole + 1, category.label(language));
                item->setIcon(0, swatch(QColor(category.color)));
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(0, Qt::Checked);
            }
        }
        m_categories->expandAll();
        filterCategoryTree(m_categorySearch->text());
        for (const Flag &flag : snapshot->flags) {
            auto *item = new QListWidgetItem(m_flags);
            item->setData(Qt::UserRole, flag.code);
            item->setData(Qt::UserRole + 1, flag.label(language));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_updating = false;
    syncFromFilter();
    updateCounts();
}

void FilterPanel::syncFromFilter()
{
    m_updating = true;
    const ResourceFilter &filter = m_controller->filter();
    if (m_search->text() != filter.text)
        m_search->setText(filter.text);
    for (int g = 0; g < m_categories->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_categories->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            const bool on = filter.categories.isEmpty() || filter.categories.contains(item->data(0, Qt::UserRole).toString());
            item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
    }
    for (int i = 0; i < m_flags->count(); ++i) {
        QListWidgetItem *item = m_flags->item(i);
        item->setCheckState(filter.flags.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_areaLabel->setText(filter.area ? filter.area->areaName : tr("Every area (choose one in the area tree)"));
    m_clearArea->setEnabled(filter.area.has_value());
    if (filter.near) {
        m_centreLabel->setText(tr("Within %1 km of %2").arg(QLocale().toString(filter.near->radiusMetres / 1000.0, 'f', 1), filter.near->label));
        m_radius->setValue(filter.near->radiusMetres / 1000.0);
    } else {
        m_centreLabel->setText(tr("No centre: pick the client's home on the map, or a resource."));
    }
    m_clearCentre->setEnabled(filter.near.has_value());
    m_notConfirmed->setChecked(filter.notConfirmedMonths > 0);
    if (filter.notConfirmedMonths > 0)
        m_notConfirmedMonths->setValue(filter.notConfirmedMonths);
    m_retired->setCurrentIndex(int(filter.retired));
    m_updating = false;
}

void FilterPanel::updateCounts()
{
    m_updating = true;
    const auto snapshot = m_controller->snapshot();
    const FilterResult &result = m_controller->result();
    if (snapshot) {
        for (int g = 0; g < m_categories->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = m_categories->topLevelItem(g);
            int groupCount = 0;
            for (int c = 0; c < group->childCount(); ++c) {
                QTreeWidgetItem *item = group->child(c);
                const int index = snapshot->categoryIndex(item->data(0, Qt::UserRole).toString());
                const int count = index >= 0 && index < int(result.perCategory.size()) ? result.perCategory[index] : 0;
                groupCount += count;
                item->setText(0, formatLabelCount(item->data(0, Qt::UserRole + 1).toString(), count, currentLanguage()));
            }
            group->setText(0, formatLabelCount(group->data(0, Qt::UserRole + 1).toString(), groupCount, currentLanguage()));
        }
        for (int i = 0; i < m_flags->count(); ++i) {
            QListWidgetItem *item = m_flags->item(i);
            const int index = snapshot->flagIndex(item->data(Qt::UserRole).toString());
            const int count = index >= 0 && index < int(result.perFlag.size()) ? result.perFlag[index] : 0;
            item->setText(formatLabelCount(item->data(Qt::UserRole + 1).toString(), count, currentLanguage()));
        }
        const int total = m_controller->filter().retired == RetiredChoice::Hide ? snapshot->currentCount() : int(snapshot->resources.size());
        m_count->setText(tr("%1 of %2 resources").arg(QLocale().toString(result.matched), QLocale().toString(total)));
    } else {
        m_count->clear();
    }
    m_updating = false;
}

void FilterPanel::onlyCategory(const QString &categoryCode)
{
    m_categorySearch->clear();
    m_controller->setCategories({categoryCode});
}

void FilterPanel::onlyGroup(const QString &groupCode)
{
    QStringList codes;
    for (int g = 0; g < m_categories->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_categories->topLevelItem(g);
        if (group->data(0, Qt::UserRole + 2).toString() != groupCode)
            continue;
        for (int c = 0; c < group->childCount(); ++c)
            codes << group->child(c)->data(0, Qt::UserRole).toString();
    }
    if (codes.isEmpty())
        return;
    m_categorySearch->clear();
    m_controller->setCategories(codes);
}

void FilterPanel::allCategories()
{
    m_categorySearch->clear();
    m_controller->setCategories({});
}

void FilterPanel::showCategoryMenu(const QPoint &position)
{
    QTreeWidgetItem *item = m_categories->itemAt(position);
    if (!item)
        return;
    QTreeWidgetItem *group = item->parent() ? item->parent() : item;
    QMenu menu(this);
    if (item->parent()) {
        const QString code = item->data(0, Qt::UserRole).toString();
        connect(menu.addAction(tr("Only “%1”").arg(item->data(0, Qt::UserRole + 1).toString())), &QAction::triggered, this,
                [this, code] { onlyCategory(code); });
    }
    const QString groupCode = group->data(0, Qt::UserRole + 2).toString();
    connect(menu.addAction(tr("Only the Group “%1”").arg(group->data(0, Qt::UserRole + 1).toString())), &QAction::triggered, this,
            [this, groupCode] { onlyGroup(groupCode); });
    menu.addSeparator();
    connect(menu.addAction(tr("All Categories")), &QAction::triggered, this, &FilterPanel::allCategories);
    menu.exec(m_categories->viewport()->mapToGlobal(position));
}

void FilterPanel::filterCategoryTree(const QString &text)
{
    // Folded as the resource search folds (full/half width, katakana/hiragana, case).
    const QString needle = foldForSearch(text.trimmed());
    for (int g = 0; g < m_categories->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_categories->topLevelItem(g);
        const bool groupMatches = needle.isEmpty() || foldForSearch(group->data(0, Qt::UserRole + 1).toString()).contains(needle);
        int shown = 0;
        for (int c = 0; c < group->childCount(); ++c) {
            QTreeWidgetItem *item = group->child(c);
            const bool matches = groupMatches || foldForSearch(item->data(0, Qt::UserRole + 1).toString()).contains(needle);
            item->setHidden(!matches);
            shown += matches ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

void FilterPanel::categoriesEdited()
{
    QStringList checked;
    int total = 0;
    for (int g = 0; g < m_categories->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_categories->topLevelItem(g);
        for (int c = 0; c < group->childCount(); ++c) {
            ++total;
            if (group->child(c)->checkState(0) == Qt::Checked)
                checked << group->child(c)->data(0, Qt::UserRole).toString();
        }
    }
    // All checked: no restriction. None checked: nothing passes.
    if (checked.size() == total)
        checked.clear();
    else if (checked.isEmpty())
        checked << NoCategory;
    m_controller->setCategories(checked);
}

void FilterPanel::flagsEdited()
{
    QStringList checked;
    for (int i = 0; i < m_flags->count(); ++i)
        if (m_flags->item(i)->checkState() == Qt::Checked)
            checked << m_flags->item(i)->data(Qt::UserRole).toString();
    m_controller->setFlags(checked);
}

} // namespace careatlas
