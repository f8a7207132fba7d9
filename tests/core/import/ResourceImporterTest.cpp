#include "core/import/ImportHistory.h"
#include "core/import/ResourceImporter.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace careatlas;

namespace {

QString u(const char *text) { return QString::fromUtf8(text); }

QString standardText()
{
    return u("全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,事業所番号,実施サービス,所在地_連結表記,建物名等（方書）,緯度,経度,電話番号,定員,備考\r\n"
             "222216,1,湖西市,あらい訪問介護センター,アライホウモンカイゴセンター,2278400219,訪問介護,静岡県湖西市新居町浜名575,,34.68713,137.56065,053-594-5000,,\r\n"
             "222216,2,湖西市,\"デイサービス \"\"さくら\"\"\",デイサービスサクラ,2278400300,地域密着型通所介護,静岡県湖西市鷲津1-2,さくらビル2階,137.54,34.70,053-576-0000,18,\"送迎あり,\r\n入浴あり\"\r\n"
             "222216,3,湖西市,かがやきグループホーム,カガヤキグループホーム,2278400400,認知症対応型共同生活介護,静岡県湖西市白須賀3,,0,0,,9,\r\n");
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray encoded(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

std::unique_ptr<Store> newStore(const QTemporaryDir &dir)
{
    auto store = Store::create(dir.filePath(QStringLiteral("store.gpkg")));
    REQUIRE(store.ok());
    return std::move(store).value();
}

const Resource *findByName(const QList<Resource> &resources, const QString &name)
{
    for (const Resource &resource : resources) {
        if (resource.name == name)
            return &resource;
    }
    return nullptr;
}

} // namespace

TEST_CASE("A standard-format CSV imports every row in each encoding", "[core][import][importer]")
{
    QTemporaryDir dir;
    struct Variant { const char *name; QByteArray bytes; const char *encoding; };
    const QList<Variant> variants = {
        {"utf-8", standardText().toUtf8(), "utf-8"},
        {"utf-8 with BOM", QByteArray("\xEF\xBB\xBF") + standardText().toUtf8(), "utf-8-bom"},
        {"cp932", encoded(standardText(), "Shift_JIS"), "cp932"},
        {"utf-16le with BOM", QByteArray("\xFF\xFE") + encoded(standardText(), "UTF-16LE"), "utf-16le"},
    };
    for (const Variant &variant : variants) {
        DYNAMIC_SECTION(variant.name)
        {
            auto store = newStore(dir);
            const QString path = writeFile(dir, QStringLiteral("kaigo.csv"), variant.bytes);
            const auto report = ResourceImporter(*store, {}).importCsvFile(path);
            REQUIRE(report.ok());
            CHECK(report->format == QStringLiteral("standard"));
            CHECK(report->encoding == QLatin1String(variant.encoding));
            CHECK(report->rowsRead == 3);
            CHECK(report->added == 3);
            CHECK(report->rejected == 0);
            const auto resources = store->resources();
            REQUIRE(resources->size() == 3);

            const Resource *home = findByName(*resources, u("あらい訪問介護センター"));
            REQUIRE(home);
            CHECK(home->categoryCode == QStringLiteral("home_help"));
            CHECK(home->officialNumber == QStringLiteral("2278400219"));
            CHECK(home->kana == u("アライホウモンカイゴセンター"));
            CHECK(*home->latitude == Approx(34.68713));

            const Resource *day = findByName(*resources, u("デイサービス \"さくら\""));
            REQUIRE(day);
            CHECK(day->categoryCode == QStringLiteral("community_day_service"));
            CHECK(day->address == u("静岡県湖西市鷲津1-2 さくらビル2階"));
            CHECK(day->notes == u("送迎あり,\n入浴あり"));
            CHECK(day->capacity == 18);
            QFile::remove(store->path());
        }
    }
}

TEST_CASE("Swapped and zero coordinates are reported, the swapped ones are fixed", "[core][import][importer][coordinates]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const auto report = ResourceImporter(*store, {}).importCsvFile(writeFile(dir, QStringLiteral("k.csv"), standardText().toUtf8()));
    REQUIRE(report.ok());
    CHECK(report->countOf(ImportIssueKind::CoordinatesSwapped) == 1);
    CHECK(report->countOf(ImportIssueKind::CoordinatesZero) == 1);
    CHECK(report->unplacedLines == QList<qint64>{5});
    const auto resources = store->resources();
    const Resource *day = findByName(*resources, u("デイサービス \"さくら\""));
    REQUIRE(day);
    CHECK(*day->latitude == Approx(34.70));
    CHECK(*day->longitude == Approx(137.54));
    const Resource *group = findByName(*resources, u("かがやきグループホーム"));
    REQUIRE(group);
    CHECK_FALSE(group->hasLocation());
    const auto swapped = std::find_if(report->issues.cbegin(), report->issues.cend(),
                                      [](const ImportIssue &i) { return i.kind == ImportIssueKind::CoordinatesSwapped; });
    CHECK(swapped->line == 3);
    CHECK(swapped->column == u("緯度"));
}

TEST_CASE("Re-importing the same file updates instead of duplicating", "[core][import][importer]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const QString path = writeFile(dir, QStringLiteral("k.csv"), standardText().toUtf8());
    REQUIRE(ResourceImporter(*store, {}).importCsvFile(path).ok());
    // A user's own notes on a field the source lacks survive.
    auto resources = store->resources();
    Resource home = *findByName(*resources, u("あらい訪問介護センター"));
    home.vacancies = 3;
    REQUIRE(store->updateResource(home).ok());

    SECTION("the same file again, even downloaded again later: all unchanged")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime::currentDateTime().addDays(30), QFileDevice::FileModificationTime));
        file.close();
        const auto again = ResourceImporter(*store, {}).importCsvFile(path);
        REQUIRE(again.ok());
        CHECK(again->added == 0);
        CHECK(again->unchanged == 3);
        CHECK(*store->resourceCount() == 3);
    }
    SECTION("a changed phone number: one updated, the rest unchanged, user data kept")
    {
        QString changed = standardText();
        changed.replace(QStringLiteral("053-594-5000"), QStringLiteral("053-594-9999"));
        const auto again = ResourceImporter(*store, {}).importCsvFile(writeFile(dir, QStringLiteral("k.csv"), changed.toUtf8()));
        REQUIRE(again.ok());
        CHECK(again->updated == 1);
        CHECK(again->unchanged == 2);
        CHECK(*store->resourceCount() == 3);
        const auto reloaded = store->resource(home.id);
        CHECK(reloaded->phone == QStringLiteral("053-594-9999"));
        CHECK(reloaded->vacancies == 3);
    }
}

