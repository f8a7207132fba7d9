#include "geo/import/PointSourceReader.h"

#include "geo/GdalSupport.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <QFileInfo>

#include <memory>

namespace careatlas::geo {

namespace {

Error gdalError(ErrorCode code, const GdalErrorCollector &errors, const QString &path)
{
    return Error(code, errors.lastError()).inFile(path);
}

// The point of a feature's geometry in the target CRS, or nothing.
std::optional<OGRPoint> pointOf(const OGRGeometry *geometry, OGRCoordinateTransformation *transform)
{
    if (!geometry || geometry->IsEmpty())
        return std::nullopt;
    OGRPoint point;
    const OGRwkbGeometryType type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPoint) {
        point = *geometry->toPoint();
    } else if (type == wkbMultiPoint) {
        point = *geometry->toMultiPoint()->getGeometryRef(0);
    } else if (geometry->Centroid(&point) != OGRERR_NONE) {
        return std::nullopt;
    }
    if (transform) {
        double x = point.getX(), y = point.getY();
        if (!transform->Transform(1, &x, &y))
            return std::nullopt;
        point.setX(x);
        point.setY(y);
    }
    return point;
}

bool isShapefile(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) == 0;
}

// A Shapefile that does not say its encoding (no .cpg, as 国土数値情報 files): its text read
// raw and detected like a CSV's (UTF-8 or CP932). Empty when it says it, or nothing is clear.
QByteArray undeclaredShapefileEncoding(const QString &path)
{
    const QFileInfo info(path);
    if (QFileInfo::exists(info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".cpg")))
        return QByteArray();
    const QByteArray utf8Path = path.toUtf8();
    const char *raw[] = {"ENCODING=", nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::Open(utf8Path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, raw, nullptr));
    if (!dataset || dataset->GetLayerCount() == 0)
        return QByteArray();
    OGRLayer *layer = dataset->GetLayer(0);
    QByteArray sample;
    qint64 features = 0;
    for (const auto &feature : *layer) {
        for (int i = 0; i < feature->GetFieldCount(); ++i) {
            if (feature->GetFieldDefnRef(i)->GetType() == OFTString && feature->IsFieldSetAndNotNull(i))
                sample += QByteArray(feature->GetFieldAsString(i)) + '\n';
        }
        if (++features >= 2000)
            break;
    }
    const auto detected = detectTextEncoding(sample);
    if (detected == TextEncoding::Cp932)
        return QByteArrayLiteral("ENCODING=CP932");
    if (detected == TextEncoding::Utf8)
        return QByteArrayLiteral("ENCODING=UTF-8");
    return QByteArray();
}

} // namespace

bool isVectorSourcePath(const QString &path)
{
    static const QStringList extensions = {QStringLiteral("geojson"), QStringLiteral("json"), QStringLiteral("shp"),
                                           QStringLiteral("gpkg"), QStringLiteral("kml"), QStringLiteral("gml"),
                                           QStringLiteral("fgb"), QStringLiteral("zip"), QStringLiteral("xml")};
    return extensions.contains(QFileInfo(path).suffix().toLower());
}

void PointRecordSource::DatasetCloser::operator()(GDALDataset *dataset) const
{
    GDALClose(dataset);
}

void PointRecordSource::TransformDeleter::operator()(OGRCoordinateTransformation *transform) const
{
    OGRCoordinateTransformation::DestroyCT(transform);
}

PointRecordSource::~PointRecordSource() = default;

Result<std::unique_ptr<PointRecordSource>> PointRecordSource::open(const QString &path, const QString &layerName, TextEncoding encoding)
{
    ensureGdalRegistered();
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::FileNotFound).inFile(path);
    GdalErrorCollector errors;
    const QByteArray utf8Path = path.toUtf8();
    QByteArray shapeEncoding;
    if (isShapefile(path)) {
        if (encoding == TextEncoding::Cp932)
            shapeEncoding = QByteArrayLiteral("ENCODING=CP932");
        else if (encoding == TextEncoding::Utf8 || encoding == TextEncoding::Utf8Bom)
            shapeEncoding = QByteArrayLiteral("ENCODING=UTF-8");
        else if (encoding == TextEncoding::Auto)
            shapeEncoding = undeclaredShapefileEncoding(path);
    }
    const char *openOptions[] = {shapeEncoding.constData(), nullptr};
    std::unique_ptr<PointRecordSource> source(new PointRecordSource);
    // Read-only: OGR's GeoJSON driver then streams features from the file rather than keeping
    // the parsed document (GDAL_OF_UPDATE would load it whole).
    source->m_dataset.reset(GDALDataset::Open(utf8Path.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                              nullptr, shapeEncoding.isEmpty() ? nullptr : openOptions, nullptr));
    GDALDataset *dataset = source->m_dataset.get();
    if (!dataset)
        return gdalError(ErrorCode::NotAVectorSource, errors, path);
    if (dataset->GetLayerCount() == 0)
        return Error(ErrorCode::NoLayer).inFile(path);
    OGRLayer *layer = layerName.isEmpty() ? dataset->GetLayer(0) : dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!layer)
        return Error(ErrorCode::LayerNotFound, layerName).inFile(path);
    source->m_layer = layer;

    // Geographic degrees, longitude first, whatever the source's CRS.
    if (const OGRSpatialReference *sourceCrs = layer->GetSpatialRef()) {
        OGRSpatialReference from(*sourceCrs);
        from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRSpatialReference target;
        target.importFromEPSG(6668);
        target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!from.IsGeographic() || !from.IsSame(&target)) {
            source->m_transform.reset(OGRCreateCoordinateTransformation(&from, &target));
            if (!source->m_transform)
                return gdalError(ErrorCode::InvalidCrs, errors, path);
        }
    }

    source->hasGeometry = true;
    const OGRFeatureDefn *definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        source->headers.append(QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()));
    // Known without reading for a Shapefile and GeoJSON (counted by the driver's first pass);
    // counted by reading for other formats.
    source->m_total = std::max<GIntBig>(0, layer->GetFeatureCount(TRUE));
    layer->ResetReading();
    return source;
}

bool PointRecordSource::next(SourceRow &row)
{
    OGRFeatureUniquePtr feature(m_layer->GetNextFeature());
    if (!feature)
        return false;
    ++m_number;
    row.line = m_number;
    const int fieldCount = feature->GetFieldCount();
    row.fields.clear();
    row.fields.reserve(fieldCount);
    for (int i = 0; i < fieldCount; ++i)
        row.fields.append(feature->IsFieldSetAndNotNull(i) ? QString::fromUtf8(feature->GetFieldAsString(i)) : QString());
    row.latitude.reset();
    row.longitude.reset();
    if (const auto point = pointOf(feature->GetGeometryRef(), m_transform.get())) {
        row.longitude = point->getX();
        row.latitude = point->getY();
    }
    return true;
}

Status PointRecordSource::rewind()
{
    m_layer->ResetReading();
    m_number = 0;
    return {};
}

Result<RecordTable> readPointSource(const QString &path, const QString &layerName, TextEncoding encoding)
{
    auto source = PointRecordSource::open(path, layerName, encoding);
    if (!source)
        return source.error();
    RecordTable table;
    table.hasGeometry = true;
    table.headers = (*source)->headers;
    SourceRow row;
    while ((*source)->next(row))
        table.rows.append(row);
    return table;
}

} // namespace careatlas::geo
