// careatlas-cli shortlist: the care manager's flow scripted — create, add, status, note, move,
// remove, list, export (PDF, CSV, text) — with clear errors and nothing of the client stored.
#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QGeoCoordinate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using careatlas::test::runBuiltProgram;

namespace {

QString u(const char *text) { return QString::fromUtf8(text); }

struct CliStore {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("store.gpkg"));
    CliStore() { REQUIRE(QFile::copy(careatlas::test::binaryDir() + QStringLiteral("/data/demo.gpkg"), path)); }

    careatlas::test::ProcessResult run(const QStringList &arguments) const
    {
        return runBuiltProgram(QStringLiteral("app/careatlas-cli"), QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("shortlist"), path} + arguments);
    }
    QJsonObject json(const QStringList &arguments) const
    {
        const auto result = run(arguments + QStringList{QStringLiteral("--json")});
        INFO(result.standardError.toStdString());
        REQUIRE(result.exitCode == 0);
        return QJsonDocument::fromJson(result.standardOutput.toUtf8()).object();
    }
};

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-raw"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Three home-visit nursing stations near the demo city's centre, by the query command.
QJsonArray nearbyStations(const QString &store)
{
    const auto result = runBuiltProgram(QStringLiteral("app/careatlas-cli"),
                                        {QStringLiteral("query"), store, QStringLiteral("--category"), QStringLiteral("home_visit_nursing"),
                                         QStringLiteral("--near"), QStringLiteral("36.5613,136.6562"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(result.exitCode == 0);
    const QJsonArray rows = QJsonDocument::fromJson(result.standardOutput.toUtf8()).object().value(QStringLiteral("resources")).toArray();
    REQUIRE(rows.size() >= 3);
    return QJsonArray{rows[0], rows[1], rows[2]};
}

} // namespace

TEST_CASE("shortlist cli: create, add, status, note, move, remove and list", "[app][cli][shortlist]")
{
    CliStore s;
    const QJsonArray stations = nearbyStations(s.path);
    QStringList ids;
    for (const QJsonValue &v : stations)
        ids << QString::number(v.toObject().value(QStringLiteral("id")).toInteger());

    const QJsonObject created = s.json({QStringLiteral("create"), u("ケースA 訪問看護"), QStringLiteral("--area"), u("本町二丁目"),
                                        QStringLiteral("--near"), QStringLiteral("36.56134,136.65621")});
    const QString list = QString::number(created.value(QStringLiteral("id")).toInteger());
    CHECK(created.value(QStringLiteral("centre")).toObject().value(QStringLiteral("latitude")).toDouble() == Approx(36.561));
    CHECK(created.value(QStringLiteral("centre")).toObject().value(QStringLiteral("longitude")).toDouble() == Approx(136.656));

    const QJsonObject added = s.json(QStringList{QStringLiteral("add"), u("ケースA 訪問看護")} + ids);
    CHECK(added.value(QStringLiteral("added")).toArray().size() == 3);
    s.json({QStringLiteral("status"), list, ids[1], u("受入可"), QStringLiteral("--note"), u("空き2名、月水金")});
    s.json({QStringLiteral("status"), list, ids[0], QStringLiteral("inquiring")});
    s.json({QStringLiteral("note"), list, ids[2], u("折り返し待ち")});
    s.json({QStringLiteral("move"), list, ids[2], QStringLiteral("1")});

    const QJsonObject shown = s.json({QStringLiteral("list"), list});
    const QJsonArray entries = shown.value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 3);
    CHECK(QString::number(entries[0].toObject().value(QStringLiteral("resource_id")).toInteger()) == ids[2]);
    CHECK(QString::number(entries[1].toObject().value(QStringLiteral("resource_id")).toInteger()) == ids[0]);
    CHECK(entries[1].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("inquiring"));
    CHECK(entries[2].toObject().value(QStringLiteral("status")).toString() == QStringLiteral("accepting"));
    CHECK(entries[2].toObject().value(QStringLiteral("status_label")).toString() == u("受入可"));
    CHECK(entries[2].toObject().value(QStringLiteral("note")).toString() == u("空き2名、月水金"));
    CHECK(entries[0].toObject().value(QStringLiteral("note")).toString() == u("折り返し待ち"));
    CHECK(entries[2].toObject().value(QStringLiteral("changed_on")).toString() == QDate::currentDate().toString(Qt::ISODate));
    // Distances from the stored (rounded) centre, computed independently.
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        for (const QJsonValue &st : stations) {
            if (st.toObject().value(QStringLiteral("id")).toInteger() != e.value(QStringLiteral("resource_id")).toInteger())
                continue;
            const double expected = QGeoCoordinate(36.561, 136.656).distanceTo(
                QGeoCoordinate(st.toObject().value(QStringLiteral("latitude")).toDouble(), st.toObject().value(QStringLiteral("longitude")).toDouble()));
            CHECK(e.value(QStringLiteral("distance_m")).toDouble() == Approx(expected).margin(1.0));
            CHECK(e.value(QStringLiteral("name")).toString() == st.toObject().value(QStringLiteral("name")).toString());
        }
    }

    s.json({QStringLiteral("remove"), list, ids[0]});
    const QJsonObject lists = s.json({QStringLiteral("list")});
    REQUIRE(lists.value(QStringLiteral("shortlists")).toArray().size() == 1);
    CHECK(lists.value(QStringLiteral("shortlists")).toArray()[0].toObject().value(QStringLiteral("entries")).toInt() == 2);

    SECTION("errors are clear and change nothing")
    {
        // An unknown resource among several: none is added.
        auto bad = s.run({QStringLiteral("add"), list, ids[0], QStringLiteral("99999999"), QStringLiteral("--json")});
        CHECK(bad.exitCode == 1);
        CHECK(QJsonDocument::fromJson(bad.standardOutput.toUtf8()).object().value(QStringLiteral("error")).toObject()
                  .value(QStringLiteral("code")).toString() == QStringLiteral("not_found"));
        CHECK(s.json({QStringLiteral("list"), list}).value(QStringLiteral("entries")).toArray().size() == 2);
        // Twice the same resource.
        bad = s.run({QStringLiteral("add"), list, ids[1]});
        CHECK(bad.exitCode == 1);
        CHECK(bad.standardError.contains(u("すでに")));
        bad = s.run({QStringLiteral("status"), list, ids[1], QStringLiteral("maybe")});
        CHECK(bad.exitCode == 2);
        CHECK(bad.standardError.contains(QStringLiteral("maybe")));
        bad = s.run({QStringLiteral("list"), u("ないリスト")});
        CHECK(bad.exitCode == 1);
        bad = s.run({QStringLiteral("create"), QStringLiteral("  ")});
        CHECK(bad.exitCode == 1);
        bad = s.run({QStringLiteral("frobnicate")});
        CHECK(bad.exitCode == 2);
    }
}

