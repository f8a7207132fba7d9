#pragma once

#include "core/import/ColumnMap.h"

#include <QString>

#include <optional>

namespace careatlas {

// The published layouts the importer recognises by their headers.
enum class SourceFormat {
    Auto,
    JpStandard,       // デジタル庁 自治体標準オープンデータセット (介護サービス事業所一覧, 医療機関一覧)
    JpStandardOld,    // 推奨データセット (old layout) of the same lists
    Mhlw,             // 介護サービス情報公表システム open data (one CSV per service type)
    Navii,            // 医療情報ネット (ナビイ) facility files
    Ksj,              // 国土数値情報 P04 医療機関 (P04_001 codes), P14 福祉施設 (P14_006/P14_007 codes, 第2.1版)
    Caremap,          // the caremap GeoJSON layout (Type, SubType, Name, Add1, Add2, …)
    LinkData,         // LinkData / Code for Japan tables: "#property" header, English names (高松市)
    Generic,          // any table with a name column (and a category column or a default category)
};

// Stable names used on the command line: auto, standard, standard-old, mhlw, navii, ksj,
// caremap, linkdata, csv. "jp-standard" is accepted for "standard".
QString sourceFormatName(SourceFormat format);
std::optional<SourceFormat> sourceFormatFromName(const QString &name);
// A resource's stored source as people read it: an import's "caremap: spot.geojson" (the
// layout's command-line name, kept as the source key) is shown as "spot.geojson".
QString sourceDisplayName(const QString &storedSource);

// The layout a table's headers say it is; Generic when no published layout fits.
SourceFormat detectSourceFormat(const ColumnMap &columns);

// Whether the headers have what `format` needs (used when the user names the format).
bool headersFit(const ColumnMap &columns, SourceFormat format);

// Columns whose meaning depends on the layout (LinkData's alternativeName = 医療機関の種類).
void applyFormatColumns(ColumnMap &columns, SourceFormat format);

} // namespace careatlas
