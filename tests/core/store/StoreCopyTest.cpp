#include "core/store/Store.h"

#include "core/Resource.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace careatlas;

TEST_CASE("Saving a copy of a store gives a whole, writable store and leaves no work file", "[core][store][copy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    {
        auto store = Store::create(path);
        REQUIRE(store.ok());
        Resource r;
        r.name = QStringLiteral("訪問看護ステーションみなみ");
        r.categoryCode = QStringLiteral("home_visit_nursing");
        r.latitude = 36.56;
        r.longitude = 136.65;
        REQUIRE((*store)->insertResource(r).ok());
    }
    auto source = Store::open(path, Store::OpenMode::ReadOnly);
    REQUIRE(source.ok());
    const QString copy = dir.filePath(QStringLiteral("copy.gpkg"));
    const Status saved = (*source)->saveCopy(copy);
    INFO((saved ? QString() : saved.error().detail).toStdString());
    REQUIRE(saved.ok());
    {
        auto opened = Store::open(copy);   // read-write: checked, migrated if need be
        REQUIRE(opened.ok());
        CHECK(*(*opened)->resourceCount() == 1);
        Resource more;
        more.name = QStringLiteral("認知症カフェ");
        more.categoryCode = QStringLiteral("dementia_cafe");
        more.latitude = 36.57;
        more.longitude = 136.66;
        CHECK((*opened)->insertResource(more).ok());
    }
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".careatlas-copy-")).isEmpty());
    // Copying over the store itself is refused; a missing folder is an error naming it.
    CHECK((*source)->saveCopy(path).error().code == ErrorCode::FileExists);
    CHECK_FALSE((*source)->saveCopy(dir.filePath(QStringLiteral("no/such/folder/c.gpkg"))).ok());
}
