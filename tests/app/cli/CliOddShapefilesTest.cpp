#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

using namespace careatlas::test;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString siblingOf(const QString &path, const char *suffix)
{
    const QFileInfo info(path);
    const QString candidate = info.dir().filePath(info.completeBaseName() + QLatin1String(suffix));
    return QFileInfo::exists(candidate) ? candidate : QString();
}

struct Expected {
    QString code;             // "" = loads
    qint64 records = -1;      // when it loads: the number of records of the .shp
};

// What a file must give, read from its bytes as the Shapefile and zip formats define them,
// without GDAL: the .shp header's shape type (offset 32) and bounding box (36–68), the
// records walked by their headers (8 bytes: number and content length in 16-bit words,
// big-endian), the names a zip stores for its members.
Expected expectedFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("zip")) {
        const QByteArray zip = bytesOf(path);
        if (!zip.startsWith("PK"))
            return {QStringLiteral("not_a_zip_archive")};
        if (!zip.contains(".shp"))
            return {QStringLiteral("no_vector_file_in_archive")};
        return {QString()};
    }
    if (suffix != QLatin1String("shp") && suffix != QLatin1String("shx") && suffix != QLatin1String("dbf"))
        return {QStringLiteral("not_a_vector_source")};
    // A .dbf or .shx stands for its Shapefile; a lone .dbf is a table.
    const QString shp = suffix == QLatin1String("shp") ? path : siblingOf(path, ".shp");
    if (shp.isEmpty())
        return {suffix == QLatin1String("dbf") ? QStringLiteral("no_geometry") : QStringLiteral("not_a_vector_source")};
    const QByteArray bytes = bytesOf(shp);
    REQUIRE(bytes.size() >= 100);
    const qint32 type = qFromLittleEndian<qint32>(bytes.constData() + 32);
    double box[4];
    for (int i = 0; i < 4; ++i)
        box[i] = qFromLittleEndian<double>(bytes.constData() + 36 + 8 * i);
    qint64 records = 0;
    for (qint64 at = 100; at + 8 <= bytes.size(); ++records)
        at += 8 + 2 * qint64(qFromBigEndian<qint32>(bytes.constData() + at + 4));
    switch (type) {
    case 31:
        return {QStringLiteral("unsupported_geometry")};
    case 5:
    case 15:
    case 25: {
        const bool inJapan = box[0] >= 122 && box[2] <= 154 && box[1] >= 20 && box[3] <= 46;
        if (siblingOf(shp, ".prj").isEmpty() && !inJapan)
            return {QStringLiteral("crs_unknown")};
        return {QString(), records};
    }
    default:   // points, lines, multipoints, with or without Z/M
        return {QStringLiteral("no_polygons")};
    }
}

} // namespace

TEST_CASE("Every odd shapefile loads or gets a specific, translated message, exit code 1, never a crash or a hang",
          "[app][cli][areas][errors][shared-data]")
{
    const QString folder = sharedDataFile(QStringLiteral("odd-shp"));
    if (folder.isEmpty())
        return;
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    REQUIRE(files.size() > 40);
    for (const QString &name : files) {
        const QString path = QDir(folder).filePath(name);
        const Expected expected = expectedFor(path);
        INFO(name.toStdString() << " expected " << (expected.code.isEmpty() ? std::string("a load") : expected.code.toStdString()));
        const auto result = runBuiltProgram(Cli, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("areas"), path, QStringLiteral("--json")}, 60000);
        INFO(result.standardError.toStdString());
        REQUIRE((result.exitCode == 0 || result.exitCode == 1));   // not a crash (-1 / signal) or a hang (killed)
        const QJsonObject json = QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
        if (expected.code.isEmpty()) {
            CHECK(result.exitCode == 0);
            CHECK(json.value(QStringLiteral("area_count")).toInt() > 0);
            if (expected.records >= 0)
                CHECK(json.value(QStringLiteral("feature_count")).toInteger() == expected.records);
        } else {
            CHECK(result.exitCode == 1);
            const QJsonObject error = json.value(QStringLiteral("error")).toObject();
            CHECK(error.value(QStringLiteral("code")).toString() == expected.code);
            CHECK(error.value(QStringLiteral("file")).toString() == path);
            // In Japanese: the sentence holds kana or kanji.
            const QString message = error.value(QStringLiteral("message")).toString();
            CHECK(std::any_of(message.begin(), message.end(), [](QChar c) { return c.unicode() >= 0x3040 && c.unicode() <= 0x9FFF; }));
        }
    }
    // Nothing was written beside the files (a rebuilt .shx stays in memory).
    CHECK(QDir(folder).entryList(QDir::Files).size() == files.size());
}
