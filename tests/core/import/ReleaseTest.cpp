#include "core/import/ResourceImporter.h"
#include "core/import/ResourceRelease.h"
#include "core/query/ResourceQuery.h"
#include "core/query/ResourceSnapshot.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cmath>

using namespace careatlas;

namespace {

QString u(const char *text) { return QString::fromUtf8(text); }

QString writeRelease(const QTemporaryDir &dir, const QString &rows)
{
    // Each release of an MHLW file has the same name.
    const QString path = dir.filePath(QStringLiteral("jigyosho_730.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write((u("都道府県コード又は市町村コード,No,都道府県名,市区町村名,事業所名,事業所名カナ,サービスの種類,住所,方書（ビル名等）,緯度,経度,事業所番号\n")
                + rows).toUtf8());
    return path;
}

// Distance on a flat earth, enough for a test (metres per degree at 36°N).
double flatMetres(double lat1, double lon1, double lat2, double lon2)
{
    return std::hypot((lat2 - lat1) * 111000.0, (lon2 - lon1) * 90000.0);
}

ImportOptions releaseOptions(const QDate &today, bool complete)
{
    ImportOptions options;
    options.today = today;
    options.completeSource = complete;
    options.distance = flatMetres;
    return options;
}

} // namespace

TEST_CASE("A complete new release retires what closed, keeps it, and reports gone, moved and renamed", "[core][import][release]")
{
    QTemporaryDir dir;
    auto created = Store::create(dir.filePath(QStringLiteral("store.gpkg")));
    REQUIRE(created.ok());
    Store &store = **created;
    const QString firstRows = u("172014,1,石川県,金沢市,小多機あさひ,,小規模多機能型居宅介護,金沢市本町1,,36.570,136.650,1790100001\n"
                                "172014,2,石川県,金沢市,小多機ひかり,,小規模多機能型居宅介護,金沢市本町2,,36.560,136.640,1790100002\n"
                                "172014,3,石川県,金沢市,小多機つばさ,,小規模多機能型居宅介護,金沢市本町3,,36.550,136.630,1790100003\n");
    const QString first = writeRelease(dir, firstRows);
    const auto one = ResourceImporter(store, releaseOptions(QDate(2026, 4, 1), true)).importCsvFile(first);
    REQUIRE(one.ok());
    CHECK(one->added == 3);
    CHECK(one->gone.isEmpty());
    CHECK(one->sourceKey == u("mhlw: jigyosho_730.csv"));

    // The next release: つばさ closed, ひかり moved about 1 km, あさひ renamed.
    const QString second = writeRelease(dir, u("172014,1,石川県,金沢市,小多機あさひ本町,,小規模多機能型居宅介護,金沢市本町1,,36.570,136.650,1790100001\n"
                                               "172014,2,石川県,金沢市,小多機ひかり,,小規模多機能型居宅介護,金沢市本町9,,36.569,136.640,1790100002\n"));
    SECTION("a dry run reports without retiring")
    {
        ImportOptions options = releaseOptions(QDate(2026, 10, 1), true);
        options.dryRun = true;
        const auto dry = ResourceImporter(store, options).importCsvFile(second);
        REQUIRE(dry.ok());
        CHECK(dry->gone.size() == 1);
        CHECK(retiredDates(store.handle())->isEmpty());
    }
    SECTION("an import that is not the whole list retires nothing")
    {
        const auto partial = ResourceImporter(store, releaseOptions(QDate(2026, 10, 1), false)).importCsvFile(second);
        REQUIRE(partial.ok());
        CHECK(partial->gone.isEmpty());
        CHECK(retiredDates(store.handle())->isEmpty());
    }
    SECTION("the complete release retires つばさ")
    {
        const auto two = ResourceImporter(store, releaseOptions(QDate(2026, 10, 1), true)).importCsvFile(second);
        REQUIRE(two.ok());
        REQUIRE(two->gone.size() == 1);
        CHECK(two->gone.constFirst().name == u("小多機つばさ"));
        REQUIRE(two->renamed.size() == 1);
        CHECK(two->renamed.constFirst().before == u("小多機あさひ"));
        CHECK(two->renamed.constFirst().name == u("小多機あさひ本町"));
        REQUIRE(two->moved.size() == 1);
        CHECK(two->moved.constFirst().name == u("小多機ひかり"));
        CHECK(two->moved.constFirst().metres == Approx(999.0).margin(1.0));

        // Kept, with the date it left; hidden from the map and lists.
        CHECK(*store.resourceCount() == 3);
        const auto retired = retiredDates(store.handle());
        REQUIRE(retired->size() == 1);
        const auto record = releaseRecord(store.handle(), retired->cbegin().key());
        REQUIRE(record->has_value());
        CHECK((*record)->retiredAt == QDate(2026, 10, 1));
        CHECK((*record)->lastConfirmed == QDate(2026, 4, 1));
        const auto snapshot = ResourceSnapshot::load(store);
        REQUIRE(snapshot.ok());
        // The snapshot keeps it, with the date it left, for a filter that asks for it.
        CHECK((*snapshot)->resources.size() == 3);
        CHECK((*snapshot)->currentCount() == 2);
        REQUIRE((*snapshot)->retiredAt.size() == 1);
        CHECK((*snapshot)->retiredAt.value(retired->cbegin().key()) == QDate(2026, 10, 1));
        ResourceFilter filter;
        const auto rowsFor = [&](RetiredChoice choice) {
            filter.retired = choice;
            QSet<qint64> ids;
            for (int row : evaluateFilter(**snapshot, filter, nullptr).rows)
                ids.insert((*snapshot)->resources[row].id);
            return ids;
        };
        CHECK(rowsFor(RetiredChoice::Hide).size() == 2);
        CHECK_FALSE(rowsFor(RetiredChoice::Hide).contains(retired->cbegin().key()));
        CHECK(rowsFor(RetiredChoice::Include).size() == 3);
        CHECK(rowsFor(RetiredChoice::Only) == QSet<qint64>{retired->cbegin().key()});
        // The details show when each current one was last confirmed.
        REQUIRE((*snapshot)->lastConfirmed.size() == 2);
        for (const Resource &resource : (*snapshot)->resources)
            if (!(*snapshot)->retiredAt.contains(resource.id))
                CHECK((*snapshot)->lastConfirmed.value(resource.id) == QDate(2026, 10, 1));

        // It comes back when a later release has it again.
        const auto three = ResourceImporter(store, releaseOptions(QDate(2027, 4, 1), true)).importCsvFile(writeRelease(dir, firstRows));
        REQUIRE(three.ok());
        CHECK(three->gone.isEmpty());
        CHECK(retiredDates(store.handle())->isEmpty());
        const auto confirmed = releaseRecord(store.handle(), retired->cbegin().key());
        CHECK((*confirmed)->lastConfirmed == QDate(2027, 4, 1));
    }
}

