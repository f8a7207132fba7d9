#include "geo/areas/AreaSource.h"
#include "geo/areas/TextEncoding.h"

#include "areas/AreaFixtures.h"
#include "TestData.h"

#include "areas/CatchQt.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace careatlas;
using namespace careatlas::geo;
using namespace careatlas::test;

namespace {

// The Kanazawa school districts as a CP932 shapefile, with .cpg (as ogr2ogr writes it).
QString writeCp932Schools(const QTemporaryDir &dir, const QString &baseName)
{
    const QString path = dir.filePath(baseName + QStringLiteral(".shp"));
    FixtureLayer layer = kanazawaSchools();
    layer.fields[2] = QString::fromUtf8("名称");
    layer.layerOptions = {QStringLiteral("ENCODING=CP932")};
    REQUIRE(writeFixture(path, layer));
    return path;
}

void setDbfLanguageId(const QString &shpPath, unsigned char ldid)
{
    QString dbf = shpPath;
    dbf.replace(QStringLiteral(".shp"), QStringLiteral(".dbf"));
    QFile file(dbf);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(29));
    REQUIRE(file.write(reinterpret_cast<const char *>(&ldid), 1) == 1);
}

LayerInfo onlyLayer(const Result<SourceInfo> &info)   // a copy: the Result is often a temporary
{
    REQUIRE(info.ok());
    REQUIRE(info->layers.size() == 1);
    return info->layers.constFirst();
}

QStringList names(const QString &path, const QString &encoding = {})
{
    // The names as the loader would read them: checked through the field guesses.
    const auto info = inspectSource(path, encoding);
    REQUIRE(info.ok());
    QStringList fields;
    for (const FieldInfo &field : info->layers.constFirst().fields)
        fields << field.name;
    return fields;
}

} // namespace

TEST_CASE("A CP932 shapefile with a .cpg is decoded as the .cpg says", "[geo][areas][encoding]")
{
    QTemporaryDir dir;
    const QString path = writeCp932Schools(dir, QStringLiteral("with_cpg"));
    const LayerInfo layer = onlyLayer(inspectSource(path));
    CHECK(layer.encoding == QStringLiteral("CP932"));
    CHECK(layer.encodingSource == QStringLiteral("cpg"));
    CHECK(layer.nameField.field == QString::fromUtf8("名称"));
    CHECK(layer.garbledFields.isEmpty());
}

TEST_CASE("A CP932 shapefile without .cpg yields correct names, detected from the bytes", "[geo][areas][encoding]")
{
    QTemporaryDir dir;
    const QString path = writeCp932Schools(dir, QStringLiteral("no_cpg"));
    removeSidecar(path, QStringLiteral(".cpg"));
    const auto info = inspectSource(path);
    const LayerInfo layer = onlyLayer(info);
    CHECK(layer.encoding == QStringLiteral("CP932"));
    CHECK(layer.encodingSource == QStringLiteral("detected"));
    CHECK(layer.encodingReason.contains(QStringLiteral("CP932")));
    CHECK(layer.nameField.field == QString::fromUtf8("名称"));
    CHECK(layer.garbledFields.isEmpty());
}

TEST_CASE("The DBF language id is honoured when there is no .cpg", "[geo][areas][encoding]")
{
    QTemporaryDir dir;
    const QString path = writeCp932Schools(dir, QStringLiteral("ldid"));
    removeSidecar(path, QStringLiteral(".cpg"));
    SECTION("LDID 0x13 (CP932)")
    {
        setDbfLanguageId(path, 0x13);
        const LayerInfo layer = onlyLayer(inspectSource(path));
        CHECK(layer.encoding == QStringLiteral("CP932"));
        CHECK(layer.encodingSource == QStringLiteral("ldid"));
    }
    SECTION("LDID 87 (ISO-8859-1), which many programs write for any text, loses to Japanese bytes")
    {
        setDbfLanguageId(path, 87);
        const LayerInfo layer = onlyLayer(inspectSource(path));
        CHECK(layer.encoding == QStringLiteral("CP932"));
        CHECK(layer.encodingSource == QStringLiteral("detected"));
        CHECK(layer.encodingReason.contains(QStringLiteral("LDID")));
        CHECK(layer.nameField.field == QString::fromUtf8("名称"));
    }
}

TEST_CASE("A UTF-8 shapefile without .cpg is detected as UTF-8", "[geo][areas][encoding]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("utf8.shp"));
    REQUIRE(writeFixture(path, kanazawaCentres()));
    removeSidecar(path, QStringLiteral(".cpg"));
    const LayerInfo layer = onlyLayer(inspectSource(path));
    CHECK(layer.encoding == QStringLiteral("UTF-8"));
    CHECK(layer.encodingSource == QStringLiteral("detected"));
    CHECK(layer.nameField.field == QString::fromUtf8("名称"));
}