TEST_CASE("A malformed row in the middle of a file writes nothing", "[core][import][importer][errors]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    QString text = standardText();
    text.insert(text.indexOf(QStringLiteral("222216,3")), u("222216,9,湖西市,\"壊れた\"行,x,,訪問介護,,,,,,,\r\n"));
    const auto report = ResourceImporter(*store, {}).importCsvFile(writeFile(dir, QStringLiteral("bad.csv"), text.toUtf8()));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::NotACsv);
    CHECK(report.error().line == 5);
    CHECK(report.error().file.endsWith(QStringLiteral("bad.csv")));
    CHECK(*store->resourceCount() == 0);
}

TEST_CASE("Rows without a name, of unknown type or ragged are rejected by line, the rest imports", "[core][import][importer]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const QString text = u("名称,サービスの種類,住所,緯度,経度\n"
                           "A訪問看護,訪問看護,湖西市1,34.7,137.5\n"
                           ",訪問介護,湖西市2,34.7,137.5\n"
                           "B回収,粗大ごみ回収,湖西市3,34.7,137.5\n"
                           "C居宅,居宅介護支援,湖西市4\n"
                           "D薬局,薬局,湖西市5,34.7,137.5,,,\n");
    const auto report = ResourceImporter(*store, {}).importCsvFile(writeFile(dir, QStringLiteral("r.csv"), text.toUtf8()));
    REQUIRE(report.ok());
    CHECK(report->added == 2);
    CHECK(report->rejected == 3);
    const auto rejections = report->rejections();
    REQUIRE(rejections.size() == 3);
    CHECK(rejections[0].line == 3);
    CHECK(rejections[0].kind == ImportIssueKind::MissingName);
    CHECK(rejections[1].line == 4);
    CHECK(rejections[1].kind == ImportIssueKind::UnknownCategory);
    CHECK(rejections[1].value == u("粗大ごみ回収"));
    CHECK(rejections[2].line == 5);
    CHECK(rejections[2].kind == ImportIssueKind::RaggedRow);

    SECTION("a default category keeps rows of unknown type, with a warning")
    {
        ImportOptions options;
        options.defaultCategory = QStringLiteral("volunteer_group");
        const auto again = ResourceImporter(*store, options).importCsvFile(writeFile(dir, QStringLiteral("r.csv"), text.toUtf8()));
        REQUIRE(again.ok());
        CHECK(again->added == 1);
        CHECK(again->countOf(ImportIssueKind::CategoryFallback) == 1);
    }
}

