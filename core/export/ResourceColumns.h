#pragma once

#include "core/Catalogue.h"
#include "core/Resource.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace careatlas {

// The attributes of a resource as exported columns (CSV, PDF list, GIS attributes), in the
// order of the table. Keys are stable and untranslated ("name", "address", ...); they are the
// CSV's --columns values and the GIS field names.
enum class ResourceColumn {
    Id,
    Category,
    Name,
    Kana,
    Operator,
    OfficialNumber,
    PostalCode,
    Address,
    Phone,
    Fax,
    Website,
    Latitude,
    Longitude,
    Hours,
    ClosedDays,
    Capacity,
    Vacancies,
    VacanciesDate,
    ServiceArea,
    Flags,
    Notes,
    Area,           // the resource's area at the export's area level (ExportData::areaLevel)
    Source,
    SourceDate,
    UpdatedAt,
    Distance,       // metres from the filter's centre (ExportData::distanceOf); only with a centre
};

// Every column but Distance (which exports add when the filter has a centre).
const QList<ResourceColumn> &allResourceColumns();
// The columns of the resource table (what a printed list shows by default).
const QList<ResourceColumn> &tableResourceColumns();

QString resourceColumnKey(ResourceColumn column);
std::optional<ResourceColumn> resourceColumnFromKey(const QString &key);
// Parses "name,address,phone"; an unknown key is returned in `unknown`.
std::optional<QList<ResourceColumn>> parseResourceColumns(const QString &keys, QString *unknown = nullptr);

// The translated header of a column (QCoreApplication::translate("ResourceColumns", ...)).
QString resourceColumnHeader(ResourceColumn column);

// Whether a column holds a number (right-aligned in lists, numeric in GIS formats).
bool isNumericResourceColumn(ResourceColumn column);

} // namespace careatlas
