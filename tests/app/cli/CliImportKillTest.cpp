#include "CliRunner.h"
#include "TestData.h"

#include "core/import/ImportHistory.h"
#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

using namespace careatlas;

namespace {

// A standard-format file of `rows` care offices.
QString writeLargeCsv(const QTemporaryDir &dir, int rows)
{
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QString::fromUtf8("全国地方公共団体コード,ID,名称,事業所番号,実施サービス,所在地_連結表記,緯度,経度\r\n").toUtf8());
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        chunk += QString::fromUtf8("222216,%1,事業所%1,%2,訪問介護,静岡県湖西市鷲津%1,34.7,137.5\r\n")
                     .arg(i).arg(2200000000LL + i).toUtf8();
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

QString integrityCheck(const QString &path)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr);
    QString result;
    if (sqlite3_step(statement) == SQLITE_ROW)
        result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
}

} // namespace

TEST_CASE("An import killed in the middle leaves an intact store holding none of it", "[app][cli][import][faults]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.gpkg"));
    REQUIRE(test::runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("init"), store}).exitCode == 0);
    const QString csv = writeLargeCsv(dir, 200000);
    // Killed while converting, and later while writing (the R*Tree trigger is dropped for the
    // load and a worker thread builds the tree then); about 2.5 s in all on the 2-core machine.
    const int afterMs = GENERATE(700, 1500);
    QProcess process;
    process.start(test::binaryDir() + QStringLiteral("/app/careatlas-cli"), {QStringLiteral("import"), store, csv});
    REQUIRE(process.waitForStarted());
    QThread::msleep(afterMs);
    const bool stillRunning = process.state() == QProcess::Running;
    process.kill();   // SIGKILL: no cleanup code runs
    process.waitForFinished();
    if (!stillRunning)
        WARN("the import finished before it could be killed; the check below is then trivial");
    CHECK(integrityCheck(store) == QStringLiteral("ok"));
    auto reopened = Store::open(store);
    REQUIRE(reopened.ok());
    // All or nothing: killed before its commit the store holds none of it; a process killed
    // after committing (while it printed its report) holds all of it.
    const qint64 count = *(*reopened)->resourceCount();
    if (stillRunning && count == 200000)
        WARN("the import had committed when it was killed");
    CHECK((count == 0 || count == 200000));
    CHECK(importHistory(**reopened)->isEmpty() == (count == 0));
    if (!stillRunning)
        CHECK(count == 200000);
    reopened->reset();

    // The spatial index trigger is there, and the next import indexes its rows.
    const QString small = dir.filePath(QStringLiteral("small.csv"));
    {
        QFile file(small);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QString::fromUtf8("名称,実施サービス,所在地,緯度,経度\n"
                                     "あ訪問介護,訪問介護,湖西市1,34.70,137.50\n"
                                     "い訪問介護,訪問介護,湖西市2,34.71,137.51\n").toUtf8());
    }
    REQUIRE(test::runBuiltProgram(QStringLiteral("app/careatlas-cli"), {QStringLiteral("import"), store, small}).exitCode == 0);
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(store.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT (SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'rtree_resources_geom_insert'),"
                       " (SELECT count(*) FROM rtree_resources_geom), (SELECT count(*) FROM resources)",
                       -1, &statement, nullptr);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    CHECK(sqlite3_column_int(statement, 0) == 1);
    CHECK(sqlite3_column_int(statement, 1) == sqlite3_column_int(statement, 2));
    sqlite3_finalize(statement);
    sqlite3_close(db);
}