TEST_CASE("A 国土数値情報 P14 福祉施設 file imports by its class codes", "[core][import][importer][ksj]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    // The 第2.1版 attributes as a GeoJSON or Shapefile gives them (PointSourceReader adds the
    // coordinates); P14_004 leaves out the prefecture and city, or repeats them.
    const QString text = u("P14_001,P14_002,P14_003,P14_004,P14_005,P14_006,P14_007,P14_008,P14_009,P14_010,緯度,経度\n"
                           "石川県,金沢市,17201,本町1-1,02,0204,,金沢本町デイサービスセンター,4,1,36.57,136.65\n"
                           "石川県,金沢市,17201,金沢市広坂2-2,99,9910,991001,特別養護老人ホーム広坂苑,5,1,36.56,136.66\n"
                           "石川県,金沢市,17201,本町3-3,99,9907,990702,サ高住ほんまち,4,2,36.58,136.65\n"
                           "石川県,金沢市,17201,本町4-4,02,0203,020301,老人福祉センター本町,3,1,36.58,136.64\n");
    const auto report = ResourceImporter(*store, {}).importCsvFile(writeFile(dir, QStringLiteral("P14-23_17.csv"), text.toUtf8()));
    REQUIRE(report.ok());
    CHECK(report->format == QStringLiteral("ksj"));
    CHECK(report->added == 3);
    CHECK(report->rejected == 1);
    const auto rejections = report->rejections();
    REQUIRE(rejections.size() == 1);
    CHECK(rejections[0].line == 5);
    CHECK(rejections[0].kind == ImportIssueKind::UnknownCategory);
    CHECK(rejections[0].value == u("0203 / 020301"));

    const auto resources = store->resources();
    REQUIRE(resources.ok());
    const Resource *day = findByName(*resources, u("金沢本町デイサービスセンター"));
    REQUIRE(day);
    CHECK(day->categoryCode == QStringLiteral("day_service"));
    CHECK(day->address == u("石川県金沢市本町1-1"));
    const Resource *nursing = findByName(*resources, u("特別養護老人ホーム広坂苑"));
    REQUIRE(nursing);
    CHECK(nursing->categoryCode == QStringLiteral("nursing_home"));
    CHECK(nursing->address == u("石川県金沢市広坂2-2"));   // the city given once
    const Resource *housing = findByName(*resources, u("サ高住ほんまち"));
    REQUIRE(housing);
    CHECK(housing->categoryCode == QStringLiteral("service_housing"));
}

