#include "core/store/ShortlistStore.h"

#include "core/store/SqliteStatement.h"
#include "core/store/Store.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

#include <cmath>

namespace careatlas {

namespace {

struct StatusName {
    ShortlistStatus status;
    const char *code;
    const char *japanese;   // the glossary's word; the codes are what is stored
    const char *label;      // translated ("ShortlistStatus")
};

const StatusName StatusNames[] = {
    {ShortlistStatus::NotContacted, "not_contacted", "未連絡", QT_TRANSLATE_NOOP("ShortlistStatus", "Not contacted")},
    {ShortlistStatus::Inquiring, "inquiring", "照会中", QT_TRANSLATE_NOOP("ShortlistStatus", "Inquiring")},
    {ShortlistStatus::Accepting, "accepting", "受入可", QT_TRANSLATE_NOOP("ShortlistStatus", "Can accept")},
    {ShortlistStatus::Declined, "declined", "受入不可", QT_TRANSLATE_NOOP("ShortlistStatus", "Cannot accept")},
    {ShortlistStatus::OnHold, "on_hold", "保留", QT_TRANSLATE_NOOP("ShortlistStatus", "On hold")},
};

bool isOk(const Error &error) { return error.code == ErrorCode::None; }

QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

Error checkWritable(const Store &store)
{
    if (store.isReadOnly())
        return Error(ErrorCode::StoreReadOnly).inFile(store.path());
    return Error(ErrorCode::None);
}

Error checkLabel(const QString &label)
{
    if (label.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a list needs a label")).inField(QStringLiteral("label"));
    if (label.trimmed().size() > ShortlistLabelMaxLength)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a label has at most %1 characters").arg(ShortlistLabelMaxLength))
            .inField(QStringLiteral("label"));
    return Error(ErrorCode::None);
}

Shortlist readList(SqliteStatement &s)
{
    Shortlist list;
    list.id = s.int64(0);
    list.label = s.text(1);
    list.centre.areaName = s.text(2);
    if (!s.isNull(3) && !s.isNull(4)) {
        list.centre.latitude = s.real(3);
        list.centre.longitude = s.real(4);
    }
    list.createdAt = QDateTime::fromString(s.text(5), Qt::ISODateWithMs);
    list.updatedAt = QDateTime::fromString(s.text(6), Qt::ISODateWithMs);
    list.entryCount = int(s.int64(7));
    return list;
}

const char *const ListSelect =
    "SELECT l.id, l.label, l.centre_area, l.centre_latitude, l.centre_longitude, l.created_at, l.updated_at, "
    "(SELECT count(*) FROM shortlist_entries e WHERE e.shortlist_id = l.id) FROM shortlists l ";

Error touchList(sqlite3 *db, qint64 shortlistId)
{
    SqliteStatement touch(db, "UPDATE shortlists SET updated_at = ? WHERE id = ?");
    touch.bind(1, nowText()).bind(2, shortlistId);
    return touch.exec() ? Error(ErrorCode::None) : touch.lastError();
}

// Writes positions 1..n in the order given.
Error writePositions(sqlite3 *db, const QList<qint64> &entryIds)
{
    SqliteStatement update(db, "UPDATE shortlist_entries SET position = ? WHERE id = ?");
    for (int i = 0; i < entryIds.size(); ++i) {
        update.bind(1, qint64(i + 1)).bind(2, entryIds[i]);
        if (!update.exec())
            return update.lastError();
    }
    return Error(ErrorCode::None);
}

Result<QList<qint64>> entryIdsInOrder(sqlite3 *db, qint64 shortlistId)
{
    SqliteStatement s(db, "SELECT id FROM shortlist_entries WHERE shortlist_id = ? ORDER BY position, id");
    if (!s.isValid())
        return s.prepareError();
    s.bind(1, shortlistId);
    QList<qint64> ids;
    while (s.next())
        ids << s.int64(0);
    if (!isOk(s.lastError()))
        return s.lastError();
    return ids;
}

Result<qint64> entryId(sqlite3 *db, qint64 shortlistId, qint64 resourceId);

// The entry of a resource in a list, for a change: the list and the entry exist and the store can be written.
Result<qint64> entryToChange(Store &store, qint64 shortlistId, qint64 resourceId)
{
    if (auto list = shortlist(store, shortlistId); !list)
        return list.error();
    auto id = entryId(store.handle(), shortlistId, resourceId);
    if (!id)
        return id.error();
    if (Error e = checkWritable(store); !isOk(e))
        return e;
    return id;
}

// Numbers the list's entries 1..n in the order given and stamps the list's change.
Error renumber(sqlite3 *db, qint64 shortlistId, const QList<qint64> &entryIds)
{
    if (Error e = writePositions(db, entryIds); !isOk(e))
        return e;
    return touchList(db, shortlistId);
}

Result<qint64> entryId(sqlite3 *db, qint64 shortlistId, qint64 resourceId)
{
    SqliteStatement s(db, "SELECT id FROM shortlist_entries WHERE shortlist_id = ? AND resource_id = ?");
    s.bind(1, shortlistId).bind(2, resourceId);
    if (s.next())
        return s.int64(0);
    return Error(ErrorCode::NotFound, QStringLiteral("resource %1 is not in list %2").arg(resourceId).arg(shortlistId));
}

ShortlistEntry readEntry(SqliteStatement &s)
{
    ShortlistEntry e;
    e.id = s.int64(0);
    e.shortlistId = s.int64(1);
    e.resourceId = s.int64(2);
    e.position = int(s.int64(3));
    e.status = shortlistStatusFromText(s.text(4)).value_or(ShortlistStatus::NotContacted);
    e.changedOn = QDate::fromString(s.text(5), Qt::ISODate);
    e.note = s.text(6);
    return e;
}

const char *const EntrySelect = "SELECT id, shortlist_id, resource_id, position, status, changed_on, note FROM shortlist_entries ";

Result<ShortlistEntry> readEntryById(sqlite3 *db, qint64 id)
{
    SqliteStatement s(db, QByteArray(QByteArray(EntrySelect) + "WHERE id = ?").constData());
    s.bind(1, id);
    if (s.next())
        return readEntry(s);
    return Error(ErrorCode::NotFound, QStringLiteral("entry %1").arg(id));
}

} // namespace

QString shortlistStatusCode(ShortlistStatus status)
{
    for (const StatusName &n : StatusNames)
        if (n.status == status)
            return QString::fromLatin1(n.code);
    return QStringLiteral("not_contacted");
}

QString shortlistStatusLabel(ShortlistStatus status)
{
    for (const StatusName &n : StatusNames)
        if (n.status == status)
            return QCoreApplication::translate("ShortlistStatus", n.label);
    return {};
}

std::optional<ShortlistStatus> shortlistStatusFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (const StatusName &n : StatusNames)
        if (t == QLatin1String(n.code) || t == QString::fromUtf8(n.japanese) || t.compare(QLatin1String(n.label), Qt::CaseInsensitive) == 0)
            return n.status;
    return std::nullopt;
}

const QList<ShortlistStatus> &allShortlistStatuses()
{
    static const QList<ShortlistStatus> all = {ShortlistStatus::NotContacted, ShortlistStatus::Inquiring, ShortlistStatus::Accepting,
                                               ShortlistStatus::Declined, ShortlistStatus::OnHold};
    return all;
}

ShortlistCentre roundedCentre(const ShortlistCentre &centre)
{
    ShortlistCentre rounded = centre;
    rounded.areaName = centre.areaName.trimmed();
    const double scale = std::pow(10.0, ShortlistCentreDecimals);
    if (centre.hasPoint()) {
        rounded.latitude = std::round(*centre.latitude * scale) / scale;
        rounded.longitude = std::round(*centre.longitude * scale) / scale;
    } else {
        rounded.latitude.reset();
        rounded.longitude.reset();
    }
    return rounded;
}

Result<qint64> createShortlist(Store &store, const QString &label, const ShortlistCentre &centre)
{
    if (Error e = checkLabel(label); !isOk(e))
        return e;
    if (Error e = checkWritable(store); !isOk(e))
        return e;
    const ShortlistCentre c = roundedCentre(centre);
    Store::Transaction transaction(store);
    SqliteStatement insert(store.handle(), "INSERT INTO shortlists (label, centre_area, centre_latitude, centre_longitude, created_at, updated_at) "
                                           "VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert.isValid())
        return insert.prepareError();
    const QString now = nowText();
    insert.bind(1, label.trimmed()).bind(2, c.areaName.isEmpty() ? QString() : c.areaName).bind(3, c.latitude).bind(4, c.longitude)
        .bind(5, now).bind(6, now);
    if (!insert.exec())
        return insert.lastError();
    SqliteStatement id(store.handle(), "SELECT last_insert_rowid()");
    id.next();
    const qint64 newId = id.int64(0);
    if (auto status = transaction.commit(); !status)
        return status.error();
    return newId;
}

Status renameShortlist(Store &store, qint64 shortlistId, const QString &label)
{
    if (Error e = checkLabel(label); !isOk(e))
        return e;
    if (auto list = shortlist(store, shortlistId); !list)
        return list.error();
    if (Error e = checkWritable(store); !isOk(e))
        return e;
    Store::Transaction transaction(store);
    SqliteStatement update(store.handle(), "UPDATE shortlists SET label = ?, updated_at = ? WHERE id = ?");
    update.bind(1, label.trimmed()).bind(2, nowText()).bind(3, shortlistId);
    if (!update.exec())
        return update.lastError();
    return transaction.commit();
}

Status setShortlistCentre(Store &store, qint64 shortlistId, const ShortlistCentre &centre)
{
    if (auto list = shortlist(store, shortlistId); !list)
        return list.error();
    if (Error e = checkWritable(store); !isOk(e))
        return e;
    const ShortlistCentre c = roundedCentre(centre);
    Store::Transaction transaction(store);
    SqliteStatement update(store.handle(), "UPDATE shortlists SET centre_area = ?, centre_latitude = ?, centre_longitude = ?, updated_at = ? WHERE id = ?");
    update.bind(1, c.areaName.isEmpty() ? QString() : c.areaName).bind(2, c.latitude).bind(3, c.longitude).bind(4, nowText()).bind(5, shortlistId);
    if (!update.exec())
        return update.lastError();
    return transaction.commit();
}

Status deleteShortlist(Store &store, qint64 shortlistId)
{
    if (auto list = shortlist(store, shortlistId); !list)
        return list.error();
    if (Error e = checkWritable(store); !isOk(e))
        return e;
    Store::Transaction transaction(store);
    SqliteStatement entries(store.handle(), "DELETE FROM shortlist_entries WHERE shortlist_id = ?");
    entries.bind(1, shortlistId);
    if (!entries.exec())
        return entries.lastError();
    SqliteStatement list(store.handle(), "DELETE FROM shortlists WHERE id = ?");
    list.bind(1, shortlistId);
    if (!list.exec())
        return list.lastError();
    return transaction.commit();
}

Result<QList<Shortlist>> shortlists(const Store &store)
{
    SqliteStatement s(store.handle(), QByteArray(QByteArray(ListSelect) + "ORDER BY l.id").constData());
    if (!s.isValid())
        return s.prepareError();
    QList<Shortlist> lists;
    while (s.next())
        lists << readList(s);
    if (!isOk(s.lastError()))
        return s.lastError();
    return lists;
}

Result<Shortlist> shortlist(const Store &store, qint64 shortlistId)
{
    SqliteStatement s(store.handle(), QByteArray(QByteArray(ListSelect) + "WHERE l.id = ?").constData());
    if (!s.isValid())
        return s.prepareError();
    s.bind(1, shortlistId);
    if (s.next())
        return readList(s);
    if (!isOk(s.lastError()))
        return s.lastError();
    return Error(ErrorCode::NotFound, QStringLiteral("shortlist %1").arg(shortlistId)).inField(QStringLiteral("list"));
}

Result<Shortlist> findShortlist(const Store &store, const QString &idOrLabel)
{
    auto all = shortlists(store);
    if (!all)
        return all.error();
    bool isNumber = false;
    const qint64 id = idOrLabel.trimmed().toLongLong(&isNumber);
    QList<Shortlist> byLabel;
    for (const Shortlist &l : *all) {
        if (isNumber && l.id == id)
            return l;
        if (l.label == idOrLabel.trimmed())
            byLabel << l;
    }
    if (byLabel.size() == 1)
        return byLabel.front();
    if (byLabel.size() > 1)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("%1 lists are labelled '%2': give the list's id").arg(byLabel.size()).arg(idOrLabel))
            .inField(QStringLiteral("list"));
    return Error(ErrorCode::NotFound, QStringLiteral("no list '%1'").arg(idOrLabel)).inField(QStringLiteral("list"));
}

Result<QList<ShortlistEntry>> shortlistEntries(const Store &store, qint64 shortlistId)
{
    if (auto list = shortlist(store, shortlistId); !list)
        return list.error();
    SqliteStatement s(store.handle(), QByteArray(QByteArray(EntrySelect) + "WHERE shortlist_id = ? ORDER BY position, id").constData());
    if (!s.isValid())
        return s.prepareError();
    s.bind(1, shortlistId);
    QList<ShortlistEntry> entries;
    while (s.next())
        entries << readEntry(s);
    if (!isOk(s.lastError()))
        return s.lastError();
    return entries;
}

Result<ShortlistEntry> addShortlistEntry(Store &store, qint64 shortlistId, qint64 resourceId, std::optional<int> position, const QDate &today)
{
    if (auto list = shortlist(store, shortlistId); !list)
        return list.error();
    if (auto resource = store.resource(resourceId); !resource)
        return resource.error();
    if (entryId(store.handle(), shortlistId, resourceId).ok())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("resource %1 is already in list %2").arg(resourceId).arg(shortlistId));
    if (Error e = checkWritable(store); !isOk(e))
        return e;
    Store::Transaction transaction(store);
    auto ids = entryIdsInOrder(store.handle(), shortlistId);
    if (!ids)
        return ids.error();
    SqliteStatement insert(store.handle(), "INSERT INTO shortlist_entries (shortlist_id, resource_id, position, status, changed_on, note) "
                                           "VALUES (?, ?, ?, ?, ?, '')");
    if (!insert.isValid())
        return insert.prepareError();
    insert.bind(1, shortlistId).bind(2, resourceId).bind(3, qint64(ids->size() + 1))
        .bind(4, shortlistStatusCode(ShortlistStatus::NotContacted))
        .bind(5, (today.isValid() ? today : QDate::currentDate()).toString(Qt::ISODate));
    if (!insert.exec())
        return insert.lastError();
    SqliteStatement last(store.handle(), "SELECT last_insert_rowid()");
    last.next();
    const qint64 newId = last.int64(0);
    if (position) {
        const int at = std::clamp(*position, 1, int(ids->size()) + 1);
        ids->insert(at - 1, newId);
    } else {
        ids->append(newId);
    }
    if (Error e = renumber(store.handle(), shortlistId, *ids); !isOk(e))
        return e;
    auto entry = readEntryById(store.handle(), newId);
    if (!entry)
        return entry.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return entry;
}

