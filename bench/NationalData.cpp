#include "bench/NationalData.h"

#include "core/import/PrefectureExtent.h"
#include "core/store/Store.h"
#include "data/demogen/DemoNames.h"
#include "geo/GdalSupport.h"
#include "geo/areas/AreaImport.h"
#include "geo/import/ResourceFileImport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointF>
#include <QStringList>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <random>

namespace careatlas::bench {

namespace {

using namespace Qt::StringLiterals;

// Numbers derived by ourselves from mt19937 (its sequence is fixed by the standard; the
// distributions of <random> are not), so every machine generates the same data.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(std::uint32_t(seed ^ (seed >> 32))) {}
    double uniform() { return double(m_engine()) / 4294967296.0; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n) { return std::min(n - 1, int(uniform() * n)); }
    bool chance(double p) { return uniform() < p; }
private:
    std::mt19937 m_engine;
};

quint64 mix(quint64 a, quint64 b)
{
    quint64 h = a * 0x9E3779B97F4A7C15ull ^ (b + 0x632BE59BD9B4E019ull + (a << 6) + (a >> 2));
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 32);
}

constexpr double OriginLon = 129.5, OriginLat = 31.0;
constexpr double CellLon = 0.085, CellLat = 0.075;   // about 7.6 km × 8.3 km
constexpr int SegmentsPerSide = 64;                   // 256 vertices per district

struct Grid {
    quint32 seed = 0;
    int cols = 0, rows = 0;
    std::vector<int> cityColStart, cityRowStart;      // cell index where each city column/row starts (+ end)
    std::vector<int> prefColStart, prefRowStart;      // city index where each prefecture column/row starts (+ end)

    QPointF vertex(int i, int j) const
    {
        Random r(mix(mix(seed, 1), quint64(i) * 100003 + quint64(j)));
        const double jx = r.uniform(-0.15, 0.15), jy = r.uniform(-0.15, 0.15);
        return {OriginLon + (i + jx) * CellLon, OriginLat + (j + jy) * CellLat};
    }

    // The border between two grid vertices, drawn the same whichever cell asks: a wandering
    // line (a sum of three sine waves, tapered to the ends). `horizontal`: from (i,j) to (i+1,j);
    // else from (i,j) to (i,j+1). Points from the start, without the end point.
    std::vector<QPointF> edge(bool horizontal, int i, int j) const
    {
        const QPointF a = vertex(i, j), b = horizontal ? vertex(i + 1, j) : vertex(i, j + 1);
        Random r(mix(mix(seed, horizontal ? 2 : 3), quint64(i) * 100003 + quint64(j)));
        double amplitude[3], phase[3];
        for (int k = 0; k < 3; ++k) {
            amplitude[k] = r.uniform(-0.03, 0.03);
            phase[k] = r.uniform(0, 2 * std::numbers::pi);
        }
        std::vector<QPointF> points;
        points.reserve(SegmentsPerSide);
        for (int s = 0; s < SegmentsPerSide; ++s) {
            const double t = double(s) / SegmentsPerSide;
            double offset = 0;
            for (int k = 0; k < 3; ++k)
                offset += amplitude[k] * std::sin((k + 1) * std::numbers::pi * t + phase[k]);
            offset *= std::sin(std::numbers::pi * t);
            const QPointF p = a + (b - a) * t;
            points.push_back(horizontal ? QPointF(p.x(), p.y() + offset * CellLat) : QPointF(p.x() + offset * CellLon, p.y()));
        }
        return points;
    }

    bool hasHole(int i, int j) const { return mix(mix(seed, 4), quint64(i) * 100003 + quint64(j)) % 20 == 0; }

