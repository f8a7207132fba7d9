#include "core/store/GpkgGeometry.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QDataStream>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace careatlas;

namespace {

Resource sampleResource(const QString &name = QString::fromUtf8("あおぞら訪問看護ステーション"))
{
    Resource r;
    r.categoryCode = QStringLiteral("home_visit_nursing");
    r.name = name;
    r.kana = QString::fromUtf8("アオゾラホウモンカンゴステーション");
    r.operatorName = QString::fromUtf8("医療法人社団あおぞら会");
    r.officialNumber = QStringLiteral("1760100001");
    r.address = QString::fromUtf8("かがやき市本町二丁目5-12");
    r.phone = QStringLiteral("076-012-3456");
    r.latitude = 36.5613;
    r.longitude = 136.6562;
    r.capacity = 12;
    r.vacanciesDate = QDate(2026, 10, 1);
    r.vacancies = 2;
    r.flags = {QStringLiteral("open_24h"), QStringLiteral("dementia")};
    return r;
}

std::unique_ptr<Store> newStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("test.gpkg"))
{
    auto store = Store::create(dir.filePath(name));
    REQUIRE(store.ok());
    return std::move(store).value();
}

} // namespace

TEST_CASE("A new store holds the default catalogue and the four standard area levels", "[core][store]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    CHECK(store->categories()->size() == 50);
    CHECK(store->categoryGroups()->size() == 5);
    CHECK(store->flags()->size() == 8);
    const auto levels = store->areaLevels();
    REQUIRE(levels->size() == 4);
    CHECK(levels->at(0).code == AreaLevels::City);
    CHECK(levels->at(3).code == AreaLevels::SchoolDistrict);
    CHECK(*store->resourceCount() == 0);
}

TEST_CASE("A resource round-trips through the store with every attribute", "[core][store]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const Resource original = sampleResource();
    const auto id = store->insertResource(original);
    REQUIRE(id.ok());
    const auto loaded = store->resource(*id);
    REQUIRE(loaded.ok());
    CHECK(loaded->id == *id);
    CHECK(loaded->name == original.name);
    CHECK(loaded->kana == original.kana);
    CHECK(loaded->operatorName == original.operatorName);
    CHECK(loaded->officialNumber == original.officialNumber);
    CHECK(*loaded->latitude == Approx(36.5613));
    CHECK(*loaded->longitude == Approx(136.6562));
    CHECK(loaded->capacity == 12);
    CHECK(loaded->vacancies == 2);
    CHECK(loaded->vacanciesDate == QDate(2026, 10, 1));
    CHECK(loaded->flags == original.flags);
    CHECK(loaded->updatedAt.isValid());
}

TEST_CASE("A resource without coordinates is stored unplaced", "[core][store]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    Resource r = sampleResource();
    r.latitude.reset();
    r.longitude.reset();
    const auto id = store->insertResource(r);
    REQUIRE(id.ok());
    CHECK_FALSE(store->resource(*id)->hasLocation());
}

TEST_CASE("Editing and deleting a resource change the store and stamp the time", "[core][store]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const qint64 id = *store->insertResource(sampleResource());
    Resource edited = *store->resource(id);
    const QDateTime firstStamp = edited.updatedAt;
    edited.phone = QStringLiteral("076-099-0000");
    edited.flags = {QStringLiteral("weekends")};
    REQUIRE(store->updateResource(edited).ok());
    const Resource reloaded = *store->resource(id);
    CHECK(reloaded.phone == QStringLiteral("076-099-0000"));
    CHECK(reloaded.flags == QStringList{QStringLiteral("weekends")});
    CHECK(reloaded.updatedAt >= firstStamp);

    REQUIRE(store->deleteResource(id).ok());
    CHECK(store->resource(id).error().code == ErrorCode::NotFound);
    CHECK(store->deleteResource(id).error().code == ErrorCode::NotFound);
    CHECK(store->searchResources(QString::fromUtf8("あおぞら"))->isEmpty());
}

