#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace careatlas {

// A prepared statement held in RAII, with typed binds and columns. SQL text is always a
// constant: values from files and users are bound, never pasted into SQL.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    // A statement prepared once and owned by a cache (Store's): this object uses it and, when
    // it ends, resets it and clears its bindings instead of finalizing it.
    static SqliteStatement borrowed(sqlite3 *db, sqlite3_stmt *statement);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) noexcept;

    bool isValid() const { return m_statement != nullptr; }
    Error prepareError() const;

    // Binds are 1-based, as in SQLite.
    SqliteStatement &bind(int index, const QString &value);          // NULL for a null QString
    SqliteStatement &bindText(int index, const QString &value);      // '' for a null QString
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QByteArray &blob);        // NULL for a null array
    SqliteStatement &bind(int index, std::optional<int> value);
    SqliteStatement &bind(int index, std::optional<double> value);
    SqliteStatement &bindNull(int index);

    // Steps once: true while a row is available; false at the end or on error (see lastError).
    bool next();
    // Runs a statement that returns no rows. Resets it afterwards so it can run again.
    bool exec();
    void reset();
    Error lastError() const;

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    std::optional<int> optionalInt(int column) const;

private:
    SqliteStatement() = default;
    void release();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastCode = 0;
    bool m_borrowed = false;
};

// Runs SQL without results (schema scripts, pragmas, savepoints).
Error execSql(sqlite3 *db, const char *sql);
bool execSqlOk(sqlite3 *db, const char *sql);

// The Error of a failed SQLite call: its code, and SQLite's message said once. An I/O error
// that the system reported as a full disk or a file size limit is DiskFull.
Error sqliteError(sqlite3 *db, int resultCode, const char *message = nullptr);

// The ErrorCode for an SQLite result code (SQLITE_FULL → DiskFull, SQLITE_CORRUPT → StoreCorrupt, …).
ErrorCode errorCodeForSqlite(int resultCode);

} // namespace careatlas
