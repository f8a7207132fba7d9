#include "geo/basemap/TilePackage.h"

#include "geo/basemap/TileFetcher.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>

namespace careatlas::geo {

namespace {

// An MBTiles file being written (SQLite, one transaction), deleted unless committed.
class MbtilesWriter
{
public:
    ~MbtilesWriter()
    {
        if (m_insert)
            sqlite3_finalize(m_insert);
        if (m_db)
            sqlite3_close(m_db);
    }
    Status open(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            return fail(path);
        const char *schema = "PRAGMA journal_mode=OFF; BEGIN;"
                             "CREATE TABLE metadata (name TEXT, value TEXT);"
                             "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                             "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);";
        if (sqlite3_exec(m_db, schema, nullptr, nullptr, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(m_db, "INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?)", -1, &m_insert, nullptr) != SQLITE_OK)
            return fail(path);
        m_path = path;
        return {};
    }
    Status tile(const TileKey &key, const QByteArray &data)
    {
        sqlite3_reset(m_insert);
        sqlite3_bind_int(m_insert, 1, key.z);
        sqlite3_bind_int(m_insert, 2, key.x);
        sqlite3_bind_int(m_insert, 3, (1 << key.z) - 1 - key.y);   // MBTiles rows count from the south
        sqlite3_bind_blob(m_insert, 4, data.constData(), int(data.size()), SQLITE_TRANSIENT);
        return sqlite3_step(m_insert) == SQLITE_DONE ? Status() : fail(m_path);
    }
    Status metadata(const QList<std::pair<QString, QString>> &items)
    {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, "INSERT INTO metadata VALUES (?, ?)", -1, &statement, nullptr) != SQLITE_OK)
            return fail(m_path);
        for (const auto &[name, value] : items) {
            const QByteArray n = name.toUtf8(), v = value.toUtf8();
            sqlite3_reset(statement);
            sqlite3_bind_text(statement, 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(statement, 2, v.constData(), int(v.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(statement) != SQLITE_DONE) {
                sqlite3_finalize(statement);
                return fail(m_path);
            }
        }
        sqlite3_finalize(statement);
        return {};
    }
    Status commit()
    {
        return sqlite3_exec(m_db, "COMMIT;", nullptr, nullptr, nullptr) == SQLITE_OK ? Status() : fail(m_path);
    }

private:
    Error fail(const QString &path) const
    {
        const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        return Error(detail.contains(QLatin1String("full")) ? ErrorCode::DiskFull : ErrorCode::FileWriteFailed, detail).inFile(path);
    }
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QString m_path;
};

QString formatOf(const QByteArray &data)
{
    if (data.startsWith("\x89PNG"))
        return QStringLiteral("png");
    if (data.startsWith("\xff\xd8"))
        return QStringLiteral("jpg");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("webp");
    return QStringLiteral("png");
}

} // namespace

qint64 countPackageTiles(const QRectF &bounds, int minZoom, int maxZoom)
{
    qint64 count = 0;
    for (int z = minZoom; z <= maxZoom; ++z) {
        const TileKey nw = tiles::tileAt(bounds.left(), bounds.bottom(), z), se = tiles::tileAt(bounds.right(), bounds.top(), z);
        count += qint64(std::abs(se.x - nw.x) + 1) * (std::abs(se.y - nw.y) + 1);
    }
    return count;
}

Result<TilePackageReport> writeTilePackage(const TilePackageRequest &request, const std::function<bool(int, int)> &progress)
{
    const TileSource &source = request.source;
    if (!source.isNetwork())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the source is already a package; use it directly"));
    if (!source.bulkDownloadAllowed)
        return Error(ErrorCode::NotPermitted, QStringLiteral("%1 forbids bulk download of its tiles (%2); use a provider that allows offline packages, "
                                                             "e.g. 地理院タイル, or render your own tiles")
                                                  .arg(source.name, source.policyUrl));
    if (request.minZoom < source.minZoom || request.maxZoom > source.maxZoom || request.minZoom > request.maxZoom)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the zoom range must lie within %1–%2").arg(source.minZoom).arg(source.maxZoom));
    if (!(request.bounds.width() > 0 && request.bounds.height() > 0))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("the area is empty"));
    const qint64 total = countPackageTiles(request.bounds, request.minZoom, request.maxZoom);
    if (total > MaxPackageTiles)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 tiles is more than the %2 a package may hold; choose a smaller area or fewer zoom levels")
                                                     .arg(total).arg(MaxPackageTiles));

    auto cache = request.cache ? request.cache : std::make_shared<TileCache>(TileCache::defaultDirectory());
    const QString partial = request.out + QStringLiteral(".part");
    QFile::remove(partial);
    TilePackageReport report;
    report.tiles = int(total);
    QString format;
    {
        MbtilesWriter writer;
        if (Status s = writer.open(partial); !s) {
            QFile::remove(partial);
            return s.error();
        }
        TileFetcher fetcher(source, cache);
        int done = 0;
        for (int z = request.minZoom; z <= request.maxZoom; ++z) {
            const QList<TileKey> keys = tiles::tilesCovering(request.bounds, z);
            for (qsizetype start = 0; start < keys.size(); start += 64) {
                const QList<TileKey> batch = keys.mid(start, 64);
                QList<TileKey> missing;
                for (const TileKey &key : batch)
                    if (auto entry = cache->read(source.cacheKey(), key); !entry || !entry->fresh)
                        missing.push_back(key);
                if (!missing.isEmpty()) {
                    const int client = fetcher.newClient();
                    fetcher.want(client, missing);
                    fetcher.waitFor(client, std::chrono::seconds(120));
                }
                for (const TileKey &key : batch) {
                    const auto entry = cache->read(source.cacheKey(), key);
                    if (!entry) {
                        ++report.failed;
                        continue;
                    }
                    if (format.isEmpty())
                        format = formatOf(entry->data);
                    if (Status s = writer.tile(key, entry->data); !s) {
                        QFile::remove(partial);
                        return Error(s.error()).inFile(request.out);
                    }
                    ++report.written;
                    report.bytes += entry->data.size();
                }
                done += int(batch.size());
                if (progress && !progress(done, int(total))) {
                    QFile::remove(partial);
                    return Error(ErrorCode::Cancelled);
                }
            }
        }
        if (report.written == 0) {
            QFile::remove(partial);
            const QString problem = fetcher.problem();
            return Error(ErrorCode::NetworkFailed, problem.isEmpty() ? QStringLiteral("no tile could be fetched") : problem).inFile(source.url({request.minZoom, 0, 0}));
        }
        const QRectF &b = request.bounds;
        const QString name = request.name.isEmpty() ? QFileInfo(request.out).completeBaseName() : request.name;
        if (Status s = writer.metadata({{QStringLiteral("name"), name},
                                        {QStringLiteral("format"), format},
                                        {QStringLiteral("type"), QStringLiteral("baselayer")},
                                        {QStringLiteral("version"), QStringLiteral("1.3")},
                                        {QStringLiteral("description"), source.name},
                                        {QStringLiteral("attribution"), source.attribution},
                                        {QStringLiteral("bounds"), QStringLiteral("%1,%2,%3,%4").arg(b.left(), 0, 'f', 6).arg(b.top(), 0, 'f', 6).arg(b.right(), 0, 'f', 6).arg(b.bottom(), 0, 'f', 6)},
                                        {QStringLiteral("center"), QStringLiteral("%1,%2,%3").arg(b.center().x(), 0, 'f', 6).arg(b.center().y(), 0, 'f', 6).arg(request.minZoom)},
                                        {QStringLiteral("minzoom"), QString::number(request.minZoom)},
                                        {QStringLiteral("maxzoom"), QString::number(request.maxZoom)}});
            !s) {
            QFile::remove(partial);
            return s.error();
        }
        if (Status s = writer.commit(); !s) {
            QFile::remove(partial);
            return s.error();
        }
    }
    QFile::remove(request.out);
    if (!QFile::rename(partial, request.out)) {
        QFile::remove(partial);
        return Error(ErrorCode::FileWriteFailed, QStringLiteral("could not rename the finished package")).inFile(request.out);
    }
    return report;
}

} // namespace careatlas::geo
