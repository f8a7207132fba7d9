#include "geo/basemap/TileCache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <vector>

namespace careatlas::geo {

TileCache::TileCache(const QString &directory, qint64 maxBytes, int maxAgeDays)
    : m_directory(directory), m_maxBytes(maxBytes), m_maxAgeDays(maxAgeDays)
{
}

QString TileCache::defaultDirectory()
{
    // Shared by the window and the CLI (their application names differ).
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/CareAtlas/tiles");
}

QString TileCache::pathOf(const QString &sourceKey, const TileKey &key) const
{
    const QString source = QString::fromLatin1(QCryptographicHash::hash(sourceKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    return QStringLiteral("%1/%2/%3/%4/%5.tile").arg(m_directory, source).arg(key.z).arg(key.x).arg(key.y);
}

std::optional<TileCache::Entry> TileCache::read(const QString &sourceKey, const TileKey &key) const
{
    QFile file(pathOf(sourceKey, key));
    if (!file.open(QIODevice::ReadOnly)) {
        ++m_misses;
        return std::nullopt;
    }
    Entry entry;
    entry.data = file.readAll();
    entry.fresh = file.fileTime(QFileDevice::FileModificationTime).addDays(m_maxAgeDays) > QDateTime::currentDateTimeUtc();
    if (entry.data.isEmpty()) {
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    return entry;
}

bool TileCache::write(const QString &sourceKey, const TileKey &key, const QByteArray &data)
{
    const QString path = pathOf(sourceKey, key);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    const qint64 before = QFileInfo(path).exists() ? QFileInfo(path).size() : 0;
    QSaveFile file(path);   // a reader never sees half a tile
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return false;
    bool overLimit = false;
    {
        std::lock_guard lock(m_mutex);
        if (m_size >= 0)
            m_size += data.size() - before;
        overLimit = countLocked() > m_maxBytes;
    }
    if (overLimit)
        trim();
    return true;
}

qint64 TileCache::countLocked() const
{
    if (m_size < 0) {
        m_size = 0;
        QDirIterator it(m_directory, {QStringLiteral("*.tile")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            m_size += it.fileInfo().size();
        }
    }
    return m_size;
}

qint64 TileCache::sizeBytes() const
{
    std::lock_guard lock(m_mutex);
    return countLocked();
}

int TileCache::trim(qint64 target)
{
    std::lock_guard lock(m_mutex);
    if (target < 0)
        target = m_maxBytes * 9 / 10;
    struct File {
        QString path;
        qint64 size;
        QDateTime time;
    };
    std::vector<File> files;
    qint64 total = 0;
    QDirIterator it(m_directory, {QStringLiteral("*.tile")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files.push_back({it.filePath(), it.fileInfo().size(), it.fileInfo().lastModified()});
        total += files.back().size;
    }
    std::sort(files.begin(), files.end(), [](const File &a, const File &b) { return a.time < b.time; });
    int removed = 0;
    for (const File &f : files) {
        if (total <= target)
            break;
        if (QFile::remove(f.path)) {
            total -= f.size;
            ++removed;
        }
    }
    m_size = total;
    return removed;
}

void TileCache::clear()
{
    std::lock_guard lock(m_mutex);
    QDir(m_directory).removeRecursively();
    m_size = 0;
}

} // namespace careatlas::geo
