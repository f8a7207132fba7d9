#pragma once

#include <QString>

namespace careatlas::test {

// Path of a file in ../shared/data (real public data), e.g. "kosai/spot.geojson".
// When the folder is missing: with CI set the calling test FAILS; otherwise it is skipped
// with a warning. Returns an empty string when the test must not go on:
//     const QString spots = sharedDataFile(QStringLiteral("kosai/spot.geojson"));
//     if (spots.isEmpty()) return;
QString sharedDataFile(const QString &relativePath);

// The project's source and build folders.
QString sourceDir();
QString binaryDir();

} // namespace careatlas::test