Status removeShortlistEntry(Store &store, qint64 shortlistId, qint64 resourceId)
{
    auto id = entryToChange(store, shortlistId, resourceId);
    if (!id)
        return id.error();
    Store::Transaction transaction(store);
    SqliteStatement remove(store.handle(), "DELETE FROM shortlist_entries WHERE id = ?");
    remove.bind(1, *id);
    if (!remove.exec())
        return remove.lastError();
    auto ids = entryIdsInOrder(store.handle(), shortlistId);
    if (!ids)
        return ids.error();
    if (Error e = renumber(store.handle(), shortlistId, *ids); !isOk(e))
        return e;
    return transaction.commit();
}

Status moveShortlistEntry(Store &store, qint64 shortlistId, qint64 resourceId, int position)
{
    auto id = entryToChange(store, shortlistId, resourceId);
    if (!id)
        return id.error();
    Store::Transaction transaction(store);
    auto ids = entryIdsInOrder(store.handle(), shortlistId);
    if (!ids)
        return ids.error();
    ids->removeAll(*id);
    ids->insert(std::clamp(position, 1, int(ids->size()) + 1) - 1, *id);
    if (Error e = renumber(store.handle(), shortlistId, *ids); !isOk(e))
        return e;
    return transaction.commit();
}

Result<ShortlistEntry> updateShortlistEntry(Store &store, qint64 shortlistId, qint64 resourceId, std::optional<ShortlistStatus> status,
                                            std::optional<QString> note, const QDate &today)
{
    if (note && note->size() > ShortlistNoteMaxLength)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("a note has at most %1 characters").arg(ShortlistNoteMaxLength))
            .inField(QStringLiteral("note"));
    auto id = entryToChange(store, shortlistId, resourceId);
    if (!id)
        return id.error();
    Store::Transaction transaction(store);
    auto before = readEntryById(store.handle(), *id);
    if (!before)
        return before.error();
    SqliteStatement update(store.handle(), "UPDATE shortlist_entries SET status = ?, note = ?, changed_on = ? WHERE id = ?");
    update.bind(1, shortlistStatusCode(status.value_or(before->status)))
        .bindText(2, note ? note->trimmed() : before->note)
        .bind(3, (today.isValid() ? today : QDate::currentDate()).toString(Qt::ISODate))
        .bind(4, *id);
    if (!update.exec())
        return update.lastError();
    if (Error e = touchList(store.handle(), shortlistId); !isOk(e))
        return e;
    auto after = readEntryById(store.handle(), *id);
    if (!after)
        return after.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return after;
}

