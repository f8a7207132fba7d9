#pragma once

#include <QList>
#include <QString>

namespace careatlas {

// The symbol a category is drawn with; colour and shape together keep categories apart.
enum class SymbolShape { Circle, Square, Triangle, Diamond, Star, Hexagon, Cross, InvertedTriangle };

QString symbolShapeName(SymbolShape shape);
SymbolShape symbolShapeFromName(const QString &name);

struct CategoryGroup {
    QString code;      // stable identifier: consultation, medical, care, housing, community
    QString labelJa;
    QString labelEn;
    QString label(const QString &language) const { return language == QLatin1String("ja") ? labelJa : labelEn; }
};

struct Category {
    QString code;      // stable identifier, stored and used on the command line
    QString groupCode;
    QString labelJa;
    QString labelEn;
    QString color;     // "#rrggbb"
    SymbolShape shape = SymbolShape::Circle;
    QString label(const QString &language) const { return language == QLatin1String("ja") ? labelJa : labelEn; }
    // The short name for trees and legends, where space is narrow: the official 通称 of the
    // default catalogue (特養, グループホーム, 老健 …; docs/glossary.md) while the store keeps the
    // default name, else label(language). Lists, details and prints use the full label.
    QString shortLabel(const QString &language) const;
};

struct Flag {
    QString code;      // stable identifier: open_24h, dementia, ...
    QString labelJa;
    QString labelEn;
    QString label(const QString &language) const { return language == QLatin1String("ja") ? labelJa : labelEn; }
};

// The catalogue CareAtlas ships with (../shared/design/categories.md). A store holds its own
// copy, which users may extend; these are the defaults a new store is seeded with.
const QList<CategoryGroup> &defaultGroups();
const QList<Category> &defaultCategories();
const QList<Flag> &defaultFlags();

const Category *findDefaultCategory(const QString &code);

// The version of the default catalogue; a store records the one it was seeded or topped up with
// (ca_meta "catalogue_version") and gets the categories added since when it is opened.
int catalogueVersion();

} // namespace careatlas
