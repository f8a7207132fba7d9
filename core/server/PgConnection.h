#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace careatlas {

// One parameter of a statement: text (libpq's text format), binary bytes (bytea, WKB) or NULL.
struct PgParam {
    std::optional<QByteArray> value;
    bool binary = false;
    static PgParam null() { return {}; }
    static PgParam text(const QString &text) { return text.isNull() ? PgParam{} : PgParam{text.toUtf8(), false}; }
    static PgParam number(qint64 value) { return PgParam{QByteArray::number(value), false}; }
    static PgParam real(double value) { return PgParam{QByteArray::number(value, 'g', 17), false}; }
    static PgParam bytes(const QByteArray &bytes) { return PgParam{bytes, true}; }
};
using PgParams = QList<PgParam>;

// One statement with its parameters (PgConnection::pipeline).
struct PgStatement {
    QByteArray sql;
    PgParams params;
};

// The rows of one statement (owns libpq's result).
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(PGresult *result);
    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;           // NULL: a null QString
    qint64 number(int row, int column) const;
    std::optional<double> real(int row, int column) const;
    qint64 affectedRows() const;                      // UPDATE / DELETE / INSERT
private:
    std::shared_ptr<PGresult> m_result;
};

// A connection to a PostgreSQL server through libpq (the server store, docs/team.md). The
// connection string is libpq's own: a URL (postgresql://host/db?sslmode=verify-full) or
// key=value words (service=careatlas); libpq finds passwords in ~/.pgpass or the service file
// and honours sslmode. CareAtlas never takes a password: a string holding one is refused.
// One connection is used from one thread at a time.
class PgConnection
{
public:
    // Connects. InvalidArgument for a string libpq cannot read or one that holds a password;
    // NetworkFailed (libpq's words as detail) when the server cannot be reached or refuses.
    static Result<std::unique_ptr<PgConnection>> connect(const QString &connectionString);
    // Whether `text` names a server rather than a file: a postgresql:// or postgres:// URL, or
    // libpq key=value words.
    static bool isConnectionString(const QString &text);
    // The connection string as shown to people and in logs: its password, if any, masked.
    static QString displayName(const QString &connectionString);

    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // One statement with $1… parameters. Errors: ServerRefused (insufficient privilege),
    // ServerFailed (anything else, with the server's words and SQLSTATE as detail).
    Result<PgResult> exec(const QByteArray &sql, const PgParams &params = {});
    // Several statements with parameters sent together and answered together (libpq's
    // pipeline mode: one round trip instead of one per statement), each in the transaction
    // open on the connection; their results in order. The first error is returned and the
    // statements after it are not run (the open transaction is then aborted, as after exec).
    Result<QList<PgResult>> pipeline(const QList<PgStatement> &statements);
    // Several statements without parameters, as one string (schema scripts).
    Status execScript(const QByteArray &sql);
    // COPY … FROM STDIN with the whole text-format data.
    Status copyIn(const QByteArray &copySql, const QByteArray &data);

    // Waits up to timeoutMs for notifications (after LISTEN); returns the payloads received.
    struct Notification {
        QString channel;
        QString payload;
    };
    Result<QList<Notification>> waitForNotifications(int timeoutMs);

    QString userName() const;
    QString databaseName() const;
    PGconn *handle() const { return m_conn; }
    // The connection's socket (for a QSocketNotifier that wakes on notifications); -1 when closed.
    int socket() const;

private:
    explicit PgConnection(PGconn *conn) : m_conn(conn) {}
    Error resultError(PGresult *result) const;
    PGconn *m_conn = nullptr;
};

// RAII transaction on a server connection: BEGIN, rolled back unless committed. Keep them
// short: nothing waits for a person while one is open.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    // Whether BEGIN worked.
    const Status &begun() const { return m_begun; }
    Status commit();
private:
    PgConnection *m_connection;
    bool m_active = false;
    Status m_begun;
};

} // namespace careatlas