TEST_CASE("A resource without a name is refused", "[core][store]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    Resource r = sampleResource();
    r.name = QStringLiteral("  ");
    const auto id = store->insertResource(r);
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().field == QStringLiteral("name"));
    CHECK(*store->resourceCount() == 0);
}

TEST_CASE("Text search finds substrings across kana and width forms", "[core][store][search]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    const qint64 nursing = *store->insertResource(sampleResource());
    Resource cafe = sampleResource(QString::fromUtf8("オレンジカフェ本町"));
    cafe.categoryCode = QStringLiteral("dementia_cafe");
    cafe.kana = QString::fromUtf8("オレンジカフェホンマチ");
    cafe.operatorName = QString::fromUtf8("ボランティアの会");
    cafe.address = QString::fromUtf8("かがやき市本町１丁目２");
    const qint64 cafeId = *store->insertResource(cafe);

    SECTION("three or more characters anywhere in the name")
    {
        CHECK(*store->searchResources(QString::fromUtf8("訪問看護")) == QList<qint64>{nursing});
    }
    SECTION("half-width katakana matches full-width")
    {
        CHECK(*store->searchResources(QString::fromUtf8("ｵﾚﾝｼﾞ")) == QList<qint64>{cafeId});
    }
    SECTION("hiragana matches katakana")
    {
        CHECK(*store->searchResources(QString::fromUtf8("おれんじ")) == QList<qint64>{cafeId});
    }
    SECTION("full-width digits match half-width")
    {
        CHECK(*store->searchResources(QString::fromUtf8("1丁目")) == QList<qint64>{cafeId});
    }
    SECTION("one- and two-character queries still work")
    {
        CHECK(*store->searchResources(QString::fromUtf8("本")) == QList<qint64>({nursing, cafeId}));
        CHECK(*store->searchResources(QString::fromUtf8("看護")) == QList<qint64>{nursing});
    }
    SECTION("every term must match")
    {
        CHECK(*store->searchResources(QString::fromUtf8("本町 カフェ")) == QList<qint64>{cafeId});
        CHECK(store->searchResources(QString::fromUtf8("本町 存在しない"))->isEmpty());
    }
    SECTION("quotes and wildcards in the query are text, not syntax")
    {
        CHECK(store->searchResources(QStringLiteral("\"a\" OR %_"))->isEmpty());
    }
}

TEST_CASE("Areas of a level are replaced as a whole and keep their parents", "[core][store][areas]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    // A unit square polygon as ISO WKB, built from the point helper's byte layout.
    QByteArray square;
    {
        QDataStream out(&square, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        out.setFloatingPointPrecision(QDataStream::DoublePrecision);
        out << quint8(1) << quint32(3) << quint32(1) << quint32(5);
        const double points[][2] = {{136.6, 36.5}, {136.7, 36.5}, {136.7, 36.6}, {136.6, 36.6}, {136.6, 36.5}};
        for (const auto &p : points)
            out << p[0] << p[1];
    }
    AreaRecord area{0, AreaLevels::DailyLifeArea, QStringLiteral("D01"), QString::fromUtf8("本町中学校区"), QStringLiteral("W1"), square};
    REQUIRE(store->replaceAreas(AreaLevels::DailyLifeArea, {area}).ok());
    auto loaded = store->areas(AreaLevels::DailyLifeArea);
    REQUIRE(loaded->size() == 1);
    CHECK(loaded->at(0).name == area.name);
    CHECK(loaded->at(0).parentCode == QStringLiteral("W1"));
    CHECK(loaded->at(0).wkb == square);

    SECTION("a duplicate code rolls the whole replacement back")
    {
        AreaRecord other = area;
        other.name = QStringLiteral("other");
        const Status status = store->replaceAreas(AreaLevels::DailyLifeArea, {other, other});
        CHECK_FALSE(status.ok());
        loaded = store->areas(AreaLevels::DailyLifeArea);
        REQUIRE(loaded->size() == 1);
        CHECK(loaded->at(0).name == area.name);
    }
    SECTION("an unknown level is an error")
    {
        CHECK(store->replaceAreas(QStringLiteral("nope"), {area}).error().code == ErrorCode::NotFound);
    }
    SECTION("a user-named level gets its own layer")
    {
        REQUIRE(store->ensureAreaLevel({QStringLiteral("town"), QString::fromUtf8("町丁目"), QStringLiteral("Town"), 4}).ok());
        REQUIRE(store->replaceAreas(QStringLiteral("town"), {area}).ok());
        CHECK(store->areaLevels()->size() == 5);
        CHECK(store->ensureAreaLevel({QStringLiteral("Bad Code; DROP"), {}, {}, 5}).error().code == ErrorCode::InvalidArgument);
    }
}

TEST_CASE("A transaction that is not committed leaves nothing behind", "[core][store]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    {
        Store::Transaction transaction(*store);
        REQUIRE(store->insertResource(sampleResource()).ok());
        REQUIRE(store->insertResource(sampleResource()).ok());
        CHECK(*store->resourceCount() == 2);
    }
    CHECK(*store->resourceCount() == 0);
    {
        Store::Transaction transaction(*store);
        REQUIRE(store->insertResource(sampleResource()).ok());
        REQUIRE(transaction.commit().ok());
    }
    CHECK(*store->resourceCount() == 1);
}

