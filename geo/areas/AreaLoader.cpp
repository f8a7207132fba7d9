#include "geo/areas/AreaLoader.h"

#include "geo/GdalSupport.h"
#include "geo/areas/GeometryRepair.h"
#include "geo/areas/OpenedLayer.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <memory>

namespace careatlas::geo {

namespace {


struct RawFeature {
    qint64 number = 0;                       // 1-based
    QString readError;                       // GDAL's words when reading it failed
    QStringList values;
    std::unique_ptr<OGRGeometry> geometry;
};

int findField(const QList<FieldInfo> &fields, const QString &name)
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name == name)
            return i;
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QString crsCode(const OGRSpatialReference &srs)
{
    const char *authority = srs.GetAuthorityName(nullptr);
    const char *code = srs.GetAuthorityCode(nullptr);
    if (authority && code)
        return QString::fromUtf8(authority) + QLatin1Char(':') + QString::fromUtf8(code);
    OGRSpatialReference copy(srs);
    if (copy.AutoIdentifyEPSG() == OGRERR_NONE && copy.GetAuthorityCode(nullptr))
        return QStringLiteral("EPSG:") + QString::fromUtf8(copy.GetAuthorityCode(nullptr));
    int count = 0;
    int *confidence = nullptr;
    OGRSpatialReferenceH *matches = srs.FindMatches(nullptr, &count, &confidence);
    QString found;
    if (count > 0 && confidence[0] >= 70) {
        auto *match = OGRSpatialReference::FromHandle(matches[0]);
        if (match->GetAuthorityName(nullptr) && match->GetAuthorityCode(nullptr))
            found = QString::fromUtf8(match->GetAuthorityName(nullptr)) + QLatin1Char(':') + QString::fromUtf8(match->GetAuthorityCode(nullptr));
    }
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    return found.isEmpty() ? QString::fromUtf8(srs.GetName()) : found;
}

QByteArray toWkb(const OGRGeometry &geometry)
{
    QByteArray wkb(int(geometry.WkbSize()), Qt::Uninitialized);
    geometry.exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    return wkb;
}

std::unique_ptr<OGRGeometry> fromWkb(const QByteArray &wkb)
{
    OGRGeometry *geometry = nullptr;
    size_t consumed = 0;
    if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &geometry, size_t(wkb.size()), wkbVariantIso, consumed)
        != OGRERR_NONE) {
        delete geometry;
        return nullptr;
    }
    return std::unique_ptr<OGRGeometry>(geometry);
}

// The union of the parts of one area (features sharing a code), as a repaired MultiPolygon,
// in one UnionCascaded call; the first part when the union fails.
QByteArray mergeAreas(const QList<QByteArray> &parts)
{
    OGRMultiPolygon all;
    for (const QByteArray &part : parts) {
        const auto geometry = fromWkb(part);
        if (!geometry || wkbFlatten(geometry->getGeometryType()) != wkbMultiPolygon)
            continue;
        for (const OGRPolygon *polygon : *geometry->toMultiPolygon())
            all.addGeometry(polygon);
    }
    std::unique_ptr<OGRGeometry> merged(all.UnionCascaded());
    if (!merged)
        return parts.constFirst();
    const RepairOutcome outcome = repairAreaGeometry(toWkb(*merged));
    return outcome.wkb.isEmpty() ? parts.constFirst() : outcome.wkb;
}

void extendBox(std::optional<std::array<double, 4>> &box, const OGREnvelope &envelope)
{
    if (!box)
        box = std::array<double, 4>{envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY};
    else
        *box = {std::min((*box)[0], envelope.MinX), std::min((*box)[1], envelope.MinY),
                std::max((*box)[2], envelope.MaxX), std::max((*box)[3], envelope.MaxY)};
}

