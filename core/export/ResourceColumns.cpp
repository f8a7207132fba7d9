#include "core/export/ResourceColumns.h"

#include <QCoreApplication>

namespace careatlas {

namespace {

struct ColumnInfo {
    ResourceColumn column;
    const char *key;
    const char *header;
};

const QList<ColumnInfo> &columnTable()
{
    static const QList<ColumnInfo> table = {
        {ResourceColumn::Id, "id", QT_TRANSLATE_NOOP("ResourceColumns", "ID")},
        {ResourceColumn::Category, "category", QT_TRANSLATE_NOOP("ResourceColumns", "Category")},
        {ResourceColumn::Name, "name", QT_TRANSLATE_NOOP("ResourceColumns", "Name")},
        {ResourceColumn::Kana, "kana", QT_TRANSLATE_NOOP("ResourceColumns", "Kana")},
        {ResourceColumn::Operator, "operator", QT_TRANSLATE_NOOP("ResourceColumns", "Operator")},
        {ResourceColumn::OfficialNumber, "official_number", QT_TRANSLATE_NOOP("ResourceColumns", "Official number")},
        {ResourceColumn::PostalCode, "postal_code", QT_TRANSLATE_NOOP("ResourceColumns", "Postal code")},
        {ResourceColumn::Address, "address", QT_TRANSLATE_NOOP("ResourceColumns", "Address")},
        {ResourceColumn::Phone, "phone", QT_TRANSLATE_NOOP("ResourceColumns", "Phone")},
        {ResourceColumn::Fax, "fax", QT_TRANSLATE_NOOP("ResourceColumns", "Fax")},
        {ResourceColumn::Website, "website", QT_TRANSLATE_NOOP("ResourceColumns", "Website")},
        {ResourceColumn::Latitude, "latitude", QT_TRANSLATE_NOOP("ResourceColumns", "Latitude")},
        {ResourceColumn::Longitude, "longitude", QT_TRANSLATE_NOOP("ResourceColumns", "Longitude")},
        {ResourceColumn::Hours, "hours", QT_TRANSLATE_NOOP("ResourceColumns", "Hours")},
        {ResourceColumn::ClosedDays, "closed_days", QT_TRANSLATE_NOOP("ResourceColumns", "Closed days")},
        {ResourceColumn::Capacity, "capacity", QT_TRANSLATE_NOOP("ResourceColumns", "Capacity")},
        {ResourceColumn::Vacancies, "vacancies", QT_TRANSLATE_NOOP("ResourceColumns", "Vacancies")},
        {ResourceColumn::VacanciesDate, "vacancies_date", QT_TRANSLATE_NOOP("ResourceColumns", "Vacancies as of")},
        {ResourceColumn::ServiceArea, "service_area", QT_TRANSLATE_NOOP("ResourceColumns", "Service area")},
        {ResourceColumn::Flags, "flags", QT_TRANSLATE_NOOP("ResourceColumns", "Features")},
        {ResourceColumn::Notes, "notes", QT_TRANSLATE_NOOP("ResourceColumns", "Notes")},
        {ResourceColumn::Area, "area", QT_TRANSLATE_NOOP("ResourceColumns", "Area")},
        {ResourceColumn::Source, "source", QT_TRANSLATE_NOOP("ResourceColumns", "Source")},
        {ResourceColumn::SourceDate, "source_date", QT_TRANSLATE_NOOP("ResourceColumns", "Source date")},
        {ResourceColumn::UpdatedAt, "updated_at", QT_TRANSLATE_NOOP("ResourceColumns", "Updated")},
        {ResourceColumn::Distance, "distance_m", QT_TRANSLATE_NOOP("ResourceColumns", "Distance (m)")},
    };
    return table;
}

const ColumnInfo &info(ResourceColumn column)
{
    return columnTable().at(int(column));
}

} // namespace

const QList<ResourceColumn> &allResourceColumns()
{
    static const QList<ResourceColumn> all = [] {
        QList<ResourceColumn> list;
        for (const ColumnInfo &i : columnTable())
            if (i.column != ResourceColumn::Distance)
                list.push_back(i.column);
        return list;
    }();
    return all;
}

const QList<ResourceColumn> &tableResourceColumns()
{
    static const QList<ResourceColumn> table = {ResourceColumn::Name, ResourceColumn::Category, ResourceColumn::Address,
                                                ResourceColumn::Phone, ResourceColumn::Hours, ResourceColumn::Flags};
    return table;
}

QString resourceColumnKey(ResourceColumn column)
{
    return QString::fromLatin1(info(column).key);
}

std::optional<ResourceColumn> resourceColumnFromKey(const QString &key)
{
    for (const ColumnInfo &i : columnTable())
        if (key.compare(QLatin1String(i.key), Qt::CaseInsensitive) == 0)
            return i.column;
    return std::nullopt;
}

std::optional<QList<ResourceColumn>> parseResourceColumns(const QString &keys, QString *unknown)
{
    QList<ResourceColumn> columns;
    for (const QString &part : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto column = resourceColumnFromKey(part.trimmed());
        if (!column) {
            if (unknown)
                *unknown = part.trimmed();
            return std::nullopt;
        }
        columns.push_back(*column);
    }
    return columns;
}

QString resourceColumnHeader(ResourceColumn column)
{
    return QCoreApplication::translate("ResourceColumns", info(column).header);
}

bool isNumericResourceColumn(ResourceColumn column)
{
    switch (column) {
    case ResourceColumn::Id:
    case ResourceColumn::Latitude:
    case ResourceColumn::Longitude:
    case ResourceColumn::Capacity:
    case ResourceColumn::Vacancies:
    case ResourceColumn::Distance:
        return true;
    default:
        return false;
    }
}

} // namespace careatlas