    // A lake in the middle of a cell: a wobbly ring.
    std::vector<QPointF> hole(int i, int j) const
    {
        const QPointF c = (vertex(i, j) + vertex(i + 1, j) + vertex(i, j + 1) + vertex(i + 1, j + 1)) / 4.0;
        Random r(mix(mix(seed, 5), quint64(i) * 100003 + quint64(j)));
        std::vector<QPointF> ring;
        const int n = 32;
        for (int k = 0; k < n; ++k) {
            const double angle = 2 * std::numbers::pi * k / n;
            const double radius = 0.12 * r.uniform(0.8, 1.2);
            ring.emplace_back(c.x() + std::cos(angle) * radius * CellLon, c.y() + std::sin(angle) * radius * CellLat);
        }
        return ring;
    }

    // The outline of the block of cells [c0, c1) × [r0, r1) with the holes of its cells.
    std::unique_ptr<OGRPolygon> block(int c0, int c1, int r0, int r1) const
    {
        auto outer = std::make_unique<OGRLinearRing>();
        std::vector<QPointF> ring;
        for (int i = c0; i < c1; ++i) {
            const auto e = edge(true, i, r0);
            ring.insert(ring.end(), e.begin(), e.end());
        }
        for (int j = r0; j < r1; ++j) {
            const auto e = edge(false, c1, j);
            ring.insert(ring.end(), e.begin(), e.end());
        }
        for (int i = c1 - 1; i >= c0; --i) {
            auto e = edge(true, i, r1);
            e.push_back(vertex(i + 1, r1));
            std::reverse(e.begin(), e.end());
            ring.insert(ring.end(), e.begin(), e.end() - 1);
        }
        for (int j = r1 - 1; j >= r0; --j) {
            auto e = edge(false, c0, j);
            e.push_back(vertex(c0, j + 1));
            std::reverse(e.begin(), e.end());
            ring.insert(ring.end(), e.begin(), e.end() - 1);
        }
        ring.push_back(ring.front());
        outer->setNumPoints(int(ring.size()), FALSE);
        for (int k = 0; k < int(ring.size()); ++k)
            outer->setPoint(k, ring[k].x(), ring[k].y());
        auto polygon = std::make_unique<OGRPolygon>();
        polygon->addRingDirectly(outer.release());
        for (int i = c0; i < c1; ++i) {
            for (int j = r0; j < r1; ++j) {
                if (!hasHole(i, j))
                    continue;
                auto points = hole(i, j);
                points.push_back(points.front());
                auto inner = new OGRLinearRing;
                inner->setNumPoints(int(points.size()), FALSE);
                for (int k = 0; k < int(points.size()); ++k)
                    inner->setPoint(k, points[k].x(), points[k].y());
                polygon->addRingDirectly(inner);
            }
        }
        return polygon;
    }
};

// Splits `count` items into `parts` consecutive runs of slightly varying length: the start of
// each run, then `count`.
std::vector<int> splits(int count, int parts, Random &random)
{
    std::vector<int> starts{0};
    for (int k = 1; k < parts; ++k) {
        const double ideal = (k + random.uniform(-0.3, 0.3)) * count / parts;
        starts.push_back(std::clamp(int(std::lround(ideal)), starts.back() + 1, count - (parts - k)));
    }
    starts.push_back(count);
    return starts;
}

int scaled(double full, double linearScale, int minimum) { return std::max(minimum, int(std::lround(full * linearScale))); }

struct Prefecture {
    int cityCol0, cityCol1, cityRow0, cityRow1;
    PrefectureExtent real{};   // the real prefecture whose name, code and extent it takes
    QString code() const { return QString::fromLatin1(real.code); }
    QString name() const { return QString::fromUtf8(real.name); }
};

// The 47 real prefectures (code, name and 国土地理院 extent, as the importer checks them).
std::vector<PrefectureExtent> realPrefectures()
{
    std::vector<PrefectureExtent> result;
    for (int k = 1; k <= 47; ++k)
        result.push_back(*prefectureOfCode(QString::number(k).rightJustified(2, u'0')));
    return result;
}

