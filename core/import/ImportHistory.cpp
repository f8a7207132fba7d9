#include "core/import/ImportHistory.h"

#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace careatlas {

namespace {

QString reportToJson(const ImportReport &report)
{
    QJsonArray issues;
    for (const ImportIssue &issue : report.issues) {
        if (issues.size() >= maxStoredIssues)
            break;
        issues.append(QJsonObject{{QStringLiteral("line"), issue.line},
                                  {QStringLiteral("column"), issue.column},
                                  {QStringLiteral("code"), importIssueKindName(issue.kind)},
                                  {QStringLiteral("value"), issue.value}});
    }
    QJsonArray unplaced;
    for (qint64 line : report.unplacedLines)
        unplaced.append(line);
    const QJsonObject object{{QStringLiteral("encoding"), report.encoding},
                             {QStringLiteral("rows"), report.rowsRead},
                             {QStringLiteral("duplicates"), report.duplicates},
                             {QStringLiteral("issues"), issues},
                             {QStringLiteral("issues_total"), qint64(report.issues.size())},
                             {QStringLiteral("unplaced"), unplaced}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

Status recordImport(Store &store, const ImportReport &report)
{
    SqliteStatement insert(store.handle(),
                           "INSERT INTO ca_import_history (imported_at, kind, source, format, added, updated, unchanged, rejected, report) "
                           "VALUES (?, 'resources', ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return insert.prepareError();
    insert.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(2, report.file)
        .bind(3, report.format)
        .bind(4, report.added)
        .bind(5, report.updated)
        .bind(6, report.unchanged)
        .bind(7, report.rejected)
        .bind(8, reportToJson(report));
    if (!insert.exec())
        return insert.lastError();
    return {};
}

Result<QList<ImportHistoryEntry>> importHistory(const Store &store)
{
    SqliteStatement select(store.handle(),
                           "SELECT id, imported_at, kind, source, format, added, updated, unchanged, rejected, report "
                           "FROM ca_import_history ORDER BY id");
    if (!select.isValid())
        return select.prepareError();
    QList<ImportHistoryEntry> entries;
    while (select.next()) {
        ImportHistoryEntry entry;
        entry.id = select.int64(0);
        entry.importedAt = QDateTime::fromString(select.text(1), Qt::ISODateWithMs);
        entry.kind = select.text(2);
        entry.source = select.text(3);
        entry.format = select.text(4);
        entry.added = select.int64(5);
        entry.updated = select.int64(6);
        entry.unchanged = select.int64(7);
        entry.rejected = select.int64(8);
        entry.reportJson = select.text(9);
        entries.append(entry);
    }
    const Error error = select.lastError();
    if (error.code != ErrorCode::None)
        return error;
    return entries;
}

} // namespace careatlas