// Reads every feature's attributes and geometry.
Result<QList<std::shared_ptr<RawFeature>>> readFeatures(const OpenedLayer &opened, int fieldCount, const JobControl &job,
                                                         const GdalErrorCollector &gdalMessages)
{
    OGRLayer &layer = *opened.layer;
    const qint64 total = std::max<qint64>(1, layer.GetFeatureCount(TRUE));
    QList<std::shared_ptr<RawFeature>> features;
    layer.ResetReading();
    qint64 number = 0;
    qsizetype errorsBefore = gdalMessages.errors().size();
    for (OGRFeatureUniquePtr feature(layer.GetNextFeature()); feature; feature.reset(layer.GetNextFeature())) {
        if (job.cancelled())
            return Error(ErrorCode::Cancelled);
        auto raw = std::make_shared<RawFeature>();
        raw->number = ++number;
        const QStringList errors = gdalMessages.errors();
        if (errors.size() > errorsBefore) {
            raw->readError = errors.last();
            errorsBefore = errors.size();
        }
        for (int i = 0; i < fieldCount; ++i) {
            if (!feature->IsFieldSetAndNotNull(i))
                raw->values.append(QString());
            else if (feature->GetFieldDefnRef(i)->GetType() == OFTString)
                raw->values.append(opened.text(feature->GetFieldAsString(i)).trimmed());
            else
                raw->values.append(QString::fromUtf8(feature->GetFieldAsString(i)).trimmed());
        }
        raw->geometry.reset(feature->StealGeometry());
        features.append(raw);
        job.report(number, total, 0, 40);
    }
    // Records the file announces (e.g. in its .shx) but reading stopped before.
    const QStringList errors = gdalMessages.errors();
    for (qint64 missing = number + 1; missing <= layer.GetFeatureCount(TRUE); ++missing) {
        auto raw = std::make_shared<RawFeature>();
        raw->number = missing;
        raw->readError = errors.size() > errorsBefore ? errors.last() : QStringLiteral("not read");
        raw->values = QStringList(fieldCount, QString());
        features.append(raw);
    }
    return features;
}

bool isSurface3d(const OGRGeometry &geometry)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbTIN || type == wkbPolyhedralSurface || type == wkbTriangle)
        return true;
    if (type == wkbGeometryCollection)
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            if (isSurface3d(*part))
                return true;
    return false;
}

bool hasArea(const OGRGeometry &geometry)
{
    const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
    if (OGR_GT_IsSurface(type) || type == wkbMultiPolygon || type == wkbMultiSurface)
        return true;
    if (type == wkbGeometryCollection)
        for (const OGRGeometry *part : *geometry.toGeometryCollection())
            if (hasArea(*part))
                return true;
    return false;
}

// A layer that cannot give a single area, as the error the user should see.
std::optional<Error> unusableLayer(const QString &path, const QList<std::shared_ptr<RawFeature>> &features)
{
    if (features.isEmpty())
        return Error(ErrorCode::EmptyLayer).inFile(path);
    QMap<QString, int> types;
    bool anyGeometry = false, anyArea = false, anyReadError = false;
    for (const auto &feature : features) {
        anyReadError = anyReadError || !feature->readError.isEmpty();
        if (!feature->geometry)
            continue;
        anyGeometry = true;
        if (isSurface3d(*feature->geometry))
            return Error(ErrorCode::UnsupportedGeometry, QString::fromUtf8(feature->geometry->getGeometryName())).inFile(path).atLine(feature->number);
        if (feature->geometry->IsEmpty())
            continue;
        anyArea = anyArea || hasArea(*feature->geometry);
        ++types[QString::fromUtf8(OGRGeometryTypeToName(feature->geometry->getGeometryType()))];
    }
    if (anyArea || (!anyGeometry && anyReadError))
        return std::nullopt;   // unreadable features are named (FeaturesDropped), not hidden behind this
    if (!anyGeometry)
        return Error(ErrorCode::NoGeometry).inFile(path);
    QStringList counts;
    for (auto it = types.cbegin(); it != types.cend(); ++it)
        counts << QStringLiteral("%1 × %2").arg(it.key()).arg(it.value());
    if (counts.isEmpty())
        return Error(ErrorCode::NoGeometry, QStringLiteral("empty geometries")).inFile(path);
    return Error(ErrorCode::NoPolygons, counts.join(QStringLiteral(", "))).inFile(path);
}

