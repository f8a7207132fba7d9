#include "geo/export/MapLayout.h"

#include "core/export/SafeFile.h"
#include "geo/export/HandoutList.h"
#include "geo/export/LegendPanel.h"
#include "geo/export/MapFrame.h"
#include "geo/export/PdfDocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPagedPaintDevice>
#include <QSaveFile>
#include <QSvgGenerator>

namespace careatlas::geo {

std::optional<MapLayoutFormat> mapLayoutFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return MapLayoutFormat::Pdf;
    if (suffix == QLatin1String("png"))
        return MapLayoutFormat::Png;
    if (suffix == QLatin1String("svg"))
        return MapLayoutFormat::Svg;
    return std::nullopt;
}

Result<MapLayoutReport> paintMapLayout(QPainter &painter, const MapScene &scene, const ExportData &data,
                                       const MapLayoutOptions &options, const std::atomic_bool *cancel)
{
    MapFrameOptions frameOptions;
    frameOptions.extent = options.extent;
    frameOptions.settings = options.settings;
    frameOptions.settings.legend = false;   // drawn beside the map (LegendPanel)
    frameOptions.settings.scaleBar = true;
    frameOptions.settings.northArrow = true;
    frameOptions.settings.language = data.language;
    frameOptions.settings.resourceMask = resourceMaskFor(scene, data.resources);
    if (!options.areaCode.isEmpty()) {
        frameOptions.focus = findSceneArea(scene, options.areaLevel, options.areaCode);
        if (!frameOptions.focus)
            return Error(ErrorCode::NotFound, options.areaLevel + QLatin1Char('/') + options.areaCode);
    }

    const QRectF content = options.page.contentRect();
    const QFont titleFont = pageFont(options.page.paper == PaperSize::A3 ? 20 : 16, true);
    const QFont textFont = pageFont(9);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF textMetrics(textFont, painter.device());
    const QString title = data.title.isEmpty()
        ? (frameOptions.focus ? frameOptions.focus->name : QCoreApplication::translate("MapLayout", "Resource map"))
        : data.title;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    double y = content.top();
    painter.setPen(PageColors::Text);
    painter.setFont(titleFont);
    painter.drawText(QRectF(content.left(), y, content.width() * 0.75, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(title, Qt::ElideRight, content.width() * 0.75));
    painter.setFont(textFont);
    painter.setPen(PageColors::Muted);
    painter.drawText(QRectF(content.left(), y, content.width(), titleMetrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                     printedDate(data.date, data.language));
    y += titleMetrics.height() + 2;
    QStringList subtitle;
    if (!data.filterDescription.isEmpty())
        subtitle << QCoreApplication::translate("MapLayout", "Filter: %1").arg(data.filterDescription);
    subtitle << QCoreApplication::translate("MapLayout", "%n resource(s)", nullptr, int(data.resources.size()));
    painter.setPen(PageColors::Text);
    painter.drawText(QRectF(content.left(), y, content.width(), textMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     textMetrics.elidedText(subtitle.join(QStringLiteral("　")), Qt::ElideRight, content.width()));
    y += textMetrics.height() + 6;

    const double footHeight = textMetrics.height() * 2 + 8;
    const HandoutOptions &handout = options.handout;
    const LegendStyle legendStyle{handout.colourBlindSafe, handout.largePrint ? 11.0 : 8.5, handout.largePrint ? 14.0 : 10.0};
    frameOptions.settings.colourBlindSafe = handout.colourBlindSafe;
    if (handout.largePrint)
        frameOptions.settings.symbolSize = std::max(frameOptions.settings.symbolSize, 16.0);
    if (!handout.namedLevel.isEmpty()) {
        // The named level's names are drawn, whatever the screen's style says.
        frameOptions.settings.namedLevel = handout.namedLevel;
        for (int l = 0; l < scene.levels.size(); ++l)
            if (scene.levels[l].level.code == handout.namedLevel) {
                LevelStyle style = frameOptions.settings.levelStyles.value(handout.namedLevel, defaultLevelStyle(l, int(scene.levels.size())));
                style.visible = true;
                style.labels = true;
                if (handout.largePrint)
                    style.labelPointSize = std::max(style.labelPointSize, 12.0);
                frameOptions.settings.levelStyles.insert(handout.namedLevel, style);
            }
    }
    MapLayoutReport report;
    QRectF frame, legendBox, listBox;
    int listColumns = 1;
    const double bottom = content.bottom() - footHeight;
    if (!handout.numbered) {
        const double legendWidth = std::round(content.width() * (options.page.landscape ? 0.22 : 0.3));
        frame = QRectF(content.left(), y, content.width() - legendWidth - 8, bottom - y);
        legendBox = QRectF(frame.right() + 8, frame.top(), legendWidth, frame.height());
    } else if (options.page.landscape) {
        // The map left, the legend and the numbered list in a column beside it.
        const double side = std::round(content.width() * (handout.largePrint ? 0.42 : 0.36));
        frame = QRectF(content.left(), y, content.width() - side - 8, bottom - y);
        legendBox = QRectF(frame.right() + 8, y, side, std::round(frame.height() * 0.26));
        listBox = QRectF(legendBox.left(), legendBox.bottom() + 8, side, bottom - legendBox.bottom() - 8);
        listColumns = side > 330 && !handout.largePrint ? 2 : 1;
    } else {
        // The map on top, the list under it and the legend beside the list.
        const double mapHeight = std::round((bottom - y) * 0.6);
        frame = QRectF(content.left(), y, content.width(), mapHeight);
        const double legendWidth = std::round(content.width() * 0.28);
        listBox = QRectF(content.left(), frame.bottom() + 8, content.width() - legendWidth - 8, bottom - frame.bottom() - 8);
        legendBox = QRectF(listBox.right() + 8, listBox.top(), legendWidth, listBox.height());
        listColumns = handout.largePrint ? 1 : 2;
    }
    QList<HandoutEntry> entries;
    if (handout.numbered) {
        const QRectF extent = options.extent.isEmpty() ? (frameOptions.focus ? frameOptions.focus->bounds : scene.extent()) : options.extent;
        const QList<Resource> inView = resourcesInside(scene, data.resources, frameViewport(frame, extent).visibleMapRect());
        entries = handoutEntries(inView, data.categories);
        auto numbers = std::make_shared<QHash<qint64, int>>();
        for (const HandoutEntry &e : entries)
            numbers->insert(e.id, e.number);
        frameOptions.settings.resourceNumbers = numbers;
        frameOptions.settings.clusters = false;
        frameOptions.settings.resourceLabels = false;
        frameOptions.settings.numberPointSize = handout.largePrint ? 11.0 : 8.0;
        if (!handout.largePrint)
            frameOptions.settings.symbolSize = std::max(frameOptions.settings.symbolSize, 12.0);
    }
    // Without the numbered list the legend column has room for the choropleth's and the
    // coverage's legends too: there they cover nothing of the map.
    frameOptions.settings.statisticsLegendsInFrame = handout.numbered;
    QRectF visible;
    const MapRenderer::Stats stats = paintMapFrame(painter, frame, scene, frameOptions, cancel, &visible);
    const double legendHeight = paintLegendPanel(painter, legendBox, scene, resourcesInside(scene, data.resources, visible), data.language, legendStyle);
    if (!handout.numbered)
        MapRenderer::paintStatisticsLegendsBeside(painter, legendBox.adjusted(0, legendHeight + 8, 0, 0), frame, frameOptions.settings);
    else if (options.page.landscape)
        listBox.setTop(legendBox.top() + legendHeight + 8);   // the list follows the legend as tall as it is
    report.unplacedAreas = stats.unplacedAreas;
    QStringList notes;
    if (!stats.unplacedAreas.isEmpty())
        notes << QCoreApplication::translate("MapLayout", "Not named on the map (no room): %1").arg(stats.unplacedAreas.join(QStringLiteral("、")));
    const HandoutListStyle listStyle{handout.largePrint ? 12.0 : 8.0, handout.largePrint ? 14.0 : 10.0, handout.colourBlindSafe, data.language};
    auto *paged = dynamic_cast<QPagedPaintDevice *>(painter.device());
    int next = 0;
    if (handout.numbered) {
        next = paintHandoutList(painter, listBox, entries, 0, data.categories, listStyle, listColumns, notes);
        if (next < entries.size() && !paged) {
            painter.setFont(textFont);
            painter.setPen(PageColors::Text);
            painter.drawText(QRectF(listBox.left(), listBox.bottom() - textMetrics.height(), listBox.width(), textMetrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter,
                             QCoreApplication::translate("MapLayout", "… %n more: export as PDF for the whole list", nullptr, int(entries.size() - next)));
        }
        report.numbered = int(entries.size());
    } else if (!notes.isEmpty()) {
        painter.setFont(pageFont(7.5));
        painter.setPen(PageColors::Muted);
        painter.drawText(QRectF(legendBox.left() + 8, legendBox.bottom() - 60, legendBox.width() - 16, 56), Qt::AlignBottom | Qt::TextWordWrap, notes.join(QLatin1Char('\n')));
    }

    painter.setFont(textFont);
    painter.setPen(PageColors::Muted);
    const QString sources = data.sourcesSummary();
    QStringList foot;
    foot << QCoreApplication::translate("MapLayout", "Data sources: %1")
                .arg(sources.isEmpty() ? QCoreApplication::translate("MapLayout", "the project's own records") : sources);
    const QString label = data.language == QLatin1String("ja") ? scene.datasetLabelJa : scene.datasetLabelEn;
    if (!label.isEmpty())
        foot << label;
    foot << QCoreApplication::translate("MapLayout", "Made with CareAtlas");
    const QRectF footBox(content.left(), bottom + 4, content.width(), footHeight - 4);
    painter.drawText(footBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, foot.join(QStringLiteral(" ／ ")));
    // The rest of the list on further pages of a PDF (or a printer); an image says what is missing.
    while (next < entries.size() && paged && !(cancel && cancel->load())) {
        paged->newPage();
        ++report.pages;
        painter.setFont(textFont);
        painter.setPen(PageColors::Muted);
        painter.drawText(QRectF(content.left(), content.top(), content.width(), textMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         QCoreApplication::translate("MapLayout", "%1 (list, continued)").arg(title));
        const QRectF rest(content.left(), content.top() + textMetrics.height() + 8, content.width(),
                          content.bottom() - content.top() - textMetrics.height() - 8 - textMetrics.height() - 4);
        const int before = next;
        next = paintHandoutList(painter, rest, entries, next, data.categories, listStyle, handout.largePrint ? 2 : 3);
        if (next == before)
            break;
    }
    report.listed = next;
    painter.restore();

    if (stats.cancelled)
        return Error(ErrorCode::Cancelled);
    report.symbols = stats.symbolsDrawn;
    report.clusters = stats.clustersDrawn;
    return report;
}

Result<MapLayoutReport> exportMapLayout(const MapScene &scene, const ExportData &data, const QString &path,
                                        const MapLayoutOptions &options, const ExportControl &control)
{
    const auto format = mapLayoutFormatFor(path);
    if (!format)
        return Error(ErrorCode::InvalidArgument, QFileInfo(path).suffix()).inFile(path);
    if (Status s = checkWritableTarget(path); !s)
        return s.error();
    control.report(5);
    Result<MapLayoutReport> painted = Error(ErrorCode::Internal);
    const QSizeF pagePixels = options.page.pagePixels();
    switch (*format) {
    case MapLayoutFormat::Pdf: {
        const Status written = writePdf(path, options.page, data.title, [&](QPagedPaintDevice &, QPainter &painter) -> Status {
            painted = paintMapLayout(painter, scene, data, options, control.cancel);
            if (!painted)
                return painted.error();
            return {};
        });
        if (!written)
            return written.error();
        break;
    }
    case MapLayoutFormat::Png: {
        const double scale = options.pngDotsPerInch / PagePixelsPerInch;
        QImage image((pagePixels * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        // Laid out in page pixels at 96 dpi (point-size fonts resolve against the image's dpi),
        // scaled to the asked resolution; the file then says its real resolution.
        const int pagePixelsPerMetre = int(std::lround(PagePixelsPerInch / 0.0254));
        image.setDotsPerMeterX(pagePixelsPerMetre);
        image.setDotsPerMeterY(pagePixelsPerMetre);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(scale, scale);
        painted = paintMapLayout(painter, scene, data, options, control.cancel);
        painter.end();
        if (!painted)
            return painted.error();
        image.setDotsPerMeterX(int(std::lround(options.pngDotsPerInch / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(options.pngDotsPerInch / 0.0254)));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return fileWriteError(path, file);
        QImageWriter writer(&file, "png");
        const qint64 estimate = qint64(image.width()) * image.height() / 4;   // a compressed page
        if (!writer.write(image)) {
            Error error = writeFailure(path, file.error() != QFileDevice::NoError ? file.errorString() : writer.errorString(), estimate);
            file.cancelWriting();
            return error;
        }
        if (!file.commit())
            return writeFailure(path, file.errorString(), estimate);
        break;
    }
    case MapLayoutFormat::Svg: {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(pagePixels.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), pagePixels));
        generator.setResolution(int(PagePixelsPerInch));
        generator.setTitle(data.title);
        generator.setDescription(QStringLiteral("CareAtlas"));
        QPainter painter;
        if (!painter.begin(&generator))
            return Error(ErrorCode::FileWriteFailed, QStringLiteral("QSvgGenerator")).inFile(path);
        painter.fillRect(QRectF(QPointF(0, 0), pagePixels), Qt::white);
        painted = paintMapLayout(painter, scene, data, options, control.cancel);
        painter.end();
        if (!painted)
            return painted.error();
        if (Status s = writeFileSafely(path, buffer.data()); !s)
            return s.error();
        break;
    }
    }
    if (control.cancelled())
        return Error(ErrorCode::Cancelled);
    painted->format = *format;
    control.report(100);
    return painted;
}

} // namespace careatlas::geo
