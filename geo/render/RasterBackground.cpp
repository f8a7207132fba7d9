#include "geo/render/RasterBackground.h"

#include "geo/GdalSupport.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace careatlas::geo {

namespace {

struct WarpOptionsDeleter {
    void operator()(GDALWarpAppOptions *options) const { GDALWarpAppOptionsFree(options); }
};

int cancelProgress(double, const char *, void *data)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(data);
    return cancel && cancel->load(std::memory_order_relaxed) ? FALSE : TRUE;
}

} // namespace

struct RasterBackground::Private {
    QString path;
    QRectF geographicBounds;
    bool paletted = false;
    mutable std::mutex mutex;
    GDALDatasetUniquePtr source;              // declared before the warped views that reference it
    mutable int warpedEpsg = 0;
    mutable GDALDatasetUniquePtr warped;      // in the map's projection, with an alpha band
};

RasterBackground::RasterBackground() : d(std::make_unique<Private>()) {}
RasterBackground::~RasterBackground()
{
    d->warped.reset();   // before the source it reads
}

QString RasterBackground::path() const { return d->path; }
QRectF RasterBackground::geographicBounds() const { return d->geographicBounds; }

Result<std::shared_ptr<const RasterBackground>> RasterBackground::open(const QString &path)
{
    ensureGdalRegistered();
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::FileNotFound).inFile(path);
    GdalErrorCollector errors;
    GDALDatasetUniquePtr dataset(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR));
    if (!dataset || dataset->GetRasterCount() < 1)
        return Error(ErrorCode::FileUnreadable, errors.lastError().isEmpty() ? QStringLiteral("not a raster GDAL can read") : errors.lastError()).inFile(path);
    double gt[6];
    const OGRSpatialReference *srs = dataset->GetSpatialRef();
    if (!srs || dataset->GetGeoTransform(gt) != CE_None)
        return Error(ErrorCode::InvalidCrs, QStringLiteral("the raster has no georeference")).inFile(path);
    // The footprint in longitude/latitude.
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toGeographic(OGRCreateCoordinateTransformation(srs, &wgs84));
    if (!toGeographic)
        return Error(ErrorCode::InvalidCrs, errors.lastError()).inFile(path);
    const double x0 = gt[0], x1 = gt[0] + gt[1] * dataset->GetRasterXSize() + gt[2] * dataset->GetRasterYSize();
    const double y0 = gt[3], y1 = gt[3] + gt[4] * dataset->GetRasterXSize() + gt[5] * dataset->GetRasterYSize();
    double west = 0, south = 0, east = 0, north = 0;
    if (!toGeographic->TransformBounds(std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1), &west, &south, &east, &north, 21))
        return Error(ErrorCode::InvalidCrs, errors.lastError()).inFile(path);
    std::shared_ptr<RasterBackground> background(new RasterBackground);
    background->d->path = path;
    background->d->geographicBounds = QRectF(QPointF(west, south), QPointF(east, north));
    background->d->paletted = dataset->GetRasterCount() == 1 && dataset->GetRasterBand(1)->GetColorTable();
    background->d->source = std::move(dataset);
    return std::shared_ptr<const RasterBackground>(std::move(background));
}

