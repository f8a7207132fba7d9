#include "app/panels/LayerPanel.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace careatlas {

namespace {

constexpr int CodeRole = Qt::UserRole;
constexpr int RankRole = Qt::UserRole + 1;

QSettings settings() { return QSettings(QStringLiteral("CareAtlas"), QStringLiteral("CareAtlas")); }
QString key(const QString &code, const char *what) { return QStringLiteral("map/levels/%1/%2").arg(code, QLatin1String(what)); }

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x60, 0x60, 0x60));
    painter.setBrush(colour);
    painter.drawRect(QRectF(0.5, 0.5, 15, 15));
    return QIcon(pixmap);
}

} // namespace

LayerPanel::LayerPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_resources = new QCheckBox(this);
    m_resources->setObjectName(QStringLiteral("resourcesLayer"));
    m_resources->setChecked(settings().value(QStringLiteral("map/resources"), true).toBool());
    layout->addWidget(m_resources);
    m_levelsTitle = new QLabel(this);
    layout->addWidget(m_levelsTitle);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("levelList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);

    m_styleTitle = new QLabel(this);
    layout->addWidget(m_styleTitle);
    auto *form = new QFormLayout;
    m_colourButton = new QToolButton(this);
    m_colourButton->setObjectName(QStringLiteral("outlineColour"));
    m_width = new QDoubleSpinBox(this);
    m_width->setObjectName(QStringLiteral("outlineWidth"));
    m_width->setRange(0.2, 8.0);
    m_width->setSingleStep(0.2);
    m_width->setDecimals(1);
    auto *outline = new QHBoxLayout;
    outline->addWidget(m_colourButton);
    outline->addWidget(m_width, 1);
    m_outlineLabel = new QLabel(this);
    form->addRow(m_outlineLabel, outline);
    m_fill = new QCheckBox(this);
    m_fill->setObjectName(QStringLiteral("levelFill"));
    m_labels = new QCheckBox(this);
    m_labels->setObjectName(QStringLiteral("levelLabels"));
    form->addRow(m_fill);
    form->addRow(m_labels);
    layout->addLayout(form);
    m_reset = new QToolButton(this);
    layout->addWidget(m_reset, 0, Qt::AlignRight);

    connect(m_resources, &QCheckBox::toggled, this, [this](bool on) {
        settings().setValue(QStringLiteral("map/resources"), on);
        Q_EMIT changed();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_updating)
            return;
        settings().setValue(key(item->data(CodeRole).toString(), "visible"), item->checkState() == Qt::Checked);
        Q_EMIT changed();
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) { showStyleOf(item); });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &LayerPanel::orderChanged);
    connect(m_colourButton, &QToolButton::clicked, this, [this] {
        const QColor colour = QColorDialog::getColor(m_colour, this, tr("Outline Colour"));
        if (!colour.isValid())
            return;
        m_colour = colour;
        m_colourButton->setIcon(swatch(colour));
        styleEdited();
    });
    connect(m_width, &QDoubleSpinBox::valueChanged, this, &LayerPanel::styleEdited);
    connect(m_fill, &QCheckBox::toggled, this, &LayerPanel::styleEdited);
    connect(m_labels, &QCheckBox::toggled, this, &LayerPanel::styleEdited);
    connect(m_reset, &QToolButton::clicked, this, &LayerPanel::resetStyles);
    retranslate();
    showStyleOf(nullptr);
}

void LayerPanel::retranslate()
{
    m_resources->setText(tr("Resources"));
    m_levelsTitle->setText(tr("Area levels (drag to change the draw order):"));
    m_styleTitle->setText(tr("Style of the selected level:"));
    m_outlineLabel->setText(tr("Outline:"));
    m_colourButton->setToolTip(tr("Outline colour"));
    m_width->setSuffix(tr(" px"));
    m_fill->setText(tr("Fill areas with pale tints"));
    m_labels->setText(tr("Area names"));
    m_reset->setText(tr("Reset Styles"));
}

void LayerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LayerPanel::setLevels(const QList<AreaLevel> &levels, const QString &language)
{
    m_levels = levels;
    m_language = language;
    rebuildList();
}

