#include "KillTestSupport.h"

#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <functional>

#include <sqlite3.h>

namespace careatlas::test {

namespace {

QStringList sqlTexts(sqlite3 *db, const char *sql)
{
    QStringList texts;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return {QStringLiteral("cannot run %1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(db)))};
    while (sqlite3_step(statement) == SQLITE_ROW)
        texts.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    return texts;
}

} // namespace

QString storeProblems(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return QStringLiteral("cannot open");
    }
    QStringList problems = sqlTexts(db, "PRAGMA integrity_check");
    problems.removeAll(QStringLiteral("ok"));
    const QStringList indexes = sqlTexts(db, "SELECT 'rtree_' || table_name || '_' || column_name FROM gpkg_extensions "
                                             "WHERE extension_name = 'gpkg_rtree_index'");
    for (const QString &index : indexes) {
        const QByteArray sql = "SELECT rtreecheck('" + index.toUtf8() + "')";
        for (const QString &result : sqlTexts(db, sql.constData()))
            if (result != QLatin1String("ok"))
                problems.append(index + QStringLiteral(": ") + result);
    }
    sqlite3_close(db);
    return problems.join(QLatin1Char('\n'));
}

qint64 sqlNumber(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
    const qint64 number = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return number;
}

void killAtRandomMoments(const KillCase &killCase, int kills)
{
    const QString program = binaryDir() + QStringLiteral("/app/careatlas-cli");
    const auto runWhole = [&] {
        const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"), killCase.arguments);
        INFO(result.standardError.toStdString());
        REQUIRE(result.exitCode == 0);
        killCase.check(true);
    };
    killCase.prepare();
    QElapsedTimer timer;
    timer.start();
    runWhole();
    const qint64 duration = std::max<qint64>(timer.elapsed(), 50);

    QRandomGenerator random(20261202);
    for (int i = 0; i < kills; ++i) {
        // Spread over the run: one kill in each of `kills` equal stretches of it.
        const qint64 afterMs = (duration * i + qint64(random.bounded(quint32(duration)))) / kills;
        INFO(killCase.arguments.join(QLatin1Char(' ')).toStdString() << " killed after " << afterMs << " of " << duration << " ms");
        killCase.prepare();
        QProcess process;
        process.start(program, killCase.arguments);
        REQUIRE(process.waitForStarted());
        QThread::msleep(afterMs);
        const bool completed = process.state() != QProcess::Running;
        process.kill();   // SIGKILL: no cleanup code runs
        process.waitForFinished();
        killCase.check(completed);
        if (killCase.beforeRerun)
            killCase.beforeRerun();
        runWhole();
    }
}

namespace {

// Office i of the generated lists: every tenth without a location, the others alternately west
// of 136.65 (area C1) and east (C2); counted into `counts`.
struct KanazawaOffice {
    QString latitude, longitude;   // empty: no location
};

KanazawaOffice kanazawaOffice(int i, KanazawaCsv &counts)
{
    if (i % 10 == 9) {
        ++counts.unplaced;
        return {};
    }
    const bool west = i % 2 == 0;
    (west ? counts.west : counts.east) += 1;
    return {QString::number(36.51 + (i % 97) * 0.0008, 'f', 6), QString::number((west ? 136.605 : 136.655) + (i % 89) * 0.0004, 'f', 6)};
}

// Writes the text `line(i)` of each of `rows` rows after `head`, a megabyte at a time.
void writeRows(const QString &path, const QByteArray &head, int rows, const std::function<QByteArray(int)> &line, const QByteArray &tail = {})
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(head);
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        chunk += line(i);
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk + tail);
}

} // namespace

KanazawaCsv writeKanazawaCsv(const QString &path, int rows)
{
    KanazawaCsv csv{path};
    writeRows(path, QString::fromUtf8("全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,事業所番号,実施サービス,所在地_連結表記,緯度,経度,電話番号,定員,備考\r\n").toUtf8(),
              rows, [&](int i) {
                  const KanazawaOffice office = kanazawaOffice(i, csv);
                  return QString::fromUtf8("172014,%1,金沢市,訪問介護センター%1,ホウモンカイゴ,%2,訪問介護,石川県金沢市広坂%3丁目%4,%5,%6,076-220-%7,20,送迎あり\r\n")
                      .arg(i).arg(1700000000LL + i).arg(i % 5 + 1).arg(i % 40 + 1).arg(office.latitude, office.longitude).arg(i % 10000, 4, 10, QLatin1Char('0'))
                      .toUtf8();
              });
    return csv;
}

KanazawaCsv writeKanazawaGeoJson(const QString &path, int rows)
{
    KanazawaCsv json{path};
    writeRows(path, QByteArrayLiteral("{\"type\":\"FeatureCollection\",\"features\":[\n"), rows,
              [&](int i) {
                  const KanazawaOffice office = kanazawaOffice(i, json);
                  const QString geometry = office.latitude.isEmpty()
                                               ? QStringLiteral("null")
                                               : QStringLiteral("{\"type\":\"Point\",\"coordinates\":[%1,%2]}").arg(office.longitude, office.latitude);
                  return QString::fromUtf8("%1{\"type\":\"Feature\",\"properties\":{\"ID\":\"%2\",\"name\":\"訪問介護センター%2\",\"service\":\"訪問介護\","
                                           "\"address\":\"石川県金沢市広坂%3丁目%4\",\"tel\":\"076-220-%5\"},\"geometry\":%6}\n")
                      .arg(i == 0 ? QString() : QStringLiteral(","))
                      .arg(i).arg(i % 5 + 1).arg(i % 40 + 1).arg(i % 10000, 4, 10, QLatin1Char('0')).arg(geometry)
                      .toUtf8();
              },
              QByteArrayLiteral("]}\n"));
    return json;
}

} // namespace careatlas::test
