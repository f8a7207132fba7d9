// Japanese error messages are Japanese through and through: the sentence, where it happened and
// the detail (issue 21). Names of files, numbers, formats and command-line options may stay.

#include "app/i18n/ErrorText.h"
#include "app/i18n/Translations.h"

#include "CliRunner.h"
#include "i18n/LatinWords.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace careatlas;
using careatlas::test::latinWordsLeft;

namespace {

struct JapaneseLanguage {
    JapaneseLanguage() { installTranslations(QStringLiteral("ja")); }
    ~JapaneseLanguage() { installTranslations(QStringLiteral("en")); }
};

} // namespace

TEST_CASE("The error formatter words known details in Japanese", "[app][i18n][errors]")
{
    JapaneseLanguage japanese;
    const QString csv = QStringLiteral("/home/staff/施設一覧.csv");
    const QList<Error> errors = {
        Error(ErrorCode::NotACsv, QStringLiteral("binary data (zero bytes)")).inFile(QStringLiteral("/home/staff/fake.png")),
        Error(ErrorCode::EncodingUnknown, QStringLiteral("neither UTF-8, UTF-16 nor CP932")).inFile(csv),
        Error(ErrorCode::FileUnreadable, QStringLiteral("larger than 512 MB")).inFile(csv),
        Error(ErrorCode::FileNotFound).inFile(csv),
        Error(ErrorCode::StoreNotAGeoPackage, QStringLiteral("file is not a database")).inFile(QStringLiteral("/home/staff/demo.gpkg")),
        Error(ErrorCode::StoreCorrupt, QStringLiteral("the file ends in the middle of a page: it was cut short")).inFile(QStringLiteral("/home/staff/demo.gpkg")),
        Error(ErrorCode::NoPolygons, QStringLiteral("3D Line String × 122, Point × 2")).inFile(QStringLiteral("/data/line.shp")),
        Error(ErrorCode::UnsupportedGeometry, QStringLiteral("TIN")).inFile(QStringLiteral("/data/tin.shp")).atLine(1),
        Error(ErrorCode::NotAVectorSource, QStringLiteral("`/data/x.shp' not recognized as a supported file format.")).inFile(QStringLiteral("/data/x.shp")),
        Error(ErrorCode::NoUsableColumns, QStringLiteral("no name column among: 住所,電話")).inFile(csv),
        Error(ErrorCode::InvalidArgument, QStringLiteral("code 17201 is given twice")).inFile(csv).atLine(12),
        Error(ErrorCode::LayerNotFound, QStringLiteral("小学校区")).inFile(QStringLiteral("/data/areas.gpkg")),
        Error(ErrorCode::FileWriteFailed, QStringLiteral("QPdfWriter")).inFile(QStringLiteral("/out/list.pdf")),
    };
    for (const Error &error : errors) {
        const QString message = errorMessage(error);
        INFO(message.toStdString());
        CHECK(latinWordsLeft(message, {error.file, QStringLiteral("/data/x.shp")}).isEmpty());
        if (!error.file.isEmpty())
            CHECK(message.contains(error.file));   // which file
        CHECK(message.contains(QStringLiteral("ください")));   // and what to do
    }
}

TEST_CASE("An error on a server store names the server, not a file", "[app][i18n][errors][server]")
{
    const QString server = QStringLiteral("postgresql://north:***@db.example/kanazawa");
    const Error error = Error(ErrorCode::NetworkFailed).inFile(server);
    const QString english = errorMessage(error);
    CHECK(english.contains(QStringLiteral("server ") + server));
    CHECK_FALSE(english.contains(QStringLiteral("file ")));
    CHECK(errorMessage(Error(ErrorCode::NetworkFailed).inFile(QStringLiteral("service=careatlas"))).contains(QStringLiteral("server service=careatlas")));
    CHECK(errorMessage(Error(ErrorCode::FileNotFound).inFile(QStringLiteral("/home/staff/demo.gpkg"))).contains(QStringLiteral("file /home/staff/demo.gpkg")));
    JapaneseLanguage japanese;
    const QString message = errorMessage(error);
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("サーバー ") + server));
    CHECK(latinWordsLeft(message, {server}).isEmpty());
}

TEST_CASE("A library's untranslated text stays apart from the Japanese sentence", "[app][i18n][errors]")
{
    JapaneseLanguage japanese;
    const QString message = errorMessage(Error(ErrorCode::StoreIo, QStringLiteral("some new SQLite complaint")).inFile(QStringLiteral("/x/demo.gpkg")));
    const QStringList lines = message.split(QLatin1Char('\n'));
    REQUIRE(lines.size() >= 2);
    CHECK(lines.last().startsWith(QStringLiteral("詳細")));
    CHECK(lines.last().contains(QStringLiteral("some new SQLite complaint")));
    for (int i = 0; i + 1 < lines.size(); ++i)
        CHECK(latinWordsLeft(lines[i], {QStringLiteral("/x/demo.gpkg")}).isEmpty());
}

TEST_CASE("careatlas-cli reports bad files in Japanese with no English left", "[app][i18n][errors][cli]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    REQUIRE(QFile::copy(test::binaryDir() + QStringLiteral("/data/demo.gpkg"), store));
    QFile::setPermissions(store, QFile::ReadOwner | QFile::WriteOwner);
    const QString png = dir.filePath(QStringLiteral("fake.png"));
    {
        QFile file(png);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61"));
    }
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    const QString notStore = png;

    QList<std::pair<QStringList, QStringList>> runs = {
        {{QStringLiteral("import"), store, png}, {store, png}},
        {{QStringLiteral("import"), store, missing}, {store, missing}},
        {{QStringLiteral("areas"), dir.filePath(QStringLiteral("missing.shp"))}, {dir.filePath(QStringLiteral("missing.shp"))}},
        {{QStringLiteral("query"), notStore}, {notStore}},
    };
    // Broken and unusable shapefiles of other readers' test suites.
    for (const char *name : {"odd-shp/pyshp__corrupt_too_long.shp", "odd-shp/fiona__test_tin.shp", "odd-shp/shprs__line.shp",
                             "odd-shp/pyshp__empty_zipfile.zip", "odd-shp/shprs__polygon.shp"}) {
        const QString path = test::sharedDataFile(QString::fromLatin1(name));
        if (path.isEmpty())
            return;
        runs.push_back({{QStringLiteral("areas"), path}, {path}});
    }
    for (const auto &[arguments, paths] : runs) {
        const auto result = test::runBuiltProgram(QStringLiteral("app/careatlas-cli"), QStringList{QStringLiteral("--lang"), QStringLiteral("ja")} + arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << result.standardError.toStdString());
        CHECK(result.exitCode != 0);
        CHECK(!result.standardError.trimmed().isEmpty());
        CHECK(latinWordsLeft(result.standardError, paths).isEmpty());
    }
}
