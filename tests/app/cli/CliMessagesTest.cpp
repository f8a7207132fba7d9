// The messages of issue 15 (finding 8), as careatlas-cli prints them: what happened, to which
// file, and what to do, in the user's language, with no English detail under Japanese and no
// library text said twice.
#include "CliRunner.h"
#include "KillTestSupport.h"
#include "TestData.h"
#include "areas/AreaFixtures.h"
#include "i18n/LatinWords.h"

#include "core/store/Store.h"
#include "core/store/StoreSchema.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sqlite3.h>
#include <sys/resource.h>

using namespace careatlas;
using namespace careatlas::test;

namespace {

const QString Cli = QStringLiteral("app/careatlas-cli");

QString u(const char *text) { return QString::fromUtf8(text); }

QString writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QByteArray smallCsv(int rows)
{
    QByteArray text = u("名称,実施サービス,所在地,緯度,経度\n").toUtf8();
    for (int i = 0; i < rows; ++i)
        text += u("訪問介護ステーション%1,訪問介護,金沢市広坂%1,36.56,136.65\n").arg(i).toUtf8();
    return text;
}

// A text in which some part is said twice in a row ("database is locked: database is locked").
bool saysSomethingTwice(const QString &message)
{
    for (const QString &line : message.split(QLatin1Char('\n'))) {
        const QStringList parts = line.split(QRegularExpression(QStringLiteral("[:：]\\s*")), Qt::SkipEmptyParts);
        for (int i = 0; i + 1 < parts.size(); ++i)
            if (parts[i].trimmed().size() > 3 && parts[i].trimmed() == parts[i + 1].trimmed())
                return true;
    }
    return false;
}

QString newStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("store.gpkg"))
{
    const QString store = dir.filePath(name);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("init"), store}).exitCode == 0);
    return store;
}

} // namespace

