#include "core/export/ExportData.h"

#include "core/import/SourceFormat.h"
#include "core/text/DisplayFormat.h"
#include "core/text/Mojibake.h"

#include "core/store/Store.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <cmath>

namespace careatlas {

QString ExportData::categoryLabel(const QString &code) const
{
    for (const Category &c : categories)
        if (c.code == code)
            return c.label(language);
    if (const Category *c = findDefaultCategory(code))
        return c->label(language);
    return code;
}

QString ExportData::flagLabel(const QString &code) const
{
    for (const Flag &f : flags)
        if (f.code == code)
            return f.label(language);
    return code;
}

QString ExportData::areaName(const Resource &resource) const
{
    const QString code = areaCodeOf.value(resource.id);
    return code.isEmpty() ? QString() : areaNameOf.value(code, code);
}

QString ExportData::cell(const Resource &r, ResourceColumn column) const
{
    auto number = [](const std::optional<int> &v) { return v ? QString::number(*v) : QString(); };
    auto coordinate = [](const std::optional<double> &v) { return v ? QString::number(*v, 'f', 7) : QString(); };
    auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    switch (column) {
    case ResourceColumn::Id: return QString::number(r.id);
    case ResourceColumn::Category: return categoryLabel(r.categoryCode);
    case ResourceColumn::Name: return r.name;
    case ResourceColumn::Kana: return r.kana;
    case ResourceColumn::Operator: return r.operatorName;
    case ResourceColumn::OfficialNumber: return r.officialNumber;
    case ResourceColumn::PostalCode: return r.postalCode;
    case ResourceColumn::Address: return r.address;
    case ResourceColumn::Phone: return r.phone;
    case ResourceColumn::Fax: return r.fax;
    case ResourceColumn::Website: return r.website;
    case ResourceColumn::Latitude: return coordinate(r.latitude);
    case ResourceColumn::Longitude: return coordinate(r.longitude);
    case ResourceColumn::Hours: return r.hours;
    case ResourceColumn::ClosedDays: return r.closedDays;
    case ResourceColumn::Capacity: return number(r.capacity);
    case ResourceColumn::Vacancies: return number(r.vacancies);
    case ResourceColumn::VacanciesDate: return date(r.vacanciesDate);
    case ResourceColumn::ServiceArea: return r.serviceArea;
    case ResourceColumn::Flags: {
        QStringList labels;
        for (const QString &f : r.flags)
            labels << flagLabel(f);
        return labels.join(language == QLatin1String("ja") ? QStringLiteral("・") : QStringLiteral(", "));
    }
    case ResourceColumn::Notes: return r.notes;
    case ResourceColumn::Area: return areaName(r);
    case ResourceColumn::Source: return r.source;
    case ResourceColumn::SourceDate: return date(r.sourceDate);
    case ResourceColumn::UpdatedAt: return r.updatedAt.isValid() ? r.updatedAt.toUTC().toString(Qt::ISODate) : QString();
    case ResourceColumn::Distance: {
        const auto it = distanceOf.constFind(r.id);
        return it == distanceOf.constEnd() || std::isnan(it.value()) ? QString() : QString::number(std::llround(it.value()));
    }
    }
    return {};
}

QString ExportData::printedCell(const Resource &r, ResourceColumn column) const
{
    switch (column) {
    case ResourceColumn::VacanciesDate: return formatCellDate(r.vacanciesDate, language);
    case ResourceColumn::SourceDate: return formatCellDate(r.sourceDate, language);
    case ResourceColumn::UpdatedAt:
        return r.updatedAt.isValid() ? formatCellDate(r.updatedAt.toLocalTime().date(), language) + QLatin1Char(' ')
                                           + r.updatedAt.toLocalTime().time().toString(QStringLiteral("H:mm"))
                                     : QString();
    case ResourceColumn::Source: return sourceDisplayName(r.source);
    case ResourceColumn::Distance: {
        const auto it = distanceOf.constFind(r.id);
        return it == distanceOf.constEnd() || std::isnan(it.value()) ? QString() : formatCount(std::llround(it.value()), language);
    }
    default: return cell(r, column);
    }
}

QString ExportData::sourcesSummary() const
{
    if (!dataSources.isEmpty())
        return dataSources;
    return sourcesSummaryOf(resources);
}

QString ExportData::sourcesSummaryOf(const QList<Resource> &some) const
{
    QMap<QString, QDate> latest;
    for (const Resource &r : some) {
        if (r.source.isEmpty())
            continue;
        QDate &d = latest[sourceDisplayName(r.source)];
        if (r.sourceDate.isValid() && (!d.isValid() || r.sourceDate > d))
            d = r.sourceDate;
    }
    QStringList parts;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        parts << (it.value().isValid() ? QCoreApplication::translate("ExportData", "%1 (%2)").arg(it.key(), formatAsOf(it.value(), language)) : it.key());
    return parts.join(QCoreApplication::translate("ExportData", "; "));
}

QList<ResourceColumn> ExportData::columnsOrDefault(const QList<ResourceColumn> &chosen, const QList<ResourceColumn> &defaults) const
{
    if (!chosen.isEmpty())
        return chosen;
    QList<ResourceColumn> columns = defaults;
    if (!distanceOf.isEmpty() && !columns.contains(ResourceColumn::Distance)) {
        const qsizetype name = columns.indexOf(ResourceColumn::Name);
        columns.insert(name >= 0 ? name + 1 : 0, ResourceColumn::Distance);
    }
    return columns;
}

QString ExportData::effectiveTitle() const
{
    return title.isEmpty() ? QCoreApplication::translate("ExportData", "Resource list") : title;
}

Result<ExportData> loadExportData(const Store &store, const QList<Resource> &resources, const QString &areaLevel,
                                  const QString &language)
{
    ExportData data;
    data.resources = resources;
    data.language = language;
    auto categories = store.categories();
    if (!categories)
        return categories.error();
    data.categories = *categories;
    auto groups = store.categoryGroups();
    if (!groups)
        return groups.error();
    data.groups = *groups;
    auto flags = store.flags();
    if (!flags)
        return flags.error();
    data.flags = *flags;
    if (areaLevel.isEmpty())
        return data;

    auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    const auto level = std::find_if(levels->cbegin(), levels->cend(), [&](const AreaLevel &l) { return l.code == areaLevel; });
    if (level == levels->cend())
        return Error(ErrorCode::NotFound, areaLevel).inField(QStringLiteral("area level"));
    data.areaLevel = areaLevel;
    data.areaLevelLabel = level->label(language);
    auto areas = store.areas(areaLevel);
    if (!areas)
        return areas.error();
    QStringList names, codes;
    for (const AreaRecord &a : *areas) {
        names << a.name;
        codes << a.code;
    }
    const QStringList shown = shownAreaNames(names, codes);   // garbled names marked, as on the map
    for (qsizetype i = 0; i < codes.size(); ++i)
        data.areaNameOf.insert(codes[i], shown[i]);
    auto assignments = store.resourceAreas(areaLevel);
    if (!assignments)
        return assignments.error();
    for (const auto &[id, code] : *assignments)
        data.areaCodeOf.insert(id, code);
    return data;
}

} // namespace careatlas