QImage RasterBackground::render(const MapViewport &viewport, const MapProjection &projection, const std::atomic_bool *cancel) const
{
    if (!viewport.isValid())
        return {};
    std::lock_guard lock(d->mutex);
    GdalErrorCollector errors;   // a failed read draws no background; it never stops the frame
    if (!d->warped || d->warpedEpsg != projection.epsg()) {
        d->warped.reset();
        // gdalwarp to a virtual dataset: nothing is computed until a window is read.
        const QByteArray target = QStringLiteral("EPSG:%1").arg(projection.epsg()).toUtf8();
        std::vector<QByteArray> arguments = {"-of", "VRT", "-t_srs", target, "-dstalpha", "-r", d->paletted ? "near" : "bilinear"};
        std::vector<char *> argv;
        for (QByteArray &a : arguments)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        std::unique_ptr<GDALWarpAppOptions, WarpOptionsDeleter> options(GDALWarpAppOptionsNew(argv.data(), nullptr));
        GDALDatasetH sources[] = {GDALDataset::ToHandle(d->source.get())};
        int usageError = FALSE;
        GDALDatasetH warped = GDALWarp("", nullptr, 1, sources, options.get(), &usageError);
        if (!warped)
            return {};
        d->warped.reset(GDALDataset::FromHandle(warped));
        d->warpedEpsg = projection.epsg();
    }
    GDALDataset &ds = *d->warped;
    double gt[6];
    if (ds.GetGeoTransform(gt) != CE_None || gt[2] != 0 || gt[4] != 0)
        return {};
    const double dpr = viewport.devicePixelRatio();
    const int width = int(std::ceil(viewport.size().width() * dpr)), height = int(std::ceil(viewport.size().height() * dpr));
    const double step = viewport.metresPerPixel() / dpr;   // map metres per device pixel
    const QRectF visible = viewport.visibleMapRect();
    const double left = visible.left(), top = visible.top() + visible.height();   // map y points north
    // The frame's device pixel grid in the warped raster's pixels.
    const double px0 = (left - gt[0]) / gt[1], px1 = (left + width * step - gt[0]) / gt[1];
    const double py0 = (top - gt[3]) / gt[5], py1 = (top - height * step - gt[3]) / gt[5];
    const double sx = (px1 - px0) / width, sy = (py1 - py0) / height;   // raster pixels per device pixel
    const int rasterWidth = ds.GetRasterXSize(), rasterHeight = ds.GetRasterYSize();
    // Device pixels covered by the raster.
    const int i0 = std::max(0, int(std::floor((0 - px0) / sx))), i1 = std::min(width, int(std::ceil((rasterWidth - px0) / sx)));
    const int j0 = std::max(0, int(std::floor((0 - py0) / sy))), j1 = std::min(height, int(std::ceil((rasterHeight - py0) / sy)));
    if (i1 <= i0 || j1 <= j0)
        return {};
    const double wx0 = std::clamp(px0 + i0 * sx, 0.0, double(rasterWidth)), wx1 = std::clamp(px0 + i1 * sx, 0.0, double(rasterWidth));
    const double wy0 = std::clamp(py0 + j0 * sy, 0.0, double(rasterHeight)), wy1 = std::clamp(py0 + j1 * sy, 0.0, double(rasterHeight));
    if (wx1 <= wx0 || wy1 <= wy0)
        return {};
    const int nx0 = int(std::floor(wx0)), ny0 = int(std::floor(wy0));
    const int nx1 = std::min(rasterWidth, int(std::ceil(wx1))), ny1 = std::min(rasterHeight, int(std::ceil(wy1)));

    QImage image(width, height, QImage::Format_RGBA8888);
    image.fill(Qt::transparent);
    GDALRasterIOExtraArg extra;
    INIT_RASTERIO_EXTRA_ARG(extra);
    extra.eResampleAlg = d->paletted ? GRIORA_NearestNeighbour : GRIORA_Bilinear;
    extra.bFloatingPointWindowValidity = TRUE;
    extra.dfXOff = wx0;
    extra.dfYOff = wy0;
    extra.dfXSize = wx1 - wx0;
    extra.dfYSize = wy1 - wy0;
    extra.pfnProgress = cancelProgress;
    extra.pProgressData = const_cast<std::atomic_bool *>(cancel);
    const int bands = ds.GetRasterCount();   // colour bands, then the alpha band gdalwarp added
    const int colourBands = bands - 1;
    const int bufferWidth = i1 - i0, bufferHeight = j1 - j0;
    uchar *origin = image.bits() + qsizetype(j0) * image.bytesPerLine() + i0 * 4;
    CPLErr status = CE_Failure;
    GDALColorTable *palette = d->paletted ? ds.GetRasterBand(1)->GetColorTable() : nullptr;
    if (palette && colourBands == 1) {
        std::vector<GByte> index(size_t(bufferWidth) * bufferHeight);
        status = ds.GetRasterBand(1)->RasterIO(GF_Read, nx0, ny0, nx1 - nx0, ny1 - ny0, index.data(), bufferWidth, bufferHeight, GDT_Byte, 0, 0, &extra);
        if (status == CE_None)
            status = ds.GetRasterBand(bands)->RasterIO(GF_Read, nx0, ny0, nx1 - nx0, ny1 - ny0, origin + 3, bufferWidth, bufferHeight, GDT_Byte, 4, image.bytesPerLine(), &extra);
        for (int y = 0; status == CE_None && y < bufferHeight; ++y) {
            uchar *row = origin + qsizetype(y) * image.bytesPerLine();
            for (int x = 0; x < bufferWidth; ++x) {
                const GDALColorEntry *entry = palette->GetColorEntry(index[size_t(y) * bufferWidth + x]);
                if (entry) {
                    row[4 * x] = GByte(entry->c1);
                    row[4 * x + 1] = GByte(entry->c2);
                    row[4 * x + 2] = GByte(entry->c3);
                    row[4 * x + 3] = GByte(row[4 * x + 3] * entry->c4 / 255);
                }
            }
        }
    } else {
        int bandMap[4] = {1, 1, 1, bands};   // grey: the one band three times
        if (colourBands >= 3) {
            bandMap[1] = 2;
            bandMap[2] = 3;
        }
        status = ds.RasterIO(GF_Read, nx0, ny0, nx1 - nx0, ny1 - ny0, origin, bufferWidth, bufferHeight, GDT_Byte, 4, bandMap, 4,
                             image.bytesPerLine(), 1, &extra);
    }
    if (status != CE_None || (cancel && cancel->load()))
        return {};
    image = std::move(image).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    return image;
}

} // namespace careatlas::geo
