#include "core/store/SqliteStatement.h"

#include <sqlite3.h>

#include <cerrno>
#include <utility>

namespace careatlas {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    m_lastCode = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
    if (m_lastCode != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement SqliteStatement::borrowed(sqlite3 *db, sqlite3_stmt *statement)
{
    SqliteStatement s;
    s.m_db = db;
    s.m_statement = statement;
    s.m_borrowed = true;
    return s;
}

void SqliteStatement::release()
{
    if (m_borrowed) {
        if (m_statement) {
            sqlite3_reset(m_statement);
            sqlite3_clear_bindings(m_statement);
        }
    } else {
        sqlite3_finalize(m_statement);
    }
    m_statement = nullptr;
}

SqliteStatement::~SqliteStatement() { release(); }

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr)), m_lastCode(other.m_lastCode),
      m_borrowed(other.m_borrowed)
{
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_lastCode = other.m_lastCode;
        m_borrowed = other.m_borrowed;
    }
    return *this;
}

Error SqliteStatement::prepareError() const
{
    return sqliteError(m_db, m_lastCode);
}

Error sqliteError(sqlite3 *db, int resultCode, const char *message)
{
    const QString general = QString::fromUtf8(sqlite3_errstr(resultCode));
    const QString specific = QString::fromUtf8(message ? message : db ? sqlite3_errmsg(db) : "");
    // Said once: "database is locked", not "database is locked: database is locked".
    const QString detail = specific.isEmpty() || specific == general ? general : specific;
    ErrorCode code = errorCodeForSqlite(resultCode);
    // A write past the disk's space or the process's file size limit (EFBIG, after SIGXFSZ is
    // ignored) comes back as an I/O error: it is a full disk to the user.
    if (code == ErrorCode::StoreIo && db) {
        const int systemError = sqlite3_system_errno(db);
        if (systemError == ENOSPC || systemError == EFBIG || systemError == EDQUOT)
            code = ErrorCode::DiskFull;
    }
    return Error(code, detail);
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    return bindText(index, value);
}

SqliteStatement &SqliteStatement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bindNull(index);
    sqlite3_bind_blob(m_statement, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, std::optional<int> value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

SqliteStatement &SqliteStatement::bind(int index, std::optional<double> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    m_lastCode = sqlite3_step(m_statement);
    return m_lastCode == SQLITE_ROW;
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false;
    m_lastCode = sqlite3_step(m_statement);
    const bool ok = m_lastCode == SQLITE_DONE || m_lastCode == SQLITE_ROW;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return ok;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

Error SqliteStatement::lastError() const
{
    if (m_lastCode == SQLITE_OK || m_lastCode == SQLITE_DONE || m_lastCode == SQLITE_ROW)
        return Error(ErrorCode::None);
    return sqliteError(m_db, m_lastCode);
}

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

qint64 SqliteStatement::int64(int column) const { return sqlite3_column_int64(m_statement, column); }
double SqliteStatement::real(int column) const { return sqlite3_column_double(m_statement, column); }

QByteArray SqliteStatement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    if (!data)
        return {};
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

std::optional<int> SqliteStatement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int(sqlite3_column_int64(m_statement, column));
}

Error execSql(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const int code = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    if (code == SQLITE_OK)
        return Error(ErrorCode::None);
    Error error = sqliteError(db, code, message);
    sqlite3_free(message);
    return error;
}

bool execSqlOk(sqlite3 *db, const char *sql) { return execSql(db, sql).code == ErrorCode::None; }

ErrorCode errorCodeForSqlite(int resultCode)
{
    switch (resultCode & 0xff) {
    case SQLITE_OK: case SQLITE_DONE: case SQLITE_ROW: return ErrorCode::None;
    case SQLITE_FULL: return ErrorCode::DiskFull;
    case SQLITE_CORRUPT: return ErrorCode::StoreCorrupt;
    case SQLITE_NOTADB: return ErrorCode::StoreNotAGeoPackage;
    case SQLITE_READONLY: return ErrorCode::StoreReadOnly;
    case SQLITE_CANTOPEN: return ErrorCode::FileUnreadable;
    case SQLITE_INTERRUPT: return ErrorCode::Cancelled;
    case SQLITE_BUSY: case SQLITE_LOCKED: return ErrorCode::StoreBusy;
    case SQLITE_NOMEM: return ErrorCode::OutOfMemory;
    case SQLITE_IOERR: case SQLITE_PERM: return ErrorCode::StoreIo;
    default: return ErrorCode::Internal;
    }
}

} // namespace careatlas