std::optional<Extent> extentOf(const QList<std::shared_ptr<RawFeature>> &features)
{
    std::optional<Extent> extent;
    for (const auto &feature : features) {
        if (!feature->geometry || feature->geometry->IsEmpty())
            continue;
        OGREnvelope envelope;
        feature->geometry->getEnvelope(&envelope);
        if (!extent)
            extent = Extent{envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY};
        else
            extent = Extent{std::min(extent->minX, envelope.MinX), std::min(extent->minY, envelope.MinY),
                            std::max(extent->maxX, envelope.MaxX), std::max(extent->maxY, envelope.MaxY)};
    }
    return extent;
}

// Coordinates no position can have in `srs`: longitude beyond ±180° or latitude beyond ±90°
// in a geographic CRS; in a projected one, corners that do not map back to the globe.
std::optional<Error> outOfRange(const QString &path, const OGRSpatialReference &srs, const Extent &e)
{
    const QString range = QStringLiteral("%1, %2 – %3, %4").arg(e.minX).arg(e.minY).arg(e.maxX).arg(e.maxY);
    if (srs.IsGeographic()) {
        constexpr double slack = 1e-6;
        if (e.minX < -180 - slack || e.maxX > 180 + slack || e.minY < -90 - slack || e.maxY > 90 + slack)
            return Error(ErrorCode::CoordinatesOutOfRange, range).inFile(path);
        return std::nullopt;
    }
    if (!srs.IsProjected())
        return std::nullopt;
    OGRSpatialReference geographic;
    geographic.CopyGeogCSFrom(&srs);
    geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference source(srs);
    source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    GdalErrorCollector quiet;
    std::unique_ptr<OGRCoordinateTransformation> transform(OGRCreateCoordinateTransformation(&source, &geographic));
    if (!transform)
        return std::nullopt;
    double x[] = {e.minX, e.maxX, e.minX, e.maxX}, y[] = {e.minY, e.minY, e.maxY, e.maxY};
    int ok[4] = {};
    if (!transform->Transform(4, x, y, nullptr, ok))
        return Error(ErrorCode::CoordinatesOutOfRange, range).inFile(path);
    for (int i = 0; i < 4; ++i)
        if (!ok[i] || !std::isfinite(x[i]) || !std::isfinite(y[i]) || std::abs(y[i]) > 90)
            return Error(ErrorCode::CoordinatesOutOfRange, range).inFile(path);
    return std::nullopt;
}

// The CRS the layer's coordinates are in: the user's, the file's or a guessed one.
Result<OGRSpatialReference> sourceCrs(const QString &path, OGRLayer &layer, const QList<std::shared_ptr<RawFeature>> &features,
                                      const AreaLoadOptions &options, CrsChoice &choice)
{
    OGRSpatialReference srs;
    const std::optional<Extent> extent = extentOf(features);
    if (!options.crs.isEmpty()) {
        if (srs.SetFromUserInput(options.crs.toUtf8().constData()) != OGRERR_NONE)
            return Error(ErrorCode::InvalidCrs, options.crs).inFile(path);
        choice = {crsCode(srs), QString::fromUtf8(srs.GetName()), QStringLiteral("user"), QCoreApplication::translate("AreaReport", "chosen by the user")};
    } else if (const OGRSpatialReference *fileSrs = layer.GetSpatialRef()) {
        srs = *fileSrs;
        choice = {crsCode(srs), QString::fromUtf8(srs.GetName()), QStringLiteral("file"), QCoreApplication::translate("AreaReport", "read from the file")};
    } else {
        if (!extent)
            return Error(ErrorCode::NoGeometry).inFile(path);
        choice = guessCrs(*extent, options.near);
        if (choice.crs.isEmpty())
            return Error(ErrorCode::CrsUnknown, choice.reason).inFile(path);
        srs.SetFromUserInput(choice.crs.toUtf8().constData());
    }
    if (extent)
        if (auto error = outOfRange(path, srs, *extent))
            return *error;
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

FeatureIssue issue(qint64 feature, const QString &code, const QString &kind)
{
    return {feature, code, kind, issueText(kind)};
}

} // namespace

QString droppedList(const QList<FeatureIssue> &dropped)
{
    QStringList features;
    for (const FeatureIssue &issue : dropped)
        features << QStringLiteral("#%1%2 %3").arg(issue.feature).arg(issue.code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(issue.code), issue.message);
    return features.join(QStringLiteral("; "));
}

