// Connection strings of the server store: passwords never taken from the command line.
#include "core/server/PgConnection.h"

#include <catch2/catch.hpp>

using namespace careatlas;

TEST_CASE("Server connection strings: passwords are refused and masked", "[pg][connection]")
{
    auto refused = PgConnection::connect(QStringLiteral("postgresql://alice:secret@localhost/city"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidArgument);
    CHECK_FALSE(refused.error().file.contains(QStringLiteral("secret")));
    CHECK(PgConnection::displayName(QStringLiteral("host=db password='a b' dbname=city")) == QStringLiteral("host=db password=*** dbname=city"));
    CHECK(PgConnection::isConnectionString(QStringLiteral("service=careatlas")));
    CHECK(PgConnection::isConnectionString(QStringLiteral("postgresql:///city?sslmode=verify-full")));
    CHECK_FALSE(PgConnection::isConnectionString(QStringLiteral("city.gpkg")));
}