TEST_CASE("An office whose service changed stays one resource and is reported as recategorised", "[core][import][release]")
{
    QTemporaryDir dir;
    auto created = Store::create(dir.filePath(QStringLiteral("store.gpkg")));
    REQUIRE(created.ok());
    Store &store = **created;
    // The 推奨データセット layout: the service column decides the category.
    const auto write = [&](const QString &rows) {
        const QString path = dir.filePath(QStringLiteral("kaigo_jigyosho.csv"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write((u("都道府県コード又は市区町村コード,NO,都道府県名,市区町村名,介護サービス事業所名称,介護サービス事業所名称_カナ,実施サービス,"
                      "住所,方書,緯度,経度,電話番号,内線番号,FAX番号,法人番号,法人の名称,事業所番号,利用可能曜日,利用可能曜日特記事項,定員,URL,備考\n")
                    + rows)
                       .toUtf8());
        return path;
    };
    const auto one = ResourceImporter(store, releaseOptions(QDate(2026, 4, 1), true))
                         .importCsvFile(write(u("172014,1,石川県,金沢市,デイサービスみなと,,通所介護,金沢市港1-1,,36.60,136.60,076-000-0001,,,,,1790100009,,,18,,\n"
                                                "172014,2,石川県,金沢市,デイサービスかわ,,通所介護,金沢市川2-2,,36.61,136.61,076-000-0002,,,,,1790100010,,,30,,\n"
                                                "172014,3,石川県,金沢市,ケアセンターやま,,訪問介護,金沢市山3-3,,36.62,136.62,076-000-0003,,,,,1790100011,,,,,\n"
                                                "172014,4,石川県,金沢市,ケアセンターやま,,通所介護,金沢市山3-3,,36.62,136.62,076-000-0003,,,,,1790100011,,,25,,\n")));
    REQUIRE(one.ok());
    REQUIRE(one->added == 4);
    qint64 minato = 0;
    const auto all = store.resources();   // kept alive: a range-for over *temporary() dangles
    REQUIRE(all.ok());
    for (const Resource &r : *all)
        if (r.name == u("デイサービスみなと"))
            minato = r.id;
    REQUIRE(minato != 0);

    // The next release: みなと is now a 地域密着型通所介護 (定員 18), かわ unchanged; やま no longer
    // runs its day service — the same number under another service stays, so that is a closure,
    // not a recategorisation.
    const auto two = ResourceImporter(store, releaseOptions(QDate(2026, 10, 1), true))
                         .importCsvFile(write(u("172014,1,石川県,金沢市,デイサービスみなと,,地域密着型通所介護,金沢市港1-1,,36.60,136.60,076-000-0001,,,,,1790100009,,,18,,\n"
                                                "172014,2,石川県,金沢市,デイサービスかわ,,通所介護,金沢市川2-2,,36.61,136.61,076-000-0002,,,,,1790100010,,,30,,\n"
                                                "172014,3,石川県,金沢市,ケアセンターやま,,訪問介護,金沢市山3-3,,36.62,136.62,076-000-0003,,,,,1790100011,,,,,\n")));
    REQUIRE(two.ok());
    REQUIRE(two->recategorised.size() == 1);
    const ReleaseChange &change = two->recategorised.constFirst();
    CHECK(change.resourceId == minato);
    CHECK(change.before == QStringLiteral("day_service"));
    CHECK(change.categoryCode == QStringLiteral("community_day_service"));
    CHECK(change.line == 2);
    CHECK(two->added == 0);
    REQUIRE(two->gone.size() == 1);   // only やま's day service
    CHECK(two->gone.constFirst().name == u("ケアセンターやま"));
    CHECK(two->gone.constFirst().categoryCode == QStringLiteral("day_service"));
    // The same resource (its id, so shortlists and history still find it), under the new service.
    const auto kept = store.resource(minato);
    REQUIRE(kept.ok());
    CHECK(kept->categoryCode == QStringLiteral("community_day_service"));
    CHECK(*store.resourceCount() == 4);
    CHECK_FALSE(retiredDates(store.handle())->contains(minato));
}
