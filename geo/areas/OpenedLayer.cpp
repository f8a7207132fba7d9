#include "geo/areas/OpenedLayer.h"

#include "geo/areas/TextEncoding.h"

#include <QCoreApplication>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace careatlas::geo {

namespace {


constexpr int SampleFeatures = 5000;

// Field names and string values as the file holds them.
QList<QByteArray> rawSamples(OGRLayer &layer)
{
    QList<QByteArray> samples;
    OGRFeatureDefn *definition = layer.GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        samples.append(QByteArray(definition->GetFieldDefn(i)->GetNameRef()));
    layer.ResetReading();
    int read = 0;
    for (OGRFeatureUniquePtr feature(layer.GetNextFeature()); feature && read < SampleFeatures;
         feature.reset(layer.GetNextFeature()), ++read) {
        for (int i = 0; i < definition->GetFieldCount(); ++i)
            if (definition->GetFieldDefn(i)->GetType() == OFTString && feature->IsFieldSetAndNotNull(i))
                samples.append(QByteArray(feature->GetFieldAsString(i)));
    }
    layer.ResetReading();
    return samples;
}

OGRLayer *findLayer(GDALDataset &dataset, const QString &layerName)
{
    if (layerName.isEmpty())
        return dataset.GetLayer(0);
    return dataset.GetLayerByName(layerName.toUtf8().constData());
}

// GDAL's encoding names as Qt knows them.
QString qtEncodingName(const QString &gdalName)
{
    if (gdalName.compare(QLatin1String("CP932"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("CP932");
    return gdalName;
}

EncodingReport chooseShapeEncoding(OGRLayer &declaredLayer, const QList<QByteArray> &samples)
{
    const QString fromCpg = QString::fromUtf8(declaredLayer.GetMetadataItem("ENCODING_FROM_CPG", "SHAPEFILE"));
    const QString cpgValue = QString::fromUtf8(declaredLayer.GetMetadataItem("CPG_VALUE", "SHAPEFILE"));
    const QString fromLdid = QString::fromUtf8(declaredLayer.GetMetadataItem("ENCODING_FROM_LDID", "SHAPEFILE"));
    const QString ldidValue = QString::fromUtf8(declaredLayer.GetMetadataItem("LDID_VALUE", "SHAPEFILE"));
    const QString detected = detectJapaneseEncoding(samples);

    EncodingReport report;
    if (!fromCpg.isEmpty()) {
        report.declared = QStringLiteral(".cpg: ") + cpgValue;
        const QString name = qtEncodingName(fromCpg);
        if (isKnownEncoding(name) && decodesCleanly(samples, name)) {
            report.encoding = name;
            report.source = QStringLiteral("cpg");
            report.reason = QCoreApplication::translate("AreaReport", "the .cpg file says %1").arg(cpgValue);
            return report;
        }
    }
    if (!fromLdid.isEmpty()) {
        if (report.declared.isEmpty())
            report.declared = QStringLiteral("LDID %1: ").arg(ldidValue) + fromLdid;
        const QString name = qtEncodingName(fromLdid);
        // LDID 87 (ISO-8859-1) is what many programs write whatever the text is; it decodes
        // any bytes, so it only counts when the bytes are not clearly Japanese.
        const bool weak = name == QLatin1String("ISO-8859-1") && !detected.isEmpty() && detected != QLatin1String("ASCII");
        if (!weak && isKnownEncoding(name) && decodesCleanly(samples, name)) {
            report.encoding = name;
            report.source = QStringLiteral("ldid");
            report.reason = QCoreApplication::translate("AreaReport", "the DBF language id %1 says %2").arg(ldidValue, fromLdid);
            return report;
        }
    }
    report.source = QStringLiteral("detected");
    if (detected == QLatin1String("ASCII")) {
        report.encoding = QStringLiteral("UTF-8");
        report.reason = QCoreApplication::translate("AreaReport", "the text is plain ASCII");
    } else if (!detected.isEmpty()) {
        report.encoding = detected;
        report.reason = report.declared.isEmpty()
            ? QCoreApplication::translate("AreaReport", "no .cpg file or DBF language id; the bytes are %1").arg(detected)
            : QCoreApplication::translate("AreaReport", "%1 does not match the bytes, which are %2").arg(report.declared, detected);
    } else {
        report.encoding = QStringLiteral("CP932");
        report.reason = QCoreApplication::translate("AreaReport", "the bytes are not clean UTF-8, CP932 or EUC-JP; read as CP932, check the names");
    }
    return report;
}

} // namespace

QString OpenedLayer::text(const char *value) const
{
    if (!value)
        return QString();
    if (!raw && encoding.encoding == QLatin1String("UTF-8"))
        return QString::fromUtf8(value);
    return decodeText(QByteArray(value), encoding.encoding);
}

Result<OpenedLayer> openLayer(const QString &path, const QString &layerName, const QString &userEncoding)
{
    if (!userEncoding.isEmpty() && !isKnownEncoding(userEncoding))
        return Error(ErrorCode::EncodingUnknown, userEncoding).inFile(path);
    auto declared = openVectorSource(path);
    if (!declared)
        return declared.error();
    OGRLayer *declaredLayer = findLayer(**declared, layerName);
    if (!declaredLayer)
        return Error(ErrorCode::LayerNotFound, layerName).inFile(path);

    OpenedLayer opened;
    const bool shapefile = QString::fromUtf8((*declared)->GetDriver()->GetDescription()) == QLatin1String("ESRI Shapefile");
    if (shapefile) {
        // Reopen with ENCODING="" so GDAL hands over the DBF's bytes.
        auto raw = openVectorSource(path, QString(QLatin1String("")));
        if (!raw)
            return raw.error();
        OGRLayer *rawLayer = findLayer(**raw, layerName);
        if (!rawLayer)
            return Error(ErrorCode::LayerNotFound, layerName).inFile(path);
        const QList<QByteArray> samples = rawSamples(*rawLayer);
        if (userEncoding.isEmpty()) {
            opened.encoding = chooseShapeEncoding(*declaredLayer, samples);
        } else {
            opened.encoding = {userEncoding, QStringLiteral("user"), QCoreApplication::translate("AreaReport", "chosen by the user"), {}};
            if (!decodesCleanly(samples, userEncoding))
                opened.encoding.reason = QCoreApplication::translate("AreaReport", "chosen by the user, but some bytes are not valid %1").arg(userEncoding);
        }
        opened.dataset = std::move(*raw);
        opened.layer = rawLayer;
        opened.raw = true;
        return opened;
    }
    if (userEncoding.isEmpty() || userEncoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0)
        opened.encoding = {QStringLiteral("UTF-8"), QStringLiteral("format"),
                           QCoreApplication::translate("AreaReport", "%1 files are UTF-8").arg(QString::fromUtf8((*declared)->GetDriver()->GetDescription())), {}};
    else
        opened.encoding = {userEncoding, QStringLiteral("user"), QCoreApplication::translate("AreaReport", "chosen by the user"), {}};
    opened.dataset = std::move(*declared);
    opened.layer = declaredLayer;
    return opened;
}

Result<QStringList> layerNames(const QString &path)
{
    auto dataset = openVectorSource(path);
    if (!dataset)
        return dataset.error();
    QStringList names;
    for (int i = 0; i < (*dataset)->GetLayerCount(); ++i)
        names.append(QString::fromUtf8((*dataset)->GetLayer(i)->GetName()));
    return names;
}

} // namespace careatlas::geo