TEST_CASE("MHLW and ナビイ files import with their own keys and quirks", "[core][import][importer]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    SECTION("MHLW: 定員 0 is not given, an address that already holds the 方書 is kept as it is")
    {
        const QString mhlw = u("都道府県コード又は市町村コード,NO（※システム内の固有の番号、連番）,都道府県名,市区町村名,事業所名,事業所名カナ,サービスの種類,住所,"
                               "方書（ビル名等）,緯度,経度,電話番号,FAX番号,法人番号,法人の名称,事業所番号,利用可能曜日,利用可能曜日特記事項,定員,URL,"
                               "高齢者の方と障害者の方が同時一体的に利用できるサービス,介護保険の通常の指定基準を満たしている,障害福祉の通常の指定基準を満たしている,備考\n"
                               "222216,1,静岡県,湖西市,湖西ケアプランセンター,コサイケアプランセンター,居宅介護支援,静岡県湖西市吉美1 吉美ビル,吉美ビル,"
                               "34.72,137.52,053-000-0000,,1234567890123,社会福祉法人こさい,2278400500,月火水木金,,0,,,,,\n");
        const auto report = ResourceImporter(*store, {}).importCsvFile(writeFile(dir, QStringLiteral("m.csv"), encoded(mhlw, "Shift_JIS")));
        REQUIRE(report.ok());
        CHECK(report->format == QStringLiteral("mhlw"));
        CHECK(report->encoding == QStringLiteral("cp932"));
        const auto resources = store->resources();
        REQUIRE(resources->size() == 1);
        const Resource &office = resources->constFirst();
        CHECK(office.categoryCode == QStringLiteral("care_plan_office"));
        CHECK(office.officialNumber == QStringLiteral("2278400500"));
        CHECK(office.operatorName == u("社会福祉法人こさい"));
        CHECK(office.address == u("静岡県湖西市吉美1 吉美ビル"));
        CHECK_FALSE(office.capacity.has_value());
        CHECK(office.hours == u("月火水木金"));
    }
    SECTION("ナビイ: 機関区分 codes and the ID as key")
    {
        const QString navii = u("ID,正式名称,正式名称（フリガナ）,略称,機関区分,都道府県コード,市区町村コード,所在地,所在地座標（緯度）,所在地座標（経度）,案内用ホームページアドレス\n"
                                "1310000001,湖西中央病院,コサイチュウオウビョウイン,中央病院,1,22,222216,静岡県湖西市鷲津100,34.71,137.53,https://example.jp/\n"
                                "1320000002,こさい歯科,コサイシカ,,3,22,222216,静岡県湖西市新居200,34.69,137.56,\n");
        const QString path = writeFile(dir, QStringLiteral("n.csv"), navii.toUtf8());
        const auto report = ResourceImporter(*store, {}).importCsvFile(path);
        REQUIRE(report.ok());
        CHECK(report->format == QStringLiteral("navii"));
        CHECK(report->added == 2);
        const auto resources = store->resources();
        CHECK(findByName(*resources, u("湖西中央病院"))->categoryCode == QStringLiteral("hospital"));
        CHECK(findByName(*resources, u("こさい歯科"))->categoryCode == QStringLiteral("dental_clinic"));
        CHECK(findByName(*resources, u("こさい歯科"))->officialNumber == QStringLiteral("1320000002"));
        const auto again = ResourceImporter(*store, {}).importCsvFile(path);
        REQUIRE(again.ok());
        CHECK(again->unchanged == 2);
    }
}

TEST_CASE("A dry run counts like an import and writes nothing", "[core][import][importer]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    ImportOptions options;
    options.dryRun = true;
    const auto report = ResourceImporter(*store, options).importCsvFile(writeFile(dir, QStringLiteral("k.csv"), standardText().toUtf8()));
    REQUIRE(report.ok());
    CHECK(report->dryRun);
    CHECK(report->added == 3);
    CHECK(*store->resourceCount() == 0);
}

TEST_CASE("Bad input is refused with a clear error and nothing written", "[core][import][importer][errors]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    auto importBytes = [&](const QByteArray &bytes, ImportOptions options = {}) {
        return ResourceImporter(*store, options).importCsvFile(writeFile(dir, QStringLiteral("bad.csv"), bytes));
    };
    SECTION("a binary file renamed .csv")
    {
        const auto report = importBytes(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20));
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::NotACsv);
    }
    SECTION("a CSV without a name column")
    {
        const auto report = importBytes(QByteArray("foo,bar\n1,2\n"));
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::NoUsableColumns);
    }
    SECTION("names without any type and no default category")
    {
        const auto report = importBytes(u("名称,緯度,経度\nA,34.7,137.5\n").toUtf8());
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::NoUsableColumns);
    }
    SECTION("a format named by the user that the headers do not fit")
    {
        ImportOptions options;
        options.format = SourceFormat::Navii;
        const auto report = importBytes(standardText().toUtf8(), options);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::NoUsableColumns);
    }
    SECTION("an empty file")
    {
        const auto report = importBytes(QByteArray());
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::NoUsableColumns);
    }
    SECTION("a missing file")
    {
        const auto report = ResourceImporter(*store, {}).importCsvFile(dir.filePath(QStringLiteral("none.csv")));
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::FileNotFound);
    }
    CHECK(*store->resourceCount() == 0);
}

