#include "core/query/ResourceQuery.h"

#include <QCollator>

#include <algorithm>
#include <cmath>
#include <limits>

namespace careatlas {

FilterResult evaluateFilter(const ResourceSnapshot &s, const ResourceFilter &filter, const QSet<qint64> *textMatches,
                            const DistanceFunction &distance)
{
    const int n = int(s.resources.size());
    FilterResult result;
    result.matches.assign(n, false);
    result.distance.assign(n, std::numeric_limits<double>::quiet_NaN());
    result.perCategory.assign(s.categories.size(), 0);
    result.perFlag.assign(s.flags.size(), 0);
    result.perArea.resize(s.levels.size());
    for (int l = 0; l < s.levels.size(); ++l)
        result.perArea[l].assign(s.levels[l].areas.size(), 0);

    // The parts, compiled.
    std::vector<bool> categoryWanted(s.categories.size(), filter.categories.isEmpty());
    bool unknownCategoryWanted = filter.categories.isEmpty();
    for (const QString &code : filter.categories)
        if (const int i = s.categoryIndex(code); i >= 0)
            categoryWanted[i] = true;
    quint32 flagMask = 0;
    bool impossibleFlag = false;
    for (const QString &code : filter.flags) {
        const int i = s.flagIndex(code);
        if (i < 0 || i >= 32)
            impossibleFlag = true;
        else
            flagMask |= 1u << i;
    }
    int areaLevel = -1, areaIndex = -1;
    bool impossibleArea = false;
    if (filter.area) {
        areaLevel = s.levelIndex(filter.area->levelCode);
        areaIndex = areaLevel >= 0 ? s.levels[areaLevel].indexOfCode.value(filter.area->areaCode, -1) : -1;
        impossibleArea = areaIndex < 0;
    }
    const bool useText = textMatches && !filter.text.trimmed().isEmpty();
    const bool useNear = filter.near.has_value() && distance;
    const QDate confirmedBefore = filter.notConfirmedBefore(QDate::currentDate());
    const bool anyRetired = !s.retiredAt.isEmpty();

    for (int i = 0; i < n; ++i) {
        const Resource &r = s.resources[i];
        const int category = s.categoryOf[i];
        const bool categoryOk = category >= 0 ? categoryWanted[category] : unknownCategoryWanted;
        const bool flagsOk = !impossibleFlag && (s.flagBits[i] & flagMask) == flagMask;
        const bool textOk = !useText || textMatches->contains(r.id);
        const bool areaOk = !filter.area || (!impossibleArea && s.areaOf[areaLevel][i] == areaIndex);
        bool confirmedOk = true;
        if (anyRetired || filter.retired == RetiredChoice::Only) {
            const bool retired = anyRetired && s.retiredAt.contains(r.id);
            confirmedOk = filter.retired == RetiredChoice::Include || retired == (filter.retired == RetiredChoice::Only);
        }
        if (confirmedOk && confirmedBefore.isValid()) {
            const QDate confirmed = s.lastConfirmed.value(r.id, r.sourceDate);
            confirmedOk = !confirmed.isValid() || confirmed < confirmedBefore;
        }
        bool nearOk = true;
        if (filter.near) {
            if (useNear && r.hasLocation()) {
                result.distance[i] = distance(filter.near->latitude, filter.near->longitude, *r.latitude, *r.longitude);
                nearOk = result.distance[i] <= filter.near->radiusMetres;
            } else {
                nearOk = false;
            }
        }
        const bool othersForCategory = flagsOk && textOk && areaOk && nearOk && confirmedOk;
        if (othersForCategory && category >= 0)
            ++result.perCategory[category];
        const bool othersForFlags = categoryOk && textOk && areaOk && nearOk && confirmedOk;
        if (othersForFlags)
            for (int f = 0; f < result.perFlag.size(); ++f)
                if (s.flagBits[i] & (1u << f))
                    ++result.perFlag[f];
        const bool othersForArea = categoryOk && flagsOk && textOk && nearOk && confirmedOk;
        if (othersForArea)
            for (int l = 0; l < s.levels.size(); ++l)
                if (const int a = s.areaOf[l][i]; a >= 0)
                    ++result.perArea[l][a];
        if (othersForCategory && categoryOk && areaOk) {
            result.matches[i] = true;
            result.rows.push_back(i);
            if (!r.hasLocation())
                ++result.withoutLocation;
        }
    }
    result.matched = int(result.rows.size());
    if (filter.near) {
        std::stable_sort(result.rows.begin(), result.rows.end(), [&](int a, int b) { return result.distance[a] < result.distance[b]; });
    } else if (s.byName.size() == size_t(n)) {
        // The snapshot's name order, filtered: the same order a stable sort by the collator gives.
        result.rows.clear();
        for (int i : s.byName)
            if (result.matches[i])
                result.rows.push_back(i);
    } else {
        QCollator collator(QLocale(QLocale::Japanese, QLocale::Japan));
        std::stable_sort(result.rows.begin(), result.rows.end(), [&](int a, int b) {
            const QString &ka = s.resources[a].kana.isEmpty() ? s.resources[a].name : s.resources[a].kana;
            const QString &kb = s.resources[b].kana.isEmpty() ? s.resources[b].name : s.resources[b].kana;
            return collator.compare(ka, kb) < 0;
        });
    }
    return result;
}

AreaCountTable countByArea(const ResourceSnapshot &s, const FilterResult &result, int levelIndex)
{
    if (levelIndex < 0 || levelIndex >= s.levels.size())
        return {};
    std::vector<std::vector<int>> counts(s.levels[levelIndex].areas.size(), std::vector<int>(s.categories.size(), 0));
    for (int i : result.rows)
        if (const int a = s.areaOf[levelIndex][i]; a >= 0 && s.categoryOf[i] >= 0)
            ++counts[a][s.categoryOf[i]];
    return rollUpAreaCounts(s, levelIndex, std::move(counts));
}

AreaCountTable rollUpAreaCounts(const ResourceSnapshot &s, int levelIndex, std::vector<std::vector<int>> levelCounts)
{
    AreaCountTable table;
    if (levelIndex < 0 || levelIndex >= s.levels.size())
        return table;
    const int categories = int(s.categories.size());
    // The chosen level as counted, then each level above by summing its children, so that
    // the levels add up exactly.
    std::vector<std::vector<std::vector<int>>> counts(levelIndex + 1);
    counts[levelIndex] = std::move(levelCounts);
    for (int l = levelIndex - 1; l >= 0; --l) {
        counts[l].assign(s.levels[l].areas.size(), std::vector<int>(categories, 0));
        const auto &children = s.levels[l + 1].areas;
        for (int c = 0; c < children.size(); ++c)
            if (const int p = children[c].parentIndex; p >= 0)
                for (int k = 0; k < categories; ++k)
                    counts[l][p][k] += counts[l + 1][c][k];
    }
    for (int l = levelIndex; l >= 0; --l) {
        const auto &areas = s.levels[l].areas;
        for (int a = 0; a < areas.size(); ++a) {
            AreaCountTable::Row row{s.levels[l].level.code, areas[a].code, areas[a].name, areas[a].parentCode, counts[l][a], 0};
            for (int v : row.perCategory)
                row.total += v;
            table.rows.push_back(std::move(row));
        }
    }
    return table;
}

} // namespace careatlas
