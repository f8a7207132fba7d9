#include "core/query/SqlFilter.h"

#include "core/import/ResourceRelease.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <algorithm>

namespace careatlas {

namespace {

// A condition on the `resources` table's columns (fid, category) with its text parameters.
struct Condition {
    QByteArray sql;
    QStringList texts;
    qsizetype atMost = -1;   // rows it can let through, when the text part says (-1: unknown)
};

QByteArray placeholders(qsizetype count)
{
    QByteArray out;
    for (qsizetype i = 0; i < count; ++i)
        out += i ? ", ?" : "?";
    return out;
}

// What the indexes let through: a superset of the filter's matches where a part is not
// exact in SQL (each row is then checked by evaluateFilter), exact for counting.
Result<Condition> conditionFor(Store &store, const ResourceFilter &filter)
{
    Condition c;
    QList<QByteArray> parts;
    if (!filter.categories.isEmpty()) {
        parts << "category IN (" + placeholders(filter.categories.size()) + ")";
        c.texts += filter.categories;
    }
    for (const QString &flag : filter.flags) {
        parts << "fid IN (SELECT resource_id FROM ca_resource_flags WHERE flag_code = ?)";
        c.texts << flag;
    }
    if (filter.area) {
        parts << "fid IN (SELECT resource_id FROM ca_resource_areas WHERE level_code = ? AND area_code = ?)";
        c.texts << filter.area->levelCode << filter.area->areaCode;
    }
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        // The ids the full-text index gives (the same search as the window's), as literals:
        // integers from the store itself.
        auto ids = store.searchResources(text);
        if (!ids)
            return ids.error();
        QByteArray list;
        list.reserve(ids->size() * 8);
        for (qint64 id : std::as_const(*ids)) {
            if (!list.isEmpty())
                list += ',';
            list += QByteArray::number(id);
        }
        parts << (list.isEmpty() ? QByteArray("0") : "fid IN (" + list + ")");
        c.atMost = ids->size();
    }
    // Resources that left their source's latest release are shown only on request (as evaluateFilter).
    if (filter.retired == RetiredChoice::Only)
        parts << (hasReleaseTable(store.handle()) ? QByteArray("fid IN (SELECT resource_id FROM ca_resource_release WHERE retired_at IS NOT NULL)")
                                                  : QByteArray("0"));
    else if (filter.retired == RetiredChoice::Hide && hasReleaseTable(store.handle()))
        parts << "fid NOT IN (SELECT resource_id FROM ca_resource_release WHERE retired_at IS NOT NULL)";
    c.sql = parts.isEmpty() ? QByteArray("1") : parts.join(" AND ");
    return c;
}

} // namespace

Result<StoreCatalogue> readStoreCatalogue(Store &store)
{
    auto categories = store.categories();
    if (!categories)
        return categories.error();
    auto groups = store.categoryGroups();
    if (!groups)
        return groups.error();
    auto flags = store.flags();
    if (!flags)
        return flags.error();
    auto levels = store.areaLevels();
    if (!levels)
        return levels.error();
    return StoreCatalogue{std::move(*categories), std::move(*groups), std::move(*flags), std::move(*levels)};
}

Result<ResourceSnapshotPointer> loadCatalogueSnapshot(Store &store, bool withAreas)
{
    auto catalogue = readStoreCatalogue(store);
    if (!catalogue)
        return catalogue.error();
    QList<QPair<AreaLevel, QList<AreaRecord>>> areaLevels;
    for (const AreaLevel &level : std::as_const(catalogue->levels)) {
        if (!withAreas) {
            areaLevels.push_back({level, {}});
            continue;
        }
        auto areas = store.areaNames(level.code);
        if (!areas)
            return areas.error();
        areaLevels.push_back({level, *areas});
    }
    return ResourceSnapshot::make({}, catalogue->categories, catalogue->groups, catalogue->flags, areaLevels, {});
}

bool sqlCanFilter(const ResourceFilter &filter) { return !filter.near.has_value() && !filter.notConfirmedMonths; }

