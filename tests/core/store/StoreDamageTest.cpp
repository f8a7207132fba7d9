// Damaged stores are refused before anything is written; the full check runs once per change
// of the file; init is atomic and takes over an empty file a crash left.
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"
#include "core/store/StoreRecovery.h"
#include "core/store/StoreSchema.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace careatlas;

namespace {

Resource resourceNumbered(int i)
{
    Resource r;
    r.categoryCode = QStringLiteral("home_visit_nursing");
    r.name = QString::fromUtf8("訪問看護ステーション%1").arg(i);
    r.address = QString::fromUtf8("かがやき市本町%1").arg(i);
    r.latitude = 36.5 + i * 1e-4;
    r.longitude = 136.6;
    return r;
}

// A store of `count` resources, checkpointed into the main file and closed.
QString storeWith(const QTemporaryDir &dir, const QString &name, int count)
{
    const QString path = dir.filePath(name);
    auto store = Store::create(path);
    REQUIRE(store.ok());
    QList<Resource> resources;
    for (int i = 0; i < count; ++i)
        resources.append(resourceNumbered(i));
    REQUIRE((*store)->insertResources(resources).ok());
    return path;
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("A store missing part of its last page is refused, for reading and writing, and left as it is", "[core][store][damage]")
{
    QTemporaryDir dir;
    const QString path = storeWith(dir, QStringLiteral("cut.gpkg"), 50);
    REQUIRE(Store::open(path).ok());   // sound, and remembered as sound
    QFile file(path);
    REQUIRE(file.resize(file.size() - 100));
    const QByteArray before = digest(path);
    for (const auto mode : {Store::OpenMode::ReadWrite, Store::OpenMode::ReadOnly}) {
        const auto store = Store::open(path, mode);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().code == ErrorCode::StoreCorrupt);
        CHECK(store.error().detail.contains(QStringLiteral("cut short")));
    }
    CHECK(digest(path) == before);
    const auto problems = checkStoreFully(path);
    REQUIRE(problems.ok());
    CHECK_FALSE(problems->isEmpty());
}

TEST_CASE("A store whose index no longer matches its table is refused", "[core][store][damage]")
{
    QTemporaryDir dir;
    const QString path = storeWith(dir, QStringLiteral("index.gpkg"), 50);
    {
        // The category index's definition changed behind SQLite's back: its entries now
        // disagree with the rows, which integrity_check finds and quick_check does not.
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(execSql(db, "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = "
                            "'CREATE INDEX resources_category ON resources(name)' WHERE name = 'resources_category';").code == ErrorCode::None);
        sqlite3_close(db);
    }
    const auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::StoreCorrupt);
    const auto problems = checkStoreFully(path);
    REQUIRE(problems.ok());
    REQUIRE_FALSE(problems->isEmpty());
    CHECK(problems->join(QLatin1Char('\n')).contains(QStringLiteral("resources_category")));
}

TEST_CASE("The full check runs once per change of the file, not on every open", "[core][store][damage]")
{
    QTemporaryDir dir;
    const QString path = storeWith(dir, QStringLiteral("remember.gpkg"), 10);
    {
        auto first = Store::open(path, Store::OpenMode::ReadOnly);
        REQUIRE(first.ok());
    }
    auto again = Store::open(path, Store::OpenMode::ReadOnly);
    REQUIRE(again.ok());
    CHECK_FALSE((*again)->wasCheckedAtOpen());
    again->reset();

    SECTION("its own writes are remembered as sound")
    {
        {
            auto writer = Store::open(path);
            REQUIRE(writer.ok());
            REQUIRE((*writer)->insertResource(resourceNumbered(99)).ok());
        }
        INFO(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).toStdString());
        auto reader = Store::open(path, Store::OpenMode::ReadOnly);
        REQUIRE(reader.ok());
        CHECK_FALSE((*reader)->wasCheckedAtOpen());
    }
    SECTION("a change by another program is checked again")
    {
        {
            sqlite3 *db = nullptr;
            REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
            schema::registerSqlFunctions(db);   // what the GeoPackage triggers call, as GDAL does
            REQUIRE(execSql(db, "UPDATE resources SET phone = '1'").code == ErrorCode::None);
            sqlite3_close(db);
        }
        auto reader = Store::open(path, Store::OpenMode::ReadOnly);
        REQUIRE(reader.ok());
        CHECK((*reader)->wasCheckedAtOpen());
    }
}

