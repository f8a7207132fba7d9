#include "core/server/PgConnection.h"

#include <libpq-fe.h>

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QThread>

namespace careatlas {

PgResult::PgResult(PGresult *result) : m_result(result, PQclear) {}

int PgResult::rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
int PgResult::columns() const { return m_result ? PQnfields(m_result.get()) : 0; }
bool PgResult::isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 PgResult::number(int row, int column) const { return isNull(row, column) ? 0 : QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong(); }

std::optional<double> PgResult::real(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return QByteArray(PQgetvalue(m_result.get(), row, column)).toDouble();
}

qint64 PgResult::affectedRows() const { return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0; }

namespace {

struct ConninfoOptions {
    PQconninfoOption *options = nullptr;
    ~ConninfoOptions() { if (options) PQconninfoFree(options); }
};

QString libpqText(const char *text) { return QString::fromUtf8(text).trimmed(); }

} // namespace

bool PgConnection::isConnectionString(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))
           || QRegularExpression(QStringLiteral("^\\s*[a-z_]+\\s*=")).match(text).hasMatch();
}

QString PgConnection::displayName(const QString &connectionString)
{
    QString shown = connectionString;
    // URL: postgresql://user:secret@host → postgresql://user:***@host; words: password=… → password=***
    shown.replace(QRegularExpression(QStringLiteral("^(postgres(?:ql)?://[^:/@]*):[^@/]*@")), QStringLiteral("\\1:***@"));
    shown.replace(QRegularExpression(QStringLiteral("(password\\s*=\\s*)('[^']*'|\\S+)")), QStringLiteral("\\1***"));
    return shown;
}

Result<std::unique_ptr<PgConnection>> PgConnection::connect(const QString &connectionString)
{
    const QByteArray conninfo = connectionString.toUtf8();
    char *parseError = nullptr;
    ConninfoOptions parsed{PQconninfoParse(conninfo.constData(), &parseError)};
    if (!parsed.options) {
        const QString detail = parseError ? libpqText(parseError) : QString();
        PQfreemem(parseError);
        return Error(ErrorCode::InvalidArgument, detail).inFile(displayName(connectionString));
    }
    for (PQconninfoOption *option = parsed.options; option->keyword; ++option) {
        if (qstrcmp(option->keyword, "password") == 0 && option->val && *option->val)
            return Error(ErrorCode::InvalidArgument,
                         QStringLiteral("a password in the connection string; keep it in ~/.pgpass or the service file"))
                .inFile(displayName(connectionString));
    }
    PGconn *conn = PQconnectdb(conninfo.constData());
    if (!conn)
        return Error(ErrorCode::OutOfMemory);
    if (PQstatus(conn) != CONNECTION_OK) {
        Error error(ErrorCode::NetworkFailed, libpqText(PQerrorMessage(conn)));
        PQfinish(conn);
        return error.inFile(displayName(connectionString));
    }
    std::unique_ptr<PgConnection> connection(new PgConnection(conn));
    // Text in UTF-8 whatever the server's locale; a write waits at most as long as on a
    // GeoPackage store (Store::BusyTimeoutMs) for another's lock, then fails.
    if (Status set = connection->execScript("SET client_encoding = 'UTF8'; SET client_min_messages = warning; SET lock_timeout = '5s'; SET TIME ZONE 'UTC'"); !set)
        return set.error();
    return connection;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

QString PgConnection::userName() const { return QString::fromUtf8(PQuser(m_conn)); }
QString PgConnection::databaseName() const { return QString::fromUtf8(PQdb(m_conn)); }

Error PgConnection::resultError(PGresult *result) const
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message = result ? libpqText(PQresultErrorMessage(result)) : libpqText(PQerrorMessage(m_conn));
    const QByteArray sqlState(state ? state : "");
    if (PQstatus(m_conn) != CONNECTION_OK)
        return Error(ErrorCode::NetworkFailed, message);
    // 42501 insufficient_privilege: no right on the table, or a row-level security policy.
    const ErrorCode code = sqlState == "42501" ? ErrorCode::ServerRefused : ErrorCode::ServerFailed;
    return Error(code, sqlState.isEmpty() ? message : message + QStringLiteral(" (SQLSTATE %1)").arg(QString::fromLatin1(sqlState)));
}

Result<PgResult> PgConnection::exec(const QByteArray &sql, const PgParams &params)
{
    QList<const char *> values;
    QList<int> lengths;
    QList<int> formats;
    for (const PgParam &param : params) {
        values.append(param.value ? param.value->constData() : nullptr);
        lengths.append(param.value ? int(param.value->size()) : 0);
        formats.append(param.binary ? 1 : 0);
    }
    PGresult *raw = PQexecParams(m_conn, sql.constData(), int(params.size()), nullptr, values.constData(),
                                 lengths.constData(), formats.constData(), 0);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error error = resultError(raw);
        PQclear(raw);
        return error;
    }
    return PgResult(raw);
}