TEST_CASE("shortlist cli: the PDF, CSV and text carry the list; the store never holds the client label", "[app][cli][shortlist][privacy]")
{
    CliStore s;
    const QJsonArray stations = nearbyStations(s.path);
    const QString list = QString::number(s.json({QStringLiteral("create"), u("4月 訪問看護"), QStringLiteral("--area"), u("本町二丁目"),
                                                 QStringLiteral("--near"), QStringLiteral("36.5613,136.6562")})
                                             .value(QStringLiteral("id")).toInteger());
    for (const QJsonValue &v : stations)
        s.json({QStringLiteral("add"), list, QString::number(v.toObject().value(QStringLiteral("id")).toInteger())});
    const QString firstId = QString::number(stations[0].toObject().value(QStringLiteral("id")).toInteger());
    s.json({QStringLiteral("status"), list, firstId, u("受入可"), QStringLiteral("--note"), u("空き2名、月水金")});

    const QString client = u("山田花子様");
    const QString pdf = s.dir.filePath(QStringLiteral("sheet.pdf"));
    const QJsonObject written = s.json({QStringLiteral("export"), list, QStringLiteral("--out"), pdf, QStringLiteral("--client"), client,
                                        QStringLiteral("--prepared-by"), u("居宅介護支援事業所さくら 佐藤")});
    CHECK(written.value(QStringLiteral("pages")).toInt() == 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u("紹介候補リスト")));
    CHECK(text.contains(client));
    CHECK(text.contains(u("佐藤")));
    CHECK(text.contains(u("確認欄")));
    CHECK(text.contains(u("受入可")));
    CHECK(QString(text).remove(QLatin1Char('\n')).contains(u("空き2名、月水金")));
    CHECK(text.contains(u("出典")));
    // A long name wraps inside its cell: its lines follow each other in the text.
    const QString joined = QString(text).remove(QLatin1Char('\n'));
    for (const QJsonValue &v : stations)
        CHECK(joined.contains(v.toObject().value(QStringLiteral("name")).toString()));

    const QString csv = s.dir.filePath(QStringLiteral("sheet.csv"));
    s.json({QStringLiteral("export"), list, QStringLiteral("--out"), csv});
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csvFile.readAll();
    CHECK(csvBytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csvBytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[1].startsWith(QStringLiteral("1,") + stations[0].toObject().value(QStringLiteral("name")).toString()));
    CHECK(lines[1].contains(u("受入可")));

    const auto plain = s.run({QStringLiteral("list"), list});
    REQUIRE(plain.exitCode == 0);
    const QStringList rows = plain.standardOutput.trimmed().split(QLatin1Char('\n'));
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].split(QLatin1Char('\t')).value(1) == stations[0].toObject().value(QStringLiteral("name")).toString());

    // Nothing of the client reaches the store: not the label typed at print time.
    for (const QString &file : QStringList{s.path, s.path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        CHECK_FALSE(bytes.contains(client.toUtf8()));
        CHECK_FALSE(bytes.contains(u("花子").toUtf8()));
    }
}
