#include "geo/areas/OpenedLayer.h"

#include "geo/areas/TextEncoding.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

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

// One layer of one dataset of a source, and the name the user knows it by.
struct LayerRef {
    QString datasetPath;
    QString gdalName;
    QString name;
};

// Every layer of every dataset of `path` (an archive may hold several files). Layers of
// different files that share a name are named by their path inside the archive.
Result<QList<LayerRef>> layerRefs(const QString &path)
{
    const auto paths = datasetPaths(path);
    if (!paths)
        return paths.error();
    QList<LayerRef> refs;
    QHash<QString, int> uses;
    for (const QString &datasetPath : *paths) {
        auto dataset = openVectorDataset(path, datasetPath);
        if (!dataset) {
            if (paths->size() == 1)
                return dataset.error();
            continue;   // one bad member of an archive does not hide the others
        }
        for (int i = 0; i < (*dataset)->GetLayerCount(); ++i) {
            const QString name = QString::fromUtf8((*dataset)->GetLayer(i)->GetName());
            refs.append({datasetPath, name, name});
            ++uses[name];
        }
    }
    if (refs.isEmpty())
        return Error(ErrorCode::NoLayer).inFile(path);
    const QString archive = gdalPathFor(path) + QLatin1Char('/');
    for (LayerRef &ref : refs) {
        if (uses.value(ref.gdalName) < 2 || !ref.datasetPath.startsWith(archive))
            continue;
        QString member = ref.datasetPath.mid(archive.size());
        if (member.endsWith(QLatin1String(".shp"), Qt::CaseInsensitive))
            member.chop(4);
        else
            member += QLatin1Char(':') + ref.gdalName;
        ref.name = member;
    }
    return refs;
}