TEST_CASE("A busy store: the CLI waits the one busy timeout, then says who holds it and what to do, in the user's language", "[app][cli][busy][messages]")
{
    QTemporaryDir dir;
    const QString store = newStore(dir);
    const QString csv = writeText(dir.filePath(QStringLiteral("list.csv")), smallCsv(20));
    // Another program holds the write lock for the whole run.
    sqlite3 *holder = nullptr;
    REQUIRE(sqlite3_open(store.toUtf8().constData(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK);

    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        QElapsedTimer timer;
        timer.start();
        const auto result = runBuiltProgram(Cli, {QStringLiteral("--lang"), language, QStringLiteral("import"), store, csv});
        const qint64 waited = timer.elapsed();
        INFO(result.standardError.toStdString());
        CHECK(result.exitCode == 1);
        // One documented timeout (Store::BusyTimeoutMs), not SQLite's 20 s of retries.
        CHECK(waited >= Store::BusyTimeoutMs - 500);
        CHECK(waited < Store::BusyTimeoutMs + 8000);
        CHECK(result.standardError.contains(store));   // which file
        CHECK_FALSE(result.standardError.contains(csv));
        CHECK_FALSE(result.standardError.contains(QStringLiteral("database is locked")));
        CHECK_FALSE(saysSomethingTwice(result.standardError));
        if (language == QLatin1String("ja")) {
            CHECK(result.standardError.contains(u("別のプログラム（別の CareAtlas ウィンドウや取り込み）が書き込んでいます")));
            CHECK(result.standardError.contains(u("もう一度お試しください")));
            CHECK(latinWordsLeft(result.standardError, {store}).isEmpty());
        } else {
            CHECK(result.standardError.contains(QStringLiteral("another program (another CareAtlas window or an import) is writing to it")));
            CHECK(result.standardError.contains(QStringLiteral("try again when it has finished")));
        }
    }
    sqlite3_exec(holder, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(holder);
    CHECK(sqlNumber(store, "SELECT count(*) FROM resources") == 0);
}

TEST_CASE("A file size limit during an import is reported as a full disk naming the store, not the input", "[app][cli][disk][messages]")
{
    QTemporaryDir dir;
    const QString store = newStore(dir);
    const QString csv = writeText(dir.filePath(QStringLiteral("list.csv")), smallCsv(20000));
    const qint64 storeSize = QFileInfo(store).size();
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        // RLIMIT_FSIZE (ulimit -f): the first write past it raises SIGXFSZ, which would kill the
        // process without a word; the CLI ignores it and gets EFBIG instead.
        QProcess process;
        process.setChildProcessModifier([limit = rlim_t(storeSize + 64 * 1024)] {
            const struct rlimit size{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &size);
        });
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(binaryDir() + QStringLiteral("/app/careatlas-cli"), {QStringLiteral("--lang"), language, QStringLiteral("import"), store, csv});
        REQUIRE(process.waitForFinished(120000));
        const QString standardError = QString::fromUtf8(process.readAllStandardError());
        INFO(standardError.toStdString());
        REQUIRE(process.exitStatus() == QProcess::NormalExit);   // not killed by SIGXFSZ
        CHECK(process.exitCode() == 1);
        CHECK(standardError.contains(store));
        CHECK_FALSE(standardError.contains(csv));
        CHECK_FALSE(saysSomethingTwice(standardError));
        if (language == QLatin1String("ja")) {
            CHECK(standardError.contains(u("ディスクがいっぱいです")));
            CHECK(latinWordsLeft(standardError, {store}).isEmpty());
        } else {
            CHECK(standardError.contains(QStringLiteral("The disk is full (or the file reached its size limit); nothing was changed.")));
        }
    }
    CHECK(storeProblems(store).isEmpty());
    CHECK(sqlNumber(store, "SELECT count(*) FROM resources") == 0);
}

TEST_CASE("A damaged store is refused with SQLite's words said once and in the user's language", "[app][cli][damage][messages]")
{
    QTemporaryDir dir;
    const QString store = newStore(dir);
    REQUIRE(runBuiltProgram(Cli, {QStringLiteral("import"), store, writeText(dir.filePath(QStringLiteral("list.csv")), smallCsv(3000))}).exitCode == 0);
    {
        // Overwrite the middle of the file (tables' pages) with garbage, keeping its size.
        QFile file(store);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 middle = file.size() / 2 / 4096 * 4096;
        REQUIRE(file.seek(middle));
        file.write(QByteArray(8192, '\x5a'));
    }
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        for (const QString &command : {QStringLiteral("query"), QStringLiteral("import")}) {
            QStringList arguments{QStringLiteral("--lang"), language, command, store};
            if (command == QLatin1String("import"))
                arguments << writeText(dir.filePath(QStringLiteral("more.csv")), smallCsv(5));
            const auto result = runBuiltProgram(Cli, arguments);
            INFO(arguments.join(QLatin1Char(' ')).toStdString() << "\n" << result.standardError.toStdString());
            CHECK(result.exitCode == 1);
            CHECK(result.standardError.contains(store));
            CHECK_FALSE(saysSomethingTwice(result.standardError));
            CHECK(result.standardError.count(QStringLiteral("malformed")) <= 1);
            if (language == QLatin1String("ja")) {
                CHECK(result.standardError.contains(u("データファイルが壊れています")));
                CHECK(latinWordsLeft(result.standardError, {store, arguments.last()}).isEmpty());
            }
        }
    }
}

