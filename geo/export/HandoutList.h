#pragma once

#include "core/Catalogue.h"
#include "core/Resource.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace careatlas::geo {

// The numbered list of a handout map (docs/export.md): the resources shown, grouped by category
// in catalogue order (a heading with the symbol and the count), each with the number drawn
// beside its symbol on the map, its name, address and phone.
struct HandoutEntry {
    int number = 0;
    qint64 id = 0;                    // the resource's
    int category = -1;                // index into the categories given to paintHandoutList
    QString name;
    QString details;                  // address, phone
};

struct HandoutListStyle {
    double pointSize = 8.0;           // large print: 12
    double symbolSize = 10.0;
    bool colourBlindSafe = false;
    QString language = QStringLiteral("ja");
};

// The entries numbered 1…n in list order: by category (catalogue order), then by kana or name.
QList<HandoutEntry> handoutEntries(const QList<Resource> &resources, const QList<Category> &categories);

// Paints entries from `first` into `box`, in as many columns as `columns`; returns the index of
// the first entry that did not fit (entries.size() when all did). `notes` (e.g. the area names
// that found no room on the map) come first, on the first call only.
int paintHandoutList(QPainter &painter, const QRectF &box, const QList<HandoutEntry> &entries, int first,
                     const QList<Category> &categories, const HandoutListStyle &style, int columns, const QStringList &notes = {});

} // namespace careatlas::geo
