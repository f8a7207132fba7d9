#include "core/import/CoordinateCheck.h"

#include "core/import/HeaderNormalizer.h"
#include "core/text/CompiledRegex.h"

#include <QRegularExpression>

#include <cmath>

namespace careatlas {

bool isInJapan(double latitude, double longitude)
{
    return latitude >= 20.0 && latitude <= 46.0 && longitude >= 122.0 && longitude <= 154.5;
}

std::optional<double> parseCoordinate(const QString &text, bool *wasDms)
{
    if (wasDms)
        *wasDms = false;
    const QString value = normalizeValue(text);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (ok)
        return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;

    static const QRegularExpression dms = compiledRegex(QString::fromUtf8(
        "^([NSEW北南東西]|北緯|南緯|東経|西経)?\\s*(\\d+(?:\\.\\d+)?)\\s*[°度:º˚]\\s*"
        "(?:(\\d+(?:\\.\\d+)?)\\s*['′’分:]\\s*)?(?:(\\d+(?:\\.\\d+)?)\\s*(?:\"|″|′′|''|”|秒)?\\s*)?([NSEW])?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = dms.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const double degrees = match.captured(2).toDouble();
    const double minutes = match.captured(3).isEmpty() ? 0.0 : match.captured(3).toDouble();
    const double seconds = match.captured(4).isEmpty() ? 0.0 : match.captured(4).toDouble();
    if (minutes >= 60.0 || seconds >= 60.0)
        return std::nullopt;
    double result = degrees + minutes / 60.0 + seconds / 3600.0;
    const QString hemisphere = match.captured(1) + match.captured(5);
    if (hemisphere.contains(QLatin1Char('S'), Qt::CaseInsensitive) || hemisphere.contains(QLatin1Char('W'), Qt::CaseInsensitive)
        || hemisphere.contains(QString::fromUtf8("南")) || hemisphere.contains(QString::fromUtf8("西")))
        result = -result;
    if (wasDms)
        *wasDms = true;
    return result;
}

CheckedCoordinates checkCoordinates(std::optional<double> latitude, std::optional<double> longitude)
{
    CheckedCoordinates checked;
    if (!latitude || !longitude) {
        checked.problem = CheckedCoordinates::Problem::Missing;
        return checked;
    }
    if (*latitude == 0.0 && *longitude == 0.0) {
        checked.problem = CheckedCoordinates::Problem::Zero;
        return checked;
    }
    if (isInJapan(*latitude, *longitude)) {
        checked.latitude = latitude;
        checked.longitude = longitude;
        return checked;
    }
    if (isInJapan(*longitude, *latitude)) {
        checked.latitude = longitude;
        checked.longitude = latitude;
        checked.swapped = true;
        return checked;
    }
    checked.problem = CheckedCoordinates::Problem::OutOfJapan;
    return checked;
}

CheckedCoordinates checkCoordinates(const QString &latitudeText, const QString &longitudeText)
{
    if (normalizeValue(latitudeText).isEmpty() && normalizeValue(longitudeText).isEmpty())
        return checkCoordinates(std::nullopt, std::nullopt);
    bool latitudeDms = false, longitudeDms = false;
    const auto latitude = parseCoordinate(latitudeText, &latitudeDms);
    const auto longitude = parseCoordinate(longitudeText, &longitudeDms);
    if (!latitude || !longitude) {
        CheckedCoordinates checked;
        checked.problem = CheckedCoordinates::Problem::Unparsable;
        return checked;
    }
    CheckedCoordinates checked = checkCoordinates(latitude, longitude);
    checked.convertedDms = (latitudeDms || longitudeDms) && checked.hasLocation();
    return checked;
}

} // namespace careatlas