TEST_CASE("A transaction inside another is a savepoint of it", "[core][store]")
{
    QTemporaryDir dir;
    auto store = newStore(dir);
    {
        Store::Transaction outer(*store);
        REQUIRE(store->insertResource(sampleResource()).ok());
        {
            Store::Transaction inner(*store);
            REQUIRE(store->insertResource(sampleResource()).ok());
            // not committed: only the inner insert is undone
        }
        CHECK(*store->resourceCount() == 1);
        {
            Store::Transaction inner(*store);
            REQUIRE(store->insertResource(sampleResource()).ok());
            REQUIRE(inner.commit().ok());
        }
        CHECK(*store->resourceCount() == 2);
        // the outer one is not committed: everything goes
    }
    CHECK(*store->resourceCount() == 0);
    {
        Store::Transaction outer(*store);
        {
            Store::Transaction inner(*store);
            REQUIRE(store->insertResource(sampleResource()).ok());
            REQUIRE(inner.commit().ok());
        }
        REQUIRE(outer.commit().ok());
    }
    CHECK(*store->resourceCount() == 1);
}

TEST_CASE("A store reopens with its data", "[core][store]")
{
    QTemporaryDir dir;
    {
        auto store = newStore(dir);
        REQUIRE(store->insertResource(sampleResource()).ok());
    }
    auto reopened = Store::open(dir.filePath(QStringLiteral("test.gpkg")));
    REQUIRE(reopened.ok());
    CHECK(*(*reopened)->resourceCount() == 1);
    auto readOnly = Store::open(dir.filePath(QStringLiteral("test.gpkg")), Store::OpenMode::ReadOnly);
    REQUIRE(readOnly.ok());
    CHECK((*readOnly)->isReadOnly());
    CHECK_FALSE((*readOnly)->insertResource(sampleResource()).ok());
}