Result<QList<PgResult>> PgConnection::pipeline(const QList<PgStatement> &statements)
{
    QList<PgResult> results;
    if (statements.isEmpty())
        return results;
    if (PQenterPipelineMode(m_conn) != 1)
        return resultError(nullptr);
    Error error(ErrorCode::None);
    int sent = 0;
    for (const PgStatement &statement : statements) {
        QList<const char *> values;
        QList<int> lengths;
        QList<int> formats;
        for (const PgParam &param : statement.params) {
            values.append(param.value ? param.value->constData() : nullptr);
            lengths.append(param.value ? int(param.value->size()) : 0);
            formats.append(param.binary ? 1 : 0);
        }
        if (PQsendQueryParams(m_conn, statement.sql.constData(), int(statement.params.size()), nullptr, values.constData(),
                              lengths.constData(), formats.constData(), 0) != 1) {
            error = resultError(nullptr);
            break;
        }
        ++sent;
    }
    const bool synced = PQpipelineSync(m_conn) == 1;
    if (!synced && error.code == ErrorCode::None)
        error = resultError(nullptr);
    // Each statement's result, then the end of the pipeline (PGRES_PIPELINE_SYNC).
    int ends = 0;
    while (synced) {
        if (PQstatus(m_conn) != CONNECTION_OK) {
            if (error.code == ErrorCode::None)
                error = resultError(nullptr);
            break;
        }
        PGresult *raw = PQgetResult(m_conn);
        if (!raw) {
            // The end of one statement's results; two in a row: nothing more will come.
            if (++ends > 1) {
                if (error.code == ErrorCode::None)
                    error = resultError(nullptr);
                break;
            }
            continue;
        }
        ends = 0;
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_PIPELINE_SYNC) {
            PQclear(raw);
            break;
        }
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            results.append(PgResult(raw));
            continue;
        }
        if (status != PGRES_PIPELINE_ABORTED && error.code == ErrorCode::None)
            error = resultError(raw);
        PQclear(raw);
    }
    (void)PQexitPipelineMode(m_conn);
    if (error.code != ErrorCode::None)
        return error;
    if (results.size() != sent)
        return Error(ErrorCode::ServerFailed, QStringLiteral("%1 results for %2 statements").arg(results.size()).arg(sent));
    return results;
}

Status PgConnection::execScript(const QByteArray &sql)
{
    PGresult *raw = PQexec(m_conn, sql.constData());
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        Error error = resultError(raw);
        PQclear(raw);
        return error;
    }
    PQclear(raw);
    return {};
}

Status PgConnection::copyIn(const QByteArray &copySql, const QByteArray &data)
{
    PGresult *raw = PQexec(m_conn, copySql.constData());
    if (!raw || PQresultStatus(raw) != PGRES_COPY_IN) {
        Error error = resultError(raw);
        PQclear(raw);
        return error;
    }
    PQclear(raw);
    constexpr qsizetype Chunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += Chunk) {
        const qsizetype size = std::min(Chunk, data.size() - at);
        if (PQputCopyData(m_conn, data.constData() + at, int(size)) != 1)
            return resultError(nullptr);
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return resultError(nullptr);
    Error error(ErrorCode::None);
    while (PGresult *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.code == ErrorCode::None)
            error = resultError(result);
        PQclear(result);
    }
    if (error.code != ErrorCode::None)
        return error;
    return {};
}

Result<QList<PgConnection::Notification>> PgConnection::waitForNotifications(int timeoutMs)
{
    QList<Notification> received;
    auto take = [&] {
        while (PGnotify *notify = PQnotifies(m_conn)) {
            received.append({QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra)});
            PQfreemem(notify);
        }
    };
    // A short poll of libpq's input: portable (no socket calls here), and a window will use
    // a socket notifier on PQsocket() instead.
    QDeadlineTimer deadline(std::max(timeoutMs, 0));
    for (;;) {
        if (!PQconsumeInput(m_conn))
            return resultError(nullptr);
        take();
        if (!received.isEmpty() || deadline.hasExpired())
            break;
        QThread::msleep(20);
    }
    return received;
}

int PgConnection::socket() const { return m_conn ? PQsocket(m_conn) : -1; }

PgTransaction::PgTransaction(PgConnection &connection) : m_connection(&connection)
{
    m_begun = connection.execScript("BEGIN");
    m_active = m_begun.ok();
}

PgTransaction::~PgTransaction()
{
    if (m_active)
        (void)m_connection->execScript("ROLLBACK");
}

Status PgTransaction::commit()
{
    m_active = false;
    return m_connection->execScript("COMMIT");
}

} // namespace careatlas
