#include "core/address/AddressReference.h"

#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace careatlas;

namespace {

void writeCp932(const QString &path, const QString &text)
{
    QStringEncoder encoder("Shift_JIS");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(encoder.encode(text));
}

// 位置参照情報 as published: quoted fields, Shift_JIS, CRLF.
const char16_t *TownLevel =
    u"\"都道府県コード\",\"都道府県名\",\"市区町村コード\",\"市区町村名\",\"大字町丁目コード\",\"大字町丁目名\",\"緯度\",\"経度\",\"原典資料コード\",\"大字・字・丁目区分コード\"\r\n"
    u"\"17\",\"石川県\",\"17201\",\"金沢市\",\"172010001001\",\"本町一丁目\",\"36.574000\",\"136.648000\",\"1\",\"3\"\r\n"
    u"\"17\",\"石川県\",\"17201\",\"金沢市\",\"172010001002\",\"本町二丁目\",\"36.576000\",\"136.650000\",\"1\",\"3\"\r\n"
    u"\"17\",\"石川県\",\"17201\",\"金沢市\",\"172010002001\",\"本多町一丁目\",\"36.556000\",\"136.659000\",\"1\",\"3\"\r\n"
    u"\"17\",\"石川県\",\"17201\",\"金沢市\",\"172010003000\",\"壊れた行\",\"\",\"\",\"1\",\"3\"\r\n";

const char16_t *BlockLevel =
    u"\"都道府県名\",\"市区町村名\",\"大字・丁目名\",\"小字・通称名\",\"街区符号・地番\",\"座標系番号\",\"Ｘ座標\",\"Ｙ座標\",\"緯度\",\"経度\",\"住居表示フラグ\",\"代表フラグ\",\"更新前履歴フラグ\",\"更新後履歴フラグ\"\r\n"
    u"\"石川県\",\"金沢市\",\"本町二丁目\",\"\",\"5\",\"7\",\"1000.0\",\"2000.0\",\"36.576500\",\"136.650500\",\"1\",\"1\",\"0\",\"0\"\r\n"
    u"\"石川県\",\"金沢市\",\"本町二丁目\",\"\",\"15\",\"7\",\"1000.0\",\"2000.0\",\"36.577500\",\"136.651500\",\"1\",\"1\",\"0\",\"0\"\r\n";

} // namespace

TEST_CASE("Addresses normalise so that their forms compare", "[core][address]")
{
    CHECK(normaliseAddress(QStringLiteral("本町二丁目５番地１３号")) == QStringLiteral("本町2-5-13"));
    CHECK(normaliseAddress(QStringLiteral("本町2-5-13")) == QStringLiteral("本町2-5-13"));
    CHECK(normaliseAddress(QStringLiteral("本町２丁目５−１３")) == QStringLiteral("本町2-5-13"));
    CHECK(normaliseAddress(QStringLiteral("本町二十一丁目")) == QStringLiteral("本町21"));
    CHECK(normaliseAddress(QStringLiteral("金沢市 本町 一丁目")) == QStringLiteral("金沢市本町1"));
}

TEST_CASE("位置参照情報 files import (Shift_JIS) and find a client's home", "[core][address]")
{
    QTemporaryDir dir;
    auto store = Store::create(dir.filePath(QStringLiteral("s.gpkg")));
    REQUIRE(store.ok());
    const QString towns = dir.filePath(QStringLiteral("17201-16.0b.csv"));
    const QString blocks = dir.filePath(QStringLiteral("17201-21.0a.csv"));
    writeCp932(towns, QString::fromUtf16(TownLevel));
    writeCp932(blocks, QString::fromUtf16(BlockLevel));

    auto townReport = importAddressReference(**store, towns);
    REQUIRE(townReport.ok());
    CHECK(townReport->level == QStringLiteral("town"));
    CHECK(townReport->imported == 3);
    CHECK(townReport->skipped == 1);
    CHECK(townReport->encoding == QStringLiteral("cp932"));
    auto blockReport = importAddressReference(**store, blocks);
    REQUIRE(blockReport.ok());
    CHECK(blockReport->level == QStringLiteral("block"));
    CHECK(*addressReferenceCount(**store) == 5);

    SECTION("a full address finds its block")
    {
        auto found = lookupAddress(**store, QStringLiteral("石川県金沢市本町二丁目１５番地３号"));
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->front().level == QStringLiteral("block"));
        CHECK(found->front().latitude == Approx(36.5775));
    }
    SECTION("block 1 is not block 15, and a missing block falls back to its 丁目")
    {
        auto found = lookupAddress(**store, QStringLiteral("本町2-1-4"));
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->front().level == QStringLiteral("town"));
        CHECK(found->front().latitude == Approx(36.576));
    }
    SECTION("本町 is not 本多町")
    {
        auto found = lookupAddress(**store, QStringLiteral("本多町1丁目"));
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->front().address == QStringLiteral("金沢市本多町一丁目"));
    }
    SECTION("a partial address lists candidates")
    {
        auto found = lookupAddress(**store, QStringLiteral("本町"));
        REQUIRE(found.ok());
        CHECK(found->size() >= 2);
        CHECK_FALSE(found->front().exact);
    }
    SECTION("importing a city again replaces its points")
    {
        REQUIRE(importAddressReference(**store, towns).ok());
        CHECK(*addressReferenceCount(**store) == 5);
    }
    SECTION("a file that is not 位置参照情報 is refused, nothing written")
    {
        const QString other = dir.filePath(QStringLiteral("other.csv"));
        writeCp932(other, QStringLiteral("名称,住所\nA,B\n"));
        auto refused = importAddressReference(**store, other);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NoUsableColumns);
        CHECK(*addressReferenceCount(**store) == 5);
    }
}

TEST_CASE("A version 1 store is migrated to hold the address reference", "[core][address][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.gpkg"));
    {
        auto store = Store::create(path);
        REQUIRE(store.ok());
        // Make it look like a store of schema version 1.
        REQUIRE(execSql((*store)->handle(), "DROP TABLE ca_address_ref; DELETE FROM gpkg_contents WHERE table_name = 'ca_address_ref'; "
                                            "UPDATE ca_meta SET value = '1' WHERE key = 'schema_version'").code == ErrorCode::None);
    }
    {
        auto readOnly = Store::open(path, Store::OpenMode::ReadOnly);
        REQUIRE(readOnly.ok());
        CHECK(*addressReferenceCount(**readOnly) == 0);
        CHECK(lookupAddress(**readOnly, QStringLiteral("本町")).ok());
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK(*addressReferenceCount(**store) == 0);
    SqliteStatement version((*store)->handle(), "SELECT value FROM ca_meta WHERE key = 'schema_version'");
    REQUIRE(version.next());
    CHECK(version.text(0) == QString::number(Store::currentSchemaVersion()));
}