TEST_CASE("Cancelling through the progress callback writes nothing", "[core][import][importer]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    ImportOptions options;
    options.progress = [](qint64 done, qint64 total) { return done < total; };
    const auto report = ResourceImporter(*store, options).importCsvFile(writeFile(dir, QStringLiteral("k.csv"), standardText().toUtf8()));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::Cancelled);
    CHECK(*store->resourceCount() == 0);
}

TEST_CASE("Each import is recorded in the store's import history, failed and dry runs are not", "[core][import][importer][history]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const QString path = writeFile(dir, QStringLiteral("k.csv"), standardText().toUtf8());
    REQUIRE(ResourceImporter(*store, {}).importCsvFile(path).ok());
    ImportOptions dryRun;
    dryRun.dryRun = true;
    REQUIRE(ResourceImporter(*store, dryRun).importCsvFile(path).ok());
    REQUIRE_FALSE(ResourceImporter(*store, {}).importCsvFile(writeFile(dir, QStringLiteral("bad.csv"), QByteArray("a,\"b\"c\n"))).ok());
    REQUIRE(ResourceImporter(*store, {}).importCsvFile(path).ok());

    const auto history = importHistory(*store);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).source == path);
    CHECK(history->at(0).format == QStringLiteral("standard"));
    CHECK(history->at(0).added == 3);
    CHECK(history->at(1).unchanged == 3);
    CHECK(history->at(0).importedAt.isValid());
    CHECK(history->at(0).reportJson.contains(QStringLiteral("coordinates_swapped")));
}

TEST_CASE("Drifting headers, moved columns and an extra _id column import the same resources", "[core][import][importer][headers]")
{
    QTemporaryDir dir;
    const QString tidy = u("ID,正式名称,正式名称（フリガナ）,機関区分,所在地,所在地座標（緯度）,所在地座標（経度）\n"
                           "1310000001,湖西中央病院,コサイチュウオウビョウイン,1,静岡県湖西市鷲津100,34.71,137.53\n");
    const QString drifted = u("\"_id\",\" 所在地座標(経度) \",ＩＤ,\"正式名称\",正式名称(フリガナ),所在地,所在地座標【緯度】,機関区分\n"
                              "77,137.53,1310000001,湖西中央病院,コサイチュウオウビョウイン,静岡県湖西市鷲津100,34.71,１\n");
    QList<Resource> results;
    for (const QString &text : {tidy, drifted}) {
        auto store = newStore(dir);
        const auto report = ResourceImporter(*store, {}).importCsvFile(writeFile(dir, QStringLiteral("n.csv"), text.toUtf8()));
        REQUIRE(report.ok());
        CHECK(report->format == QStringLiteral("navii"));
        REQUIRE(report->added == 1);
        Resource resource = store->resources()->constFirst();
        resource.id = 0;
        resource.updatedAt = {};
        resource.sourceDate = {};
        results.append(resource);
        store.reset();
        QFile::remove(dir.filePath(QStringLiteral("store.gpkg")));
    }
    CHECK(results[0] == results[1]);
    CHECK(results[1].categoryCode == QStringLiteral("hospital"));
    CHECK(*results[1].latitude == Approx(34.71));
    CHECK(results[1].officialNumber == QStringLiteral("1310000001"));
}