TEST_CASE("Bad store files are refused and never overwritten", "[core][store][errors]")
{
    QTemporaryDir dir;
    SECTION("a missing file")
    {
        CHECK(Store::open(dir.filePath(QStringLiteral("none.gpkg"))).error().code == ErrorCode::FileNotFound);
    }
    SECTION("a text file")
    {
        const QString path = dir.filePath(QStringLiteral("notes.gpkg"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray content = QByteArray("this is not a database, just text\n").repeated(200);
        file.write(content);
        file.close();
        const auto store = Store::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().code == ErrorCode::StoreNotAGeoPackage);
        CHECK(store.error().file == path);
        QFile again(path);
        REQUIRE(again.open(QIODevice::ReadOnly));
        CHECK(again.readAll() == content);
    }
    SECTION("an existing file is not replaced by create")
    {
        const QString path = dir.filePath(QStringLiteral("exists.gpkg"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        CHECK_FALSE(Store::create(path).ok());
        QFile again(path);
        REQUIRE(again.open(QIODevice::ReadOnly));
        CHECK(again.readAll() == "keep me");
    }
    SECTION("a damaged store")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.gpkg"));
        {
            auto store = newStore(dir, QStringLiteral("damaged.gpkg"));
            Store::Transaction transaction(*store);
            for (int i = 0; i < 300; ++i)
                REQUIRE(store->insertResource(sampleResource()).ok());
            REQUIRE(transaction.commit().ok());
            REQUIRE(sqlite3_wal_checkpoint_v2(store->handle(), nullptr, 2 /*FULL*/, nullptr, nullptr) == 0);
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 20000);
        file.seek(size / 2);
        file.write(QByteArray(8192, '\xA5'));
        file.close();
        const auto store = Store::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK((store.error().code == ErrorCode::StoreCorrupt || store.error().code == ErrorCode::StoreNotAGeoPackage));
    }
}

TEST_CASE("GeoPackage geometry blobs carry the SRS and the envelope", "[core][store][gpkg]")
{
    const QByteArray point = gpkg::pointWkb(136.65, 36.56);
    const auto decoded = gpkg::decode(gpkg::encode(point, 6668));
    REQUIRE(decoded.has_value());
    CHECK(decoded->srsId == 6668);
    CHECK(decoded->wkb == point);
    REQUIRE(decoded->envelope.has_value());
    CHECK(decoded->envelope->minX == Approx(136.65));
    CHECK(decoded->envelope->maxY == Approx(36.56));
    CHECK_FALSE(gpkg::decode(QByteArray("XX\0\1", 4)).has_value());
    CHECK_FALSE(gpkg::wkbEnvelope(QByteArray("\x01\x03\x00\x00\x00\xff\xff\xff\x7f", 9)).has_value());
}

TEST_CASE("A store of the first catalogue gets the new categories when opened, keeping its own", "[core][store][catalogue]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.gpkg"));
    REQUIRE(Store::create(path).ok());
    {
        // Make it a store of catalogue 1: only the design card's 28 categories, one relabelled,
        // plus a category of the user's own.
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
        const char *sql =
            "DELETE FROM ca_meta WHERE key = 'catalogue_version';"
            "DELETE FROM ca_categories WHERE code IN ('dementia_promoter','life_support_coordinator','clinic_with_beds','dementia_doctor',"
            "'home_bathing','home_visit_rehab','night_home_help','community_day_service','medical_day_service','dementia_day_service',"
            "'welfare_equipment_rental','welfare_equipment_sales','short_stay_medical','community_nursing_home','care_medical_facility',"
            "'long_term_care_hospital','preventive_home_service','preventive_day_service','designated_facility',"
            "'community_designated_facility','protective_home','transport_service');"
            "UPDATE ca_categories SET label_ja = '病院（急性期）' WHERE code = 'hospital';"
            "INSERT INTO ca_categories VALUES ('my_own', 'community', '買い物支援', 'Shopping help', '#123456', 'circle', 28);";
        REQUIRE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    {
        auto store = Store::open(path, Store::OpenMode::ReadOnly);
        REQUIRE(store.ok());
        CHECK((*store)->categories()->size() == 29);   // read-only: nothing changes
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    const auto categories = (*store)->categories();
    REQUIRE(categories->size() == 51);
    CHECK(categories->at(0).code == QStringLiteral("community_support_center"));
    CHECK(categories->constLast().code == QStringLiteral("my_own"));
    const auto medical = std::find_if(categories->cbegin(), categories->cend(), [](const Category &c) { return c.code == QStringLiteral("care_medical_facility"); });
    REQUIRE(medical != categories->cend());
    CHECK(medical->labelJa == QString::fromUtf8("介護医療院"));
    const auto hospital = std::find_if(categories->cbegin(), categories->cend(), [](const Category &c) { return c.code == QStringLiteral("hospital"); });
    CHECK(hospital->labelJa == QString::fromUtf8("病院（急性期）"));   // the user's label stays
}