// Gives every synthetic prefecture a different real one: the pairs whose boxes overlap most
// first (block and extent), then the rest in order. Resources are then placed only where their
// cell lies inside their prefecture's real extent, so the address's prefecture, the
// 都道府県コード and the coordinates agree as the importer checks them (a point outside the
// code's prefecture is imported without a location).
void nameAfterRealPrefectures(std::vector<Prefecture> &prefs, const Grid &grid)
{
    const auto real = realPrefectures();
    struct Pair {
        double overlap;
        int block, real;
    };
    std::vector<Pair> pairs;
    for (int p = 0; p < int(prefs.size()); ++p) {
        const double west = grid.vertex(grid.cityColStart[prefs[p].cityCol0], 0).x(), east = grid.vertex(grid.cityColStart[prefs[p].cityCol1], 0).x();
        const double south = grid.vertex(0, grid.cityRowStart[prefs[p].cityRow0]).y(), north = grid.vertex(0, grid.cityRowStart[prefs[p].cityRow1]).y();
        for (int k = 0; k < int(real.size()); ++k) {
            const double w = std::min(east, real[k].east) - std::max(west, real[k].west);
            const double h = std::min(north, real[k].north) - std::max(south, real[k].south);
            pairs.push_back({std::max(0.0, w) * std::max(0.0, h), p, k});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.overlap > b.overlap; });
    std::vector<bool> blockDone(prefs.size()), realUsed(real.size());
    for (const Pair &pair : pairs) {
        if (blockDone[size_t(pair.block)] || realUsed[size_t(pair.real)])
            continue;
        prefs[size_t(pair.block)].real = real[size_t(pair.real)];
        blockDone[size_t(pair.block)] = realUsed[size_t(pair.real)] = true;
    }
}

// A 全国地方公共団体コード: prefecture (2), municipality (3) and the JIS X 0402 check digit.
QString localGovernmentCode(const QString &prefectureCode, int municipality)
{
    const QString five = prefectureCode + QString::number(municipality).rightJustified(3, u'0');
    int sum = 0;
    for (int k = 0; k < 5; ++k)
        sum += five.at(k).digitValue() * (6 - k);
    const int check = (11 - sum % 11) % 10;
    return five + QString::number(check);
}

std::vector<Prefecture> prefectures(const Grid &grid)
{
    const int pc = int(grid.prefColStart.size()) - 1, pr = int(grid.prefRowStart.size()) - 1;
    std::vector<Prefecture> result;
    for (int row = 0; row < pr; ++row)
        for (int col = 0; col < pc; ++col)
            result.push_back({grid.prefColStart[col], grid.prefColStart[col + 1], grid.prefRowStart[row], grid.prefRowStart[row + 1]});
    // 8 × 6 = 48 blocks at full scale: the last two of the last row are one prefecture (47).
    if (pc >= 2 && pr >= 2) {
        Prefecture last = result.back();
        result.pop_back();
        result.back().cityCol1 = last.cityCol1;
    }
    nameAfterRealPrefectures(result, grid);
    return result;
}

QString cityName(quint32 seed, int index)
{
    const auto &towns = demo::townNames();
    Random r(mix(mix(seed, 6), quint64(index)));
    const QString base = towns[r.below(int(towns.size()))].text;
    static const QStringList suffixes = QString::fromUtf8("市,市,市,町,町,村,区").split(u',');
    return base + suffixes[r.below(int(suffixes.size()))];
}

QString districtName(quint32 seed, int i, int j)
{
    const auto &towns = demo::townNames();
    Random r(mix(mix(seed, 7), quint64(i) * 100003 + quint64(j)));
    QString name = towns[r.below(int(towns.size()))].text;
    if (r.chance(0.3))
        name += QString::fromUtf8(r.chance(0.5) ? "東" : "西");
    if (r.chance(0.2))
        name = QString::fromUtf8("第%1").arg(r.below(5) + 1) + name;
    return name + QString::fromUtf8("小学校区");
}