TEST_CASE("The user can override the encoding, an unknown one is an error", "[geo][areas][encoding]")
{
    QTemporaryDir dir;
    const QString path = writeCp932Schools(dir, QStringLiteral("override"));
    SECTION("override")
    {
        const LayerInfo layer = onlyLayer(inspectSource(path, QStringLiteral("EUC-JP")));
        CHECK(layer.encoding == QStringLiteral("EUC-JP"));
        CHECK(layer.encodingSource == QStringLiteral("user"));
        CHECK_FALSE(names(path, QStringLiteral("EUC-JP")).contains(QString::fromUtf8("名称")));
        CHECK(names(path, QStringLiteral("Shift_JIS")).contains(QString::fromUtf8("名称")));
    }
    SECTION("unknown")
    {
        const auto info = inspectSource(path, QStringLiteral("klingon-8"));
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().code == ErrorCode::EncodingUnknown);
        CHECK(info.error().file == path);
    }
}

TEST_CASE("Correct Japanese is not taken for mojibake, mojibake is recognised", "[geo][areas][encoding]")
{
    for (const char *fine : {"金沢市立長町小学校", "ｶﾅｻﾞﾜｼ", "第1地区（駅西）", "Kanazawa", "α地区", "×印", "ＡＢＣ地区"})
        CHECK_FALSE(looksGarbled(QString::fromUtf8(fine)));

    const QByteArray utf8 = QString::fromUtf8("金沢市立長町小学校").toUtf8();
    const QByteArray sjis = QStringEncoder("CP932").encode(QString::fromUtf8("金沢市立長町小学校"));
    CHECK(looksGarbled(decodeText(utf8, QStringLiteral("CP932"))));       // UTF-8 read as CP932
    CHECK(looksGarbled(decodeText(sjis, QStringLiteral("ISO-8859-1"))));  // CP932 read as Latin-1
    CHECK(looksGarbled(decodeText(sjis, QStringLiteral("CP1252"))));
    CHECK(looksGarbled(decodeText(sjis, QStringLiteral("UTF-8"))));       // replacement characters
}

TEST_CASE("The Kosai school districts load and their text is flagged as garbled", "[geo][areas][encoding][shared-data]")
{
    const QString path = sharedDataFile(QStringLiteral("kosai/school.geojson"));
    if (path.isEmpty())
        return;
    const LayerInfo layer = onlyLayer(inspectSource(path));
    CHECK(layer.featureCount == 6);
    CHECK(layer.encoding == QStringLiteral("UTF-8"));
    CHECK(layer.nameField.field == QStringLiteral("A27_007"));
    QStringList garbled;
    for (const GarbledField &field : layer.garbledFields)
        garbled << field.field;
    CHECK(garbled.contains(QStringLiteral("A27_006")));
    CHECK(garbled.contains(QStringLiteral("A27_007")));
    CHECK_FALSE(garbled.contains(QStringLiteral("A27_005")));
}

TEST_CASE("UTF-8, CP932 and EUC-JP bytes are told apart", "[geo][areas][encoding]")
{
    const QStringList names = {QString::fromUtf8("金沢市立長町小学校"), QString::fromUtf8("ながまち地区"),
                               QString::fromUtf8("駅西福祉健康センター"), QStringLiteral("A-1")};
    for (const char *encoding : {"UTF-8", "CP932", "EUC-JP"}) {
        QStringEncoder encoder(encoding);
        QList<QByteArray> samples;
        for (const QString &name : names)
            samples.append(encoder.encode(name));
        INFO(encoding);
        CHECK(detectJapaneseEncoding(samples) == QLatin1String(encoding));
        for (int i = 0; i < names.size(); ++i)
            CHECK(decodeText(samples[i], QLatin1String(encoding)) == names[i]);
    }
    CHECK(detectJapaneseEncoding({QByteArray("CODE"), QByteArray("A-1")}) == QStringLiteral("ASCII"));
    CHECK(detectJapaneseEncoding({QByteArray("\xff\xff\xff", 3)}).isEmpty());
}

TEST_CASE("A .cpg that contradicts the bytes loses to what the bytes are, and the report says so", "[geo][areas][encoding]")
{
    QTemporaryDir dir;
    const QString path = writeCp932Schools(dir, QStringLiteral("lying_cpg"));
    QString cpg = path;
    cpg.replace(QStringLiteral(".shp"), QStringLiteral(".cpg"));
    QFile file(cpg);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("UTF-8");
    file.close();
    const LayerInfo layer = onlyLayer(inspectSource(path));
    CHECK(layer.encoding == QStringLiteral("CP932"));
    CHECK(layer.encodingSource == QStringLiteral("detected"));
    INFO("reason: " << layer.encodingReason.toStdString() << " / declared source " << layer.encodingSource.toStdString());
    CHECK(layer.encodingReason.contains(QStringLiteral(".cpg")));
    CHECK(layer.nameField.field == QString::fromUtf8("名称"));
}
