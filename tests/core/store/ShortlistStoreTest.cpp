// Referral shortlists in the store (schema version 4): several lists, entries in order with a
// status code, the date of the last change and a note; all or nothing; the centre rounded.
#include "core/store/ShortlistStore.h"
#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace careatlas;

namespace {

QString u(const char *text) { return QString::fromUtf8(text); }

struct ListStore {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("lists.gpkg"));
    std::unique_ptr<Store> store;
    QList<qint64> ids;

    ListStore()
    {
        auto created = Store::create(path);
        REQUIRE(created.ok());
        store = std::move(*created);
        for (int i = 0; i < 4; ++i) {
            Resource r;
            r.categoryCode = QStringLiteral("home_visit_nursing");
            r.name = u("訪問看護ステーション") + QString::number(i);
            r.latitude = 36.56 + i * 0.001;
            r.longitude = 136.65;
            auto id = store->insertResource(r);
            REQUIRE(id.ok());
            ids << *id;
        }
    }

    QList<qint64> order(qint64 list) const
    {
        auto entries = shortlistEntries(*store, list);
        REQUIRE(entries.ok());
        QList<qint64> resources;
        int expected = 1;
        for (const ShortlistEntry &e : *entries) {
            CHECK(e.position == expected++);
            resources << e.resourceId;
        }
        return resources;
    }
};

} // namespace

TEST_CASE("shortlist: lists with labels, entries in order, add at a place, move, remove", "[core][store][shortlist]")
{
    ListStore s;
    const auto a = createShortlist(*s.store, u("  4月 訪問看護  "));
    const auto b = createShortlist(*s.store, u("ケースB"));
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    const auto all = shortlists(*s.store);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).label == u("4月 訪問看護"));
    CHECK(all->at(1).label == u("ケースB"));

    REQUIRE(addShortlistEntry(*s.store, *a, s.ids[0]).ok());
    REQUIRE(addShortlistEntry(*s.store, *a, s.ids[1]).ok());
    REQUIRE(addShortlistEntry(*s.store, *a, s.ids[2], 1).ok());
    CHECK(s.order(*a) == QList<qint64>{s.ids[2], s.ids[0], s.ids[1]});
    REQUIRE(addShortlistEntry(*s.store, *b, s.ids[0]).ok());   // one resource in two lists
    CHECK(s.order(*b) == QList<qint64>{s.ids[0]});

    REQUIRE(moveShortlistEntry(*s.store, *a, s.ids[2], 3).ok());
    CHECK(s.order(*a) == QList<qint64>{s.ids[0], s.ids[1], s.ids[2]});
    REQUIRE(moveShortlistEntry(*s.store, *a, s.ids[1], 99).ok());   // clamped
    CHECK(s.order(*a) == QList<qint64>{s.ids[0], s.ids[2], s.ids[1]});
    REQUIRE(removeShortlistEntry(*s.store, *a, s.ids[0]).ok());
    CHECK(s.order(*a) == QList<qint64>{s.ids[2], s.ids[1]});
    CHECK(shortlist(*s.store, *a)->entryCount == 2);

    SECTION("the same resource twice is refused, nothing changes")
    {
        const auto again = addShortlistEntry(*s.store, *a, s.ids[2]);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::InvalidArgument);
        CHECK(s.order(*a) == QList<qint64>{s.ids[2], s.ids[1]});
    }
    SECTION("unknown lists, resources and entries say NotFound")
    {
        CHECK(addShortlistEntry(*s.store, 999, s.ids[0]).error().code == ErrorCode::NotFound);
        CHECK(addShortlistEntry(*s.store, *a, 999999).error().code == ErrorCode::NotFound);
        CHECK(removeShortlistEntry(*s.store, *a, s.ids[3]).error().code == ErrorCode::NotFound);
        CHECK(updateShortlistEntry(*s.store, *a, s.ids[3], ShortlistStatus::OnHold, std::nullopt).error().code == ErrorCode::NotFound);
    }
    SECTION("labels: empty or too long are refused; find by id or label")
    {
        CHECK(createShortlist(*s.store, QStringLiteral("   ")).error().code == ErrorCode::InvalidArgument);
        CHECK(createShortlist(*s.store, QString(ShortlistLabelMaxLength + 1, QLatin1Char('x'))).error().code == ErrorCode::InvalidArgument);
        CHECK(findShortlist(*s.store, QString::number(*b))->label == u("ケースB"));
        CHECK(findShortlist(*s.store, u("ケースB"))->id == *b);
        CHECK(findShortlist(*s.store, u("ない")).error().code == ErrorCode::NotFound);
        REQUIRE(createShortlist(*s.store, u("ケースB")).ok());
        CHECK(findShortlist(*s.store, u("ケースB")).error().code == ErrorCode::InvalidArgument);
        REQUIRE(renameShortlist(*s.store, *b, u("ケースC")).ok());
        CHECK(shortlist(*s.store, *b)->label == u("ケースC"));
    }
    SECTION("deleting a list deletes its entries only")
    {
        REQUIRE(deleteShortlist(*s.store, *a).ok());
        CHECK(shortlist(*s.store, *a).error().code == ErrorCode::NotFound);
        SqliteStatement count(s.store->handle(), "SELECT count(*) FROM shortlist_entries");
        REQUIRE(count.next());
        CHECK(count.int64(0) == 1);
    }
}

