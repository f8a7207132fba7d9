// An edit in the window made on a row that a CLI import has changed since the window read it.
#include "CliRunner.h"

#include "core/ResourceChange.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace careatlas;
using careatlas::test::runBuiltProgram;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QString &phone)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QString::fromUtf8("全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,事業所番号,実施サービス,所在地_連結表記,電話番号,緯度,経度\r\n"
                                 "222216,1,湖西市,あらい訪問介護センター,アライ,2278400219,訪問介護,静岡県湖西市新居町浜名575,%1,34.68713,137.56065\r\n")
                   .arg(phone).toUtf8());
    return path;
}

} // namespace

TEST_CASE("An edit racing a CLI import keeps the import's change and the user's", "[app][cli][versions]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.gpkg"));
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import"), store, writeCsv(dir, QStringLiteral("a.csv"), QStringLiteral("053-594-0001"))}).exitCode == 0);

    auto window = Store::open(store);
    REQUIRE(window.ok());
    const auto rows = (*window)->resources();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    const Resource read = rows->first();   // what the edit dialog shows

    // Meanwhile the CLI imports a newer file that changes the phone number.
    const auto imported = runBuiltProgram(Cli, {QStringLiteral("import"), store, writeCsv(dir, QStringLiteral("b.csv"), QStringLiteral("053-594-0002"))});
    INFO(imported.standardError.toStdString());
    REQUIRE(imported.exitCode == 0);

    SECTION("a note typed by the user merges with the imported phone")
    {
        Resource edited = read;
        edited.notes = QString::fromUtf8("土曜は午前のみ");
        const auto saved = (*window)->saveResourceChanges(read, edited);
        REQUIRE(saved.ok());
        CHECK(saved->merged);
        CHECK(saved->resource.phone == QStringLiteral("053-594-0002"));
        CHECK(saved->resource.notes == QString::fromUtf8("土曜は午前のみ"));
    }
    SECTION("a phone typed by the user clashes with the imported one and is not written")
    {
        Resource edited = read;
        edited.phone = QStringLiteral("053-594-9999");
        const auto refused = (*window)->saveResourceChanges(read, edited);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::EditConflict);
        REQUIRE(refused.error().conflict);
        CHECK(refused.error().conflict->theirs.phone == QStringLiteral("053-594-0002"));
        CHECK((*window)->resource(read.id)->phone == QStringLiteral("053-594-0002"));
    }
}