QString issueText(const QString &kind)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("closed_rings"), QT_TRANSLATE_NOOP("AreaReport", "unclosed rings were closed")},
        {QStringLiteral("removed_degenerate_rings"), QT_TRANSLATE_NOOP("AreaReport", "rings with fewer than three corners were removed")},
        {QStringLiteral("made_valid"), QT_TRANSLATE_NOOP("AreaReport", "the outline crossed itself or was otherwise invalid and was repaired")},
        {QStringLiteral("removed_slivers"), QT_TRANSLATE_NOOP("AreaReport", "sliver parts smaller than about 1 m² were removed")},
        {QStringLiteral("kept_polygons_of_collection"), QT_TRANSLATE_NOOP("AreaReport", "only the polygons of a geometry collection were kept")},
        {QStringLiteral("linearised_curves"), QT_TRANSLATE_NOOP("AreaReport", "curves were replaced by straight segments")},
        {QStringLiteral("no_geometry"), QT_TRANSLATE_NOOP("AreaReport", "the feature has no geometry")},
        {QStringLiteral("empty"), QT_TRANSLATE_NOOP("AreaReport", "the geometry is empty")},
        {QStringLiteral("not_polygon"), QT_TRANSLATE_NOOP("AreaReport", "the geometry is not a polygon")},
        {QStringLiteral("unrepairable"), QT_TRANSLATE_NOOP("AreaReport", "the geometry could not be repaired")},
        {QStringLiteral("empty_after_repair"), QT_TRANSLATE_NOOP("AreaReport", "nothing was left of the geometry after repair")},
        {QStringLiteral("unreadable"), QT_TRANSLATE_NOOP("AreaReport", "the feature could not be read from the file")},
        {QStringLiteral("transform_failed"), QT_TRANSLATE_NOOP("AreaReport", "the coordinates could not be transformed to JGD2011")},
        {QStringLiteral("missing_name"), QT_TRANSLATE_NOOP("AreaReport", "the name is empty; the code is used as the name")},
        {QStringLiteral("missing_code"), QT_TRANSLATE_NOOP("AreaReport", "the code is empty; the feature number is used as the code")},
        {QStringLiteral("merged_duplicate_code"), QT_TRANSLATE_NOOP("AreaReport", "features with the same code were merged into one area")},
        {QStringLiteral("codes_from_names"), QT_TRANSLATE_NOOP("AreaReport", "no code field: the names are used as codes")},
        {QStringLiteral("codes_from_order"), QT_TRANSLATE_NOOP("AreaReport", "no code field and the names repeat: the feature numbers are used as codes")},
        {QStringLiteral("garbled_name"), QT_TRANSLATE_NOOP("AreaReport", "the name looks garbled (mojibake); check the encoding")},
    };
    const char *text = texts.value(kind);
    return text ? QCoreApplication::translate("AreaReport", text) : kind;
}

QString sourceNoteText(const QString &kind, const QString &argument)
{
    const SourceNote note{kind, argument};
    if (note.kind == QLatin1String("rebuilt_shx"))
        return QCoreApplication::translate("AreaReport", "the index file %1 is missing; it was rebuilt from the .shp in memory (nothing was written)").arg(note.argument);
    if (note.kind == QLatin1String("no_dbf"))
        return QCoreApplication::translate("AreaReport", "the attribute file %1 is missing: only the geometry was read, the areas are numbered; rename them after the import").arg(note.argument);
    if (note.kind == QLatin1String("ignored_prj"))
        return QCoreApplication::translate("AreaReport", "the CRS file %1 does not describe a CRS and was ignored").arg(note.argument);
    if (note.kind == QLatin1String("ignored_cpg"))
        return QCoreApplication::translate("AreaReport", "the code-page file %1 does not name a text encoding and was ignored").arg(note.argument);
    if (note.kind == QLatin1String("record_count_mismatch")) {
        const QStringList counts = note.argument.split(QLatin1Char('/'));
        return QCoreApplication::translate("AreaReport", "the .shp holds %1 shapes but the .dbf %2 records: names and codes may not belong to their shapes")
            .arg(counts.value(0), counts.value(1));
    }
    return note.kind;
}