// Writes one polygon layer as a Shapefile in EPSG:6668 with a CP932 .dbf (and .cpg).
struct ShapeWriter {
    GDALDataset *dataset = nullptr;
    OGRLayer *layer = nullptr;

    Status open(const QString &path, const QStringList &fields)
    {
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
        if (!driver)
            return Error(ErrorCode::Internal, u"no Shapefile driver"_s);
        dataset = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
        if (!dataset)
            return Error(ErrorCode::FileWriteFailed, QString::fromUtf8(CPLGetLastErrorMsg())).inFile(path);
        OGRSpatialReference srs;
        srs.importFromEPSG(6668);
        srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        char **options = CSLSetNameValue(nullptr, "ENCODING", "CP932");
        layer = dataset->CreateLayer(QFileInfo(path).completeBaseName().toUtf8().constData(), &srs, wkbPolygon, options);
        CSLDestroy(options);
        if (!layer)
            return Error(ErrorCode::FileWriteFailed, QString::fromUtf8(CPLGetLastErrorMsg())).inFile(path);
        for (const QString &field : fields) {
            OGRFieldDefn definition(field.toUtf8().constData(), OFTString);
            definition.SetWidth(field == u"NAME"_s ? 80 : 12);
            if (layer->CreateField(&definition) != OGRERR_NONE)
                return Error(ErrorCode::FileWriteFailed, QString::fromUtf8(CPLGetLastErrorMsg())).inFile(path);
        }
        return {};
    }
    Status write(const QStringList &values, std::unique_ptr<OGRPolygon> polygon)
    {
        OGRFeature feature(layer->GetLayerDefn());
        for (int k = 0; k < values.size(); ++k)
            feature.SetField(k, values[k].toUtf8().constData());   // OGR recodes UTF-8 to CP932
        feature.SetGeometryDirectly(polygon.release());
        if (layer->CreateFeature(&feature) != OGRERR_NONE)
            return Error(ErrorCode::FileWriteFailed, QString::fromUtf8(CPLGetLastErrorMsg()));
        return {};
    }
    ~ShapeWriter() { GDALClose(dataset); }
};

Status writeCpg(const QString &shpPath)
{
    // GDAL writes the .cpg for ENCODING=CP932 itself on most versions; make sure one exists.
    const QString cpg = shpPath.left(shpPath.size() - 4) + u".cpg"_s;
    if (QFileInfo::exists(cpg))
        return {};
    QFile file(cpg);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::FileWriteFailed).inFile(cpg);
    file.write("CP932");
    return {};
}

struct ServiceKind {
    const char *service;     // 実施サービス as published
    const char *pattern;     // %1 = the facility's own word
    int weight;
    int capacity;            // 0: none
};

