#pragma once

#include "core/Error.h"

#include <QString>

struct sqlite3;

namespace careatlas::areanames {

// Schema version 7: on every area layer an index of (code, name, parent_code). An area's row
// holds its outline before its code and name (fid, geom, code, name, parent_code: the
// GeoPackage layout), so reading the names of 20,000 districts read every page of their
// outlines (about 80 MB); the index covers what a map reads besides the stored simplified
// outlines (geo/render/ExtentScene.h), in about 1 MB. SQLite keeps it in step; GDAL and QGIS
// ignore it.

// The index's name for an area layer: "ca_<table>_names".
QString indexName(const QString &table);
// The index on one area layer (a new level's layer gets it when it is made); idempotent.
Error addNameIndex(sqlite3 *db, const QString &table);
// Version 7: the index on every area layer (idempotent; for creation and migration).
Error applyVersion7(sqlite3 *db);

} // namespace careatlas::areanames
