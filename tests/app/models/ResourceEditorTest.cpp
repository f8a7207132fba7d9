#include "app/models/ResourceEditor.h"

#include "TestData.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace careatlas;

namespace {

Resource find(const QString &path, const QString &name)
{
    auto store = Store::open(path, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    const auto resources = (*store)->resources();   // kept alive: a range-for over *temporary() dangles
    REQUIRE(resources.ok());
    for (const Resource &r : *resources)
        if (r.name == name)
            return r;
    return {};
}

qint64 count(const QString &path)
{
    auto store = Store::open(path, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    return *(*store)->resourceCount();
}

QString schoolDistrictOf(const QString &path, qint64 id)
{
    auto store = Store::open(path, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    const auto assigned = (*store)->resourceAreas(QStringLiteral("school_district"));
    REQUIRE(assigned.ok());
    for (const auto &[resource, code] : *assigned)
        if (resource == id)
            return code;
    return {};
}

} // namespace

TEST_CASE("Adding, editing, deleting and placing resources are undoable steps", "[app][edit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(test::binaryDir() + QStringLiteral("/data/demo.gpkg"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const qint64 before = count(path);

    ResourceEditor editor;
    editor.setStorePath(path);
    QList<Error> failures;
    QObject::connect(&editor, &ResourceEditor::failed, [&](const Error &e) { failures << e; });

    Resource fresh;
    fresh.name = QStringLiteral("テスト訪問看護ステーション");
    fresh.categoryCode = QStringLiteral("home_visit_nursing");
    fresh.latitude = 36.5613;
    fresh.longitude = 136.6562;
    editor.addResource(fresh);
    CHECK(count(path) == before + 1);
    const Resource added = find(path, fresh.name);
    REQUIRE(added.id != 0);
    CHECK_FALSE(schoolDistrictOf(path, added.id).isEmpty());   // assigned to its area at once

    Resource renamed = added;
    renamed.name = QStringLiteral("テスト訪問看護ステーション（新）");
    editor.editResource(added, renamed);
    CHECK(find(path, renamed.name).id == added.id);

    editor.deleteResource(find(path, renamed.name));
    CHECK(count(path) == before);
    editor.undoStack()->undo();   // the deletion
    CHECK(count(path) == before + 1);
    const Resource back = find(path, renamed.name);
    REQUIRE(back.id != 0);
    editor.undoStack()->undo();   // the rename, on the re-inserted record
    CHECK(find(path, fresh.name).id == back.id);
    editor.undoStack()->undo();   // the addition
    CHECK(count(path) == before);
    editor.undoStack()->redo();
    CHECK(count(path) == before + 1);

    // Placing moves it and re-assigns its area.
    const Resource current = find(path, fresh.name);
    const QString districtBefore = schoolDistrictOf(path, current.id);
    editor.placeResource(current, 36.63, 136.60);
    const Resource placed = find(path, fresh.name);
    CHECK(*placed.latitude == Approx(36.63));
    CHECK(schoolDistrictOf(path, placed.id) != districtBefore);
    CHECK(placed.updatedAt >= current.updatedAt);
    CHECK(failures.isEmpty());

    // A refused change (no name) leaves the store alone and says why.
    Resource nameless = placed;
    nameless.name.clear();
    editor.editResource(placed, nameless);
    CHECK(failures.size() == 1);
    CHECK(find(path, fresh.name).id == placed.id);
}