Status replaceShortlistEntries(Store &store, qint64 shortlistId, const QList<ShortlistEntry> &entries)
{
    if (auto list = shortlist(store, shortlistId); !list)
        return list.error();
    if (Error e = checkWritable(store); !isOk(e))
        return e;
    Store::Transaction transaction(store);
    SqliteStatement clear(store.handle(), "DELETE FROM shortlist_entries WHERE shortlist_id = ?");
    clear.bind(1, shortlistId);
    if (!clear.exec())
        return clear.lastError();
    SqliteStatement insert(store.handle(), "INSERT INTO shortlist_entries (shortlist_id, resource_id, position, status, changed_on, note) "
                                           "VALUES (?, ?, ?, ?, ?, ?)");
    int position = 0;
    for (const ShortlistEntry &e : entries) {
        insert.bind(1, shortlistId).bind(2, e.resourceId).bind(3, qint64(++position)).bind(4, shortlistStatusCode(e.status))
            .bind(5, (e.changedOn.isValid() ? e.changedOn : QDate::currentDate()).toString(Qt::ISODate)).bindText(6, e.note);
        if (!insert.exec())
            return insert.lastError();
    }
    if (Error e = touchList(store.handle(), shortlistId); !isOk(e))
        return e;
    return transaction.commit();
}

} // namespace careatlas
