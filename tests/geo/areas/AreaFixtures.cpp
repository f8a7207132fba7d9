#include "areas/AreaFixtures.h"

#include <QFile>
#include <QFileInfo>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

namespace careatlas::test {

bool writeFixture(const QString &path, const FixtureLayer &layer)
{
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(layer.driver.toUtf8().constData());
    if (!driver)
        return false;
    GDALDatasetUniquePtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return false;
    OGRSpatialReference srs;
    if (layer.epsg != 0) {
        srs.importFromEPSG(layer.epsg);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    }
    CPLStringList options;
    for (const QString &option : layer.layerOptions)
        options.AddString(option.toUtf8().constData());
    if (layer.driver == QLatin1String("ESRI Shapefile") && !options.FetchNameValue("ENCODING"))
        options.SetNameValue("ENCODING", "UTF-8");
    OGRLayer *ogrLayer = dataset->CreateLayer(layer.layerName.toUtf8().constData(), layer.epsg != 0 ? &srs : nullptr,
                                              wkbUnknown, options.List());
    if (!ogrLayer)
        return false;
    for (const QString &name : layer.fields) {
        OGRFieldDefn field(name.toUtf8().constData(), OFTString);
        field.SetWidth(80);
        if (ogrLayer->CreateField(&field) != OGRERR_NONE)
            return false;
    }
    for (const FixtureFeature &f : layer.features) {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(ogrLayer->GetLayerDefn()));
        for (int i = 0; i < f.values.size(); ++i)
            feature->SetField(i, f.values[i].toUtf8().constData());
        if (!f.wkt.isEmpty()) {
            OGRGeometry *geometry = nullptr;
            const QByteArray wkt = f.wkt.toLatin1();
            if (OGRGeometryFactory::createFromWkt(wkt.constData(), layer.epsg != 0 ? &srs : nullptr, &geometry) != OGRERR_NONE)
                return false;
            feature->SetGeometryDirectly(geometry);
        }
        if (ogrLayer->CreateFeature(feature.get()) != OGRERR_NONE)
            return false;
    }
    return true;
}

void removeSidecar(const QString &shpPath, const QString &suffix)
{
    const QFileInfo info(shpPath);
    QFile::remove(info.path() + QLatin1Char('/') + info.completeBaseName() + suffix);
}

bool zipFiles(const QString &zipPath, const QStringList &files, const QString &folderInZip)
{
    const QString prefix = folderInZip.isEmpty() ? QString() : folderInZip + QLatin1Char('/');
    for (const QString &file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = in.readAll();
        const QByteArray target = (QStringLiteral("/vsizip/") + zipPath + QLatin1Char('/') + prefix + QFileInfo(file).fileName()).toUtf8();
        VSILFILE *out = VSIFOpenL(target.constData(), "wb");
        if (!out)
            return false;
        const bool written = VSIFWriteL(bytes.constData(), 1, size_t(bytes.size()), out) == size_t(bytes.size());
        VSIFCloseL(out);
        if (!written)
            return false;
    }
    return true;
}

FixtureLayer reprojected(const FixtureLayer &layer, int epsg)
{
    OGRSpatialReference source, target;
    source.importFromEPSG(layer.epsg);
    target.importFromEPSG(epsg);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&source, &target));
    FixtureLayer result = layer;
    result.epsg = epsg;
    for (FixtureFeature &feature : result.features) {
        if (feature.wkt.isEmpty())
            continue;
        OGRGeometry *geometry = nullptr;
        const QByteArray wkt = feature.wkt.toLatin1();
        OGRGeometryFactory::createFromWkt(wkt.constData(), nullptr, &geometry);
        std::unique_ptr<OGRGeometry> owned(geometry);
        owned->segmentize(0.002);
        owned->transform(transform.get());
        char *text = nullptr;
        owned->exportToWkt(&text, wkbVariantIso);
        feature.wkt = QString::fromLatin1(text);
        CPLFree(text);
    }
    return result;
}

QByteArray wkbForTest(const QString &wkt)
{
    OGRGeometry *geometry = nullptr;
    const QByteArray text = wkt.toLatin1();
    if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &geometry) != OGRERR_NONE)
        return QByteArray();
    std::unique_ptr<OGRGeometry> owned(geometry);
    QByteArray wkb(int(owned->WkbSize()), Qt::Uninitialized);
    owned->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    return wkb;
}

namespace {
QString box(double x0, double y0, double x1, double y1)
{
    return QStringLiteral("POLYGON ((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2))")
        .arg(x0, 0, 'f', 6).arg(y0, 0, 'f', 6).arg(x1, 0, 'f', 6).arg(y1, 0, 'f', 6);
}
} // namespace

// City: 136.60–136.70 E, 36.50–36.60 N. Centres split it at 136.65.
// Schools: west (136.60–136.63), straddling (136.63–136.66 → 2/3 west... see below), east.
FixtureLayer kanazawaCity()
{
    FixtureLayer layer;
    layer.fields = {QStringLiteral("CODE"), QString::fromUtf8("名称")};
    layer.features = {{{QStringLiteral("17201"), QString::fromUtf8("金沢市")}, box(136.60, 36.50, 136.70, 36.60)}};
    return layer;
}

FixtureLayer kanazawaCentres()
{
    FixtureLayer layer;
    layer.fields = {QStringLiteral("CODE"), QString::fromUtf8("名称"), QStringLiteral("CITY_CD")};
    layer.features = {
        {{QStringLiteral("C1"), QString::fromUtf8("駅西福祉健康センター"), QStringLiteral("17201")}, box(136.60, 36.50, 136.65, 36.60)},
        {{QStringLiteral("C2"), QString::fromUtf8("元町福祉健康センター"), QStringLiteral("17201")}, box(136.65, 36.50, 136.70, 36.60)},
    };
    return layer;
}

// S2 spans 136.62–136.66: 3/4 of it lies in C1 (west of 136.65), 1/4 in C2.
FixtureLayer kanazawaSchools()
{
    FixtureLayer layer;
    layer.fields = {QStringLiteral("A27_001"), QStringLiteral("A27_002"), QStringLiteral("A27_003"), QStringLiteral("A27_004")};
    layer.features = {
        {{QStringLiteral("17201"), QString::fromUtf8("金沢市"), QString::fromUtf8("長町小学校"), QString::fromUtf8("長町1丁目")},
         box(136.60, 36.50, 136.62, 36.60)},
        {{QStringLiteral("17201"), QString::fromUtf8("金沢市"), QString::fromUtf8("中央小学校"), QString::fromUtf8("本町2丁目")},
         box(136.62, 36.50, 136.66, 36.60)},
        {{QStringLiteral("17201"), QString::fromUtf8("金沢市"), QString::fromUtf8("森山町小学校"), QString::fromUtf8("森山1丁目")},
         box(136.66, 36.50, 136.70, 36.60)},
    };
    return layer;
}

} // namespace careatlas::test
