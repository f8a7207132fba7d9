#include "geo/export/GisExport.h"

#include "core/export/SafeFile.h"
#include "geo/GdalSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdio>

namespace careatlas::geo {

namespace {

enum class Attribute {
    Id, CategoryCode, CategoryLabel, Name, Kana, Operator, OfficialNumber, PostalCode, Address, Phone, Fax, Website,
    Latitude, Longitude, Hours, ClosedDays, Capacity, Vacancies, VacanciesDate, ServiceArea, FlagCodes, FlagLabels,
    Notes, AreaCode, AreaName, Source, SourceDate, UpdatedAt,
};

struct FieldSpec {
    Attribute attribute;
    const char *name;
    const char *shortName;    // shapefile: at most 10 characters
    OGRFieldType type;
};

const QList<FieldSpec> &fieldSpecs()
{
    static const QList<FieldSpec> specs = {
        {Attribute::Id, "id", "id", OFTInteger64},
        {Attribute::CategoryCode, "category", "category", OFTString},
        {Attribute::CategoryLabel, "category_label", "cat_label", OFTString},
        {Attribute::Name, "name", "name", OFTString},
        {Attribute::Kana, "kana", "kana", OFTString},
        {Attribute::Operator, "operator", "operator", OFTString},
        {Attribute::OfficialNumber, "official_number", "off_number", OFTString},
        {Attribute::PostalCode, "postal_code", "postal", OFTString},
        {Attribute::Address, "address", "address", OFTString},
        {Attribute::Phone, "phone", "phone", OFTString},
        {Attribute::Fax, "fax", "fax", OFTString},
        {Attribute::Website, "website", "website", OFTString},
        {Attribute::Latitude, "latitude", "latitude", OFTReal},
        {Attribute::Longitude, "longitude", "longitude", OFTReal},
        {Attribute::Hours, "hours", "hours", OFTString},
        {Attribute::ClosedDays, "closed_days", "closed", OFTString},
        {Attribute::Capacity, "capacity", "capacity", OFTInteger},
        {Attribute::Vacancies, "vacancies", "vacancies", OFTInteger},
        {Attribute::VacanciesDate, "vacancies_date", "vac_date", OFTDate},
        {Attribute::ServiceArea, "service_area", "svc_area", OFTString},
        {Attribute::FlagCodes, "flags", "flags", OFTString},
        {Attribute::FlagLabels, "flag_labels", "flag_label", OFTString},
        {Attribute::Notes, "notes", "notes", OFTString},
        {Attribute::AreaCode, "area_code", "area_code", OFTString},
        {Attribute::AreaName, "area", "area", OFTString},
        {Attribute::Source, "source", "source", OFTString},
        {Attribute::SourceDate, "source_date", "src_date", OFTDate},
        {Attribute::UpdatedAt, "updated_at", "updated", OFTDateTime},
    };
    return specs;
}

const char *driverName(GisFormat format)
{
    switch (format) {
    case GisFormat::GeoPackage: return "GPKG";
    case GisFormat::GeoJson: return "GeoJSON";
    case GisFormat::Shapefile: return "ESRI Shapefile";
    }
    return "GPKG";
}

QByteArray fieldName(const FieldSpec &spec, GisFormat format)
{
    return QByteArray(format == GisFormat::Shapefile ? spec.shortName : spec.name);
}

void setDate(OGRFeature &feature, int field, const QDate &date)
{
    if (date.isValid())
        feature.SetField(field, date.year(), date.month(), date.day());
}

void setText(OGRFeature &feature, int field, const QString &text)
{
    if (!text.isEmpty())
        feature.SetField(field, text.toUtf8().constData());
}

void fillFeature(OGRFeature &feature, const ExportData &data, const Resource &r)
{
    for (int i = 0; i < fieldSpecs().size(); ++i) {
        feature.SetFieldNull(i);   // GeoJSON then keeps the key with null: every attribute is listed
        switch (fieldSpecs()[i].attribute) {
        case Attribute::Id: feature.SetField(i, GIntBig(r.id)); break;
        case Attribute::CategoryCode: setText(feature, i, r.categoryCode); break;
        case Attribute::CategoryLabel: setText(feature, i, data.categoryLabel(r.categoryCode)); break;
        case Attribute::Name: setText(feature, i, r.name); break;
        case Attribute::Kana: setText(feature, i, r.kana); break;
        case Attribute::Operator: setText(feature, i, r.operatorName); break;
        case Attribute::OfficialNumber: setText(feature, i, r.officialNumber); break;
        case Attribute::PostalCode: setText(feature, i, r.postalCode); break;
        case Attribute::Address: setText(feature, i, r.address); break;
        case Attribute::Phone: setText(feature, i, r.phone); break;
        case Attribute::Fax: setText(feature, i, r.fax); break;
        case Attribute::Website: setText(feature, i, r.website); break;
        case Attribute::Latitude: if (r.latitude) feature.SetField(i, *r.latitude); break;
        case Attribute::Longitude: if (r.longitude) feature.SetField(i, *r.longitude); break;
        case Attribute::Hours: setText(feature, i, r.hours); break;
        case Attribute::ClosedDays: setText(feature, i, r.closedDays); break;
        case Attribute::Capacity: if (r.capacity) feature.SetField(i, *r.capacity); break;
        case Attribute::Vacancies: if (r.vacancies) feature.SetField(i, *r.vacancies); break;
        case Attribute::VacanciesDate: setDate(feature, i, r.vacanciesDate); break;
        case Attribute::ServiceArea: setText(feature, i, r.serviceArea); break;
        case Attribute::FlagCodes: setText(feature, i, r.flags.join(QLatin1Char(','))); break;
        case Attribute::FlagLabels: setText(feature, i, data.cell(r, ResourceColumn::Flags)); break;
        case Attribute::Notes: setText(feature, i, r.notes); break;
        case Attribute::AreaCode: setText(feature, i, data.areaCodeOf.value(r.id)); break;
        case Attribute::AreaName: setText(feature, i, data.areaName(r)); break;
        case Attribute::Source: setText(feature, i, r.source); break;
        case Attribute::SourceDate: setDate(feature, i, r.sourceDate); break;
        case Attribute::UpdatedAt:
            if (r.updatedAt.isValid()) {
                const QDateTime utc = r.updatedAt.toUTC();
                feature.SetField(i, utc.date().year(), utc.date().month(), utc.date().day(), utc.time().hour(),
                                 utc.time().minute(), float(utc.time().second()), 100);
            }
            break;
        }
    }
    if (r.hasLocation())
        feature.SetGeometryDirectly(new OGRPoint(*r.longitude, *r.latitude));
}

// GDAL's words; DiskFull when they say so or the folder has (almost) no space left, since a full
// disk shows in SQLite as odd follow-up errors ("no such table").
Error gdalWriteError(const QString &path, const GdalErrorCollector &errors, const char *fallback)
{
    const QString message = errors.lastError().isEmpty() ? QString::fromLatin1(fallback) : errors.lastError();
    return writeFailure(path, message, 1 << 20);
}

} // namespace

std::optional<GisFormat> gisFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gpkg"))
        return GisFormat::GeoPackage;
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return GisFormat::GeoJson;
    if (suffix == QLatin1String("shp"))
        return GisFormat::Shapefile;
    return std::nullopt;
}