TEST_CASE("Bytes that are not text in a CSV are reported with their line", "[app][cli][encoding][messages]")
{
    QTemporaryDir dir;
    const QString store = newStore(dir);
    // Valid UTF-8 up to line 6, where a byte no encoding can hold stands in a name.
    QByteArray bytes = smallCsv(10);
    const QList<QByteArray> lines = bytes.split('\n');
    bytes = lines.mid(0, 5).join('\n') + "\n" + lines[5] + "\xff\xfe" + "\n" + lines.mid(6).join('\n');
    const QString csv = writeText(dir.filePath(QStringLiteral("broken.csv")), bytes);
    for (const QStringList &encoding : {QStringList{}, QStringList{QStringLiteral("--encoding"), QStringLiteral("utf8")}}) {
        const auto en = runBuiltProgram(Cli, QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), store, csv} + encoding);
        INFO(en.standardError.toStdString());
        CHECK(en.exitCode == 1);
        CHECK(en.standardError.contains(csv));
        CHECK(en.standardError.contains(QStringLiteral("line 6")));
        const auto ja = runBuiltProgram(Cli, QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("import"), store, csv} + encoding);
        INFO(ja.standardError.toStdString());
        CHECK(ja.exitCode == 1);
        CHECK(ja.standardError.contains(u("6 行目")));
        CHECK(latinWordsLeft(ja.standardError, {csv}).isEmpty());
    }
    CHECK(sqlNumber(store, "SELECT count(*) FROM resources") == 0);
}

TEST_CASE("import-areas: a level code that is only too long is told so, and the report follows the import", "[app][cli][areas][messages]")
{
    QTemporaryDir dir;
    const QString store = newStore(dir);
    const QString centres = dir.filePath(QStringLiteral("centres.shp"));
    REQUIRE(writeFixture(centres, kanazawaCentres()));
    const QString tooLong = QString(schema::MaxLevelCode + 1, QLatin1Char('a'));
    const auto en = runBuiltProgram(Cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import-areas"), store, centres,
                                          QStringLiteral("--level"), tooLong});
    INFO(en.standardError.toStdString());
    CHECK(en.exitCode == 1);
    CHECK(en.standardError.contains(QStringLiteral("too long")));
    CHECK(en.standardError.contains(QString::number(schema::MaxLevelCode)));
    CHECK_FALSE(en.standardError.contains(QStringLiteral("must start with")));
    CHECK(en.standardOutput.isEmpty());   // nothing printed before the refusal
    const auto ja = runBuiltProgram(Cli, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("import-areas"), store, centres,
                                          QStringLiteral("--level"), tooLong});
    INFO(ja.standardError.toStdString());
    CHECK(ja.standardError.contains(u("長すぎます")));
    CHECK(latinWordsLeft(ja.standardError, {store, centres, tooLong, QStringLiteral("level")}).isEmpty());   // the option it names
    // A code that breaks the other rule is told that rule.
    const auto upper = runBuiltProgram(Cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import-areas"), store, centres,
                                             QStringLiteral("--level"), QStringLiteral("Schools")});
    CHECK(upper.standardError.contains(QStringLiteral("must start with a lower-case letter")));
    CHECK(sqlNumber(store, "SELECT count(*) FROM ca_area_levels WHERE length(code) > 41 OR code = 'Schools'") == 0);

    // A code at the limit is taken; the report counts the areas imported, never "areas: 0".
    const QString longest = QString(schema::MaxLevelCode, QLatin1Char('b'));
    const auto imported = runBuiltProgram(Cli, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import-areas"), store, centres,
                                                QStringLiteral("--level"), longest});
    INFO(imported.standardError.toStdString());
    REQUIRE(imported.exitCode == 0);
    const qint64 areas = sqlNumber(store, QStringLiteral("SELECT count(*) FROM areas_%1").arg(longest).toUtf8().constData());
    CHECK(areas == kanazawaCentres().features.size());
    CHECK_FALSE(imported.standardOutput.contains(QStringLiteral("areas: 0")));
    CHECK(imported.standardOutput.contains(QStringLiteral("areas: %1").arg(areas)));
}

TEST_CASE("A language CareAtlas does not speak (--lang fr) is refused before the command runs", "[app][cli][i18n][messages]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("new.gpkg"));
    for (const QStringList &lang : {QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}, QStringList{QStringLiteral("--lang=fr")}}) {
        const auto result = runBuiltProgram(Cli, lang + QStringList{QStringLiteral("init"), store});
        INFO(result.standardError.toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.standardError.contains(QStringLiteral("unknown language 'fr' (use ja or en)")));
        CHECK(result.standardOutput.isEmpty());
        CHECK_FALSE(QFileInfo::exists(store));   // the command did not run
    }
}
