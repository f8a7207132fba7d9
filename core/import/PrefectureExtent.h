#pragma once

#include <QString>

#include <optional>

namespace careatlas {

// The extent of a prefecture: its southern, northern, western and eastern extremes (国土地理院
// 「都道府県の東西南北端点の経緯度（世界測地系）」), in degrees. A point outside it, by more than a
// small margin, is certainly outside the prefecture (a point inside may still be outside: the
// extent is a box).
struct PrefectureExtent {
    const char *code;   // "01" … "47" (JIS X 0401)
    const char *name;   // "北海道"
    double south, north, west, east;
};

// The prefecture of a 全国地方公共団体コード or 都道府県コード ("17", "172014", "17201"): its
// first two digits, when they are 01–47.
std::optional<PrefectureExtent> prefectureOfCode(const QString &localGovernmentCode);

// Whether (latitude, longitude) lies outside the extent by more than `marginDegrees`.
bool isOutsidePrefecture(const PrefectureExtent &prefecture, double latitude, double longitude, double marginDegrees = 0.02);

} // namespace careatlas
