#include "core/store/StoreCheck.h"

#include "core/store/SqliteStatement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sqlite3.h>

#include <filesystem>
#include <system_error>

namespace careatlas::storecheck {

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData() + offset);
    return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
}

// "<size> <mtime ns>" of one file, or "-" when it does not exist.
QString fileStamp(const QString &path)
{
    std::error_code error;
    const std::filesystem::path p(path.toStdString());
    const auto size = std::filesystem::file_size(p, error);
    if (error)
        return QStringLiteral("-");
    const auto time = std::filesystem::last_write_time(p, error);
    if (error)
        return QStringLiteral("-");
    return QStringLiteral("%1 %2").arg(quint64(size)).arg(qint64(time.time_since_epoch().count()));
}

QString stampOf(const QString &path)
{
    // An empty log holds nothing: readers create one and leave it, which changes nothing.
    const QString wal = path + QStringLiteral("-wal");
    const QString walStamp = QFileInfo(wal).size() > 0 ? fileStamp(wal) : QStringLiteral("-");
    return QStringLiteral("%1|%2|%3").arg(QFileInfo(path).canonicalFilePath(), fileStamp(path), walStamp);
}

QString memoryPath(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                           + QStringLiteral("/careatlas/checked");
    const QByteArray key = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex();
    return folder + QLatin1Char('/') + QString::fromLatin1(key);
}

} // namespace

Error checkFileShape(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable).inFile(path);
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return Error(ErrorCode::StoreNotAGeoPackage).inFile(path);
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Error(ErrorCode::StoreCorrupt, QStringLiteral("the page size in the header is not valid")).inFile(path);
    if (size % pageSize != 0)
        return Error(ErrorCode::StoreCorrupt, QStringLiteral("the file ends in the middle of a page: it was cut short")).inFile(path);
    // The page count in the header is valid when its "version valid for" matches the change
    // counter; a write-ahead log may hold newer pages, so only a file without one is compared.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (bigEndian32(header, 92) == bigEndian32(header, 24) && (!wal.exists() || wal.size() == 0)) {
        const quint64 pages = bigEndian32(header, 28);
        if (pages * pageSize > quint64(size))
            return Error(ErrorCode::StoreCorrupt, QStringLiteral("the file is shorter than its header says: it was cut short")).inFile(path);
    }
    return Error(ErrorCode::None);
}

QStringList fullCheck(sqlite3 *db, bool withSearchIndex)
{
    QStringList problems;
    {
        SqliteStatement integrity(db, "PRAGMA integrity_check(100)");
        if (!integrity.isValid())
            return {integrity.prepareError().detail};
        while (integrity.next()) {
            if (integrity.text(0) != QLatin1String("ok"))
                problems << integrity.text(0);
        }
        if (const Error error = integrity.lastError(); error.code != ErrorCode::None)
            problems << error.detail;
    }
    if (!problems.isEmpty())
        return problems;   // a broken b-tree makes the checks below fail for the same reason
    QStringList rtrees;
    {
        SqliteStatement names(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'rtree\\_%\\_geom' ESCAPE '\\' "
                                  "AND sql LIKE '%USING rtree%'");
        while (names.next())
            rtrees << names.text(0);
    }
    for (const QString &rtree : rtrees) {
        SqliteStatement check(db, "SELECT rtreecheck(?)");
        check.bind(1, rtree);
        if (!check.next())
            problems << QStringLiteral("%1: %2").arg(rtree, check.lastError().detail);
        else if (check.text(0) != QLatin1String("ok")) {
            // rtreecheck lists every broken cell: the first few say what is wrong.
            const QStringList lines = check.text(0).trimmed().split(QLatin1Char('\n'));
            QString summary = lines.mid(0, 3).join(QStringLiteral("; "));
            if (lines.size() > 3)
                summary += QStringLiteral(" (and %1 more)").arg(lines.size() - 3);
            problems << QStringLiteral("%1: %2").arg(rtree, summary);
        }
    }
    if (withSearchIndex) {
        const Error error = execSql(db, "INSERT INTO ca_resource_search (ca_resource_search, rank) VALUES ('integrity-check', 1)");
        if (error.code != ErrorCode::None)
            problems << QStringLiteral("ca_resource_search: %1").arg(error.detail);
    }
    return problems;
}

bool isRememberedSound(const QString &path)
{
    const QString memory = memoryPath(path);
    QFile file(memory);
    if (memory.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    return QString::fromUtf8(file.readAll()) == stampOf(path);
}

void rememberSound(const QString &path)
{
    const QString memory = memoryPath(path);
    if (memory.isEmpty())
        return;
    QDir().mkpath(QFileInfo(memory).path());
    QSaveFile file(memory);
    if (!file.open(QIODevice::WriteOnly))
        return;   // only a cache: the next open checks again
    file.write(stampOf(path).toUtf8());
    file.commit();
}

void forget(const QString &path)
{
    if (const QString memory = memoryPath(path); !memory.isEmpty())
        QFile::remove(memory);
}

} // namespace careatlas::storecheck