QStringList gisFieldNames(GisFormat format)
{
    QStringList names;
    for (const FieldSpec &spec : fieldSpecs())
        names << QString::fromLatin1(fieldName(spec, format));
    return names;
}

Result<GisExportReport> exportGis(const ExportData &data, const QString &path, const ExportControl &control)
{
    const auto format = gisFormatFor(path);
    if (!format)
        return Error(ErrorCode::InvalidArgument, QFileInfo(path).suffix()).inFile(path);
    if (Status s = checkWritableTarget(path); !s)
        return s.error();
    ensureGdalRegistered();
    const QFileInfo target(path);
    // A killed export left its folder behind: those of processes that are gone go first.
    const QString workPrefix = QStringLiteral(".careatlas-export-");
    removeAbandonedWork(target.absolutePath(), workPrefix);
    QTemporaryDir work(workNameTemplate(target.absolutePath(), workPrefix));
    if (!work.isValid())
        return fileWriteError(path, work.errorString());
    const QString temporary = work.filePath(target.fileName());

    GisExportReport report;
    GdalErrorCollector errors;
    {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName(*format));
        if (!driver)
            return Error(ErrorCode::Internal, QString::fromLatin1(driverName(*format)));
        GDALDatasetUniquePtr dataset(driver->Create(temporary.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!dataset)
            return gdalWriteError(path, errors, "cannot create the data set");
        OGRSpatialReference srs;
        srs.importFromEPSG(6668);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        CPLStringList layerOptions;
        if (*format == GisFormat::Shapefile)
            layerOptions.SetNameValue("ENCODING", "UTF-8");
        if (*format == GisFormat::GeoJson) {
            layerOptions.SetNameValue("RFC7946", "YES");
            layerOptions.SetNameValue("WRITE_NAME", "NO");
        }
        const QByteArray layerName = *format == GisFormat::GeoPackage ? QByteArray("resources") : target.completeBaseName().toUtf8();
        OGRLayer *layer = dataset->CreateLayer(layerName.constData(), &srs, wkbPoint, layerOptions.List());
        if (!layer)
            return gdalWriteError(path, errors, "cannot create the layer");
        for (const FieldSpec &spec : fieldSpecs()) {
            OGRFieldDefn field(fieldName(spec, *format).constData(), spec.type);
            if (*format == GisFormat::Shapefile && spec.type == OFTString)
                field.SetWidth(254);
            if (layer->CreateField(&field) != OGRERR_NONE)
                return gdalWriteError(path, errors, "cannot create a field");
        }
        const bool transaction = dataset->StartTransaction() == OGRERR_NONE;
        const qsizetype total = data.resources.size();
        for (qsizetype i = 0; i < total; ++i) {
            if (i % 256 == 0) {
                if (control.cancelled())
                    return Error(ErrorCode::Cancelled);
                control.report(i, total, 0, 95);
            }
            const Resource &r = data.resources[i];
            OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
            fillFeature(*feature, data, r);
            if (!r.hasLocation())
                ++report.withoutLocation;
            if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
                return gdalWriteError(path, errors, "cannot write a feature").atLine(i + 1);
            ++report.features;
        }
        if (transaction && dataset->CommitTransaction() != OGRERR_NONE)
            return gdalWriteError(path, errors, "cannot commit");
        dataset.reset();   // flushes and closes; a full disk shows in the collected errors
    }
    if (!errors.errors().isEmpty())
        return gdalWriteError(path, errors, "");
    report.warnings = errors.warnings();
    if (control.cancelled())
        return Error(ErrorCode::Cancelled);

    // Move every written file (one, or the shapefile's set) into place.
    const QString base = target.completeBaseName();
    const QFileInfoList written = QDir(work.path()).entryInfoList(QDir::Files);
    if (*format == GisFormat::Shapefile) {
        // Remove the old set's side files that this export does not write (a stale .qix, .sbn…).
        for (const QFileInfo &old : QDir(target.absolutePath()).entryInfoList({base + QStringLiteral(".*")}, QDir::Files))
            if (old.completeBaseName() == base && !QFileInfo::exists(work.filePath(old.fileName())))
                QFile::remove(old.filePath());
    }
    for (const QFileInfo &file : written) {
        const QString destination = target.absolutePath() + QLatin1Char('/') + file.fileName();
        if (std::rename(QFile::encodeName(file.filePath()).constData(), QFile::encodeName(destination).constData()) != 0)
            return fileWriteError(destination, qt_error_string(errno));
    }
    control.report(100);
    return report;
}

} // namespace careatlas::geo
