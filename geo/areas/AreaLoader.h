#pragma once

#include "core/Result.h"
#include "geo/areas/CrsGuess.h"
#include "geo/areas/FieldGuess.h"
#include "geo/areas/JobControl.h"
#include "geo/areas/TextEncoding.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace careatlas::geo {

// What the user chose; empty means "guess".
struct AreaLoadOptions {
    QString layer;
    QString nameField;
    QString codeField;
    QString parentField;     // holds the code of the parent area (optional, never guessed)
    QString encoding;        // "CP932", "UTF-8", …
    QString crs;             // anything OGR reads: "EPSG:6675", WKT, PROJ string
    std::optional<LonLat> near;   // where the data is expected (picks a plane-rectangular zone)
};

// Something that happened to one feature.
struct FeatureIssue {
    qint64 feature = 0;      // 1-based position in the file
    QString code;            // the area's code, when known
    QString kind;            // stable, e.g. "made_valid" (repaired), "empty" (dropped), "merged_duplicate_code"
    QString message;         // a sentence for the user
};

struct LoadedArea {
    QString code;
    QString name;
    QString parentCode;      // from the parent field, if any
    QByteArray wkb;          // ISO WKB MultiPolygon, EPSG:6668, lon/lat
    qint64 feature = 0;      // 1-based position of its (first) feature in the file
    bool nameLooksGarbled = false;
};

struct AreaLoadReport {
    QString path;
    QString driver;
    QString layer;
    QStringList layers;                  // every layer of the source
    qint64 featureCount = 0;             // features in the layer
    FieldGuess nameField;
    FieldGuess codeField;                // empty field: codes came from names or feature order
    QString parentField;
    QString encoding, encodingSource, encodingReason;
    CrsChoice crs;
    std::optional<std::array<double, 4>> bboxLonLat;   // of every feature read: min lon, min lat, max lon, max lat
    QList<FeatureIssue> repaired;        // kept, after a repair
    QList<FeatureIssue> dropped;         // not imported
    QList<FeatureIssue> notes;           // names, codes, merges
    QList<GarbledField> garbledFields;   // text that looks like mojibake
    bool namesLookGarbled = false;
};

struct AreaLoadResult {
    QList<LoadedArea> areas;             // in file order, one per code
    AreaLoadReport report;
};

// Reads the polygons of one layer of any OGR vector source as areas: names and codes from
// the chosen or guessed fields, text decoded as OpenedLayer.h describes, geometry reprojected
// to JGD2011 (EPSG:6668, lon/lat) from the file's CRS, the user's, or a guessed one, and
// repaired (GeometryRepair.h). Features sharing a code are merged into one area. Reports
// what was guessed, repaired, dropped and what looks garbled. Never writes anything.
// Errors: those of openLayer; LayerNotChosen (several layers, none chosen); EmptyLayer,
// NoGeometry, NoPolygons, UnsupportedGeometry (a layer that cannot give areas); FieldNotFound;
// InvalidCrs, CrsUnknown, CoordinatesOutOfRange; FeaturesDropped (not a single area left);
// Cancelled.
Result<AreaLoadResult> loadAreas(const QString &path, const AreaLoadOptions &options = {}, const JobControl &job = {});

// The dropped features as one line for an error's detail: "#3 (C3) the feature could not be read …; #4 …".
QString droppedList(const QList<FeatureIssue> &dropped);

// Text for a note about a source's files (kinds "rebuilt_shx", "no_dbf", "ignored_prj",
// "ignored_cpg", "record_count_mismatch"; OgrSource.h), translated.
QString sourceNoteText(const QString &kind, const QString &argument);

// Text for a stable issue kind (translated).
QString issueText(const QString &kind);

} // namespace careatlas::geo
