#include "core/ResourceChange.h"

#include <algorithm>
#include <cmath>

namespace careatlas {

const QList<ResourceField> &allResourceFields()
{
    static const QList<ResourceField> all = {
        ResourceField::Category, ResourceField::Name, ResourceField::Kana, ResourceField::Operator,
        ResourceField::OfficialNumber, ResourceField::Source, ResourceField::SourceDate, ResourceField::PostalCode,
        ResourceField::Address, ResourceField::Location, ResourceField::Phone, ResourceField::Fax,
        ResourceField::Website, ResourceField::Hours, ResourceField::ClosedDays, ResourceField::Capacity,
        ResourceField::Vacancies, ResourceField::VacanciesDate, ResourceField::ServiceArea, ResourceField::Notes,
        ResourceField::Flags,
    };
    return all;
}

QString resourceFieldName(ResourceField field)
{
    switch (field) {
    case ResourceField::Location: return QStringLiteral("geom");
    case ResourceField::Category: return QStringLiteral("category");
    case ResourceField::Name: return QStringLiteral("name");
    case ResourceField::Kana: return QStringLiteral("kana");
    case ResourceField::Operator: return QStringLiteral("operator");
    case ResourceField::OfficialNumber: return QStringLiteral("official_number");
    case ResourceField::Source: return QStringLiteral("source");
    case ResourceField::SourceDate: return QStringLiteral("source_date");
    case ResourceField::PostalCode: return QStringLiteral("postal_code");
    case ResourceField::Address: return QStringLiteral("address");
    case ResourceField::Phone: return QStringLiteral("phone");
    case ResourceField::Fax: return QStringLiteral("fax");
    case ResourceField::Website: return QStringLiteral("website");
    case ResourceField::Hours: return QStringLiteral("hours");
    case ResourceField::ClosedDays: return QStringLiteral("closed_days");
    case ResourceField::Capacity: return QStringLiteral("capacity");
    case ResourceField::Vacancies: return QStringLiteral("vacancies");
    case ResourceField::VacanciesDate: return QStringLiteral("vacancies_date");
    case ResourceField::ServiceArea: return QStringLiteral("service_area");
    case ResourceField::Notes: return QStringLiteral("notes");
    case ResourceField::Flags: return QStringLiteral("flags");
    }
    return {};
}

namespace {

QStringList sortedFlags(QStringList flags)
{
    std::sort(flags.begin(), flags.end());
    flags.removeDuplicates();
    return flags;
}

// Empty and null text are the same value (the store reads NULL back as a null QString).
bool sameText(const QString &a, const QString &b) { return a.isEmpty() ? b.isEmpty() : a == b; }

} // namespace

bool sameField(const Resource &a, const Resource &b, ResourceField field)
{
    switch (field) {
    case ResourceField::Location: return a.latitude == b.latitude && a.longitude == b.longitude;
    case ResourceField::Category: return sameText(a.categoryCode, b.categoryCode);
    case ResourceField::Name: return sameText(a.name, b.name);
    case ResourceField::Kana: return sameText(a.kana, b.kana);
    case ResourceField::Operator: return sameText(a.operatorName, b.operatorName);
    case ResourceField::OfficialNumber: return sameText(a.officialNumber, b.officialNumber);
    case ResourceField::Source: return sameText(a.source, b.source);
    case ResourceField::SourceDate: return a.sourceDate == b.sourceDate;
    case ResourceField::PostalCode: return sameText(a.postalCode, b.postalCode);
    case ResourceField::Address: return sameText(a.address, b.address);
    case ResourceField::Phone: return sameText(a.phone, b.phone);
    case ResourceField::Fax: return sameText(a.fax, b.fax);
    case ResourceField::Website: return sameText(a.website, b.website);
    case ResourceField::Hours: return sameText(a.hours, b.hours);
    case ResourceField::ClosedDays: return sameText(a.closedDays, b.closedDays);
    case ResourceField::Capacity: return a.capacity == b.capacity;
    case ResourceField::Vacancies: return a.vacancies == b.vacancies;
    case ResourceField::VacanciesDate: return a.vacanciesDate == b.vacanciesDate;
    case ResourceField::ServiceArea: return sameText(a.serviceArea, b.serviceArea);
    case ResourceField::Notes: return sameText(a.notes, b.notes);
    case ResourceField::Flags: return sortedFlags(a.flags) == sortedFlags(b.flags);
    }
    return true;
}

void copyField(Resource &to, const Resource &from, ResourceField field)
{
    switch (field) {
    case ResourceField::Location: to.latitude = from.latitude; to.longitude = from.longitude; return;
    case ResourceField::Category: to.categoryCode = from.categoryCode; return;
    case ResourceField::Name: to.name = from.name; return;
    case ResourceField::Kana: to.kana = from.kana; return;
    case ResourceField::Operator: to.operatorName = from.operatorName; return;
    case ResourceField::OfficialNumber: to.officialNumber = from.officialNumber; return;
    case ResourceField::Source: to.source = from.source; return;
    case ResourceField::SourceDate: to.sourceDate = from.sourceDate; return;
    case ResourceField::PostalCode: to.postalCode = from.postalCode; return;
    case ResourceField::Address: to.address = from.address; return;
    case ResourceField::Phone: to.phone = from.phone; return;
    case ResourceField::Fax: to.fax = from.fax; return;
    case ResourceField::Website: to.website = from.website; return;
    case ResourceField::Hours: to.hours = from.hours; return;
    case ResourceField::ClosedDays: to.closedDays = from.closedDays; return;
    case ResourceField::Capacity: to.capacity = from.capacity; return;
    case ResourceField::Vacancies: to.vacancies = from.vacancies; return;
    case ResourceField::VacanciesDate: to.vacanciesDate = from.vacanciesDate; return;
    case ResourceField::ServiceArea: to.serviceArea = from.serviceArea; return;
    case ResourceField::Notes: to.notes = from.notes; return;
    case ResourceField::Flags: to.flags = from.flags; return;
    }
}

QList<ResourceField> changedFields(const Resource &from, const Resource &to)
{
    QList<ResourceField> changed;
    for (ResourceField field : allResourceFields()) {
        if (!sameField(from, to, field))
            changed.append(field);
    }
    return changed;
}

ResourceMerge mergeResourceChanges(const Resource &base, const Resource &mine, const Resource &theirs)
{
    ResourceMerge merge{theirs, {}};
    for (ResourceField field : changedFields(base, mine)) {
        if (sameField(base, theirs, field) || sameField(mine, theirs, field))
            copyField(merge.merged, mine, field);   // only I changed it, or we agree
        else
            merge.conflicts.append(field);
    }
    return merge;
}

ResourceSavePlan planResourceSave(const Resource &base, const Resource &edited, const Resource *theirs)
{
    ResourceSavePlan plan;
    const QList<ResourceField> mine = changedFields(base, edited);
    if (!theirs) {
        plan.conflict = ResourceConflict{base, edited, Resource(), mine, true};
        return plan;
    }
    plan.resource = *theirs;
    if (theirs->version == base.version) {
        for (ResourceField field : mine)
            copyField(plan.resource, edited, field);
    } else {
        ResourceMerge merge = mergeResourceChanges(base, edited, *theirs);
        if (!merge.conflicts.isEmpty()) {
            plan.conflict = ResourceConflict{base, edited, *theirs, merge.conflicts, false};
            return plan;
        }
        plan.resource = std::move(merge.merged);
        plan.merged = true;
    }
    plan.write = changedFields(*theirs, plan.resource);
    return plan;
}

Error editConflictError(ResourceConflict conflict)
{
    QStringList names;
    for (ResourceField field : conflict.fields)
        names << resourceFieldName(field);
    Error error(ErrorCode::EditConflict, conflict.deleted ? QStringLiteral("deleted") : QString());
    error.field = names.join(QStringLiteral(", "));
    error.conflict = std::make_shared<const ResourceConflict>(std::move(conflict));
    return error;
}

Error validateResource(const Resource &resource)
{
    if (resource.name.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a resource needs a name")).inField(QStringLiteral("name"));
    if (resource.categoryCode.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a resource needs a category")).inField(QStringLiteral("category"));
    if (resource.hasLocation() && (std::abs(*resource.latitude) > 90.0 || std::abs(*resource.longitude) > 180.0))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("coordinates out of range")).inField(QStringLiteral("geom"));
    return Error(ErrorCode::None);
}

} // namespace careatlas