Result<AreaLoadResult> loadAreas(const QString &path, const AreaLoadOptions &options, const JobControl &job)
{
    GdalErrorCollector gdalMessages;   // GEOS and driver warnings go to the report, not stderr
    const auto layers = layerNames(path);
    if (!layers)
        return layers.error();
    if (options.layer.isEmpty() && layers->size() > 1)
        return Error(ErrorCode::LayerNotChosen, layers->join(QStringLiteral(", "))).inFile(path);
    auto opened = openLayer(path, options.layer, options.encoding);
    if (!opened)
        return opened.error();
    OGRLayer &layer = *opened->layer;

    AreaLoadResult result;
    AreaLoadReport &report = result.report;
    report.path = path;
    report.driver = QString::fromUtf8(opened->dataset->GetDriver()->GetDescription());
    report.layer = opened->name;
    report.layers = *layers;
    report.encoding = opened->encoding.encoding;
    report.encodingSource = opened->encoding.source;
    report.encodingReason = opened->encoding.reason;

    QList<FieldInfo> fields;
    OGRFeatureDefn *definition = layer.GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        fields.append({opened->text(definition->GetFieldDefn(i)->GetNameRef()),
                       QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(definition->GetFieldDefn(i)->GetType()))});
    for (const QString &wanted : {options.nameField, options.codeField, options.parentField})
        if (!wanted.isEmpty() && findField(fields, wanted) < 0)
            return Error(ErrorCode::FieldNotFound).inFile(path).inField(wanted);

    auto features = readFeatures(*opened, fields.size(), job, gdalMessages);
    if (!features)
        return features.error();
    report.featureCount = features->size();
    if (auto unusable = unusableLayer(path, *features))
        return *unusable;
    for (const SourceNote &note : opened->notes)
        report.notes.append({0, QString(), note.kind, sourceNoteText(note.kind, note.argument)});

    QList<QStringList> columns(fields.size());
    for (const auto &feature : *features)
        for (int i = 0; i < fields.size(); ++i)
            columns[i].append(feature->values[i]);
    QStringList fieldNames;
    for (const FieldInfo &field : fields)
        fieldNames << field.name;
    report.nameField = options.nameField.isEmpty() ? guessNameField(fields, columns)
                                                   : FieldGuess{fields[findField(fields, options.nameField)].name, QCoreApplication::translate("AreaReport", "chosen by the user")};
    report.codeField = options.codeField.isEmpty() ? guessCodeField(fields, columns)
                                                   : FieldGuess{fields[findField(fields, options.codeField)].name, QCoreApplication::translate("AreaReport", "chosen by the user")};
    report.parentField = options.parentField.isEmpty() ? QString() : fields[findField(fields, options.parentField)].name;
    const bool latinExpected = isEuropeanEncoding(report.encoding);
    report.garbledFields = findGarbledFields(fieldNames, columns, latinExpected);
    const int nameIndex = report.nameField.field.isEmpty() ? -1 : findField(fields, report.nameField.field);
    const int codeIndex = report.codeField.field.isEmpty() ? -1 : findField(fields, report.codeField.field);
    const int parentIndex = report.parentField.isEmpty() ? -1 : findField(fields, report.parentField);
    bool nameFieldGarbled = false;
    for (const GarbledField &garbled : report.garbledFields)
        if (nameIndex >= 0 && garbled.field == fields[nameIndex].name && garbled.garbled * 3 >= garbled.checked)
            nameFieldGarbled = true;

    auto srs = sourceCrs(path, layer, *features, options, report.crs);
    if (!srs)
        return srs.error();
    OGRSpatialReference target;
    target.importFromEPSG(6668);
    target.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> transform;
    if (!srs->IsSame(&target)) {
        transform.reset(OGRCreateCoordinateTransformation(&*srs, &target));
        if (!transform)
            return Error(ErrorCode::InvalidCrs, gdalMessages.lastError()).inFile(path);
    }

    // Codes: the code field; else the names when they are unique and readable; else the
    // feature numbers.
    bool namesUnique = nameIndex >= 0 && !nameFieldGarbled;
    if (codeIndex < 0 && nameIndex >= 0) {
        QSet<QString> seen;
        for (const QString &name : columns[nameIndex]) {
            namesUnique = namesUnique && !name.isEmpty() && !seen.contains(name);
            seen.insert(name);
        }
        report.notes.append(issue(0, QString(), namesUnique ? QStringLiteral("codes_from_names") : QStringLiteral("codes_from_order")));
    } else if (codeIndex < 0) {
        report.notes.append(issue(0, QString(), QStringLiteral("codes_from_order")));
    }

    QHash<QString, int> indexOfCode;
    QHash<int, QList<QByteArray>> partsOfArea;   // areas made of several features
    for (int i = 0; i < features->size(); ++i) {
        if (job.cancelled())
            return Error(ErrorCode::Cancelled);
        job.report(i, features->size(), 40, 100);
        RawFeature &feature = *(*features)[i];
        QString code = codeIndex >= 0 ? feature.values[codeIndex] : (namesUnique ? feature.values[nameIndex] : QString());
        if (code.isEmpty()) {
            if (codeIndex >= 0)
                report.notes.append(issue(feature.number, QString(), QStringLiteral("missing_code")));
            code = QString::number(feature.number);
        }
        QString name = nameIndex >= 0 ? feature.values[nameIndex] : QString();
        if (name.isEmpty()) {
            report.notes.append(issue(feature.number, code, QStringLiteral("missing_name")));
            name = code;
        }

        QByteArray wkb;
        if (feature.geometry && !feature.geometry->IsEmpty() && transform) {
            if (feature.geometry->transform(transform.get()) != OGRERR_NONE) {
                report.dropped.append(issue(feature.number, code, QStringLiteral("transform_failed")));
                continue;
            }
        }
        if (feature.geometry) {
            wkb = toWkb(*feature.geometry);
            if (!feature.geometry->IsEmpty()) {
                OGREnvelope envelope;
                feature.geometry->getEnvelope(&envelope);
                extendBox(report.bboxLonLat, envelope);   // the file's extent, kept or not
            }
        }
        feature.geometry.reset();
        const RepairOutcome outcome = repairAreaGeometry(wkb);
        if (!outcome.dropped.isEmpty()) {
            FeatureIssue dropped = issue(feature.number, code, feature.readError.isEmpty() ? outcome.dropped : QStringLiteral("unreadable"));
            if (!feature.readError.isEmpty())
                dropped.message += QStringLiteral(": ") + feature.readError;
            report.dropped.append(dropped);
            continue;
        }
        for (const QString &repair : outcome.repairs)
            report.repaired.append(issue(feature.number, code, repair));

        if (auto existing = indexOfCode.constFind(code); existing != indexOfCode.constEnd()) {
            QList<QByteArray> &parts = partsOfArea[*existing];
            if (parts.isEmpty())
                parts.append(result.areas[*existing].wkb);
            parts.append(outcome.wkb);
            report.notes.append(issue(feature.number, code, QStringLiteral("merged_duplicate_code")));
            continue;
        }
        LoadedArea area;
        area.code = code;
        area.name = name;
        area.parentCode = parentIndex >= 0 ? feature.values[parentIndex] : QString();
        area.wkb = outcome.wkb;
        area.feature = feature.number;
        area.nameLooksGarbled = nameFieldGarbled || looksGarbled(name, latinExpected);
        if (area.nameLooksGarbled) {
            report.namesLookGarbled = true;
            report.notes.append(issue(feature.number, code, QStringLiteral("garbled_name")));
        }
        indexOfCode.insert(code, int(result.areas.size()));
        result.areas.append(area);
    }
    for (auto it = partsOfArea.cbegin(); it != partsOfArea.cend(); ++it) {
        if (job.cancelled())
            return Error(ErrorCode::Cancelled);
        result.areas[it.key()].wkb = mergeAreas(it.value());
    }
    if (result.areas.isEmpty())
        return Error(ErrorCode::FeaturesDropped, droppedList(report.dropped)).inFile(path);
    job.report(100);
    return result;
}

} // namespace careatlas::geo
