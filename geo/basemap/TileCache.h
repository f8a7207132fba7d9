#pragma once

#include "geo/basemap/TileSource.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <mutex>
#include <optional>

namespace careatlas::geo {

// The disk cache of web tiles: one file per tile (<dir>/<source>/<z>/<x>/<y>.tile, the bytes as
// the server sent them), its modification time the time it was fetched. A tile older than the
// maximum age is stale: still drawn (and used offline), fetched again when online. When the
// cache grows past its size limit the tiles fetched longest ago are removed. Thread-safe.
class TileCache
{
public:
    static constexpr qint64 DefaultMaxBytes = 512LL * 1024 * 1024;
    static constexpr int DefaultMaxAgeDays = 7;   // OpenStreetMap's tile policy asks at least 7 days

    explicit TileCache(const QString &directory, qint64 maxBytes = DefaultMaxBytes, int maxAgeDays = DefaultMaxAgeDays);
    // <user cache folder>/CareAtlas/tiles (~/.cache/CareAtlas/tiles), shared by the window and the CLI.
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    qint64 maxBytes() const { return m_maxBytes; }
    int maxAgeDays() const { return m_maxAgeDays; }

    struct Entry {
        QByteArray data;
        bool fresh = true;
    };
    std::optional<Entry> read(const QString &sourceKey, const TileKey &key) const;
    bool write(const QString &sourceKey, const TileKey &key, const QByteArray &data);
    // Bytes on disk (counted on first use, then kept up to date).
    qint64 sizeBytes() const;
    // Removes the oldest tiles until the cache holds at most `target` bytes (default: 90 % of
    // the limit). Returns the number removed.
    int trim(qint64 target = -1);
    void clear();

    int hits() const { return m_hits.load(); }
    int misses() const { return m_misses.load(); }

private:
    QString pathOf(const QString &sourceKey, const TileKey &key) const;
    qint64 countLocked() const;

    QString m_directory;
    qint64 m_maxBytes;
    int m_maxAgeDays;
    mutable std::mutex m_mutex;
    mutable qint64 m_size = -1;
    mutable std::atomic_int m_hits{0};
    mutable std::atomic_int m_misses{0};
};

} // namespace careatlas::geo
