#pragma once

#include "core/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace careatlas {

struct Category;
struct Flag;

// An area chosen in the filter: resources inside it (and so inside its children).
struct AreaChoice {
    QString levelCode;
    QString areaCode;
    QString areaName;    // for describing the filter
    bool operator==(const AreaChoice &) const = default;
};

// A client's home (or any point) and a radius: resources within it, nearest first.
struct NearChoice {
    double latitude = 0;
    double longitude = 0;
    double radiusMetres = 2000;
    QString label;       // "山田様宅", an address, a resource's name; for describing the filter
    bool operator==(const NearChoice &) const = default;
};

// Resources that left their source's list (retired by an import of the whole list, kept with the
// date they left): hidden unless asked for.
enum class RetiredChoice { Hide, Include, Only };
// "hide", "include", "only" (the CLI's --retired and the filter's JSON).
std::optional<RetiredChoice> retiredChoiceFromString(const QString &text);

// The one filter state of the application (../shared/design/architecture.md): the map, the
// resource table, the area tree counts and every export follow it. Each part narrows the
// result; an empty part lets everything through.
struct ResourceFilter {
    QStringList categories;          // category codes (any of them); empty: every category
    QStringList flags;               // flag codes (all of them)
    QString text;                    // the store's full-text search (name, kana, address, operator, notes)
    std::optional<AreaChoice> area;
    std::optional<NearChoice> near;
    // "Not confirmed for N months": only resources whose last confirmation (the day an import of
    // their source last had them, else their source's as-of date) is at least this many months
    // before today, or that were never confirmed. 0: off.
    int notConfirmedMonths = 0;
    RetiredChoice retired = RetiredChoice::Hide;

    bool isEmpty() const;
    // The day before which a resource counts as not confirmed (null when the part is off).
    QDate notConfirmedBefore(const QDate &today) const;
    bool operator==(const ResourceFilter &) const = default;

    // For presets and the last filter, kept between sessions.
    QJsonObject toJson() const;
    static Result<ResourceFilter> fromJson(const QJsonObject &object);

    // The filter in words, e.g. 「訪問看護ステーション・認知症対応・泉野圏域・本町1丁目から2 km以内」 —
    // for titles of lists and maps. Empty for an empty filter.
    QString describe(const QList<Category> &categories, const QList<Flag> &flags, const QString &language) const;
};

} // namespace careatlas
