#include "core/import/ColumnMappingFile.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace careatlas;

TEST_CASE("A column mapping saved once reads back the same", "[core][import][mapping]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mapping.json"));
    const ColumnMapping mapping{{ImportField::Name, QString::fromUtf8("施設名")},
                                {ImportField::Latitude, QString::fromUtf8("Y座標")},
                                {ImportField::Longitude, QString::fromUtf8("X座標")}};
    REQUIRE(writeColumnMapping(path, mapping).ok());
    const auto read = readColumnMapping(path);
    REQUIRE(read.ok());
    CHECK(*read == mapping);
}

TEST_CASE("A mapping file with an unknown field or bad JSON is refused with the reason", "[core][import][mapping][errors]")
{
    QTemporaryDir dir;
    auto write = [&](const QByteArray &bytes) {
        const QString path = dir.filePath(QStringLiteral("m.json"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    };
    const auto unknown = readColumnMapping(write(R"({"colour": "色"})"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::InvalidArgument);
    CHECK(unknown.error().field == QStringLiteral("colour"));
    const auto broken = readColumnMapping(write("{\"name\": "));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == ErrorCode::InvalidArgument);
    const auto missing = readColumnMapping(dir.filePath(QStringLiteral("none.json")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::FileNotFound);
}
