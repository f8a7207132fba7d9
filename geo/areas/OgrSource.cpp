#include "geo/areas/OgrSource.h"

#include "geo/GdalSupport.h"

#include <QFileInfo>
#include <QUuid>

#include <tuple>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace careatlas::geo {

namespace {

bool exists(const QString &gdalPath)
{
    VSIStatBufL stat;
    return VSIStatL(gdalPath.toUtf8().constData(), &stat) == 0;
}

bool isArchivePath(const QString &gdalPath)
{
    return gdalPath.startsWith(QLatin1String("/vsizip/")) || gdalPath.startsWith(QLatin1String("/vsitar/"));
}

// The file beside `shpPath` with another extension, in either case; empty when there is none.
QString sibling(const QString &shpPath, const char *suffix)
{
    const QString base = shpPath.left(shpPath.size() - 4);
    for (const QString &candidate : QStringList{base + QLatin1String(suffix), base + QString::fromLatin1(suffix).toUpper()})
        if (exists(candidate))
            return candidate;
    return QString();
}

// Extensions of the vector files looked for inside an archive.
bool isVectorFileName(const QString &name)
{
    static const QStringList suffixes = {QStringLiteral("shp"), QStringLiteral("gpkg"), QStringLiteral("geojson"), QStringLiteral("json"),
                                         QStringLiteral("kml"), QStringLiteral("gml"), QStringLiteral("fgb"), QStringLiteral("sqlite")};
    return suffixes.contains(QFileInfo(name).suffix().toLower());
}

// Copies a Shapefile's files that exist (not the missing .shx) to a new /vsimem/ folder.
// Returns the copy's .shp path and the folder.
std::pair<QString, QByteArray> scratchCopy(const QString &shpPath)
{
    const QByteArray folder = "/vsimem/careatlas-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
    VSIMkdir(folder.constData(), 0755);
    const QString base = QFileInfo(shpPath).completeBaseName();
    QString copyOfShp;
    for (const char *suffix : {".shp", ".dbf", ".prj", ".cpg"}) {
        const QString source = QString::fromLatin1(suffix) == QLatin1String(".shp") ? shpPath : sibling(shpPath, suffix);
        if (source.isEmpty())
            continue;
        GByte *bytes = nullptr;
        vsi_l_offset size = 0;
        if (!VSIIngestFile(nullptr, source.toUtf8().constData(), &bytes, &size, -1))
            continue;
        const QString target = QString::fromUtf8(folder) + QLatin1Char('/') + base + QLatin1String(suffix);
        VSIFCloseL(VSIFileFromMemBuffer(target.toUtf8().constData(), bytes, size, TRUE));   // takes the bytes
        if (QLatin1String(suffix) == QLatin1String(".shp"))
            copyOfShp = target;
    }
    return {copyOfShp, folder};
}

} // namespace

