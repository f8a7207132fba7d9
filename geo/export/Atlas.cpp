#include "geo/export/Atlas.h"

#include "geo/export/LegendPanel.h"
#include "geo/export/MapFrame.h"
#include "geo/export/PdfDocument.h"
#include "geo/export/PdfList.h"
#include "geo/export/ResourceTable.h"

#include "core/query/AreaMatrix.h"
#include "core/text/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QFontMetricsF>
#include <QPainter>
#include <QPagedPaintDevice>

#include <algorithm>

namespace careatlas::geo {

namespace {

struct AreaSection {
    const SceneArea *area = nullptr;
    QList<int> rows;                       // indices into data.resources
    QList<QList<TableItem>> pages;
    int firstPage = 0;                     // 1-based page number
    QStringList figures;                   // under the map: the counts (with rates), the sources
    double figuresHeight = 0;
};

// The lines under an area's map (圏域カルテ): the count per category, each with its rate per 1,000
// residents aged 65+ when the level has population; then the sources of the area's resources
// with their dates, and the population's file and date.
QStringList areaFigures(const ExportData &data, const QString &areaCode, const QList<Resource> &shown)
{
    QMap<int, int> perCategory;   // catalogue order
    QHash<QString, int> orderOf;
    for (int c = 0; c < data.categories.size(); ++c)
        orderOf.insert(data.categories[c].code, c);
    for (const Resource &r : shown)
        ++perCategory[orderOf.value(r.categoryCode, int(data.categories.size()))];
    std::optional<qint64> aged65;
    if (data.areaPopulation)
        if (auto it = data.areaPopulation->byArea.constFind(areaCode); it != data.areaPopulation->byArea.cend())
            aged65 = it->aged65;
    const QLocale locale = data.language == QLatin1String("ja") ? QLocale(QLocale::Japanese) : QLocale(QLocale::English);
    auto withRate = [&](const QString &label, int count) {
        const auto rate = AreaMatrix::perThousand(count, aged65);
        return rate ? QCoreApplication::translate("Atlas", "%1 %2 (%3)").arg(label, locale.toString(count), locale.toString(*rate, 'f', 1))
                    : QCoreApplication::translate("Atlas", "%1 %2").arg(label, locale.toString(count));
    };
    QStringList parts{withRate(QCoreApplication::translate("Atlas", "Total"), int(shown.size()))};
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        parts << withRate(it.key() < data.categories.size() ? data.categories[it.key()].label(data.language) : QStringLiteral("?"), it.value());
    const QString separator = QCoreApplication::translate("Atlas", "; ");
    QStringList lines;
    if (aged65 && *aged65 > 0)
        lines << QCoreApplication::translate("Atlas", "Resources (per 1,000 aged 65+; %1 residents aged 65+): %2")
                     .arg(locale.toString(*aged65), parts.join(separator));
    else
        lines << QCoreApplication::translate("Atlas", "Resources: %1").arg(parts.join(separator));
    QStringList sources;
    if (const QString resources = data.sourcesSummaryOf(shown); !resources.isEmpty())
        sources << resources;
    if (data.areaPopulation)
        sources << QCoreApplication::translate("Atlas", "population: %1 (%2)")
                       .arg(data.areaPopulation->source,
                            data.areaPopulation->asOf.isValid() ? formatAsOf(data.areaPopulation->asOf, data.language)
                                                                : QCoreApplication::translate("Atlas", "date unknown"));
    if (!sources.isEmpty())
        lines << QCoreApplication::translate("Atlas", "Sources: %1").arg(sources.join(separator));
    return lines;
}

const QList<ResourceColumn> &defaultAtlasColumns()
{
    static const QList<ResourceColumn> columns = {ResourceColumn::Name, ResourceColumn::Category, ResourceColumn::Address,
                                                  ResourceColumn::Phone, ResourceColumn::Hours};
    return columns;
}

QString atlasTitle(const ExportData &data, const SceneAreaLevel &level)
{
    return QCoreApplication::translate("Atlas", "Atlas of %1")
        .arg(data.areaLevelLabel.isEmpty() ? level.level.label(data.language) : data.areaLevelLabel);
}

double paintTitle(QPainter &painter, const QRectF &content, const QString &title, const QString &right, double pointSize)
{
    const QFont titleFont = pageFont(pointSize, true);
    const QFontMetricsF fm(titleFont, painter.device());
    painter.setFont(titleFont);
    painter.setPen(PageColors::Text);
    painter.drawText(QRectF(content.left(), content.top(), content.width() * 0.72, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     fm.elidedText(title, Qt::ElideRight, content.width() * 0.72));
    const QFont small = pageFont(9);
    painter.setFont(small);
    painter.setPen(PageColors::Muted);
    painter.drawText(QRectF(content.left(), content.top(), content.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter, right);
    return fm.height() + 4;
}

} // namespace

Result<AtlasReport> paintAtlas(QPagedPaintDevice &writer, QPainter &painter, const MapScene &scene, const ExportData &data,
                               const AtlasOptions &options, const ExportControl &control)
{
    if (data.areaLevel.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no area level")).inField(QStringLiteral("area level"));
    const SceneAreaLevel *level = findSceneLevel(scene, data.areaLevel);
    if (!level || level->areas.isEmpty())
        return Error(ErrorCode::NotFound, data.areaLevel).inField(QStringLiteral("area level"));

    QList<AreaSection> sections;
    for (const SceneArea &area : level->areas)
        sections.push_back({&area, {}, {}, 0, {}, 0});
    std::sort(sections.begin(), sections.end(), [](const AreaSection &l, const AreaSection &r) { return l.area->code < r.area->code; });
    QHash<QString, int> sectionOf;
    for (int i = 0; i < sections.size(); ++i)
        sectionOf.insert(sections[i].area->code, i);
    for (int i = 0; i < data.resources.size(); ++i) {
        const auto it = sectionOf.constFind(data.areaCodeOf.value(data.resources[i].id));
        if (it != sectionOf.constEnd())
            sections[it.value()].rows.push_back(i);
    }

    const PageSetup &page = options.page;
    const QRectF content = page.contentRect().adjusted(0, 0, 0, -16);
    const QString title = data.title.isEmpty() ? atlasTitle(data, *level) : data.title;
    const QList<ResourceColumn> columns = data.columnsOrDefault(options.columns, defaultAtlasColumns());
    RenderSettings settings = options.settings;
    settings.language = data.language;
    settings.legend = false;   // beside the map (LegendPanel)
    settings.resourceLabels = true;

    AtlasReport report;
    report.areas = int(sections.size());
    {
        QPaintDevice *device = painter.device();
        ResourceTable table(data, columns, content.width(), device);
        const double titleHeight = QFontMetricsF(pageFont(14, true), device).height() + 4;
        const double runningHead = QFontMetricsF(pageFont(9, true), device).height() + 6;
        const double mapHeight = std::round(content.height() * (page.landscape ? 0.58 : 0.5));
        const double contentsRow = QFontMetricsF(pageFont(10), device).lineSpacing() + 6;

        // Pass 1: pagination and page numbers.
        const double overviewHeight = std::round(content.height() * 0.42);
        const double contentsTitle = QFontMetricsF(pageFont(16, true), device).height() + 4;
        const int firstContentsRows = std::max(1, int(std::floor((content.height() - contentsTitle - 24 - overviewHeight - 10 - contentsRow) / contentsRow)));
        const int otherContentsRows = std::max(1, int(std::floor((content.height() - runningHead - contentsRow) / contentsRow)));
        int contentsPages = 1;
        for (qsizetype left = sections.size() - firstContentsRows; left > 0; left -= otherContentsRows)
            ++contentsPages;
        int next = contentsPages + 1;
        const QFont figuresFont = pageFont(8.5);
        const QFontMetricsF figuresMetrics(figuresFont, device);
        for (AreaSection &section : sections) {
            QList<Resource> shown;
            for (int i : section.rows)
                shown.push_back(data.resources[i]);
            section.figures = areaFigures(data, section.area->code, shown);
            for (const QString &line : section.figures)
                section.figuresHeight += figuresMetrics.boundingRect(QRectF(0, 0, content.width(), 1000), Qt::TextWordWrap, line).height() + 2;
            section.figuresHeight += 4;
            section.pages = table.paginate(table.items(section.rows), [&](int index) {
                return content.height() - table.headerHeight() - (index == 0 ? titleHeight + mapHeight + 8 + section.figuresHeight : runningHead);
            });
            if (section.rows.isEmpty())
                section.pages = {{}};
            section.firstPage = next;
            next += int(section.pages.size());
        }
        const int total = next - 1;
        report.pages = total;
        report.contentsPages = contentsPages;
        const QString sources = data.sourcesSummary();

        // Contents: title, filter, overview map, one line per area.
        int pageNumber = 1;
        double y = content.top() + paintTitle(painter, content, title, printedDate(data.date, data.language), 16);
        painter.setFont(pageFont(9));
        painter.setPen(PageColors::Text);
        const QString filter = data.filterDescription.isEmpty()
            ? QCoreApplication::translate("Atlas", "%n resource(s)", nullptr, int(data.resources.size()))
            : QCoreApplication::translate("Atlas", "Filter: %1").arg(data.filterDescription) + QStringLiteral("　")
                + QCoreApplication::translate("Atlas", "%n resource(s)", nullptr, int(data.resources.size()));
        painter.drawText(QRectF(content.left(), y, content.width(), 20), Qt::AlignLeft | Qt::AlignVCenter, filter);
        y += 24;
        MapFrameOptions overview;
        overview.extent = level->bounds;
        overview.settings = settings;
        overview.settings.showResources = false;   // where each area lies: outlines and names
        for (int l = 0; l < scene.levels.size(); ++l) {
            const QString code = scene.levels[l].level.code;
            LevelStyle style = overview.settings.levelStyles.value(code, defaultLevelStyle(l, int(scene.levels.size())));
            style.visible = &scene.levels[l] <= level;   // the atlas level and those above it
            if (&scene.levels[l] == level)
                style.labels = false;   // numbered instead (below)
            overview.settings.levelStyles.insert(code, style);
        }
        // A choropleth's and a coverage's legends go in a column beside the overview, where they
        // cover neither the map nor the areas' numbers.
        const bool statisticsLegends = overview.settings.choropleth || overview.settings.coverageGaps;
        const double overviewLegend = statisticsLegends ? std::round(content.width() * (page.landscape ? 0.24 : 0.3)) : 0.0;
        const QRectF overviewFrame(content.left(), y, content.width() - (statisticsLegends ? overviewLegend + 8 : 0.0), overviewHeight);
        overview.settings.statisticsLegendsInFrame = !statisticsLegends;
        paintMapFrame(painter, overviewFrame, scene, overview, control.cancel);
        if (statisticsLegends)
            MapRenderer::paintStatisticsLegendsBeside(painter, QRectF(overviewFrame.right() + 8, y, overviewLegend, overviewHeight), overviewFrame,
                                                      overview.settings);
        // Each area numbered as in the contents.
        const MapViewport overviewViewport = frameViewport(overviewFrame, overview.extent);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setFont(pageFont(7, true));
        for (int s = 0; s < sections.size(); ++s) {
            const QPointF centre = overviewFrame.topLeft() + overviewViewport.toScreen(sections[s].area->labelPoint);
            painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.0));
            painter.setBrush(Qt::white);
            painter.drawEllipse(centre, 8, 8);
            painter.setPen(QColor(0xc6, 0x28, 0x28));
            painter.drawText(QRectF(centre.x() - 9, centre.y() - 8, 18, 16), Qt::AlignCenter, QString::number(s + 1));
        }
        painter.restore();
        y += overviewHeight + 10;
        const QFont rowFont = pageFont(10);
        auto contentsHeader = [&](double top) {
            painter.setFont(pageFont(9, true));
            painter.setPen(PageColors::Muted);
            const QRectF line(content.left(), top, content.width(), contentsRow);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QCoreApplication::translate("Atlas", "No."));
            painter.drawText(line.adjusted(32, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, QCoreApplication::translate("Atlas", "Area"));
            painter.drawText(line.adjusted(0, 0, -80, 0), Qt::AlignRight | Qt::AlignVCenter, QCoreApplication::translate("Atlas", "Resources"));
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QCoreApplication::translate("Atlas", "Page"));
            painter.setPen(QPen(PageColors::Rule, 0.8));
            painter.drawLine(line.bottomLeft(), line.bottomRight());
            return top + contentsRow;
        };
        y = contentsHeader(y);
        int rowsOnPage = 0;
        for (int s = 0; s < sections.size(); ++s) {
            const AreaSection &section = sections[s];
            if (rowsOnPage == (pageNumber == 1 ? firstContentsRows : otherContentsRows)) {
                rowsOnPage = 0;
                paintPageFoot(painter, page, pageNumber, total, sources);
                writer.newPage();
                ++pageNumber;
                painter.setFont(pageFont(9, true));
                painter.setPen(PageColors::Muted);
                painter.drawText(QRectF(content.left(), content.top(), content.width(), runningHead), Qt::AlignLeft | Qt::AlignTop, title);
                y = contentsHeader(content.top() + runningHead);
            }
            const QRectF line(content.left(), y, content.width(), contentsRow);
            painter.setFont(rowFont);
            painter.setPen(PageColors::Text);
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QString::number(s + 1));
            painter.drawText(line.adjusted(32, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, section.area->name);
            painter.drawText(line.adjusted(0, 0, -80, 0), Qt::AlignRight | Qt::AlignVCenter, QString::number(section.rows.size()));
            painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(section.firstPage));
            painter.setPen(QPen(PageColors::Rule, 0.4));
            painter.drawLine(line.bottomLeft(), line.bottomRight());
            y += contentsRow;
            ++rowsOnPage;
        }
        paintPageFoot(painter, page, pageNumber, total, sources);