Result<SqlFiltered> filterWithSql(Store &store, const ResourceSnapshot &catalogue, const ResourceFilter &filter)
{
    const auto condition = conditionFor(store, filter);
    if (!condition)
        return condition.error();
    auto rows = store.resourcesWhere(condition->sql, condition->texts, std::max<qsizetype>(condition->atMost, 0));
    if (!rows)
        return rows.error();
    // The area part needs the rows' assignments at its level; the rest is in the rows.
    QHash<QString, QList<QPair<qint64, QString>>> assignments;
    if (filter.area) {
        QList<QPair<qint64, QString>> &pairs = assignments[filter.area->levelCode];
        for (const Resource &r : std::as_const(*rows))
            pairs.append({r.id, filter.area->areaCode});   // the condition kept only the rows inside it
    }
    QList<QPair<AreaLevel, QList<AreaRecord>>> levels;
    for (const ResourceSnapshot::Level &level : catalogue.levels) {
        QList<AreaRecord> areas;
        areas.reserve(level.areas.size());
        for (const ResourceSnapshot::Area &area : level.areas)
            areas.append(AreaRecord{0, level.level.code, area.code, area.name, area.parentCode, {}});
        levels.push_back({level.level, areas});
    }
    QSet<qint64> ids;
    const bool useText = !filter.text.trimmed().isEmpty();
    if (useText)
        for (const Resource &r : std::as_const(*rows))
            ids.insert(r.id);   // already narrowed by the index
    // The retired part is exact in SQL; the rows keep their retirement dates for the output.
    QHash<qint64, QDate> retiredAt;
    if (filter.retired != RetiredChoice::Hide) {
        auto retired = retiredDates(store.handle());
        if (!retired)
            return retired.error();
        for (const Resource &r : std::as_const(*rows))
            if (const auto it = retired->constFind(r.id); it != retired->constEnd())
                retiredAt.insert(r.id, it.value());
    }
    SqlFiltered out;
    auto snapshot = ResourceSnapshot::make(std::move(*rows), catalogue.categories, catalogue.groups, catalogue.flags, levels, assignments);
    std::const_pointer_cast<ResourceSnapshot>(snapshot)->retiredAt = std::move(retiredAt);   // not yet shared
    out.snapshot = std::move(snapshot);
    ResourceFilter rest = filter;
    rest.retired = RetiredChoice::Include;
    out.result = evaluateFilter(*out.snapshot, rest, useText ? &ids : nullptr);
    return out;
}

Result<AreaCountTable> countByAreaWithSql(Store &store, const ResourceSnapshot &catalogue, const ResourceFilter &filter, int levelIndex)
{
    if (levelIndex < 0 || levelIndex >= catalogue.levels.size())
        return AreaCountTable{};
    const auto condition = conditionFor(store, filter);
    if (!condition)
        return condition.error();
    const ResourceSnapshot::Level &level = catalogue.levels[levelIndex];
    // Resources first (CROSS JOIN keeps that order): their category then comes from the index
    // on (category, fid), and each one's area by the assignment's primary key. The other order
    // looked each assignment's resource up by fid and read its whole row (about 1 KB, 200 MB
    // at national scale) for the category.
    const QByteArray sql = "SELECT a.area_code, resources.category, count(*) FROM resources CROSS JOIN ca_resource_areas a "
                           "ON a.resource_id = resources.fid WHERE " + condition->sql + " AND a.level_code = ? GROUP BY 1, 2";
    SqliteStatement s(store.handle(), sql.constData());
    if (!s.isValid())
        return s.prepareError();
    int index = 1;
    for (const QString &text : condition->texts)
        s.bind(index++, text);
    s.bind(index, level.level.code);
    QHash<QString, int> categoryIndex;
    for (int c = 0; c < catalogue.categories.size(); ++c)
        categoryIndex.insert(catalogue.categories[c].code, c);
    std::vector<std::vector<int>> counts(level.areas.size(), std::vector<int>(catalogue.categories.size(), 0));
    while (s.next()) {
        // Areas and categories the store no longer knows are left out, as countByArea does.
        const int area = level.indexOfCode.value(s.text(0), -1);
        const int category = categoryIndex.value(s.text(1), -1);
        if (area >= 0 && category >= 0)
            counts[area][category] += int(s.int64(2));
    }
    if (const Error error = s.lastError(); error.code != ErrorCode::None)
        return error;
    return rollUpAreaCounts(catalogue, levelIndex, std::move(counts));
}

} // namespace careatlas