const std::vector<ServiceKind> &serviceKinds()
{
    static const std::vector<ServiceKind> kinds = {
        {"居宅介護支援", "%1ケアプランセンター", 18, 0},
        {"訪問介護", "%1ヘルパーステーション", 16, 0},
        {"通所介護", "デイサービスセンター%1", 11, 35},
        {"地域密着型通所介護", "デイサービス%1", 8, 18},
        {"訪問看護", "%1訪問看護ステーション", 7, 0},
        {"通所リハビリテーション", "%1リハビリテーションセンター", 4, 40},
        {"短期入所生活介護", "ショートステイ%1", 4, 20},
        {"認知症対応型共同生活介護", "グループホーム%1", 6, 18},
        {"小規模多機能型居宅介護", "小規模多機能ホーム%1", 3, 29},
        {"看護小規模多機能型居宅介護", "看護小規模多機能%1", 1, 29},
        {"介護老人福祉施設", "特別養護老人ホーム%1", 4, 80},
        {"介護老人保健施設", "介護老人保健施設%1", 2, 100},
        {"定期巡回・随時対応型訪問介護看護", "%1定期巡回センター", 1, 0},
        {"訪問介護、居宅介護支援", "%1在宅介護サービス", 3, 0},
        {"診療所", "%1クリニック", 8, 0},
        {"薬局", "%1薬局", 4, 0},
    };
    return kinds;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

std::vector<bool> eligibleCells(const Grid &grid, const std::vector<Prefecture> &prefs, const std::vector<int> &cityOfCell,
                                const std::vector<int> &prefOfCity)
{
    // A cell takes resources only when its four corners lie inside its prefecture's real
    // extent (then every point placed inside it does: the extent is a box).
    std::vector<bool> eligible(size_t(grid.cols) * grid.rows);
    bool any = false;
    for (int j = 0; j < grid.rows; ++j)
        for (int i = 0; i < grid.cols; ++i) {
            const PrefectureExtent &real = prefs[size_t(prefOfCity[size_t(cityOfCell[size_t(j) * grid.cols + i])])].real;
            bool inside = true;
            for (const QPointF &corner : {grid.vertex(i, j), grid.vertex(i + 1, j), grid.vertex(i, j + 1), grid.vertex(i + 1, j + 1)})
                inside = inside && !isOutsidePrefecture(real, corner.y(), corner.x(), 0.0);
            eligible[size_t(j) * grid.cols + i] = inside;
            any = any || inside;
        }
    if (!any)   // a tiny test scale whose blocks miss every extent: place resources anywhere
        std::fill(eligible.begin(), eligible.end(), true);
    return eligible;
}

Status writeResources(const QString &path, const Grid &grid, const std::vector<Prefecture> &prefs,
                      const std::vector<int> &cityOfCell, const std::vector<int> &prefOfCity, int count)
{
    const std::vector<bool> eligible = eligibleCells(grid, prefs, cityOfCell, prefOfCity);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::FileWriteFailed).inFile(path);
    // Where resources are: every city has a weight (a few big cities, many small towns) and
    // every district one within its city.
    const int cityCount = int(prefOfCity.size());
    Random random(mix(grid.seed, 8));
    std::vector<double> cityWeight(cityCount);
    for (double &w : cityWeight)
        w = std::exp(random.uniform(-1.5, 1.5) * 1.6);
    std::vector<double> cumulative(size_t(grid.cols) * grid.rows);
    double sum = 0;
    for (int j = 0; j < grid.rows; ++j)
        for (int i = 0; i < grid.cols; ++i) {
            const size_t cell = size_t(j) * grid.cols + i;
            const double weight = cityWeight[cityOfCell[cell]] * random.uniform(0.3, 1.7);
            sum += eligible[cell] ? weight : 0.0;
            cumulative[cell] = sum;
        }
    const auto &kinds = serviceKinds();
    int totalWeight = 0;
    for (const ServiceKind &k : kinds)
        totalWeight += k.weight;
    const auto &towns = demo::townNames();
    const auto &families = demo::familyNames();
    const auto &words = demo::facilityWords();
    // Each city's number inside its prefecture (201, 202, … as 市 are numbered).
    std::vector<int> municipality(prefOfCity.size());
    {
        std::vector<int> next(prefs.size(), 201);
        for (size_t city = 0; city < prefOfCity.size(); ++city)
            municipality[city] = next[size_t(prefOfCity[city])]++;
    }
    static const QStringList notes = QString::fromUtf8(
        "送迎あり|入浴あり|機能訓練に力を入れています|看取り対応可|医療的ケア対応|土日も営業|認知症の方も安心してご利用いただけます|"
        "空きあり（要問合せ）|駐車場あり|管理栄養士在籍||||").split(u'|');

    QByteArray out;
    out.reserve(1 << 22);
    out += QString::fromUtf8("全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,事業所番号,実施サービス,所在地_連結表記,"
                             "建物名等（方書）,緯度,経度,電話番号,定員,備考\r\n").toUtf8();
    for (int n = 0; n < count; ++n) {
        Random r(mix(mix(grid.seed, 9), quint64(n)));
        const double pick = r.uniform() * sum;
        const size_t cell = size_t(std::upper_bound(cumulative.begin(), cumulative.end(), pick) - cumulative.begin());
        const int i = int(cell % grid.cols), j = int(cell / grid.cols);
        const int city = cityOfCell[std::min(cell, cumulative.size() - 1)];
        const int pref = prefOfCity[city];
        // Inside the cell away from its wandering borders (bilinear between its corners).
        const double u = r.uniform(0.12, 0.88), v = r.uniform(0.12, 0.88);
        const QPointF p = grid.vertex(i, j) * (1 - u) * (1 - v) + grid.vertex(i + 1, j) * u * (1 - v)
                          + grid.vertex(i, j + 1) * (1 - u) * v + grid.vertex(i + 1, j + 1) * u * v;
        int w = r.below(totalWeight);
        const ServiceKind *kind = &kinds.front();
        for (const ServiceKind &k : kinds) {
            if (w < k.weight) {
                kind = &k;
                break;
            }
            w -= k.weight;
        }
        const demo::Word &town = towns[r.below(int(towns.size()))];
        const demo::Word &own = r.chance(0.35) ? families[r.below(int(families.size()))] : words[r.below(int(words.size()))];
        const QString name = QString::fromUtf8(kind->pattern).arg(own.text + (r.chance(0.3) ? town.text : QString()));
        const QString kana = demo::toKatakana(own.reading);
        const QString cityText = cityName(grid.seed, city);
        const QString prefText = prefs[size_t(pref)].name();
        const QString address = prefText + cityText + town.text + QString::number(r.below(5) + 1) + QString::fromUtf8("丁目")
                                + QString::number(r.below(30) + 1) + u'-' + QString::number(r.below(20) + 1);
        const QString building = r.chance(0.2) ? own.text + QString::fromUtf8("ビル%1階").arg(r.below(4) + 1) : QString();
        const QString code = localGovernmentCode(prefs[size_t(pref)].code(), municipality[size_t(city)]);
        const QString number = prefs[size_t(pref)].code() + QString::number(n).rightJustified(8, u'0');
        const QString phone = u'0' + QString::number(r.below(90) + 10) + u'-' + QString::number(r.below(900) + 100) + u'-'
                              + QString::number(r.below(9000) + 1000).rightJustified(4, u'0');
        const bool unplaced = r.chance(0.005);
        QStringList fields{code, QString::number(n + 1), prefText + cityText, name, kana, number,
                           QString::fromUtf8(kind->service), address, building,
                           unplaced ? QString() : QString::number(p.y(), 'f', 6),
                           unplaced ? QString() : QString::number(p.x(), 'f', 6), phone,
                           kind->capacity > 0 ? QString::number(kind->capacity - r.below(kind->capacity / 3 + 1)) : QString(),
                           notes[r.below(int(notes.size()))]};
        for (QString &f : fields)
            f = csvField(f);
        out += fields.join(u',').toUtf8();
        out += "\r\n";
        if (out.size() > (1 << 22)) {
            if (file.write(out) != out.size())
                return Error(ErrorCode::FileWriteFailed).inFile(path);
            out.clear();
        }
    }
    if (file.write(out) != out.size())
        return Error(ErrorCode::FileWriteFailed).inFile(path);
    return {};
}