TEST_CASE("shortlist: status codes, note and the date of the last change", "[core][store][shortlist]")
{
    ListStore s;
    const qint64 list = *createShortlist(*s.store, u("ケースA"));
    const auto added = addShortlistEntry(*s.store, list, s.ids[0], std::nullopt, QDate(2026, 4, 1));
    REQUIRE(added.ok());
    CHECK(added->status == ShortlistStatus::NotContacted);
    CHECK(added->changedOn == QDate(2026, 4, 1));

    const auto called = updateShortlistEntry(*s.store, list, s.ids[0], ShortlistStatus::Accepting, u("空き2名、月水金"), QDate(2026, 4, 3));
    REQUIRE(called.ok());
    CHECK(called->status == ShortlistStatus::Accepting);
    CHECK(called->note == u("空き2名、月水金"));
    CHECK(called->changedOn == QDate(2026, 4, 3));
    // A status alone keeps the note.
    const auto held = updateShortlistEntry(*s.store, list, s.ids[0], ShortlistStatus::OnHold, std::nullopt, QDate(2026, 4, 5));
    CHECK(held->note == u("空き2名、月水金"));
    CHECK(held->changedOn == QDate(2026, 4, 5));

    // Stored as the code, read back through an independent query.
    SqliteStatement raw(s.store->handle(), "SELECT status, changed_on FROM shortlist_entries");
    REQUIRE(raw.next());
    CHECK(raw.text(0) == QStringLiteral("on_hold"));
    CHECK(raw.text(1) == QStringLiteral("2026-04-05"));
    // The table refuses anything else.
    CHECK_FALSE(execSqlOk(s.store->handle(), "UPDATE shortlist_entries SET status = '保留'"));

    CHECK(shortlistStatusFromText(u("受入不可")) == ShortlistStatus::Declined);
    CHECK(shortlistStatusFromText(QStringLiteral("inquiring")) == ShortlistStatus::Inquiring);
    CHECK_FALSE(shortlistStatusFromText(QStringLiteral("maybe")).has_value());
    for (ShortlistStatus status : allShortlistStatuses())
        CHECK(shortlistStatusFromText(shortlistStatusCode(status)) == status);

    const auto tooLong = updateShortlistEntry(*s.store, list, s.ids[0], std::nullopt, QString(ShortlistNoteMaxLength + 1, QLatin1Char('x')));
    CHECK(tooLong.error().code == ErrorCode::InvalidArgument);
    CHECK((*shortlistEntries(*s.store, list)).front().note == u("空き2名、月水金"));
}

