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

// Writes `folder`/kaigo_jigyosho.csv: the 推奨データセット 介護サービス事業所一覧 header (22 columns)
// and `rows` (UTF-8, each ending in a newline); the same name every time, as a city's releases.
QString writeKaigoJigyoshoList(const QString &folder, const QString &rows);

} // namespace careatlas::test