Status generateFiles(const QString &dir, const Grid &grid, NationalData &data, bool verbose)
{
    const auto prefs = prefectures(grid);
    const int cityCols = int(grid.cityColStart.size()) - 1, cityRows = int(grid.cityRowStart.size()) - 1;
    std::vector<int> prefOfCity(size_t(cityCols) * cityRows, 0);
    for (int p = 0; p < int(prefs.size()); ++p)
        for (int cr = prefs[p].cityRow0; cr < prefs[p].cityRow1; ++cr)
            for (int cc = prefs[p].cityCol0; cc < prefs[p].cityCol1; ++cc)
                prefOfCity[size_t(cr) * cityCols + cc] = p;
    std::vector<int> cityOfCell(size_t(grid.cols) * grid.rows, 0);
    for (int cr = 0; cr < cityRows; ++cr)
        for (int cc = 0; cc < cityCols; ++cc)
            for (int j = grid.cityRowStart[cr]; j < grid.cityRowStart[cr + 1]; ++j)
                for (int i = grid.cityColStart[cc]; i < grid.cityColStart[cc + 1]; ++i)
                    cityOfCell[size_t(j) * grid.cols + i] = cr * cityCols + cc;
    auto cityCode = [](int city) -> QString { return u"C"_s + QString::number(city).rightJustified(5, u'0'); };
    auto prefCode = [&prefs](int pref) -> QString { return prefs[size_t(pref)].code(); };

    {
        ShapeWriter writer;
        if (Status s = writer.open(data.prefecturesShp, {u"CODE"_s, u"NAME"_s}); !s)
            return s;
        for (int p = 0; p < int(prefs.size()); ++p) {
            const Prefecture &pr = prefs[p];
            auto polygon = grid.block(grid.cityColStart[pr.cityCol0], grid.cityColStart[pr.cityCol1],
                                      grid.cityRowStart[pr.cityRow0], grid.cityRowStart[pr.cityRow1]);
            if (Status s = writer.write({prefCode(p), pr.name()}, std::move(polygon)); !s)
                return s;
        }
        data.prefectureCount = int(prefs.size());
    }
    {
        ShapeWriter writer;
        if (Status s = writer.open(data.citiesShp, {u"CODE"_s, u"NAME"_s, u"PREF"_s}); !s)
            return s;
        for (int cr = 0; cr < cityRows; ++cr)
            for (int cc = 0; cc < cityCols; ++cc) {
                const int city = cr * cityCols + cc;
                auto polygon = grid.block(grid.cityColStart[cc], grid.cityColStart[cc + 1], grid.cityRowStart[cr], grid.cityRowStart[cr + 1]);
                if (Status s = writer.write({cityCode(city), cityName(grid.seed, city), prefCode(prefOfCity[city])}, std::move(polygon)); !s)
                    return s;
            }
        data.cityCount = cityCols * cityRows;
    }
    {
        ShapeWriter writer;
        if (Status s = writer.open(data.districtsShp, {u"CODE"_s, u"NAME"_s, u"CITY"_s}); !s)
            return s;
        for (int j = 0; j < grid.rows; ++j)
            for (int i = 0; i < grid.cols; ++i) {
                const QString code = u"D"_s + QString::number(j * grid.cols + i).rightJustified(6, u'0');
                if (Status s = writer.write({code, districtName(grid.seed, i, j), cityCode(cityOfCell[size_t(j) * grid.cols + i])},
                                            grid.block(i, i + 1, j, j + 1)); !s)
                    return s;
            }
        data.districtCount = grid.cols * grid.rows;
    }
    for (const QString &shp : {data.prefecturesShp, data.citiesShp, data.districtsShp})
        if (Status s = writeCpg(shp); !s)
            return s;
    if (verbose)
        std::fprintf(stderr, "bench: wrote %d prefectures, %d cities, %d districts\n", data.prefectureCount, data.cityCount, data.districtCount);
    return writeResources(data.resourcesCsv, grid, prefs, cityOfCell, prefOfCity, data.resourceCount);
}

