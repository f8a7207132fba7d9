#include "app/models/ResourceEditor.h"

#include "TestData.h"
#include "WindowTestSupport.h"
#include "app/models/Workspace.h"
#include "core/ResourceChange.h"
#include "core/store/Store.h"
#include "geo/areas/ResourceAssignment.h"
#include "geo/render/StoreScene.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sqlite3.h>

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

// What the window holds after opening the store.
void load(Workspace &workspace, const QString &path)
{
    auto scene = geo::buildSceneFromStore(path);
    REQUIRE(scene.ok());
    auto store = Store::open(path, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    auto snapshot = ResourceSnapshot::load(**store);
    REQUIRE(snapshot.ok());
    workspace.setData(path, *scene, *snapshot);
}

// The school district of a resource as a full re-assignment of the store computes it.
QString recomputedDistrictOf(const QString &path, qint64 id)
{
    auto store = Store::open(path, Store::OpenMode::ReadOnly);
    REQUIRE(store.ok());
    auto computed = geo::computeResourceAssignments(**store, {QStringLiteral("school_district")});
    REQUIRE(computed.ok());
    for (const auto &[resource, code] : computed->pairs.value(0))
        if (resource == id)
            return code;
    return {};
}

// The school district of a resource as the workspace's snapshot says (no reload).
QString workspaceDistrictOf(const Workspace &workspace, qint64 id)
{
    const auto snapshot = workspace.snapshot();
    const int level = snapshot->levelIndex(QStringLiteral("school_district"));
    const int index = snapshot->indexOfId.value(id, -1);
    REQUIRE(level >= 0);
    REQUIRE(index >= 0);
    const int area = snapshot->areaOf[level][index];
    return area < 0 ? QString() : snapshot->levels[level].areas[area].code;
}

} // namespace

TEST_CASE("Adding, editing, deleting and placing resources are undoable steps", "[app][edit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(test::binaryDir() + QStringLiteral("/data/demo.gpkg"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const qint64 before = count(path);

    Workspace workspace;
    load(workspace, path);
    const auto firstScene = workspace.scene();
    ResourceEditor editor(&workspace);
    editor.setStorePath(path);
    auto settled = [&] { REQUIRE(test::waitFor([&] { return !editor.isBusy(); })); };
    QList<Error> failures;
    QObject::connect(&editor, &ResourceEditor::failed, [&](const Error &e) { failures << e; });

    Resource fresh;
    fresh.name = QStringLiteral("テスト訪問看護ステーション");
    fresh.categoryCode = QStringLiteral("home_visit_nursing");
    fresh.latitude = 36.5613;
    fresh.longitude = 136.6562;
    editor.addResource(fresh);
    settled();
    CHECK(count(path) == before + 1);
    const Resource added = find(path, fresh.name);
    REQUIRE(added.id != 0);
    CHECK_FALSE(schoolDistrictOf(path, added.id).isEmpty());   // assigned to its area at once
    // … as a full re-assignment would, and the workspace shows it without reading the store again.
    CHECK(schoolDistrictOf(path, added.id) == recomputedDistrictOf(path, added.id));
    CHECK(workspaceDistrictOf(workspace, added.id) == schoolDistrictOf(path, added.id));
    CHECK(workspace.scene() != firstScene);
    CHECK(workspace.scene()->resourceIndex.contains(added.id));
    CHECK(int(workspace.snapshot()->resources.size()) == before + 1);
    CHECK(workspace.scene()->levels.constData() == firstScene->levels.constData());   // the areas are shared, not rebuilt

    Resource renamed = added;
    renamed.name = QStringLiteral("テスト訪問看護ステーション（新）");
    editor.editResource(added, renamed);
    settled();
    CHECK(find(path, renamed.name).id == added.id);

    editor.deleteResource(find(path, renamed.name));
    settled();
    CHECK(count(path) == before);
    CHECK_FALSE(workspace.snapshot()->indexOfId.contains(added.id));
    editor.undoStack()->undo();   // the deletion
    settled();
    CHECK(count(path) == before + 1);
    const Resource back = find(path, renamed.name);
    REQUIRE(back.id != 0);
    editor.undoStack()->undo();   // the rename, on the re-inserted record
    settled();
    CHECK(find(path, fresh.name).id == back.id);
    editor.undoStack()->undo();   // the addition
    settled();
    CHECK(count(path) == before);
    editor.undoStack()->redo();
    settled();
    CHECK(count(path) == before + 1);

    // Placing moves it and re-assigns its area.
    const Resource current = find(path, fresh.name);
    const QString districtBefore = schoolDistrictOf(path, current.id);
    editor.placeResource(current, 36.63, 136.60);
    settled();
    const Resource placed = find(path, fresh.name);
    CHECK(*placed.latitude == Approx(36.63));
    CHECK(schoolDistrictOf(path, placed.id) != districtBefore);
    CHECK(schoolDistrictOf(path, placed.id) == recomputedDistrictOf(path, placed.id));
    CHECK(workspaceDistrictOf(workspace, placed.id) == schoolDistrictOf(path, placed.id));
    const int sceneIndex = workspace.scene()->resourceIndex.value(placed.id, -1);
    REQUIRE(sceneIndex >= 0);
    CHECK(workspace.scene()->resources[sceneIndex].latitude == Approx(36.63));
    CHECK(placed.updatedAt >= current.updatedAt);
    CHECK(failures.isEmpty());

    // A refused change (no name) leaves the store alone and says why.
    Resource nameless = placed;
    nameless.name.clear();
    editor.editResource(placed, nameless);
    settled();
    CHECK(failures.size() == 1);
    CHECK(find(path, fresh.name).id == placed.id);
}