TEST_CASE("shortlist: the centre is kept as a 町丁目 name and a point rounded to about 100 m", "[core][store][shortlist][privacy]")
{
    ListStore s;
    const double lat = 36.561349, lon = 136.656251;
    const qint64 list = *createShortlist(*s.store, u("ケースA"), ShortlistCentre{u("かがやき市本町二丁目"), lat, lon});
    const auto read = shortlist(*s.store, list);
    REQUIRE(read.ok());
    CHECK(read->centre.areaName == u("かがやき市本町二丁目"));
    CHECK(*read->centre.latitude == Approx(36.561));
    CHECK(*read->centre.longitude == Approx(136.656));
    // Within a grid cell of 0.001°: never more precise than about 100 m, never off by more than half a cell.
    CHECK(std::abs(*read->centre.latitude - lat) <= 0.0005 + 1e-12);
    CHECK(std::abs(*read->centre.longitude - lon) <= 0.0005 + 1e-12);
    SqliteStatement raw(s.store->handle(), "SELECT centre_latitude * 1000 - round(centre_latitude * 1000) FROM shortlists");
    REQUIRE(raw.next());
    CHECK(std::abs(raw.real(0)) < 1e-6);
}

TEST_CASE("shortlist: a read-only store refuses changes and keeps what it has", "[core][store][shortlist]")
{
    ListStore s;
    const qint64 list = *createShortlist(*s.store, u("ケースA"));
    REQUIRE(addShortlistEntry(*s.store, list, s.ids[0]).ok());
    s.store.reset();
    auto readOnly = Store::open(s.path, Store::OpenMode::ReadOnly);
    REQUIRE(readOnly.ok());
    CHECK(addShortlistEntry(**readOnly, list, s.ids[1]).error().code == ErrorCode::StoreReadOnly);
    CHECK(shortlistEntries(**readOnly, list)->size() == 1);
}

TEST_CASE("shortlist: a version 3 store gains the tables when opened", "[core][store][shortlist]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.gpkg"));
    {
        auto store = Store::create(path);
        REQUIRE(store.ok());
        REQUIRE(execSql((*store)->handle(), "DROP TABLE shortlist_entries; DROP TABLE shortlists; "
                                            "DELETE FROM gpkg_contents WHERE table_name LIKE 'shortlist%'; "
                                            "UPDATE ca_meta SET value = '3' WHERE key = 'schema_version'").code == ErrorCode::None);
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK(shortlists(**store)->isEmpty());
    CHECK(createShortlist(**store, QStringLiteral("x")).ok());
    SqliteStatement contents((*store)->handle(), "SELECT count(*) FROM gpkg_contents WHERE table_name IN ('shortlists', 'shortlist_entries')");
    REQUIRE(contents.next());
    CHECK(contents.int64(0) == 2);
}

TEST_CASE("shortlist: a list's entries are put back as they were (undo), all or nothing", "[core][store][shortlist]")
{
    ListStore s;
    const qint64 list = *createShortlist(*s.store, u("ケースA"));
    REQUIRE(addShortlistEntry(*s.store, list, s.ids[0], std::nullopt, QDate(2026, 4, 1)).ok());
    REQUIRE(addShortlistEntry(*s.store, list, s.ids[1], std::nullopt, QDate(2026, 4, 1)).ok());
    REQUIRE(updateShortlistEntry(*s.store, list, s.ids[1], ShortlistStatus::Accepting, u("空き1名"), QDate(2026, 4, 2)).ok());
    const QList<ShortlistEntry> before = *shortlistEntries(*s.store, list);

    REQUIRE(removeShortlistEntry(*s.store, list, s.ids[0]).ok());
    REQUIRE(updateShortlistEntry(*s.store, list, s.ids[1], ShortlistStatus::Declined, QString(), QDate(2026, 4, 9)).ok());
    REQUIRE(replaceShortlistEntries(*s.store, list, before).ok());
    const QList<ShortlistEntry> after = *shortlistEntries(*s.store, list);
    REQUIRE(after.size() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(after[i].resourceId == before[i].resourceId);
        CHECK(after[i].position == before[i].position);
        CHECK(after[i].status == before[i].status);
        CHECK(after[i].note == before[i].note);
        CHECK(after[i].changedOn == before[i].changedOn);
    }
    // The same resource twice breaks the table's rule: nothing changes.
    CHECK_FALSE(replaceShortlistEntries(*s.store, list, {before[0], before[0]}).ok());
    CHECK(shortlistEntries(*s.store, list)->size() == 2);
}
