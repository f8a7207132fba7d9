#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace careatlas {

// One medical, care, housing or community resource, with every attribute of
// ../shared/design/categories.md. Coordinates are geographic JGD2011 (EPSG:6668).
struct Resource {
    qint64 id = 0;                 // the store's feature id; 0 for a resource not yet stored
    QString categoryCode;

    // identity
    QString name;
    QString kana;
    QString operatorName;          // 法人名
    QString officialNumber;        // 介護保険事業所番号 / 医療機関コード
    QString source;                // where the record came from
    QDate sourceDate;

    // contact
    QString postalCode;
    QString address;
    QString phone;
    QString fax;
    QString website;

    // place
    std::optional<double> latitude;
    std::optional<double> longitude;
    bool hasLocation() const { return latitude.has_value() && longitude.has_value(); }

    // service
    QString hours;
    QString closedDays;
    std::optional<int> capacity;
    std::optional<int> vacancies;
    QDate vacanciesDate;
    QString serviceArea;
    QString notes;

    QStringList flags;             // flag codes (open_24h, dementia, ...)

    QDateTime updatedAt;           // stamped by the store on every change (UTC)
    // The row's version: 1 when stored, one more at every change (the store's trigger counts
    // changes by other programs too). A save names the version it read and is refused, or
    // merged field by field, when the row has moved on (Store::saveResourceChanges).
    qint64 version = 0;

    bool operator==(const Resource &) const = default;
};

} // namespace careatlas
