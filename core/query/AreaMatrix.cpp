#include "core/query/AreaMatrix.h"

#include <QCoreApplication>
#include <QLocale>

namespace careatlas {

namespace {


void addFigures(PopulationFigures &to, const PopulationFigures &from)
{
    auto add = [](std::optional<qint64> &a, const std::optional<qint64> &b) {
        if (a && b)
            *a += *b;
        else
            a.reset();
    };
    add(to.total, from.total);
    add(to.aged65, from.aged65);
    add(to.aged75, from.aged75);
}

void addOptional(std::optional<double> &to, const std::optional<double> &from)
{
    if (to && from)
        *to += *from;
    else
        to.reset();
}

std::optional<double> ratio(const std::optional<double> &part, const std::optional<double> &whole)
{
    if (!part || !whole || *whole <= 0)
        return std::nullopt;
    return *part / *whole;
}

} // namespace

void AreaCoverage::add(const AreaCoverage &other)
{
    area += other.area;
    covered += other.covered;
    addOptional(people, other.people);
    addOptional(peopleCovered, other.peopleCovered);
    addOptional(aged65, other.aged65);
    addOptional(aged65Covered, other.aged65Covered);
}

std::optional<double> AreaCoverage::peopleShare() const { return ratio(peopleCovered, people); }
std::optional<double> AreaCoverage::aged65Share() const { return ratio(aged65Covered, aged65); }

void setCoverage(AreaMatrix &m, double km, const QHash<QString, AreaCoverage> &byArea, const QString &populationLevel)
{
    m.coverageKm = km;
    m.coveragePopulationLevel = populationLevel;
    // Rows by (level index, area code), to roll each area up through its parents.
    QHash<QPair<int, QString>, int> rowOf;
    for (int r = 0; r < m.rows.size(); ++r) {
        m.rows[r].coverage.reset();
        if (!m.rows[r].isTotal())
            rowOf.insert({m.rows[r].levelIndex, m.rows[r].areaCode}, r);
    }
    auto addTo = [&](int r, const AreaCoverage &c) {
        auto &target = m.rows[r].coverage;
        if (!target)
            target = c;
        else
            target->add(c);
    };
    for (int r = 0; r < m.rows.size(); ++r) {
        const AreaMatrix::Row &row = m.rows[r];
        if (row.levelIndex != m.levelIndex)
            continue;
        const auto it = byArea.constFind(row.areaCode);
        if (it == byArea.cend())
            continue;
        addTo(r, *it);
        if (!m.rows.isEmpty() && m.rows.last().isTotal())
            addTo(int(m.rows.size()) - 1, *it);
        QString parent = row.parentCode;
        for (int l = row.levelIndex - 1; l >= 0 && !parent.isEmpty(); --l) {
            const int p = rowOf.value({l, parent}, -1);
            if (p < 0)
                break;
            addTo(p, *it);
            parent = m.rows[p].parentCode;
        }
    }
}

std::optional<double> AreaMatrix::perThousand(double value, const std::optional<qint64> &people)
{
    if (!people || *people <= 0)
        return std::nullopt;
    return value * 1000.0 / double(*people);
}

AreaMatrix buildAreaMatrix(const ResourceSnapshot &s, const FilterResult &result, int levelIndex, const MatrixOptions &options,
                           const QHash<QString, PopulationTable> *population)
{
    AreaMatrix m;
    m.language = options.language;
    m.grouping = options.grouping;
    m.levelIndex = levelIndex;
    m.ratedCategories = options.ratedCategories;
    if (levelIndex < 0 || levelIndex >= s.levels.size())
        return m;
    const int categories = int(s.categories.size());

    // Columns, and which column each category counts in (-1: none).
    std::vector<int> columnOf(categories, -1);
    std::vector<bool> rated(categories, options.ratedCategories.isEmpty());
    for (int c = 0; c < categories; ++c)
        if (options.ratedCategories.contains(s.categories[c].code))
            rated[c] = true;
    auto shown = [&](int c) { return options.columnCategories.isEmpty() || options.columnCategories.contains(s.categories[c].code); };
    if (options.grouping == MatrixColumns::Categories) {
        for (int c = 0; c < categories; ++c) {
            if (!shown(c))
                continue;
            columnOf[c] = int(m.columns.size());
            m.columns.push_back({s.categories[c].code, s.categories[c].label(options.language), {s.categories[c].code}});
        }
    } else {
        for (const CategoryGroup &g : s.groups) {
            AreaMatrix::Column column{g.code, g.label(options.language), {}};
            for (int c = 0; c < categories; ++c)
                if (s.categories[c].groupCode == g.code && shown(c)) {
                    column.categoryCodes << s.categories[c].code;
                    columnOf[c] = int(m.columns.size());
                }
            if (!column.categoryCodes.isEmpty())
                m.columns.push_back(column);
        }
    }

    // Capacity of the rated resources per area of the level, rolled up like the counts.
    std::vector<std::vector<qint64>> capacity(levelIndex + 1);
    std::vector<std::vector<int>> withCapacity(levelIndex + 1);
    capacity[levelIndex].assign(s.levels[levelIndex].areas.size(), 0);
    withCapacity[levelIndex].assign(s.levels[levelIndex].areas.size(), 0);
    for (int i : result.rows) {
        const int a = s.areaOf[levelIndex][i];
        const int c = s.categoryOf[i];
        if (a < 0 || c < 0 || !rated[c])
            continue;
        if (const auto &cap = s.resources[i].capacity; cap && *cap > 0) {
            capacity[levelIndex][a] += *cap;
            ++withCapacity[levelIndex][a];
        }
    }
    // Population per level: the level's own table, else the children's sum when all have one.
    std::vector<std::vector<std::optional<PopulationFigures>>> people(levelIndex + 1);
    for (int l = levelIndex; l >= 0; --l) {
        const auto &areas = s.levels[l].areas;
        people[l].assign(areas.size(), std::nullopt);
        const PopulationTable *table = nullptr;
        if (population)
            if (auto it = population->constFind(s.levels[l].level.code); it != population->cend())
                table = &*it;
        if (table && !m.populationAsOf.isValid()) {
            m.populationAsOf = table->asOf;
            m.populationSource = table->source;
        }
        for (int a = 0; a < areas.size(); ++a)
            if (table)
                if (auto it = table->byArea.constFind(areas[a].code); it != table->byArea.cend())
                    people[l][a] = *it;
        if (l == levelIndex)
            continue;
        capacity[l].assign(areas.size(), 0);
        withCapacity[l].assign(areas.size(), 0);
        std::vector<std::optional<PopulationFigures>> sums(areas.size());
        std::vector<bool> complete(areas.size(), true), any(areas.size(), false);
        const auto &children = s.levels[l + 1].areas;
        for (int c = 0; c < children.size(); ++c) {
            const int p = children[c].parentIndex;
            if (p < 0)
                continue;
            capacity[l][p] += capacity[l + 1][c];
            withCapacity[l][p] += withCapacity[l + 1][c];
            any[p] = true;
            if (!people[l + 1][c])
                complete[p] = false;
            else if (!sums[p])
                sums[p] = *people[l + 1][c];
            else
                addFigures(*sums[p], *people[l + 1][c]);
        }
        for (int a = 0; a < areas.size(); ++a)
            if (!people[l][a] && any[a] && complete[a])
                people[l][a] = sums[a];
    }

    const AreaCountTable counts = countByArea(s, result, levelIndex);
    std::vector<int> rowOfLevelStart;
    AreaMatrix::Row total;
    total.levelLabel = QCoreApplication::translate("AreaMatrix", "Total");
    total.areaName = QCoreApplication::translate("AreaMatrix", "Total");
    total.counts.assign(m.columns.size(), 0);
    bool totalPeopleComplete = true;
    std::optional<PopulationFigures> totalPeople;
    int previousLevel = -1, indexInLevel = 0;
    m.rows.reserve(counts.rows.size() + 1);
    for (const AreaCountTable::Row &r : counts.rows) {
        const int l = r.levelCode == s.levels[levelIndex].level.code ? levelIndex : s.levelIndex(r.levelCode);
        if (l != previousLevel) {
            previousLevel = l;
            indexInLevel = 0;
        }
        const int a = indexInLevel++;
        AreaMatrix::Row row;
        row.levelIndex = l;
        row.levelCode = r.levelCode;
        row.levelLabel = s.levels[l].level.label(options.language);
        row.areaCode = r.areaCode;
        row.areaName = r.areaName;
        row.parentCode = r.parentCode;
        row.counts.assign(m.columns.size(), 0);
        for (int c = 0; c < categories && c < int(r.perCategory.size()); ++c) {
            if (columnOf[c] >= 0) {
                row.counts[columnOf[c]] += r.perCategory[c];
                row.total += r.perCategory[c];
            }
            if (rated[c])
                row.rated += r.perCategory[c];
        }
        if (a < int(capacity[l].size())) {
            row.capacity = capacity[l][a];
            row.withCapacity = withCapacity[l][a];
        }
        if (a < int(people[l].size()) && people[l][a]) {
            row.population = *people[l][a];
            m.hasPopulation = true;
        }
        if (l == levelIndex) {
            for (int k = 0; k < int(row.counts.size()); ++k)
                total.counts[k] += row.counts[k];
            total.total += row.total;
            total.rated += row.rated;
            total.capacity += row.capacity;
            total.withCapacity += row.withCapacity;
            if (!people[l][a])
                totalPeopleComplete = false;
            else if (!totalPeople)
                totalPeople = *people[l][a];
            else
                addFigures(*totalPeople, *people[l][a]);
        }
        m.rows.push_back(std::move(row));
    }
    if (totalPeopleComplete && totalPeople)
        total.population = *totalPeople;
    m.rows.push_back(std::move(total));
    return m;
}

MatrixText matrixText(const AreaMatrix &m)
{
    MatrixText t;
    t.header << QCoreApplication::translate("AreaMatrix", "Area level") << QCoreApplication::translate("AreaMatrix", "Area code") << QCoreApplication::translate("AreaMatrix", "Area");
    t.firstCountColumn = int(t.header.size());
    for (const auto &c : m.columns)
        t.header << c.label;
    t.countColumns = int(m.columns.size());
    t.header << QCoreApplication::translate("AreaMatrix", "Total") << QCoreApplication::translate("AreaMatrix", "Capacity");
    if (m.hasPopulation)
        t.header << QCoreApplication::translate("AreaMatrix", "Population") << QCoreApplication::translate("AreaMatrix", "Aged 65+") << QCoreApplication::translate("AreaMatrix", "Aged 75+") << QCoreApplication::translate("AreaMatrix", "Per 1,000 aged 65+") << QCoreApplication::translate("AreaMatrix", "Per 1,000 aged 75+")
                 << QCoreApplication::translate("AreaMatrix", "Capacity per 1,000 aged 65+");
    const bool coverage = m.coverageKm > 0;
    const bool coveragePeople = coverage && !m.coveragePopulationLevel.isEmpty();
    if (coverage) {
        const QString km = QLocale::c().toString(m.coverageKm, 'g', 6);
        t.firstCoverageColumn = int(t.header.size());
        t.header << QCoreApplication::translate("AreaMatrix", "Area within %1 km (%)").arg(km);
        if (coveragePeople)
            t.header << QCoreApplication::translate("AreaMatrix", "Residents within %1 km (%)").arg(km)
                     << QCoreApplication::translate("AreaMatrix", "Aged 65+ within %1 km (%)").arg(km);
    }
    const QLocale c = QLocale::c();
    auto number = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QString(); };
    auto rate = [&](const std::optional<double> &v) { return v ? c.toString(*v, 'f', 1) : QString(); };
    for (const AreaMatrix::Row &r : m.rows) {
        QStringList cells{r.isTotal() ? QString() : r.levelLabel, r.areaCode, r.areaName};
        for (int v : r.counts)
            cells << QString::number(v);
        cells << QString::number(r.total) << (r.withCapacity > 0 ? QString::number(r.capacity) : QString());
        if (m.hasPopulation) {
            cells << number(r.population.total) << number(r.population.aged65) << number(r.population.aged75)
                  << rate(AreaMatrix::perThousand(r.rated, r.population.aged65)) << rate(AreaMatrix::perThousand(r.rated, r.population.aged75))
                  << (r.withCapacity > 0 ? rate(AreaMatrix::perThousand(double(r.capacity), r.population.aged65)) : QString());
        }
        if (coverage) {
            auto percent = [&](const std::optional<double> &share) { return share ? c.toString(*share * 100.0, 'f', 1) : QString(); };
            cells << percent(r.coverage ? r.coverage->areaShare() : std::nullopt);
            if (coveragePeople)
                cells << percent(r.coverage ? r.coverage->peopleShare() : std::nullopt) << percent(r.coverage ? r.coverage->aged65Share() : std::nullopt);
        }
        t.rows << cells;
    }
    if (m.hasPopulation) {
        const QString date = m.populationAsOf.isValid()
                                 ? (m.language == QLatin1String("ja") ? m.populationAsOf.toString(QStringLiteral("yyyy年M月d日"))
                                                                      : QLocale(QLocale::English).toString(m.populationAsOf, QStringLiteral("d MMMM yyyy")))
                                 : QCoreApplication::translate("AreaMatrix", "date unknown");
        t.notes << QCoreApplication::translate("AreaMatrix", "Population as of %1 (%2); rates count the resources of the rated categories per 1,000 residents of that age.")
                       .arg(date, m.populationSource);
    }
    if (coverage) {
        const QString km = QLocale::c().toString(m.coverageKm, 'g', 6);
        t.notes << (coveragePeople
                        ? QCoreApplication::translate("AreaMatrix", "Within %1 km: the share of each area's surface within %1 km (straight line) of at least one resource of the rated categories; residents by the population of the %2 level, each of its areas weighted by the covered share of its surface.")
                              .arg(km, m.coveragePopulationLevel)
                        : QCoreApplication::translate("AreaMatrix", "Within %1 km: the share of each area's surface within %1 km (straight line) of at least one resource of the rated categories.")
                              .arg(km));
    }
    return t;
}

} // namespace careatlas