        // One section per area.
        for (int s = 0; s < sections.size(); ++s) {
            if (control.cancelled())
                return Error(ErrorCode::Cancelled);
            control.report(s, sections.size(), 5, 95);
            const AreaSection &section = sections[s];
            QList<Resource> shown;
            for (int i : section.rows)
                shown.push_back(data.resources[i]);
            for (int p = 0; p < section.pages.size(); ++p) {
                writer.newPage();
                ++pageNumber;
                double top = content.top();
                if (p == 0) {
                    const QString right = QCoreApplication::translate("Atlas", "%n resource(s)", nullptr, int(section.rows.size()));
                    top += paintTitle(painter, content, section.area->name, right, 14);
                    MapFrameOptions frame;
                    frame.focus = section.area;
                    frame.settings = settings;
                    frame.settings.resourceMask = resourceMaskFor(scene, shown);
                    frame.settings.datasetLabel = false;
                    frame.settings.statisticsLegendsInFrame = false;   // in the legend column, under the symbols
                    const double legendWidth = std::round(content.width() * (page.landscape ? 0.24 : 0.3));
                    const QRectF mapBox(content.left(), top, content.width() - legendWidth - 8, mapHeight);
                    const MapRenderer::Stats stats = paintMapFrame(painter, mapBox, scene, frame, control.cancel);
                    const QRectF legendColumn(mapBox.right() + 8, top, legendWidth, mapHeight);
                    const double legendHeight = paintLegendPanel(painter, legendColumn, scene, shown, data.language);
                    MapRenderer::paintStatisticsLegendsBeside(painter, legendColumn.adjusted(0, legendHeight + 8, 0, 0), mapBox, frame.settings);
                    if (stats.cancelled)
                        return Error(ErrorCode::Cancelled);
                    top += mapHeight + 8;
                    painter.setFont(figuresFont);
                    painter.setPen(PageColors::Text);
                    for (const QString &line : section.figures) {
                        const QRectF box(content.left(), top, content.width(), 1000);
                        const QRectF used = painter.boundingRect(box, Qt::TextWordWrap, line);
                        painter.drawText(box, Qt::TextWordWrap, line);
                        top += used.height() + 2;
                        painter.setPen(PageColors::Muted);
                    }
                    top += 4;
                } else {
                    painter.setFont(pageFont(9, true));
                    painter.setPen(PageColors::Muted);
                    painter.drawText(QRectF(content.left(), top, content.width(), runningHead), Qt::AlignLeft | Qt::AlignTop,
                                     section.area->name + QCoreApplication::translate("ResourceTable", " (continued)"));
                    top += runningHead;
                }
                if (section.rows.isEmpty()) {
                    painter.setFont(pageFont(10));
                    painter.setPen(PageColors::Muted);
                    painter.drawText(QRectF(content.left(), top, content.width(), 30), Qt::AlignLeft | Qt::AlignVCenter,
                                     QCoreApplication::translate("Atlas", "No resources in this area."));
                } else {
                    table.paintPage(painter, QPointF(content.left(), top), section.pages[p]);
                }
                paintPageFoot(painter, page, pageNumber, total, sources);
            }
        }
    }
    return report;
}

Result<AtlasReport> exportAtlas(const MapScene &scene, const ExportData &data, const QString &path, const AtlasOptions &options,
                                const ExportControl &control)
{
    if (data.areaLevel.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("no area level")).inField(QStringLiteral("area level"));
    const SceneAreaLevel *level = findSceneLevel(scene, data.areaLevel);
    if (!level || level->areas.isEmpty())
        return Error(ErrorCode::NotFound, data.areaLevel).inField(QStringLiteral("area level"));
    Result<AtlasReport> report = Error(ErrorCode::Internal);
    const QString title = data.title.isEmpty() ? atlasTitle(data, *level) : data.title;
    const Status written = writePdf(path, options.page, title, [&](QPagedPaintDevice &device, QPainter &painter) -> Status {
        report = paintAtlas(device, painter, scene, data, options, control);
        if (!report)
            return report.error();
        return {};
    });
    if (!written)
        return written.error();
    control.report(100);
    return report;
}

} // namespace careatlas::geo