void LayerPanel::rebuildList()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(CodeRole).toString() : QString();
    m_updating = true;
    m_list->clear();
    // The stored order first, then the other levels coarsest on top.
    const QStringList stored = settings().value(QStringLiteral("map/levelOrder")).toStringList();
    QList<int> order;
    for (const QString &code : stored)
        for (int i = 0; i < m_levels.size(); ++i)
            if (m_levels[i].code == code && !order.contains(i))
                order.push_back(i);
    for (int i = 0; i < m_levels.size(); ++i)
        if (!order.contains(i))
            order.push_back(i);
    QSettings s = settings();
    for (int i : order) {
        auto *item = new QListWidgetItem(m_levels[i].label(m_language), m_list);
        item->setData(CodeRole, m_levels[i].code);
        item->setData(RankRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(s.value(key(m_levels[i].code, "visible"), true).toBool() ? Qt::Checked : Qt::Unchecked);
        item->setIcon(swatch(storedStyle(m_levels[i].code).outline));
        if (m_levels[i].code == current)
            m_list->setCurrentItem(item);
    }
    m_updating = false;
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showStyleOf(m_list->currentItem());
}

geo::LevelStyle LayerPanel::storedStyle(const QString &code) const
{
    int rank = 0;
    for (int i = 0; i < m_levels.size(); ++i)
        if (m_levels[i].code == code)
            rank = i;
    geo::LevelStyle style = geo::defaultLevelStyle(rank, int(m_levels.size()));
    QSettings s = settings();
    const QColor outline(s.value(key(code, "outline")).toString());
    if (outline.isValid())
        style.outline = outline;
    style.outlineWidth = s.value(key(code, "outlineWidth"), style.outlineWidth).toDouble();
    style.fill = s.value(key(code, "fill"), style.fill).toBool();
    style.labels = s.value(key(code, "labels"), style.labels).toBool();
    style.visible = s.value(key(code, "visible"), true).toBool();
    return style;
}

void LayerPanel::storeStyle(const QString &code, const geo::LevelStyle &style) const
{
    QSettings s = settings();
    s.setValue(key(code, "outline"), style.outline.name());
    s.setValue(key(code, "outlineWidth"), style.outlineWidth);
    s.setValue(key(code, "fill"), style.fill);
    s.setValue(key(code, "labels"), style.labels);
}

QListWidgetItem *LayerPanel::currentLevelItem() const { return m_list->currentItem(); }

void LayerPanel::showStyleOf(QListWidgetItem *item)
{
    const bool enabled = item != nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_colourButton, m_width, m_fill, m_labels})
        w->setEnabled(enabled);
    if (!item)
        return;
    const geo::LevelStyle style = storedStyle(item->data(CodeRole).toString());
    m_updating = true;
    m_colour = style.outline;
    m_colourButton->setIcon(swatch(style.outline));
    m_width->setValue(style.outlineWidth);
    m_fill->setChecked(style.fill);
    m_labels->setChecked(style.labels);
    m_updating = false;
}

void LayerPanel::styleEdited()
{
    QListWidgetItem *item = currentLevelItem();
    if (m_updating || !item)
        return;
    const QString code = item->data(CodeRole).toString();
    geo::LevelStyle style = storedStyle(code);
    style.outline = m_colour;
    style.outlineWidth = m_width->value();
    style.fill = m_fill->isChecked();
    style.labels = m_labels->isChecked();
    storeStyle(code, style);
    item->setIcon(swatch(style.outline));
    Q_EMIT changed();
}

void LayerPanel::orderChanged()
{
    settings().setValue(QStringLiteral("map/levelOrder"), levelOrder());
    Q_EMIT changed();
}

void LayerPanel::resetStyles()
{
    QSettings s = settings();
    for (const AreaLevel &level : std::as_const(m_levels))
        for (const char *what : {"outline", "outlineWidth", "fill", "labels"})
            s.remove(key(level.code, what));
    s.remove(QStringLiteral("map/levelOrder"));
    rebuildList();
    Q_EMIT changed();
}

QHash<QString, geo::LevelStyle> LayerPanel::levelStyles() const
{
    QHash<QString, geo::LevelStyle> styles;
    for (const AreaLevel &level : m_levels)
        styles.insert(level.code, storedStyle(level.code));
    return styles;
}

QStringList LayerPanel::levelOrder() const
{
    QStringList codes;
    for (int row = 0; row < m_list->count(); ++row)
        codes.push_back(m_list->item(row)->data(CodeRole).toString());
    return codes;
}

bool LayerPanel::resourcesVisible() const { return m_resources->isChecked(); }

bool LayerPanel::isLevelVisible(const QString &code) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(CodeRole).toString() == code)
            return m_list->item(row)->checkState() == Qt::Checked;
    return true;
}

void LayerPanel::setLevelVisible(const QString &code, bool visible)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(CodeRole).toString() == code && (item->checkState() == Qt::Checked) != visible)
            item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);   // itemChanged stores and tells
    }
}

void LayerPanel::setResourcesVisible(bool visible) { m_resources->setChecked(visible); }

} // namespace careatlas