TEST_CASE("Recovering a damaged store copies out what can be read into a sound new store", "[core][store][damage]")
{
    QTemporaryDir dir;
    const QString path = storeWith(dir, QStringLiteral("broken.gpkg"), 3000);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    file.seek((size / 2) & ~qint64(4095));
    file.write(QByteArray(8192, '\xA5'));
    file.close();
    REQUIRE_FALSE(Store::open(path).ok());

    const QString out = dir.filePath(QStringLiteral("recovered.gpkg"));
    const auto report = recoverStore(path, out);
    REQUIRE(report.ok());
    CHECK(report->resources > 0);
    CHECK(report->resources <= 3000);
    auto recovered = Store::open(out);
    REQUIRE(recovered.ok());
    CHECK(*(*recovered)->resourceCount() == report->resources);
    CHECK(checkStoreFully(out)->isEmpty());
}

TEST_CASE("init writes the store aside and renames it into place", "[core][store][init]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.gpkg"));
    SECTION("nothing but the store is left in the folder")
    {
        REQUIRE(Store::create(path).ok());
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("new.gpkg")});
    }
    SECTION("an empty file left by a crash is initialised")
    {
        QFile empty(path);
        REQUIRE(empty.open(QIODevice::WriteOnly));
        empty.close();
        auto store = Store::create(path);
        REQUIRE(store.ok());
        CHECK((*store)->categories()->size() > 0);
    }
    SECTION("an SQLite file without tables left by a crash is initialised")
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(execSql(db, "PRAGMA journal_mode = WAL; CREATE TABLE t (a); DROP TABLE t;").code == ErrorCode::None);
        sqlite3_close(db);
        REQUIRE(QFileInfo(path).size() > 0);
        CHECK(Store::open(path).error().code == ErrorCode::StoreNotAGeoPackage);
        REQUIRE(Store::create(path).ok());
        CHECK(Store::open(path).ok());
    }
    SECTION("a store with data is never replaced")
    {
        const QString existing = storeWith(dir, QStringLiteral("kept.gpkg"), 5);
        const QByteArray before = digest(existing);
        CHECK(Store::create(existing).error().code == ErrorCode::FileExists);
        CHECK(digest(existing) == before);
    }
    SECTION("the work a killed init left is removed")
    {
        const QString abandoned = dir.filePath(QStringLiteral(".careatlas-init-999999999-AbCdEf"));
        QFile work(abandoned);
        REQUIRE(work.open(QIODevice::WriteOnly));
        work.write("half a store");
        work.close();
        REQUIRE(Store::create(path).ok());
        CHECK_FALSE(QFileInfo::exists(abandoned));
    }
}

TEST_CASE("A long search text is matched whole, and too many words are refused", "[core][store][search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("search.gpkg"));
    auto store = Store::create(path);
    REQUIRE(store.ok());
    Resource r = resourceNumbered(1);
    const QString sentence = QString::fromUtf8("送迎あり。入浴は午前、リハビリは午後。");
    r.notes = sentence.repeated(100);
    const auto id = (*store)->insertResource(r);
    REQUIRE(id.ok());
    REQUIRE((*store)->insertResource(resourceNumbered(2)).ok());

    CHECK(*(*store)->searchResources(sentence.repeated(50)) == QList<qint64>{*id});
    // The same ends, something else between: not a match.
    CHECK((*store)->searchResources(sentence.repeated(20) + QString::fromUtf8("夜間") + sentence.repeated(20))->isEmpty());
    // Repeated words and words inside others count once.
    CHECK(*(*store)->searchResources(QString::fromUtf8("送迎 送迎 送迎あり ") .repeated(40)) == QList<qint64>{*id});

    QStringList words;
    for (int i = 0; i < Store::MaxSearchTerms + 1; ++i)
        words << QString::number(1000 + i);
    const auto refused = (*store)->searchResources(words.join(QLatin1Char(' ')));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::SearchTooLong);
}