void DatasetCloser::operator()(GDALDataset *dataset) const
{
    if (dataset)
        GDALClose(GDALDataset::ToHandle(dataset));
    if (!scratchFolder.isEmpty())
        VSIRmdirRecursive(scratchFolder.constData());
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

Result<QStringList> datasetPaths(const QString &path)
{
    ensureGdalRegistered();
    const QString gdalPath = gdalPathFor(path);
    if (!isArchivePath(gdalPath) || path.startsWith(QLatin1String("/vsi"))) {
        if (!exists(gdalPath))
            return Error(ErrorCode::FileNotFound).inFile(path);
        // A Shapefile's .dbf or .shx stands for the Shapefile (also when its .shx is missing).
        for (const char *part : {".dbf", ".shx"}) {
            if (!gdalPath.endsWith(QLatin1String(part), Qt::CaseInsensitive))
                continue;
            const QString shp = sibling(gdalPath.left(gdalPath.size() - 4) + QStringLiteral(".shp"), ".shp");
            if (!shp.isEmpty())
                return QStringList{shp};
        }
        return QStringList{gdalPath};
    }
    if (!exists(path))
        return Error(ErrorCode::FileNotFound).inFile(path);
    GdalErrorCollector quiet;
    if (!exists(gdalPath))
        return Error(ErrorCode::NotAZipArchive, quiet.lastError()).inFile(path);
    const CPLStringList entries(VSIReadDirRecursive(gdalPath.toUtf8().constData()));
    QStringList found, others;
    for (int i = 0; i < entries.Count(); ++i) {
        const QString entry = QString::fromUtf8(entries[i]);
        if (entry.endsWith(QLatin1Char('/')))
            continue;
        if (isVectorFileName(entry))
            found.append(gdalPath + QLatin1Char('/') + entry);
        else
            others.append(entry);
    }
    if (found.isEmpty())
        return Error(ErrorCode::NoVectorFileInArchive, others.join(QStringLiteral(", "))).inFile(path);
    found.sort();
    return found;
}

Result<DatasetPtr> openVectorDataset(const QString &userPath, const QString &datasetPath,
                                     const std::optional<QString> &shapeEncoding, QList<SourceNote> *notes)
{
    ensureGdalRegistered();
    VSIStatBufL stat;
    if (VSIStatL(datasetPath.toUtf8().constData(), &stat) != 0)
        return Error(ErrorCode::FileNotFound).inFile(userPath);
    if (VSI_ISDIR(stat.st_mode) == 0 && stat.st_size == 0)
        return Error(ErrorCode::NotAVectorSource, QStringLiteral("empty file")).inFile(userPath);

    // A Shapefile without .shx: GDAL rebuilds the index from the .shp, in a copy in memory.
    QString openPath = datasetPath;
    QByteArray scratchFolder;
    const bool shp = datasetPath.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive);
    if (shp && sibling(datasetPath, ".shx").isEmpty()) {
        std::tie(openPath, scratchFolder) = scratchCopy(datasetPath);
        if (notes)
            notes->append({QStringLiteral("rebuilt_shx"), QFileInfo(datasetPath).completeBaseName() + QStringLiteral(".shx")});
    }
    CPLConfigOptionSetter restoreShx("SHAPE_RESTORE_SHX", scratchFolder.isEmpty() ? "NO" : "YES", false);

    CPLStringList openOptions;
    const QByteArray encoding = shapeEncoding ? shapeEncoding->toLatin1() : QByteArray();
    if (shapeEncoding)
        openOptions.SetNameValue("ENCODING", encoding.constData());

    const QByteArray openPathBytes = openPath.toUtf8();
    GdalErrorCollector errors;
    // Only the driver that knows ENCODING gets it, or other drivers warn about it.
    const char *shapeOnly[] = {"ESRI Shapefile", nullptr};
    GDALDataset *raw = nullptr;
    if (shapeEncoding)
        raw = GDALDataset::Open(openPathBytes.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                shapeOnly, openOptions.List());
    if (!raw)
        raw = GDALDataset::Open(openPathBytes.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR);
    DatasetPtr dataset(raw, DatasetCloser{scratchFolder});
    if (!dataset) {
        if (!scratchFolder.isEmpty())
            VSIRmdirRecursive(scratchFolder.constData());
        QString detail = errors.lastError();
        if (detail.isEmpty())
            detail = QStringLiteral("no GDAL vector driver recognises it");
        return Error(ErrorCode::NotAVectorSource, detail).inFile(userPath);
    }
    if (dataset->GetLayerCount() == 0)
        return Error(ErrorCode::NoLayer).inFile(userPath);
    return dataset;
}

Result<DatasetPtr> openVectorSource(const QString &path, const std::optional<QString> &shapeEncoding)
{
    const auto paths = datasetPaths(path);
    if (!paths)
        return paths.error();
    return openVectorDataset(path, paths->constFirst(), shapeEncoding);
}

QString shapefileOfLayer(const QString &datasetPath, const QString &layerName)
{
    if (datasetPath.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive))
        return datasetPath;
    for (const char *other : {".shx", ".dbf"})
        if (datasetPath.endsWith(QLatin1String(other), Qt::CaseInsensitive))
            return datasetPath.left(datasetPath.size() - 4) + QStringLiteral(".shp");
    const QString inFolder = datasetPath + QLatin1Char('/') + layerName + QStringLiteral(".shp");
    return exists(inFolder) ? inFolder : datasetPath + QLatin1Char('/') + layerName + QStringLiteral(".SHP");
}

QList<SourceNote> shapefileNotes(const QString &shpPath, bool layerHasCrs, qint64 shapeCount)
{
    QList<SourceNote> notes;
    const QString base = QFileInfo(shpPath).completeBaseName();
    const QString dbf = sibling(shpPath, ".dbf");
    if (dbf.isEmpty()) {
        notes.append({QStringLiteral("no_dbf"), base + QStringLiteral(".dbf")});
    } else {
        // The .dbf alone (a copy in memory, away from its .shp) is a table whose feature count
        // is its own record count.
        GdalErrorCollector quiet;
        const QByteArray folder = "/vsimem/careatlas-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
        const QByteArray copy = folder + "/table.dbf";
        GByte *bytes = nullptr;
        vsi_l_offset size = 0;
        if (VSIIngestFile(nullptr, dbf.toUtf8().constData(), &bytes, &size, -1)) {
            VSIMkdir(folder.constData(), 0755);
            VSIFCloseL(VSIFileFromMemBuffer(copy.constData(), bytes, size, TRUE));
        }
        DatasetPtr table(GDALDataset::Open(copy.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY), DatasetCloser{folder});
        if (table && table->GetLayerCount() > 0) {
            const qint64 records = table->GetLayer(0)->GetFeatureCount(TRUE);
            if (records >= 0 && shapeCount >= 0 && records != shapeCount)
                notes.append({QStringLiteral("record_count_mismatch"), QStringLiteral("%1/%2").arg(shapeCount).arg(records)});
        }
    }
    if (!layerHasCrs && !sibling(shpPath, ".prj").isEmpty())
        notes.append({QStringLiteral("ignored_prj"), base + QStringLiteral(".prj")});
    return notes;
}

} // namespace careatlas::geo