TEST_CASE("Two windows editing one resource never overwrite each other's saved change", "[app][edit][versions]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(test::binaryDir() + QStringLiteral("/data/demo.gpkg"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // Two windows: each its own workspace (its own read of the store) and editor.
    Workspace first, second;
    load(first, path);
    load(second, path);
    ResourceEditor a(&first), b(&second);
    a.setStorePath(path);
    b.setStorePath(path);
    QList<Error> conflicts, failures;
    QObject::connect(&b, &ResourceEditor::conflicted, [&](const Error &e) { conflicts << e; });
    QObject::connect(&b, &ResourceEditor::failed, [&](const Error &e) { failures << e; });
    auto settled = [](ResourceEditor &editor) { REQUIRE(test::waitFor([&] { return !editor.isBusy(); })); };

    const Resource original = first.snapshot()->resources.front();
    const auto staleInSecond = second.resource(original.id);
    REQUIRE(staleInSecond.has_value());

    SECTION("different fields merge")
    {
        Resource renamed = original;
        renamed.name = original.name + QStringLiteral("（本部）");
        a.editResource(original, renamed);
        settled(a);
        Resource rephoned = *staleInSecond;   // B still shows the old name
        rephoned.phone = QStringLiteral("076-000-0000");
        b.editResource(*staleInSecond, rephoned);
        settled(b);
        CHECK(failures.isEmpty());
        CHECK(conflicts.isEmpty());
        const Resource stored = find(path, renamed.name);
        CHECK(stored.id == original.id);                              // A's name kept …
        CHECK(stored.phone == QStringLiteral("076-000-0000"));       // … with B's phone
        CHECK(second.resource(original.id)->name == renamed.name);  // B's window shows both
    }
    SECTION("the same field is a conflict, and nothing is written")
    {
        Resource mine = original;
        mine.phone = QStringLiteral("076-111-1111");
        a.editResource(original, mine);
        settled(a);
        Resource theirs = *staleInSecond;
        theirs.phone = QStringLiteral("076-222-2222");
        b.editResource(*staleInSecond, theirs);
        settled(b);
        REQUIRE(conflicts.size() == 1);
        REQUIRE(conflicts.front().conflict);
        CHECK(conflicts.front().conflict->theirs.phone == QStringLiteral("076-111-1111"));
        CHECK(conflicts.front().conflict->mine.phone == QStringLiteral("076-222-2222"));
        CHECK(find(path, original.name).phone == QStringLiteral("076-111-1111"));
        // The user keeps theirs and saves: written on their version.
        Resource resolved = conflicts.front().conflict->theirs;
        resolved.phone = QStringLiteral("076-222-2222");
        b.resolveConflict(conflicts.front().conflict->theirs, resolved);
        settled(b);
        CHECK(find(path, original.name).phone == QStringLiteral("076-222-2222"));
        CHECK(conflicts.size() == 1);
    }
}

TEST_CASE("An edit that finds the store busy is held, not lost, and saved when the user tries again", "[app][edit][busy]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(test::binaryDir() + QStringLiteral("/data/demo.gpkg"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Workspace workspace;
    load(workspace, path);
    ResourceEditor editor(&workspace);
    editor.setStorePath(path);
    QList<Error> busy, failures;
    int reloads = 0;
    QObject::connect(&editor, &ResourceEditor::busy, [&](const Error &e) { busy << e; });
    QObject::connect(&editor, &ResourceEditor::failed, [&](const Error &e) { failures << e; });
    QObject::connect(&editor, &ResourceEditor::reloadNeeded, [&] { ++reloads; });

    // Another program holds the write lock (as an import in another process would).
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

    const Resource original = workspace.snapshot()->resources.front();
    Resource renamed = original;
    renamed.name = original.name + QStringLiteral("（本部）");
    editor.editResource(original, renamed);
    Resource rephoned = renamed;   // a second step, made while the first waits
    rephoned.phone = QStringLiteral("076-333-3333");
    editor.editResource(renamed, rephoned);
    REQUIRE(test::waitFor([&] { return !busy.isEmpty(); }, 3 * Store::BusyTimeoutMs));
    CHECK(busy.front().code == ErrorCode::StoreBusy);
    CHECK(failures.isEmpty());
    CHECK(reloads == 0);
    CHECK(editor.hasHeldChange());
    CHECK(editor.isBusy());
    CHECK(editor.heldChangeText().contains(renamed.name));
    CHECK(editor.undoStack()->count() == 2);   // the history is kept

    SECTION("trying again after the other program finished saves both steps in order")
    {
        REQUIRE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
        editor.retryHeld();
        REQUIRE(test::waitFor([&] { return !editor.isBusy(); }));
        CHECK(failures.isEmpty());
        const Resource stored = find(path, renamed.name);
        CHECK(stored.id == original.id);
        CHECK(stored.phone == QStringLiteral("076-333-3333"));
        CHECK(workspace.resource(original.id)->name == renamed.name);
        // … and both steps can still be undone.
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        REQUIRE(test::waitFor([&] { return !editor.isBusy(); }));
        CHECK(find(path, original.name).id == original.id);
    }
    SECTION("discarding gives the change up and reads the store again")
    {
        editor.discardHeld();
        CHECK(reloads == 1);
        CHECK_FALSE(editor.isBusy());
        CHECK(editor.undoStack()->count() == 0);
        REQUIRE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK);
        CHECK(find(path, original.name).id == original.id);
    }
    sqlite3_close(other);
}
