// `cmake --install` into a temporary prefix, then both programs run from there, in a folder
// outside the build tree, as an installed copy would.
#include "CliRunner.h"
#include "TestData.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMap>
#include <QTemporaryDir>

using careatlas::test::ProcessResult;
using careatlas::test::runProgram;

namespace {

// The [Desktop Entry] group of a .desktop file, key → value (localised keys as "Name[ja]").
QMap<QString, QString> desktopEntry(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QMap<QString, QString> entry;
    bool inGroup = false;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('[')))
            inGroup = line == QLatin1String("[Desktop Entry]");
        else if (inGroup && line.contains(QLatin1Char('=')))
            entry.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return entry;
}

struct Installed {
    QTemporaryDir dir;
    QString prefix;
    QString work;   // where the programs run: neither the prefix nor the build tree
    QList<QPair<QString, QString>> environment;   // the user's folders, inside dir
};

// Installs once for every test case of this file (the prefix is read only).
const Installed &installed()
{
    static Installed *result = [] {
        auto *installed = new Installed;
        REQUIRE(installed->dir.isValid());
        installed->prefix = installed->dir.filePath(QStringLiteral("prefix"));
        installed->work = installed->dir.filePath(QStringLiteral("work"));
        REQUIRE(QDir().mkpath(installed->work));
        for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            const QString folder = installed->dir.filePath(QStringLiteral("user/") + QLatin1String(variable));
            REQUIRE(QDir().mkpath(folder));
            installed->environment.append({QLatin1String(variable), folder});
        }
        const ProcessResult install = runProgram(QStringLiteral(CAREATLAS_CMAKE_COMMAND),
                                                 {QStringLiteral("--install"), careatlas::test::binaryDir(),
                                                  QStringLiteral("--prefix"), installed->prefix});
        INFO(install.standardOutput.toStdString() << install.standardError.toStdString());
        REQUIRE(install.exitCode == 0);
        return installed;
    }();
    return *result;
}

QString installedFile(const QString &relative) { return installed().prefix + QLatin1Char('/') + relative; }

ProcessResult runInstalled(const QString &program, const QStringList &arguments,
                           QList<QPair<QString, QString>> environment = {})
{
    environment += installed().environment;
    return runProgram(installedFile(QStringLiteral("bin/") + program), arguments, installed().work, environment);
}

} // namespace

TEST_CASE("cmake --install lays out the programs, the demo store and the documentation", "[app][install]")
{
    for (const char *relative : {"bin/careatlas", "bin/careatlas-cli", "share/careatlas/demo.gpkg",
                                 "share/doc/careatlas/README.md", "share/doc/careatlas/LICENSE",
                                 "share/doc/careatlas/docs/architecture.md"}) {
        INFO(relative);
        CHECK(QFileInfo(installedFile(QLatin1String(relative))).isFile());
    }
    CHECK(QFileInfo(installedFile(QStringLiteral("bin/careatlas"))).isExecutable());
    CHECK(QFileInfo(installedFile(QStringLiteral("bin/careatlas-cli"))).isExecutable());

    // The installed demo store is in rollback-journal mode (SQLite header bytes 18 and 19 are 1,
    // WAL is 2): users who cannot write share/careatlas can still read it.
    QFile demo(installedFile(QStringLiteral("share/careatlas/demo.gpkg")));
    REQUIRE(demo.open(QIODevice::ReadOnly));
    const QByteArray header = demo.read(100);
    REQUIRE(header.startsWith("SQLite format 3"));
    CHECK(int(header[18]) == 1);
    CHECK(int(header[19]) == 1);
}

