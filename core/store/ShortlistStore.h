#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace careatlas {

class Store;

// Referral shortlists (候補リスト) of a care manager, kept in the store (schema version 4:
// tables shortlists and shortlist_entries; docs/shortlist.md). Privacy: a list has a free
// label that must not be the client's name, and its centre is kept only as the matched
// 町丁目 name or a point rounded to about 100 m, never the address typed.

// Where a referral stands. Stored as the code; shown through the glossary's words
// (未連絡, 照会中, 受入可, 受入不可, 保留).
enum class ShortlistStatus { NotContacted, Inquiring, Accepting, Declined, OnHold };

QString shortlistStatusCode(ShortlistStatus status);                           // "not_contacted" …
// A code ("inquiring") or its Japanese word (照会中); nullopt for anything else.
std::optional<ShortlistStatus> shortlistStatusFromText(const QString &text);
const QList<ShortlistStatus> &allShortlistStatuses();
// The status in the user's language (未連絡, 照会中, 受入可, 受入不可, 保留).
QString shortlistStatusLabel(ShortlistStatus status);

// The centre a list was made around: the matched 町丁目 name and/or a rounded point.
struct ShortlistCentre {
    QString areaName;                  // e.g. 金沢市本町二丁目 (never a block or house number)
    std::optional<double> latitude;    // rounded to CentreDecimals (about 100 m)
    std::optional<double> longitude;
    bool hasPoint() const { return latitude.has_value() && longitude.has_value(); }
    bool isEmpty() const { return areaName.isEmpty() && !hasPoint(); }
    bool operator==(const ShortlistCentre &) const = default;
};
inline constexpr int ShortlistCentreDecimals = 3;   // 0.001° ≈ 111 m north-south, ≈ 90 m east-west
// The centre as stored: the point rounded to ShortlistCentreDecimals.
ShortlistCentre roundedCentre(const ShortlistCentre &centre);

struct Shortlist {
    qint64 id = 0;
    QString label;
    ShortlistCentre centre;
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC, the last change of the list or an entry
    int entryCount = 0;
};

struct ShortlistEntry {
    qint64 id = 0;
    qint64 shortlistId = 0;
    qint64 resourceId = 0;
    int position = 0;      // 1-based, the number printed on the sheet
    ShortlistStatus status = ShortlistStatus::NotContacted;
    QDate changedOn;       // the date of the last change of status or note
    QString note;          // free text: 「空き2名、月水金」
    bool operator==(const ShortlistEntry &) const = default;
};

inline constexpr int ShortlistLabelMaxLength = 80;
inline constexpr int ShortlistNoteMaxLength = 500;

// Each call is one transaction (or a savepoint of an open Store::Transaction).
// Errors: InvalidArgument (empty or too long label, note too long), NotFound (no such list,
// resource or entry; InvalidArgument also for a resource already in the list), StoreReadOnly and the store's own.
Result<qint64> createShortlist(Store &store, const QString &label, const ShortlistCentre &centre = {});
Status renameShortlist(Store &store, qint64 shortlistId, const QString &label);
Status setShortlistCentre(Store &store, qint64 shortlistId, const ShortlistCentre &centre);
Status deleteShortlist(Store &store, qint64 shortlistId);
Result<QList<Shortlist>> shortlists(const Store &store);
Result<Shortlist> shortlist(const Store &store, qint64 shortlistId);
// A list by its id ("3") or its exact label; NotFound, or InvalidArgument when a label is shared.
Result<Shortlist> findShortlist(const Store &store, const QString &idOrLabel);

// The entries of a list in order.
Result<QList<ShortlistEntry>> shortlistEntries(const Store &store, qint64 shortlistId);
// Adds a resource at the end (or at a 1-based position, the others moving down).
Result<ShortlistEntry> addShortlistEntry(Store &store, qint64 shortlistId, qint64 resourceId,
                                         std::optional<int> position = std::nullopt, const QDate &today = {});
Status removeShortlistEntry(Store &store, qint64 shortlistId, qint64 resourceId);
// Moves an entry to a 1-based position (clamped to the list).
Status moveShortlistEntry(Store &store, qint64 shortlistId, qint64 resourceId, int position);
// Changes the status and/or the note of an entry and stamps the date (today when not given).
Result<ShortlistEntry> updateShortlistEntry(Store &store, qint64 shortlistId, qint64 resourceId,
                                            std::optional<ShortlistStatus> status, std::optional<QString> note,
                                            const QDate &today = {});

// Replaces the entries of a list with `entries` as given (their order, status, date and note):
// undo and redo of the window's changes. One transaction.
Status replaceShortlistEntries(Store &store, qint64 shortlistId, const QList<ShortlistEntry> &entries);

} // namespace careatlas