Status buildStore(NationalData &data, bool verbose)
{
    auto store = Store::create(data.store);
    if (!store)
        return store.error();
    // Prefectures above the standard levels (city = municipality is rank 0).
    if (Status s = (*store)->ensureAreaLevel({u"prefecture"_s, QString::fromUtf8("都道府県"), u"Prefecture"_s, -1}); !s)
        return s;
    const struct {
        QString path, level;
    } layers[] = {{data.prefecturesShp, u"prefecture"_s}, {data.citiesShp, u"city"_s}, {data.districtsShp, u"school_district"_s}};
    for (const auto &layer : layers) {
        QElapsedTimer timer;
        timer.start();
        geo::AreaImportOptions options;
        options.level = layer.level;
        options.load.codeField = u"CODE"_s;
        options.load.nameField = u"NAME"_s;
        auto report = geo::importAreas(**store, layer.path, options);
        if (!report)
            return report.error();
        if (verbose)
            std::fprintf(stderr, "bench: store: %d areas of %s in %lld ms\n", report->imported, qPrintable(layer.level), timer.elapsed());
    }
    QElapsedTimer timer;
    timer.start();
    auto imported = geo::importResourceFile(**store, data.resourcesCsv, ImportOptions{});
    if (!imported)
        return imported.error();
    if (verbose)
        std::fprintf(stderr, "bench: store: %lld resources imported (%lld rejected) and assigned in %lld ms\n",
                     imported->report.added, imported->report.rejected, timer.elapsed());
    return {};
}

} // namespace

