#include "app/panels/AreaTreePanel.h"

#include "app/i18n/Translations.h"
#include "app/models/FilterController.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QLocale>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace careatlas {

namespace {
constexpr int LevelRole = Qt::UserRole;
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
}

AreaTreePanel::AreaTreePanel(FilterController *controller, QWidget *parent) : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("areaTree"));
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The count column is as wide as the largest count (updateCounts), never measured row by
    // row: ResizeToContents measured every visible item again on each of 22,000 count changes.
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &AreaTreePanel::showContextMenu);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (m_updating || !item)
            return;
        const QString level = item->data(0, LevelRole).toString();
        if (level.isEmpty()) {
            m_controller->setArea(std::nullopt);
            return;
        }
        const QString code = item->data(0, CodeRole).toString();
        m_controller->setArea(AreaChoice{level, code, item->data(0, NameRole).toString()});
        Q_EMIT zoomToAreaRequested(level, code);
    });
    connect(m_controller, &FilterController::snapshotChanged, this, &AreaTreePanel::rebuild);
    connect(m_controller, &FilterController::resultChanged, this, &AreaTreePanel::updateCounts);
    connect(m_controller, &FilterController::filterChanged, this, &AreaTreePanel::syncSelection);
    rebuild();
}

void AreaTreePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void AreaTreePanel::rebuild()
{
    m_updating = true;
    m_tree->clear();
    m_tree->setHeaderLabels({tr("Area"), tr("Matches")});
    // Built apart and added in one step: one insertion for the view, not one per area.
    m_allItem = new QTreeWidgetItem(QStringList{tr("All areas")});
    const auto snapshot = m_controller->snapshot();
    if (snapshot) {
        const QString language = currentLanguage();
        QList<QTreeWidgetItem *> previous;   // items of the level above, by area index
        for (int l = 0; l < snapshot->levels.size(); ++l) {
            const auto &level = snapshot->levels[l];
            QList<QTreeWidgetItem *> items;
            for (const auto &area : level.areas) {   // names as the snapshot shows them: garbled ones marked
                QTreeWidgetItem *parent = area.parentIndex >= 0 && area.parentIndex < previous.size() ? previous[area.parentIndex] : m_allItem;
                auto *item = new QTreeWidgetItem(parent, QStringList{area.name.isEmpty() ? area.code : area.name});
                item->setData(0, LevelRole, level.level.code);
                item->setData(0, CodeRole, area.code);
                item->setData(0, NameRole, area.name.isEmpty() ? area.code : area.name);
                item->setToolTip(0, QStringLiteral("%1 · %2").arg(level.level.label(language), area.code));
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                items.push_back(item);
            }
            if (!level.areas.isEmpty())
                previous = items;
        }
    }
    m_tree->addTopLevelItem(m_allItem);
    if (snapshot)
        m_tree->expandToDepth(1);
    m_updating = false;
    updateCounts();
    syncSelection();
}

void AreaTreePanel::showContextMenu(const QPoint &position)
{
    QTreeWidgetItem *item = m_tree->itemAt(position);
    if (!item || item->data(0, LevelRole).toString().isEmpty())
        return;
    const QString level = item->data(0, LevelRole).toString();
    const QString code = item->data(0, CodeRole).toString();
    const QString name = item->data(0, NameRole).toString();   // a garbled one is marked: offer it for retyping
    QMenu menu(this);
    QAction *rename = menu.addAction(tr("&Rename…"), this, [=, this] {
        bool ok = false;
        const QString newName = QInputDialog::getText(this, tr("Rename Area"), tr("New name of the area %1:").arg(code), QLineEdit::Normal, name, &ok);
        if (ok && !newName.trimmed().isEmpty() && newName.trimmed() != name)
            Q_EMIT renameAreaRequested(level, code, newName.trimmed());
    });
    QAction *recode = menu.addAction(tr("Change &Code…"), this, [=, this] {
        bool ok = false;
        const QString newCode = QInputDialog::getText(this, tr("Change Area Code"), tr("New code of the area “%1”:").arg(name),
                                                      QLineEdit::Normal, code, &ok);
        if (ok && !newCode.trimmed().isEmpty() && newCode.trimmed() != code)
            Q_EMIT changeAreaCodeRequested(level, code, newCode.trimmed());
    });
    rename->setEnabled(m_editable);
    recode->setEnabled(m_editable);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void AreaTreePanel::updateCounts()
{
    const auto snapshot = m_controller->snapshot();
    const FilterResult &result = m_controller->result();
    if (!snapshot)
        return;
    int all = 0;
    // The counts change together: the view repaints once afterwards instead of hearing of
    // 22,000 changes one by one (the row count does not change).
    QAbstractItemModel *model = m_tree->model();
    const bool wasBlocked = model->blockSignals(true);
    QTreeWidgetItemIterator it(m_tree);
    while (*it) {
        QTreeWidgetItem *item = *it;
        const int level = snapshot->levelIndex(item->data(0, LevelRole).toString());
        if (level >= 0) {
            const int area = snapshot->levels[level].indexOfCode.value(item->data(0, CodeRole).toString(), -1);
            const int count = area >= 0 && level < int(result.perArea.size()) && area < int(result.perArea[level].size()) ? result.perArea[level][area] : 0;
            item->setText(1, QLocale().toString(count));
            item->setForeground(0, count == 0 ? QColor(0xb7, 0x1c, 0x1c) : QColor());   // gaps stand out
            if (item->parent() == m_allItem)
                all += count;
        }
        ++it;
    }
    m_allItem->setText(1, QLocale().toString(all));
    model->blockSignals(wasBlocked);
    const QFontMetrics metrics(m_tree->font());
    const int width = std::max(metrics.horizontalAdvance(m_allItem->text(1)), metrics.horizontalAdvance(m_tree->headerItem()->text(1)));
    m_tree->header()->resizeSection(1, width + 4 * metrics.averageCharWidth());
    m_tree->viewport()->update();
}

void AreaTreePanel::syncSelection()
{
    m_updating = true;
    const auto &area = m_controller->filter().area;
    if (!area) {
        m_tree->setCurrentItem(m_allItem);
    } else {
        QTreeWidgetItemIterator it(m_tree);
        while (*it) {
            if ((*it)->data(0, LevelRole).toString() == area->levelCode && (*it)->data(0, CodeRole).toString() == area->areaCode) {
                m_tree->setCurrentItem(*it);
                break;
            }
            ++it;
        }
    }
    m_updating = false;
}

} // namespace careatlas