TEST_CASE("A preview shows the first rows as they will be read and writes nothing", "[core][import][importer][preview]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const auto table = readCsvTable(standardText().toUtf8());
    REQUIRE(table.ok());
    const auto preview = ResourceImporter(*store, {}).preview(*table, 2);
    REQUIRE(preview.ok());
    CHECK(preview->format == QStringLiteral("standard"));
    CHECK(preview->encoding == QStringLiteral("utf-8"));
    CHECK(preview->totalRows == 3);
    REQUIRE(preview->rows.size() == 2);
    REQUIRE(preview->fieldOfColumn.size() == table->headers.size());
    CHECK(preview->fieldOfColumn.at(3) == ImportField::Name);
    CHECK(preview->fieldOfColumn.at(0) == ImportField::LocalGovernmentCode);
    CHECK_FALSE(preview->fieldOfColumn.at(2).has_value());
    REQUIRE(preview->rows.at(1).resource.has_value());
    CHECK(preview->rows.at(1).resource->categoryCode == QStringLiteral("community_day_service"));
    CHECK(preview->rows.at(1).issues.size() == 1);
    CHECK(preview->rows.at(1).issues.at(0).kind == ImportIssueKind::CoordinatesSwapped);
    CHECK(*store->resourceCount() == 0);
}

TEST_CASE("A file larger than the CSV limit is refused before it is read", "[core][import][importer][errors]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const QString path = dir.filePath(QStringLiteral("huge.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(maxCsvFileSize() + 1));   // sparse: no disk space used
    file.close();
    const auto report = ResourceImporter(*store, {}).importCsvFile(path);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == ErrorCode::FileUnreadable);
    CHECK(report.error().detail.contains(QStringLiteral("MB")));
    CHECK(*store->resourceCount() == 0);
}

TEST_CASE("An old-layout 医療機関一覧 imports kinds, hours and DMS coordinates", "[core][import][importer]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const QString text = u("都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,名称,名称_カナ,医療機関の種類,住所,方書,緯度,経度,電話番号,内線番号,"
                           "法人番号,法人の名称,医療機関コード,診療曜日,診療開始時間,診療終了時間,診療日時特記事項,時間外における対応,併設サービス,"
                           "診療科目,病床数,URL,備考\n"
                           "222216,1,静岡県,湖西市,湖西病院,コサイビョウイン,病院,静岡県湖西市鷲津2259-1,,34.718,137.523,053-576-1231,12,,医療法人湖西会,2210000001,"
                           "月火水木金,8:30,17:00,土曜午前,救急対応,,内科、外科,199床,,\n"
                           "222216,2,静岡県,湖西市,しらすか歯科,シラスカシカ,歯科診療所,静岡県湖西市白須賀1,2階,北緯34度41分24秒,東経137度28分48秒,,,,,2230000002,"
                           "月火水金土,9:00,18:00,,,,歯科、小児歯科,,,\n");
    const auto report = ResourceImporter(*store, {}).importCsvFile(writeFile(dir, QStringLiteral("iryo.csv"), encoded(text, "Shift_JIS")));
    REQUIRE(report.ok());
    CHECK(report->format == QStringLiteral("standard-old"));
    CHECK(report->added == 2);
    CHECK(report->countOf(ImportIssueKind::CoordinatesDms) == 1);
    const auto resources = store->resources();
    const Resource *hospital = findByName(*resources, u("湖西病院"));
    REQUIRE(hospital);
    CHECK(hospital->categoryCode == QStringLiteral("hospital"));
    CHECK(hospital->capacity == 199);
    CHECK(hospital->phone == u("053-576-1231 内線12"));
    CHECK(hospital->officialNumber == QStringLiteral("2210000001"));
    CHECK(hospital->hours == u("月火水木金 8:30～17:00 (土曜午前)"));
    const Resource *dental = findByName(*resources, u("しらすか歯科"));
    REQUIRE(dental);
    CHECK(dental->categoryCode == QStringLiteral("dental_clinic"));
    CHECK(dental->address == u("静岡県湖西市白須賀1 2階"));
    REQUIRE(dental->hasLocation());
    CHECK(*dental->latitude == Approx(34.69));
    CHECK(*dental->longitude == Approx(137.48));
}