#ifdef Q_OS_LINUX
TEST_CASE("cmake --install adds a menu entry that opens GeoPackage files, icons and man pages", "[app][install]")
{
    const auto entry = desktopEntry(installedFile(QStringLiteral("share/applications/careatlas.desktop")));
    CHECK(entry.value(QStringLiteral("Type")) == QLatin1String("Application"));
    CHECK(entry.value(QStringLiteral("Exec")) == QLatin1String("careatlas %f"));
    CHECK(QFileInfo(installedFile(QStringLiteral("bin/") + entry.value(QStringLiteral("TryExec")))).isExecutable());
    for (const char *key : {"Name", "GenericName", "Comment"}) {
        INFO(key);
        CHECK_FALSE(entry.value(QLatin1String(key)).isEmpty());
        const QString japanese = entry.value(QLatin1String(key) + QStringLiteral("[ja]"));
        CHECK((japanese.contains(QStringLiteral("地域資源マップ")) || japanese.contains(QStringLiteral("介護"))));
    }
    CHECK(entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';')).contains(QStringLiteral("application/geopackage+sqlite3")));

    // The MIME type the entry opens is defined, by extension and by GeoPackage's application id.
    QFile mime(installedFile(QStringLiteral("share/mime/packages/careatlas.xml")));
    REQUIRE(mime.open(QIODevice::ReadOnly));
    const QByteArray mimeXml = mime.readAll();
    CHECK(mimeXml.contains(R"(<mime-type type="application/geopackage+sqlite3">)"));
    CHECK(mimeXml.contains(R"(<glob pattern="*.gpkg"/>)"));

    // Software centres find the entry through the AppStream metadata.
    QFile metainfo(installedFile(QStringLiteral("share/metainfo/careatlas.metainfo.xml")));
    REQUIRE(metainfo.open(QIODevice::ReadOnly));
    CHECK(metainfo.readAll().contains(R"(<launchable type="desktop-id">careatlas.desktop</launchable>)"));

    // The icon the entry names: scalable, and bitmaps of the sizes their folders say.
    const QString icon = entry.value(QStringLiteral("Icon"));
    CHECK(QFileInfo(installedFile(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(icon))).isFile());
    for (int size : {16, 32, 48, 128, 256}) {
        const QImage image(installedFile(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(icon)));
        INFO(size);
        CHECK(image.size() == QSize(size, size));
    }

    for (const char *page : {"careatlas", "careatlas-cli"}) {
        QFile file(installedFile(QStringLiteral("share/man/man1/%1.1.gz").arg(QLatin1String(page))));
        INFO(page);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.read(2) == QByteArray("\x1f\x8b"));   // gzip
    }
}
#endif

TEST_CASE("The installed programs run from another folder and find their data", "[app][install]")
{
    // The CLI: its help in both languages (the translations travel inside the programs).
    const ProcessResult help = runInstalled(QStringLiteral("careatlas-cli"), {QStringLiteral("--help")});
    INFO(help.standardError.toStdString());
    REQUIRE(help.exitCode == 0);
    CHECK(help.standardOutput.contains(QStringLiteral("render")));
    const ProcessResult japanese = runInstalled(QStringLiteral("careatlas-cli"), {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--help")});
    CHECK(japanese.exitCode == 0);
    CHECK(japanese.standardOutput.contains(QStringLiteral("使い方")));

    // The CLI renders the installed demo store (render runs in its full module, which the
    // executable finds in the installed library folder: app/cli/main.cpp).
    const ProcessResult render = runInstalled(QStringLiteral("careatlas-cli"),
                                              {QStringLiteral("render"), installedFile(QStringLiteral("share/careatlas/demo.gpkg")),
                                               QStringLiteral("--out"), QStringLiteral("map.png"), QStringLiteral("--width"),
                                               QStringLiteral("800"), QStringLiteral("--height"), QStringLiteral("600")});
    INFO(render.standardError.toStdString());
    REQUIRE(render.exitCode == 0);
    CHECK(QImage(QDir(installed().work).filePath(QStringLiteral("map.png"))).size() == QSize(800, 600));

    // The window, given no store, opens the installed demo (found beside its own folder).
    const ProcessResult snapshot = runInstalled(QStringLiteral("careatlas"), {QStringLiteral("--snapshot"), QStringLiteral("window.png")});
    INFO(snapshot.standardError.toStdString());
    REQUIRE(snapshot.exitCode == 0);
    const QImage window(QDir(installed().work).filePath(QStringLiteral("window.png")));
    CHECK(window.width() >= 800);
}

TEST_CASE("The installed programs print no Qt warning about XDG_RUNTIME_DIR", "[app][install]")
{
    for (const char *program : {"careatlas-cli", "careatlas"}) {
        INFO(program);
        const ProcessResult result = runInstalled(QLatin1String(program), {QStringLiteral("--version")},
                                                  {{QStringLiteral("XDG_RUNTIME_DIR"), QString()}});
        CHECK(result.exitCode == 0);
        CHECK_FALSE(result.standardError.contains(QStringLiteral("XDG_RUNTIME_DIR")));
        CHECK_FALSE(result.standardOutput.contains(QStringLiteral("XDG_RUNTIME_DIR")));
    }
}
