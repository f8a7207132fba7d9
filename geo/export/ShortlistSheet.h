#pragma once

#include "core/Feedback.h"
#include "core/Result.h"
#include "core/export/ExportData.h"
#include "core/store/ShortlistStore.h"
#include "geo/export/PageStyle.h"
#include "geo/render/MapScene.h"

#include <QHash>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace careatlas {
class Store;
}

namespace careatlas::geo {

// One referral shortlist as it is printed, written as CSV, copied as text and compared
// (docs/shortlist.md): the list, its entries in order, each entry's resource (missing when the
// resource was deleted since), the distance from the list's centre, and the catalogue.
struct ShortlistSheet {
    Shortlist list;
    QList<ShortlistEntry> entries;
    ExportData data;                        // resources by entry order (deleted ones left out), distanceOf
    QHash<qint64, QDate> lastConfirmed;     // resource id → the day an import last had it

    // The resource of an entry, or null when it was deleted.
    const Resource *resourceOf(const ShortlistEntry &entry) const;
};

// Reads a list and its resources from an open store (geodesic distances from the centre).
Result<ShortlistSheet> loadShortlistSheet(const Store &store, qint64 shortlistId, const QString &language = QStringLiteral("ja"));

// What is typed when the sheet is made: printed, never stored (the client label in particular).
struct ShortlistPrintOptions {
    QString title;            // empty: 紹介候補リスト
    QString preparedBy;       // 作成者 (a care manager's name or office)
    QString clientLabel;      // 利用者: typed at print time, printed, never stored or logged
    QDate date = QDate::currentDate();
    PageSetup page;           // A4 portrait
    bool map = true;          // the map of the centre with numbered markers
};

// The text of a missing value, per the glossary (未登録 / —).
QString missingValueText();
// A distance as printed: "850 m", "1.2 km".
QString distanceText(double metres);

// The columns of the CSV and the text copy, and their headers.
QStringList shortlistColumnHeaders();
QList<QStringList> shortlistRows(const ShortlistSheet &sheet);

// CSV (UTF-8 with BOM, RFC 4180, cells neutralised against formulas), written safely.
Status writeShortlistCsv(const ShortlistSheet &sheet, const QString &path);
// Tab-separated text with a header line, for e-mail or chat ("copy as text").
QString shortlistText(const ShortlistSheet &sheet);

// The 紹介候補リスト PDF: A4 portrait, black and white (legible on a fax): title, date,
// prepared by, client, the map of the centre with numbered markers, the table (No, name,
// service, distance, phone, FAX, hours, status, note, a blank 確認欄) continued over pages,
// sources and their as-of dates at the foot. `scene`: the store's scene for the map (null: no
// map). Written through a temporary file and renamed. Returns the number of pages.
Result<int> writeShortlistPdf(const ShortlistSheet &sheet, const ShortlistPrintOptions &options, MapScenePointer scene,
                              const QString &path, const Feedback &feedback = {});
// The same pages on a paged device of page pixels (printing).
Result<int> paintShortlistPages(const ShortlistSheet &sheet, const ShortlistPrintOptions &options, MapScenePointer scene,
                                QPagedPaintDevice &device, QPainter &painter, const Feedback &feedback = {});

} // namespace careatlas::geo
