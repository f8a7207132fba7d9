// Acceptance on the real published files of ../shared/data (mhlw-kaigo, takamatsu): every
// expected number is computed here from the file itself, by a minimal reader and checks of this
// test's own that share no code with the importer.

#include "core/import/ResourceImporter.h"
#include "core/store/Store.h"

#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace careatlas;

namespace {

QString u(const char *text) { return QString::fromUtf8(text); }

// RFC 4180 as the files use it: quoted fields with commas and line breaks. Returns the records
// with the line each starts on; "#" lines (LinkData metadata) are left out, but for LinkData's
// "#property" header.
struct Record {
    qint64 line = 0;
    QStringList fields;
};

QList<Record> minimalCsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Record> records;
    Record record{1, {}};
    QString field;
    bool quoted = false;
    qint64 line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.fields.append(field);
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            record.fields.append(field);
            field.clear();
            const QString first = record.fields.constFirst();
            const bool metadata = first.startsWith(u'#') && first != QStringLiteral("#property");
            if (!metadata && !(record.fields.size() == 1 && first.isEmpty()))
                records.append(record);
            record = Record{++line, {}};
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.fields.isEmpty()) {
        record.fields.append(field);
        records.append(record);
    }
    return records;
}

QString nfkc(const QString &text) { return text.normalized(QString::NormalizationForm_KC).trimmed(); }

// 国土地理院 都道府県の東西南北端点: south, north, west, east in thousandths of a degree.
struct Box { int south, north, west, east; };
const Box &prefectureBox(int code)
{
    static const Box boxes[47] = {
        {41352, 45558, 139334, 148895}, {40218, 41556, 139497, 141683}, {38748, 40451, 140653, 142072},
        {37773, 39003, 140275, 141675}, {38873, 40511, 139692, 140995}, {37734, 39209, 139520, 140647},
        {36791, 37977, 139165, 141044}, {35739, 36945, 139688, 140852}, {36200, 37155, 139326, 140292},
        {35985, 37059, 138397, 139670}, {35754, 36283, 138711, 139900}, {34899, 36104, 139739, 140873},
        {20425, 35898, 136070, 153986}, {35129, 35673, 138916, 139796}, {36736, 38553, 137635, 139900},
        {36274, 36980, 136768, 137763}, {36067, 37855, 136244, 137365}, {35343, 36296, 135449, 136832},
        {35168, 35972, 138180, 139134}, {35199, 37030, 137325, 138739}, {35134, 36465, 136276, 137653},
        {34574, 35646, 137474, 139177}, {34577, 35425, 136671, 137838}, {33723, 35258, 135853, 136988},
        {34791, 35704, 135764, 136455}, {34706, 35779, 134854, 136056}, {34272, 35051, 135093, 135747},
        {34156, 35675, 134252, 135469}, {33859, 34781, 135540, 136230}, {33433, 34384, 134999, 136013},
        {35057, 35614, 133136, 134515}, {34303, 37244, 131668, 133387}, {34298, 35353, 133267, 134413},
        {34035, 35106, 132036, 133471}, {33713, 34799, 130775, 132492}, {33539, 34252, 133661, 134822},
        {34012, 34565, 133447, 134447}, {32885, 34302, 132012, 133693}, {32703, 33883, 132480, 134314},
        {33001, 34250, 129982, 131190}, {32951, 33619, 129737, 130542}, {31986, 34727, 128104, 130387},
        {32095, 33195, 129940, 131329}, {32714, 33741, 130825, 132177}, {31361, 32839, 130703, 131886},
        {27019, 32311, 128395, 131206}, {24046, 27886, 122934, 131332}};
    return boxes[code - 1];
}

bool japan(double lat, double lon) { return lat >= 20.0 && lat <= 46.0 && lon >= 122.0 && lon <= 154.5; }

