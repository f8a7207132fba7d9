#pragma once

#include "core/Area.h"
#include "core/Catalogue.h"
#include "core/Resource.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace careatlas {

class Store;

// Everything a filter looks at, read from a store once and held in columns so that a filter
// change over 200,000 resources takes milliseconds (ResourceQuery.h). Immutable and shared
// between the UI thread and workers; reloaded after the store changes.
class ResourceSnapshot
{
public:
    struct Area {
        QString code;
        QString name;
        QString parentCode;
        int parentIndex = -1;    // in the level above, or -1
    };
    struct Level {
        AreaLevel level;
        QList<Area> areas;
        QHash<QString, int> indexOfCode;
    };

    static Result<std::shared_ptr<const ResourceSnapshot>> load(Store &store);
    // For tests and benchmarks: a snapshot of given data (assignments: per level code, pairs of
    // resource id and area code).
    static std::shared_ptr<const ResourceSnapshot> make(QList<Resource> resources, QList<Category> categories,
                                                        QList<CategoryGroup> groups, QList<Flag> flags,
                                                        const QList<QPair<AreaLevel, QList<AreaRecord>>> &levels,
                                                        const QHash<QString, QList<QPair<qint64, QString>>> &assignments);

    QList<Resource> resources;               // the full records, by index
    QList<Category> categories;
    QList<CategoryGroup> groups;
    QList<Flag> flags;
    QList<Level> levels;                     // outermost first

    std::vector<int> categoryOf;             // per resource: index into categories, -1 unknown
    std::vector<quint32> flagBits;           // per resource: bit i = flags[i]
    std::vector<std::vector<int>> areaOf;    // per level, per resource: index into levels[l].areas, -1
    QHash<qint64, int> indexOfId;
    QHash<qint64, QDate> lastConfirmed;      // per resource id: the day an import of its source last had it
    // Per retired resource id: the day it left its source's list. Retired resources are kept in
    // the snapshot and hidden by the filter unless it asks for them (RetiredChoice).
    QHash<qint64, QDate> retiredAt;
    std::vector<int> byName;                 // resource indices by kana (or name), Japanese collation

    // A copy with one resource added or changed (by id), in areas given by level code → area
    // code, or removed; for an edit, off the UI thread, instead of reading the store again.
    std::shared_ptr<const ResourceSnapshot> withResource(const Resource &resource, const QHash<QString, QString> &areaCodeByLevel) const;
    std::shared_ptr<const ResourceSnapshot> withoutResource(qint64 id) const;

    // The resources that are not retired: what "N resources" means to the user.
    int currentCount() const { return int(resources.size()) - int(retiredAt.size()); }

    int categoryIndex(const QString &code) const;
    int flagIndex(const QString &code) const;
    int levelIndex(const QString &code) const;
    // Finds an area by code or by name (exact, then case- and width-folded) at any level,
    // finest level first. Several matches: the first, and `ambiguous` is set.
    std::optional<std::pair<int, int>> findArea(const QString &codeOrName, bool *ambiguous = nullptr) const;

private:
    void index(const QHash<QString, QList<QPair<qint64, QString>>> &assignments);
};

using ResourceSnapshotPointer = std::shared_ptr<const ResourceSnapshot>;

} // namespace careatlas
