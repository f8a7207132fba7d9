#include "core/store/Store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace careatlas;

namespace {

// The journal mode as the file's header records it: bytes 18 and 19 are 2 for WAL, 1 for a
// rollback journal (https://www.sqlite.org/fileformat.html).
int headerJournalBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(20);
    REQUIRE(header.size() == 20);
    return int(header[18]) * 10 + int(header[19]);
}

} // namespace

TEST_CASE("A store in rollback-journal mode opens for editing and switches to WAL", "[core][store]")
{
    // Such a store: the copy of the installed demo (written so users can read it where they
    // cannot write), or a file another tool rewrote.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.gpkg"));
    REQUIRE(Store::create(path).ok());
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    REQUIRE(headerJournalBytes(path) == 11);

    {
        auto readOnly = Store::open(path, Store::OpenMode::ReadOnly);
        REQUIRE(readOnly.ok());
    }
    CHECK(headerJournalBytes(path) == 11);   // reading changes nothing

    auto store = Store::open(path);
    INFO((store ? std::string() : store.error().detail.toStdString()));
    REQUIRE(store.ok());
    Resource resource;
    resource.categoryCode = QStringLiteral("hospital");
    resource.name = QStringLiteral("テスト病院");
    CHECK((*store)->insertResource(resource).ok());
    CHECK(headerJournalBytes(path) == 22);
}