QMap<QString, QList<qint64>> expectedQuality(const QList<Record> &records)
{
    const QStringList header = records.constFirst().fields;
    const auto col = [&](const char *name) {
        const auto index = header.indexOf(u(name));
        REQUIRE(index >= 0);
        return index;
    };
    const auto code = col("都道府県コード又は市町村コード"), lat = col("緯度"), lon = col("経度"), number = col("事業所番号"),
               service = col("サービスの種類"), url = col("URL"), capacity = col("定員"), address = col("住所"),
               building = col("方書（ビル名等）");
    static const QRegularExpression phone(QStringLiteral("^(tel:)?[0-9()+\\-\\s]{9,}$"), QRegularExpression::CaseInsensitiveOption);
    QMap<QString, QList<qint64>> quality;
    QSet<QString> seen;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const Record &r = records.at(i);
        const QStringList &f = r.fields;
        double y = nfkc(f.at(lat)).toDouble(), x = nfkc(f.at(lon)).toDouble();
        if (!nfkc(f.at(lat)).isEmpty()) {
            if (y == 0.0 && x == 0.0) {
                quality[QStringLiteral("coordinates_zero")].append(r.line);
            } else if (!japan(y, x) && japan(x, y)) {
                quality[QStringLiteral("coordinates_swapped")].append(r.line);
                std::swap(x, y);
            } else if (!japan(y, x)) {
                quality[QStringLiteral("coordinates_out_of_japan")].append(r.line);
            }
            const int pref = f.at(code).left(2).toInt();
            if (japan(y, x) && pref >= 1 && pref <= 47) {
                const Box &b = prefectureBox(pref);
                if (y * 1000 < b.south - 20 || y * 1000 > b.north + 20 || x * 1000 < b.west - 20 || x * 1000 > b.east + 20)
                    quality[QStringLiteral("coordinates_outside_prefecture")].append(r.line);
            }
        }
        const QString key = f.at(service) + u'|' + nfkc(f.at(number));
        if (!nfkc(f.at(number)).isEmpty() && seen.contains(key))
            quality[QStringLiteral("duplicate_office_number")].append(r.line);
        seen.insert(key);
        const QString link = nfkc(f.at(url));
        if (!link.isEmpty() && ((link.contains(u'@') && !link.contains(QStringLiteral("://"))) || phone.match(link).hasMatch()))
            quality[QStringLiteral("website_not_url")].append(r.line);
        if (nfkc(f.at(capacity)) == QStringLiteral("0"))
            quality[QStringLiteral("capacity_zero")].append(r.line);
        if (!nfkc(f.at(building)).isEmpty() && nfkc(f.at(address)).contains(nfkc(f.at(building))))
            quality[QStringLiteral("building_in_address")].append(r.line);
    }
    return quality;
}

QMap<QString, qint64> countColumn(const QList<Record> &records, const char *header, const QHash<QString, QString> &categoryOfValue)
{
    const auto index = records.constFirst().fields.indexOf(u(header));
    REQUIRE(index >= 0);
    QMap<QString, qint64> counts;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QString value = records.at(i).fields.at(index);
        INFO(value.toStdString());
        REQUIRE(categoryOfValue.contains(value));
        counts[categoryOfValue.value(value)] += 1;
    }
    return counts;
}

QMap<QString, qint64> reportedCategories(const ImportReport &report)
{
    QMap<QString, qint64> counts;
    for (const CategoryCount &category : report.categories)
        counts.insert(category.code, category.rows);
    return counts;
}

QMap<QString, QList<qint64>> reportedQuality(const ImportReport &report)
{
    QMap<QString, QList<qint64>> quality;
    for (const auto &[kind, lines] : report.quality())
        quality.insert(importIssueKindName(kind), lines);
    return quality;
}

std::unique_ptr<Store> newStore(const QTemporaryDir &dir)
{
    auto store = Store::create(dir.filePath(QStringLiteral("store.gpkg")));
    REQUIRE(store.ok());
    return std::move(store).value();
}

} // namespace

TEST_CASE("Every MHLW 介護サービス情報公表 file imports with exact counts per category and per quality class", "[core][import][acceptance]")
{
    const QHash<QString, QString> category = {{u("訪問入浴介護"), QStringLiteral("home_bathing")},
                                              {u("介護医療院"), QStringLiteral("care_medical_facility")},
                                              {u("小規模多機能型居宅介護"), QStringLiteral("small_multifunction")},
                                              {u("定期巡回・随時対応型訪問介護看護"), QStringLiteral("regular_visit_24h")}};
    for (const char *name : {"jigyosho_120.csv", "jigyosho_550.csv", "jigyosho_730.csv", "jigyosho_760.csv"}) {
        DYNAMIC_SECTION(name)
        {
            const QString path = test::sharedDataFile(QStringLiteral("mhlw-kaigo/") + QLatin1String(name));
            if (path.isEmpty())
                return;
            const QList<Record> records = minimalCsv(path);
            QTemporaryDir dir;
            auto store = newStore(dir);
            const auto report = ResourceImporter(*store, {}).importCsvFile(path);
            REQUIRE(report.ok());
            CHECK(report->format == QStringLiteral("mhlw"));
            CHECK(report->rowsRead == records.size() - 1);
            CHECK(report->rejected == 0);
            CHECK(reportedCategories(*report) == countColumn(records, "サービスの種類", category));
            const auto expected = expectedQuality(records);
            const auto reported = reportedQuality(*report);
            CHECK(reported.keys() == expected.keys());
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                INFO(it.key().toStdString());
                CHECK(reported.value(it.key()) == it.value());
            }
            // What the store holds agrees: a point for every row but those the checks unplaced.
            const qint64 unplaced = expected.value(QStringLiteral("coordinates_zero")).size()
                                    + expected.value(QStringLiteral("coordinates_out_of_japan")).size()
                                    + expected.value(QStringLiteral("coordinates_outside_prefecture")).size();
            CHECK(report->unplacedLines.size() >= unplaced);
            CHECK(*store->resourceCount() == report->added);
        }
    }
}

