#include "ServerFixture.h"

#include "core/server/ServerPublish.h"
#include "core/server/ServerSchema.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QDataStream>

namespace careatlas::test {

namespace {

// ISO WKB of a one-ring rectangle as a MultiPolygon (written here, not by the code under test).
QByteArray rectangleWkb(double west, double south, double east, double north)
{
    QByteArray wkb;
    QDataStream out(&wkb, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << quint8(1) << quint32(6) << quint32(1);
    out << quint8(1) << quint32(3) << quint32(1) << quint32(5);
    out << west << south << east << south << east << north << west << north << west << south;
    return wkb;
}

} // namespace

std::unique_ptr<ServerStore> openAs(TwoCentres &data, const QString &login)
{
    auto store = ServerStore::open(data.database.connectionString(login));
    REQUIRE(store);
    return std::move(*store);
}

Resource placedResource(const QString &name, double latitude, double longitude)
{
    Resource r;
    r.categoryCode = QStringLiteral("home_care_liaison");
    r.name = name;
    r.phone = QStringLiteral("076-000-0000");
    r.latitude = latitude;
    r.longitude = longitude;
    return r;
}

TwoCentres::TwoCentres()
{
    REQUIRE(folder.isValid());
    auto store = Store::create(folder.filePath(QStringLiteral("two.gpkg")));
    REQUIRE(store);
    REQUIRE((*store)->replaceAreas(QStringLiteral("welfare_area"),
                                   {{0, QStringLiteral("welfare_area"), QStringLiteral("N"), QStringLiteral("北"), {}, rectangleWkb(136.6, 36.6, 136.7, 36.7)},
                                    {0, QStringLiteral("welfare_area"), QStringLiteral("S"), QStringLiteral("南"), {}, rectangleWkb(136.6, 36.5, 136.7, 36.6)}}));
    auto ids = (*store)->insertResources({placedResource(QStringLiteral("北の相談所"), 36.65, 136.65),
                                          placedResource(QStringLiteral("南の相談所"), 36.55, 136.65)});
    REQUIRE(ids);
    northId = ids->at(0);
    southId = ids->at(1);
    REQUIRE(publishStore(**store, database.admin()));

    const ServerRoles roles = ServerRoles::forDatabase(database.name());
    auto north = defineCentre(database.admin(), QStringLiteral("north"), {{QStringLiteral("welfare_area"), QStringLiteral("N")}});
    REQUIRE(north);
    auto south = defineCentre(database.admin(), QStringLiteral("south"), {{QStringLiteral("welfare_area"), QStringLiteral("S")}});
    REQUIRE(south);
    alice = database.createLogin(QStringLiteral("alice"), *north);
    bob = database.createLogin(QStringLiteral("bob"), *north);
    carol = database.createLogin(QStringLiteral("carol"), *south);
    dave = database.createLogin(QStringLiteral("dave"), roles.read);
}

} // namespace careatlas::test
