#include "geo/areas/OgrSource.h"

#include "geo/GdalSupport.h"

#include <QFileInfo>

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>

namespace careatlas::geo {

void DatasetCloser::operator()(GDALDataset *dataset) const
{
    if (dataset)
        GDALClose(GDALDataset::ToHandle(dataset));
}

QString gdalPathFor(const QString &path)
{
    if (path.startsWith(QLatin1String("/vsi")))
        return path;
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return QStringLiteral("/vsizip/") + QFileInfo(path).absoluteFilePath();
    for (const char *suffix : {".tar", ".tar.gz", ".tgz"})
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return QStringLiteral("/vsitar/") + QFileInfo(path).absoluteFilePath();
    return path;
}

Result<DatasetPtr> openVectorSource(const QString &path, const std::optional<QString> &shapeEncoding)
{
    ensureGdalRegistered();
    const QString gdalPath = gdalPathFor(path);
    const QByteArray gdalPathBytes = gdalPath.toUtf8();
    VSIStatBufL stat;
    if (VSIStatL(gdalPathBytes.constData(), &stat) != 0)
        return Error(ErrorCode::FileNotFound).inFile(path);
    if (VSI_ISDIR(stat.st_mode) == 0 && stat.st_size == 0)
        return Error(ErrorCode::NotAVectorSource, QStringLiteral("empty file")).inFile(path);

    CPLStringList openOptions;
    const QByteArray encoding = shapeEncoding ? shapeEncoding->toLatin1() : QByteArray();
    if (shapeEncoding)
        openOptions.SetNameValue("ENCODING", encoding.constData());

    GdalErrorCollector errors;
    // Only the driver that knows ENCODING gets it, or other drivers warn about it.
    const char *shapeOnly[] = {"ESRI Shapefile", nullptr};
    GDALDataset *raw = nullptr;
    if (shapeEncoding)
        raw = GDALDataset::Open(gdalPathBytes.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                shapeOnly, openOptions.List());
    if (!raw)
        raw = GDALDataset::Open(gdalPathBytes.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR);
    DatasetPtr dataset(raw);
    if (!dataset) {
        QString detail = errors.lastError();
        if (detail.isEmpty())
            detail = QStringLiteral("no GDAL vector driver recognises it");
        return Error(ErrorCode::NotAVectorSource, detail).inFile(path);
    }
    if (dataset->GetLayerCount() == 0)
        return Error(ErrorCode::NoLayer).inFile(path);
    return dataset;
}

} // namespace careatlas::geo