TEST_CASE("The 介護医療院 file is 介護医療院, never 介護老人保健施設, and says why", "[core][import][acceptance]")
{
    const QString path = test::sharedDataFile(QStringLiteral("mhlw-kaigo/jigyosho_550.csv"));
    if (path.isEmpty())
        return;
    QTemporaryDir dir;
    auto store = newStore(dir);
    ImportOptions options;
    options.dryRun = true;
    const auto report = ResourceImporter(*store, options).importCsvFile(path);
    REQUIRE(report.ok());
    REQUIRE(report->categories.size() == 1);
    const CategoryCount &only = report->categories.constFirst();
    CHECK(only.code == QStringLiteral("care_medical_facility"));
    REQUIRE(only.evidence.size() == 1);
    CHECK(only.evidence.constFirst().column == u("サービスの種類"));
    CHECK(only.evidence.constFirst().value == u("介護医療院"));
    CHECK(only.evidence.constFirst().rows == only.rows);
}

TEST_CASE("高松市 LinkData files import with their English headers, metadata lines and kinds", "[core][import][acceptance]")
{
    const QHash<QString, QString> kinds = {{u("病院"), QStringLiteral("hospital")},
                                           {u("有床診療所"), QStringLiteral("clinic_with_beds")},
                                           {u("無床診療所"), QStringLiteral("clinic")},
                                           {u("歯科"), QStringLiteral("dental_clinic")}};
    const QHash<QString, QString> services = {{u("介護老人福祉施設（特別養護老人ホーム）"), QStringLiteral("nursing_home")},
                                              {u("軽費老人ホーム"), QStringLiteral("care_house")},
                                              {u("養護老人ホーム"), QStringLiteral("protective_home")},
                                              {u("地域密着型介護老人福祉施設入所者生活介護（地域密着型特別養護老人ホーム）"), QStringLiteral("community_nursing_home")},
                                              {u("地域密着型介護老人福祉施設入所者生活介護\n（地域密着型特別養護老人ホーム）"), QStringLiteral("community_nursing_home")}};
    struct Case { const char *file; const char *column; const QHash<QString, QString> *map; int metadata; };
    for (const Case &c : {Case{"hospital_data.csv", "alternativeName", &kinds, 0}, Case{"0062_hospital_old.csv", "alternativeName", &kinds, 1},
                          Case{"elderly_welfare_facility.csv", "service", &services, 0}}) {
        DYNAMIC_SECTION(c.file)
        {
            const QString path = test::sharedDataFile(QStringLiteral("takamatsu/") + QLatin1String(c.file));
            if (path.isEmpty())
                return;
            const QList<Record> records = minimalCsv(path);
            QTemporaryDir dir;
            auto store = newStore(dir);
            const auto report = ResourceImporter(*store, {}).importCsvFile(path);
            REQUIRE(report.ok());
            CHECK(report->format == QStringLiteral("linkdata"));
            CHECK(report->rowsRead == records.size() - 1);
            CHECK(report->rejected == 0);
            CHECK(report->metadataLines.size() == c.metadata);
            CHECK(reportedCategories(*report) == countColumn(records, c.column, *c.map));
            CHECK(report->quality().isEmpty());
            // Names, phones (telephone　number / telephoneNumber) and places are read.
            const auto resources = store->resources();
            REQUIRE(resources.ok());
            const auto placed = std::count_if(resources->cbegin(), resources->cend(), [](const Resource &r) { return r.hasLocation(); });
            const auto phoned = std::count_if(resources->cbegin(), resources->cend(), [](const Resource &r) { return !r.phone.isEmpty(); });
            CHECK(placed >= resources->size() - 1);
            CHECK(phoned >= resources->size() * 9 / 10);
        }
    }
}