// GDAL's encoding names as Qt knows them.
QString qtEncodingName(const QString &gdalName)
{
    if (gdalName.compare(QLatin1String("CP932"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("CP932");
    return gdalName;
}

// The encoding a .cpg file names, as Qt knows it: OGR's reading of it when Qt knows that
// name; else code-page numbers in the forms programs write ("936", "ANSI 1250", "OEM 866",
// "CP1252", "65001") and common aliases (SJIS); empty when the file names none (junk).
QString cpgEncoding(const QString &fromCpg, const QString &cpgValue)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_.:-]{1,40}$"));
    const QString fromOgr = qtEncodingName(fromCpg.trimmed());
    QString value = cpgValue.trimmed();
    bool plainNumber = false;
    value.toInt(&plainNumber);
    if (!plainNumber && token.match(fromOgr).hasMatch() && isKnownEncoding(fromOgr))
        return fromOgr;
    static const QRegularExpression prefix(QStringLiteral("^(ANSI|OEM|CP|WINDOWS-?|MS)\\s*"), QRegularExpression::CaseInsensitiveOption);
    value.remove(prefix);
    bool number = false;
    const int page = value.toInt(&number);
    if (number) {
        switch (page) {
        case 65001: return QStringLiteral("UTF-8");
        case 932: return QStringLiteral("CP932");
        case 936: return QStringLiteral("GBK");
        case 950: return QStringLiteral("Big5");
        case 20932:
        case 51932: return QStringLiteral("EUC-JP");
        default: break;
        }
        const QString name = QStringLiteral("CP%1").arg(page);
        return isKnownEncoding(name) ? name : QString();
    }
    for (const char *alias : {"SJIS", "Shift_JIS", "Shift-JIS", "Windows-31J"})
        if (value.compare(QLatin1String(alias), Qt::CaseInsensitive) == 0)
            return QStringLiteral("CP932");
    return token.match(value).hasMatch() && isKnownEncoding(value) ? value : QString();
}

EncodingReport chooseShapeEncoding(OGRLayer &declaredLayer, const QList<QByteArray> &samples, QList<SourceNote> &notes)
{
    const QString fromCpg = QString::fromUtf8(declaredLayer.GetMetadataItem("ENCODING_FROM_CPG", "SHAPEFILE"));
    const QString cpgValue = QString::fromUtf8(declaredLayer.GetMetadataItem("CPG_VALUE", "SHAPEFILE"));
    const QString fromLdid = QString::fromUtf8(declaredLayer.GetMetadataItem("ENCODING_FROM_LDID", "SHAPEFILE"));
    const QString ldidValue = QString::fromUtf8(declaredLayer.GetMetadataItem("LDID_VALUE", "SHAPEFILE"));

    EncodingReport report;
    QStringList refused;   // declarations the bytes cannot be, in words
    if (!fromCpg.isEmpty() || !cpgValue.trimmed().isEmpty()) {
        const QString name = cpgEncoding(fromCpg, cpgValue);
        if (name.isEmpty()) {
            notes.append({QStringLiteral("ignored_cpg"), QString::fromUtf8(declaredLayer.GetName()) + QStringLiteral(".cpg")});
        } else {
            report.declared = QStringLiteral(".cpg: ") + cpgValue.trimmed();
            if (decodesCleanly(samples, name)) {
                report.encoding = name;
                report.source = QStringLiteral("cpg");
                report.reason = QCoreApplication::translate("AreaReport", "the .cpg file says %1").arg(cpgValue.trimmed());
                return report;
            }
            refused << QCoreApplication::translate("AreaReport", "the .cpg file says %1, but the bytes cannot be %2").arg(cpgValue.trimmed(), name);
        }
    }
    if (!fromLdid.isEmpty()) {
        const QString name = qtEncodingName(fromLdid);
        if (report.declared.isEmpty())
            report.declared = QStringLiteral("LDID %1: ").arg(ldidValue) + name;
        if (isKnownEncoding(name) && decodesCleanly(samples, name)) {
            report.encoding = name;
            report.source = QStringLiteral("ldid");
            report.reason = QCoreApplication::translate("AreaReport", "the DBF language id (LDID) %1 says %2").arg(ldidValue, name);
            return report;
        }
        refused << QCoreApplication::translate("AreaReport", "the DBF language id (LDID) %1 says %2, but the bytes cannot be %2").arg(ldidValue, name);
    }
    const QString detected = detectEncoding(samples);
    report.source = QStringLiteral("detected");
    const QString prefix = refused.isEmpty() ? QCoreApplication::translate("AreaReport", "no .cpg file or DBF language id")
                                             : refused.join(QStringLiteral("; "));
    if (detected == QLatin1String("ASCII")) {
        report.encoding = QStringLiteral("UTF-8");
        report.reason = QCoreApplication::translate("AreaReport", "the text is plain ASCII");
    } else if (!detected.isEmpty()) {
        report.encoding = detected;
        report.reason = QCoreApplication::translate("AreaReport", "%1; the bytes read best as %2").arg(prefix, detected);
    } else {
        report.encoding = QStringLiteral("CP932");
        report.reason = QCoreApplication::translate("AreaReport", "%1; the bytes are not clean text in any encoding CareAtlas knows; read as CP932, check the names").arg(prefix);
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
    const auto refs = layerRefs(path);
    if (!refs)
        return refs.error();
    const LayerRef *ref = layerName.isEmpty() ? &refs->constFirst() : nullptr;
    for (const LayerRef &candidate : *refs)
        if (!ref && (candidate.name == layerName || candidate.gdalName == layerName))
            ref = &candidate;
    if (!ref)
        return Error(ErrorCode::LayerNotFound, layerName).inFile(path);

    OpenedLayer opened;
    opened.name = ref->name;
    auto declared = openVectorDataset(path, ref->datasetPath, std::nullopt, &opened.notes);
    if (!declared)
        return declared.error();
    OGRLayer *declaredLayer = findLayer(**declared, ref->gdalName);
    if (!declaredLayer)
        return Error(ErrorCode::LayerNotFound, layerName).inFile(path);

    const bool shapefile = QString::fromUtf8((*declared)->GetDriver()->GetDescription()) == QLatin1String("ESRI Shapefile");
    if (shapefile) {
        opened.notes.append(shapefileNotes(shapefileOfLayer(ref->datasetPath, ref->gdalName), declaredLayer->GetSpatialRef() != nullptr,
                                           declaredLayer->GetFeatureCount(TRUE)));
        // Reopen with ENCODING="" so GDAL hands over the DBF's bytes.
        auto raw = openVectorDataset(path, ref->datasetPath, QString(QLatin1String("")));
        if (!raw)
            return raw.error();
        OGRLayer *rawLayer = findLayer(**raw, ref->gdalName);
        if (!rawLayer)
            return Error(ErrorCode::LayerNotFound, layerName).inFile(path);
        const QList<QByteArray> samples = rawSamples(*rawLayer);
        if (userEncoding.isEmpty()) {
            opened.encoding = chooseShapeEncoding(*declaredLayer, samples, opened.notes);
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
    const auto refs = layerRefs(path);
    if (!refs)
        return refs.error();
    QStringList names;
    for (const LayerRef &ref : *refs)
        names.append(ref.name);
    return names;
}

} // namespace careatlas::geo
