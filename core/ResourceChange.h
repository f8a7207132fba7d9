#pragma once

#include "core/Error.h"
#include "core/Resource.h"

#include <QList>
#include <QString>

#include <optional>

namespace careatlas {

// The fields of a resource a user edits, one by one: what a save writes (only the changed
// ones), what two concurrent edits merge on, and what a conflict shows side by side. Nothing
// here knows the store's backend: the GeoPackage store and a later server store share it.
enum class ResourceField {
    Location,        // latitude and longitude together
    Category,
    Name,
    Kana,
    Operator,
    OfficialNumber,
    Source,
    SourceDate,
    PostalCode,
    Address,
    Phone,
    Fax,
    Website,
    Hours,
    ClosedDays,
    Capacity,
    Vacancies,
    VacanciesDate,
    ServiceArea,
    Notes,
    Flags,
};

// Every field, in the order the edit dialog shows them.
const QList<ResourceField> &allResourceFields();
// The stable, untranslated name of a field: the store's column ("geom", "name", "flags", …).
QString resourceFieldName(ResourceField field);

bool sameField(const Resource &a, const Resource &b, ResourceField field);   // flags as sets
void copyField(Resource &to, const Resource &from, ResourceField field);
// The fields in which `to` differs from `from`.
QList<ResourceField> changedFields(const Resource &from, const Resource &to);

// Two edits of one resource that both started from `base`: `mine` (not yet saved) and
// `theirs` (saved meanwhile, now stored). The merge is theirs with my changed fields on top;
// a field both changed to different values is a conflict (the merge holds theirs there).
struct ResourceMerge {
    Resource merged;
    QList<ResourceField> conflicts;
};
ResourceMerge mergeResourceChanges(const Resource &base, const Resource &mine, const Resource &theirs);

// What a refused save carries (Error::conflict): the row as read, as edited and as stored now,
// and the fields both changed. `theirs.version` is what a resolved save must start from.
struct ResourceConflict {
    Resource base;
    Resource mine;
    Resource theirs;
    QList<ResourceField> fields;
    bool deleted = false;        // someone deleted the resource meanwhile (theirs is empty)
};

// What a save of an edit does, whatever the backend (Store::saveResourceChanges, the server
// store): `base` is the row as the editor read it, `edited` what the user made of it, `theirs`
// the row as stored now (nullptr when it was deleted meanwhile). At the version read, my
// changed fields go on top of the stored row; on a newer version they merge (merged = true),
// or the save is refused with `conflict` set. `write`: the fields that differ from the stored
// row, the only columns the UPDATE names (empty: nothing to write).
struct ResourceSavePlan {
    Resource resource;
    bool merged = false;
    QList<ResourceField> write;
    std::optional<ResourceConflict> conflict;
};
ResourceSavePlan planResourceSave(const Resource &base, const Resource &edited, const Resource *theirs);

// The refusal of a save: ErrorCode::EditConflict carrying the conflict (Error::conflict), the
// clashing fields' names in Error::field.
Error editConflictError(ResourceConflict conflict);

// What every store refuses to write: a resource without a name or category, coordinates out of
// range (InvalidArgument naming the field). ErrorCode::None when the resource may be written.
Error validateResource(const Resource &resource);

} // namespace careatlas
