#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace careatlas::geo {

// One attribute field of a layer.
struct FieldInfo {
    QString name;
    QString type;        // OGR's type name: "String", "Integer", "Integer64", "Real", ...
    bool operator==(const FieldInfo &) const = default;
};

// Which field was chosen for a role, and why (a sentence for the user, in their language).
struct FieldGuess {
    QString field;       // empty: nothing fits
    QString reason;
};

// Guesses the field that holds an area's name and the one that holds its code, from the
// field names (名称, NAME, *_NAME, 国土数値情報 layouts such as A27_003/A27_007, N03_004, …)
// and the values (`columns[i]` are the values of `fields[i]` in file order). A code field
// must have non-empty, mostly distinct values (features sharing a code are parts of one area;
// a city code repeated over all districts is not a district code); a name field holds text.
FieldGuess guessNameField(const QList<FieldInfo> &fields, const QList<QStringList> &columns);
FieldGuess guessCodeField(const QList<FieldInfo> &fields, const QList<QStringList> &columns);

} // namespace careatlas::geo
