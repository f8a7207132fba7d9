#include "geo/areas/AreaLoader.h"
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
        CHECK(detectEncoding(samples) == QLatin1String(encoding));
        for (int i = 0; i < names.size(); ++i)
            CHECK(decodeText(samples[i], QLatin1String(encoding)) == names[i]);
    }
    CHECK(detectEncoding({QByteArray("CODE"), QByteArray("A-1")}) == QStringLiteral("ASCII"));
    CHECK(detectEncoding({QByteArray("\x81", 1)}).isEmpty());   // a lone lead byte, and a C1 control in single-byte pages
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

namespace {

// Place names as they come in each code page's home region.
const QStringList JapaneseNames = {QString::fromUtf8("新庄４丁目"), QString::fromUtf8("本町一丁目"), QString::fromUtf8("押野二丁目"),
                                   QString::fromUtf8("扇が丘"), QString::fromUtf8("金沢市立泉小学校"), QString::fromUtf8("野々市中央"),
                                   QString::fromUtf8("太平寺"), QString::fromUtf8("住吉町")};
const QStringList KanjiOnlyNames = {QString::fromUtf8("新庄"), QString::fromUtf8("本町"), QString::fromUtf8("押野"), QString::fromUtf8("中央"),
                                    QString::fromUtf8("稲荷"), QString::fromUtf8("太平寺"), QString::fromUtf8("蓮花寺"), QString::fromUtf8("住吉町")};
const QStringList SimplifiedChineseNames = {QString::fromUtf8("北京市朝阳区"), QString::fromUtf8("海淀区中关村大街"), QString::fromUtf8("上海市浦东新区"),
                                            QString::fromUtf8("广州市天河区"), QString::fromUtf8("深圳市南山区"), QString::fromUtf8("杭州市西湖区")};
const QStringList TraditionalChineseNames = {QString::fromUtf8("臺北市信義區"), QString::fromUtf8("新北市板橋區"), QString::fromUtf8("高雄市前鎮區"),
                                             QString::fromUtf8("臺中市西屯區"), QString::fromUtf8("桃園市中壢區"), QString::fromUtf8("臺南市東區")};
const QStringList WesternNames = {QString::fromUtf8("México"), QString::fromUtf8("Bogotá"), QString::fromUtf8("São Paulo"), QString::fromUtf8("Zürich"),
                                  QString::fromUtf8("Köln"), QString::fromUtf8("Málaga"), QString::fromUtf8("Besançon"), QString::fromUtf8("Genève"),
                                  QString::fromUtf8("Córdoba")};
const QStringList CentralEuropeanNames = {QString::fromUtf8("Plzeň"), QString::fromUtf8("Łódź"), QString::fromUtf8("Kraków"), QString::fromUtf8("Gdańsk"),
                                          QString::fromUtf8("České Budějovice"), QString::fromUtf8("Ústí nad Labem"), QString::fromUtf8("Győr"),
                                          QString::fromUtf8("Székesfehérvár"), QString::fromUtf8("Žďár nad Sázavou")};

QList<QByteArray> encoded(const QStringList &names, const char *encoding)
{
    QStringEncoder encoder(encoding);
    REQUIRE(encoder.isValid());
    QList<QByteArray> samples;
    for (const QString &name : names)
        samples.append(encoder.encode(name));
    REQUIRE_FALSE(encoder.hasError());
    return samples;
}

// A shapefile of the names (field NAME) written in `encoding` by OGR, with `cpg` as its .cpg
// ("" = none) and `ldid` as its DBF language id.
QString writeNames(const QTemporaryDir &dir, const QString &baseName, const QStringList &names, const char *encoding,
                   const QByteArray &cpg, unsigned char ldid)
{
    const QString path = dir.filePath(baseName + QStringLiteral(".shp"));
    FixtureLayer layer;
    layer.fields = {QStringLiteral("NAME")};
    for (int i = 0; i < names.size(); ++i)
        layer.features.append({{names[i]}, QStringLiteral("POLYGON ((136.6 36.5, 136.7 36.5, 136.7 36.6, 136.6 36.5))")});
    layer.layerOptions = {QStringLiteral("ENCODING=%1").arg(QLatin1String(encoding))};
    REQUIRE(writeFixture(path, layer));
    removeSidecar(path, QStringLiteral(".cpg"));
    if (!cpg.isEmpty()) {
        QFile file(dir.filePath(baseName + QStringLiteral(".cpg")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(cpg);
    }
    setDbfLanguageId(path, ldid);
    return path;
}

QStringList valuesOf(const QString &path)
{
    const auto loaded = loadAreas(path, {});
    REQUIRE(loaded.ok());
    QStringList values;
    for (const LoadedArea &area : loaded->areas)
        values << area.name;
    return values;
}

} // namespace

TEST_CASE("CP932, EUC-JP, UTF-8, CP1252, CP1250, GBK and Big5 are told apart on realistic place names", "[geo][areas][encoding]")
{
    struct Case {
        const QStringList *names;
        const char *encoding;
        const char *expected;
    };
    const QList<Case> cases = {
        {&JapaneseNames, "CP932", "CP932"},
        {&JapaneseNames, "EUC-JP", "EUC-JP"},
        {&JapaneseNames, "UTF-8", "UTF-8"},
        {&KanjiOnlyNames, "CP932", "CP932"},
        {&KanjiOnlyNames, "EUC-JP", "EUC-JP"},
        {&SimplifiedChineseNames, "GBK", "GBK"},
        {&TraditionalChineseNames, "Big5", "Big5"},
        {&SimplifiedChineseNames, "UTF-8", "UTF-8"},
        {&WesternNames, "ISO-8859-1", "CP1252"},
        {&WesternNames, "windows-1252", "CP1252"},
        {&CentralEuropeanNames, "windows-1250", "CP1250"},
    };
    for (const Case &c : cases) {
        INFO(c.names->constFirst().toStdString() << " in " << c.encoding);
        const QList<QByteArray> samples = encoded(*c.names, c.encoding);
        const QString detected = detectEncoding(samples);
        CHECK(detected == QLatin1String(c.expected));
        for (int i = 0; i < samples.size(); ++i)
            CHECK(decodeText(samples[i], detected) == (*c.names)[i]);
    }
    CHECK(detectEncoding({QByteArray("CODE"), QByteArray("A-1")}) == QStringLiteral("ASCII"));
}

TEST_CASE("A declared code page is honoured when the bytes can be it; detection only without one", "[geo][areas][encoding]")
{
    QTemporaryDir dir;
    SECTION("a .cpg saying ANSI 1250")
    {
        const QString path = writeNames(dir, QStringLiteral("cz"), CentralEuropeanNames, "CP1250", "ANSI 1250", 0);
        const LayerInfo layer = onlyLayer(inspectSource(path));
        CHECK(layer.encoding == QStringLiteral("CP1250"));
        CHECK(layer.encodingSource == QStringLiteral("cpg"));
        CHECK(layer.encodingReason.contains(QStringLiteral("ANSI 1250")));
        CHECK(valuesOf(path) == CentralEuropeanNames);
    }
    SECTION("the DBF language id 87 (ISO-8859-1) with Latin-1 text is not overridden by a Japanese guess")
    {
        const QString path = writeNames(dir, QStringLiteral("latin"), WesternNames, "ISO-8859-1", QByteArray(), 87);
        const LayerInfo layer = onlyLayer(inspectSource(path));
        CHECK(layer.encoding == QStringLiteral("ISO-8859-1"));
        CHECK(layer.encodingSource == QStringLiteral("ldid"));
        CHECK(valuesOf(path) == WesternNames);   // México, not M騙ico
    }
    SECTION("nothing declared: detected, and the reason says nothing was declared")
    {
        const QString path = writeNames(dir, QStringLiteral("big5"), TraditionalChineseNames, "CP950", QByteArray(), 0);
        const LayerInfo layer = onlyLayer(inspectSource(path));
        CHECK(layer.encoding == QStringLiteral("Big5"));
        CHECK(layer.encodingSource == QStringLiteral("detected"));
        CHECK(layer.encodingReason.contains(QStringLiteral("no .cpg")));
        CHECK(valuesOf(path) == TraditionalChineseNames);
    }
    SECTION("a declaration the bytes cannot be is refused, and the reason says so")
    {
        const QString path = writeNames(dir, QStringLiteral("gbk"), SimplifiedChineseNames, "CP936", "65001", 0);
        const LayerInfo layer = onlyLayer(inspectSource(path));
        CHECK(layer.encoding == QStringLiteral("GBK"));
        CHECK(layer.encodingSource == QStringLiteral("detected"));
        CHECK(layer.encodingReason.contains(QStringLiteral("65001")));
        CHECK(layer.encodingReason.contains(QStringLiteral("cannot be UTF-8")));
        CHECK(valuesOf(path) == SimplifiedChineseNames);
    }
}

TEST_CASE("shapefile-rs's .cpg 936 file is read as GBK", "[geo][areas][encoding][shared-data]")
{
    const QString path = sharedDataFile(QStringLiteral("odd-shp/shprs__file_cp936.shp"));
    if (path.isEmpty())
        return;
    const LayerInfo layer = onlyLayer(inspectSource(path));
    CHECK(layer.encodingSource == QStringLiteral("cpg"));
    CHECK(layer.encoding == QStringLiteral("GBK"));
    CHECK(layer.garbledFields.isEmpty());
    // The DBF's only value, B2E2 CAD4 D6D0 CEC4 in GB 2312: 测试中文 ("test Chinese").
    CHECK(layer.fields.size() == 1);
}

TEST_CASE("pyshp's Latin-1 file without .cpg or language id is detected as CP1252", "[geo][areas][encoding][shared-data]")
{
    const QString path = sharedDataFile(QStringLiteral("odd-shp/pyshp__latin1.shp"));
    if (path.isEmpty())
        return;
    AreaLoadOptions options;
    // Its coordinates span about one unit: no CRS can be told; read them as kilometres so the
    // polygon is not a sliver.
    options.crs = QStringLiteral("+proj=tmerc +lat_0=36 +lon_0=137.1666666667 +k=0.9999 +x_0=0 +y_0=0 +ellps=GRS80 +units=km +no_defs");
    const auto loaded = loadAreas(path, options);
    REQUIRE(loaded.ok());
    CHECK(loaded->report.encoding == QStringLiteral("CP1252"));
    CHECK(loaded->report.encodingSource == QStringLiteral("detected"));
    REQUIRE(loaded->areas.size() == 1);
    CHECK(loaded->areas[0].name == QString::fromUtf8("Ñandú"));   // bytes D1 61 6E 64 FA
}