Result<NationalData> ensureNationalData(const QString &cacheRoot, const NationalDataSpec &spec, bool verbose)
{
    geo::ensureGdalRegistered();
    const double linear = std::sqrt(std::clamp(spec.scale, 0.0001, 1.0));
    NationalData data;
    data.directory = QDir(cacheRoot).filePath(u"national-seed%1-scale%2"_s.arg(spec.seed).arg(spec.scale, 0, 'f', 3));
    const QDir dir(data.directory);
    data.districtsShp = dir.filePath(u"districts.shp"_s);
    data.citiesShp = dir.filePath(u"cities.shp"_s);
    data.prefecturesShp = dir.filePath(u"prefectures.shp"_s);
    data.resourcesCsv = dir.filePath(u"resources.csv"_s);
    data.store = dir.filePath(u"national.gpkg"_s);
    data.resourceCount = std::max(1, int(std::lround(200000 * spec.scale)));

    Grid grid;
    grid.seed = spec.seed;
    grid.cols = scaled(160, linear, 2);
    grid.rows = scaled(125, linear, 2);
    Random random(mix(spec.seed, 10));
    const int cityCols = std::min(grid.cols, scaled(50, linear, 1)), cityRows = std::min(grid.rows, scaled(38, linear, 1));
    grid.cityColStart = splits(grid.cols, cityCols, random);
    grid.cityRowStart = splits(grid.rows, cityRows, random);
    grid.prefColStart = splits(cityCols, std::min(cityCols, scaled(8, linear, 1)), random);
    grid.prefRowStart = splits(cityRows, std::min(cityRows, scaled(6, linear, 1)), random);

    const QString marker = dir.filePath(u"complete"_s);
    if (QFileInfo::exists(marker)) {
        QFile file(marker);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> counts = file.readAll().trimmed().split(' ');
            if (counts.size() == 3) {
                data.prefectureCount = counts[0].toInt();
                data.cityCount = counts[1].toInt();
                data.districtCount = counts[2].toInt();
                return data;
            }
        }
    }
    if (dir.exists())
        QDir(data.directory).removeRecursively();
    if (!QDir().mkpath(data.directory))
        return Error(ErrorCode::FileWriteFailed).inFile(data.directory);
    if (verbose)
        std::fprintf(stderr, "bench: generating %s (once; cached)\n", qPrintable(data.directory));
    QElapsedTimer timer;
    timer.start();
    if (Status s = generateFiles(data.directory, grid, data, verbose); !s)
        return s.error();
    if (verbose)
        std::fprintf(stderr, "bench: files written in %lld ms\n", timer.restart());
    if (Status s = buildStore(data, verbose); !s)
        return s.error();
    QFile file(marker);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::FileWriteFailed).inFile(marker);
    file.write(QByteArray::number(data.prefectureCount) + ' ' + QByteArray::number(data.cityCount) + ' '
               + QByteArray::number(data.districtCount) + '\n');
    return data;
}

} // namespace careatlas::bench