TEST_CASE("Empty trailing columns in the header or the rows are not ragged", "[core][import][importer]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const QString text = u("名称,サービスの種類,住所,,,\n"
                           "A訪問看護,訪問看護,湖西市1\n"
                           "B訪問介護,訪問介護,湖西市2,,,,,\n"
                           "C居宅,居宅介護支援,湖西市3,,,\n");
    const auto report = ResourceImporter(*store, {}).importCsvFile(writeFile(dir, QStringLiteral("t.csv"), text.toUtf8()));
    REQUIRE(report.ok());
    CHECK(report->added == 3);
    CHECK(report->rejected == 0);
    CHECK(report->unplacedLines.size() == 3);
}

TEST_CASE("An import into a store another writer holds fails cleanly and writes nothing", "[core][import][importer][errors]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const QString csv = writeFile(dir, QStringLiteral("k.csv"), standardText().toUtf8());
    store.reset();
    auto importing = Store::open(dir.filePath(QStringLiteral("store.gpkg")));
    auto other = Store::open(dir.filePath(QStringLiteral("store.gpkg")));
    REQUIRE(importing.ok());
    REQUIRE(other.ok());
    sqlite3_busy_timeout((*importing)->handle(), 200);
    {
        Store::Transaction held(**other);
        const auto report = ResourceImporter(**importing, {}).importCsvFile(csv);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::StoreBusy);
        CHECK(report.error().detail.contains(QStringLiteral("busy")));
    }
    CHECK(*(*importing)->resourceCount() == 0);
    CHECK(importHistory(**importing)->isEmpty());
}


TEST_CASE("Without a name header a column is proposed with its evidence and used only once confirmed", "[core][import][importer][headers]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    // Nobody's layout: no header says "name".
    const QString text = u("番号,施設,所在,実施サービス\n"
                           "1,あおぞら訪問介護センター,湖西市鷲津1-1,訪問介護\n"
                           "2,デイサービスひまわり,湖西市鷲津2-2,通所介護\n"
                           "3,居宅介護支援事業所さくら,湖西市新居3-3,居宅介護支援\n"
                           "4,小規模多機能ホームみどり,湖西市白須賀4-4,小規模多機能型居宅介護\n");
    const QString path = writeFile(dir, QStringLiteral("list.csv"), text.toUtf8());

    SECTION("a real import refuses and names the proposal")
    {
        const auto report = ResourceImporter(*store, {}).importCsvFile(path);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().code == ErrorCode::NameColumnUnconfirmed);
        CHECK(report.error().detail.contains(u("施設")));
        CHECK(*store->resourceCount() == 0);
    }
    SECTION("a dry run reads the file with it and reports the evidence")
    {
        ImportOptions options;
        options.dryRun = true;
        const auto report = ResourceImporter(*store, options).importCsvFile(path);
        REQUIRE(report.ok());
        REQUIRE(report->proposals.size() == 1);
        const ColumnProposal &proposal = report->proposals.constFirst();
        CHECK(proposal.field == QStringLiteral("name"));
        CHECK(proposal.column == 1);
        CHECK(proposal.header == u("施設"));
        CHECK(proposal.filled == 4);
        CHECK(proposal.distinct == 4);
        CHECK(proposal.facilityWords == 4);
        CHECK(report->added == 4);
        CHECK(*store->resourceCount() == 0);
    }
    SECTION("the preview shows it in use")
    {
        const auto table = readCsvTable(text.toUtf8());
        REQUIRE(table.ok());
        const auto preview = ResourceImporter(*store, {}).preview(*table);
        REQUIRE(preview.ok());
        REQUIRE(preview->proposals.size() == 1);
        CHECK(preview->proposals.constFirst().header == u("施設"));
        REQUIRE_FALSE(preview->rows.isEmpty());
        REQUIRE(preview->rows.constFirst().resource.has_value());
        CHECK(preview->rows.constFirst().resource->name == u("あおぞら訪問介護センター"));
    }
    SECTION("confirming the column by a mapping imports")
    {
        ImportOptions options;
        options.columnMapping.insert(ImportField::Name, u("施設"));
        const auto report = ResourceImporter(*store, options).importCsvFile(path);
        INFO((report.ok() ? std::string() : report.error().detail.toStdString()));
        REQUIRE(report.ok());
        CHECK(*store->resourceCount() == 4);
    }
}
