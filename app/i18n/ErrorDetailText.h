#pragma once

#include <QString>

namespace careatlas {

// The technical detail of an Error (CareAtlas's own words, or SQLite's, GDAL's, Qt's) in the
// user's language, when it is a known kind of detail: "binary data (zero bytes)" becomes
// 「画像などのバイナリデータ（値が 0 のバイト）を含んでいます。」. Details that carry nothing the
// sentence does not say already ("QPdfWriter") become an empty string. Unknown text comes
// back unchanged with `known == false`: the caller shows it apart, on a 詳細 line.
struct DetailText {
    QString text;
    bool known = false;
};

DetailText translateErrorDetail(const QString &detail);

// A GDAL geometry type name ("Multi Polygon", "3D Line String", "TIN") as the glossary words it:
// ポリゴン, 線, 点, 複合図形, 3 次元の面. Unknown names come back unchanged.
QString geometryTypeLabel(const QString &gdalName);

} // namespace careatlas
