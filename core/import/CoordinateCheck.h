#pragma once

#include <QString>

#include <optional>

namespace careatlas {

// Japan's extent with a margin (Okinotorishima to Cape Soya, Yonaguni to Minamitorishima).
bool isInJapan(double latitude, double longitude);

// A coordinate as published: decimal degrees ("35.6812", full-width digits too) or degrees,
// minutes and seconds ("35°40'52.3\"N", "35度40分52.3秒", "35:40:52.3"). `wasDms` tells which.
std::optional<double> parseCoordinate(const QString &text, bool *wasDms = nullptr);

// The checked place of a row.
struct CheckedCoordinates {
    enum class Problem {
        None,
        Missing,        // no coordinates given: the resource is unplaced
        Unparsable,     // not a number: unplaced
        Zero,           // 0,0 (a placeholder): unplaced
        OutOfJapan,     // outside Japan even when swapped: unplaced
    };
    std::optional<double> latitude;
    std::optional<double> longitude;
    Problem problem = Problem::None;
    bool swapped = false;        // latitude and longitude were exchanged (fixed)
    bool convertedDms = false;   // degrees-minutes-seconds converted to decimal (fixed)
    bool hasLocation() const { return latitude.has_value() && longitude.has_value(); }
};

// Parses and checks a latitude and a longitude: swapped values are exchanged when that puts
// the point in Japan; 0,0, out-of-range and unparsable values give no location.
CheckedCoordinates checkCoordinates(const QString &latitudeText, const QString &longitudeText);
CheckedCoordinates checkCoordinates(std::optional<double> latitude, std::optional<double> longitude);

} // namespace careatlas
