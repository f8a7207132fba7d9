#!/usr/bin/env python3
"""The benchmark's QGIS contender (docs/performance.md): the map `careatlas-cli render` draws,
drawn by QGIS through PyQGIS as a whole process — start, open the store's layers, render, save.

    python3 qgis_render.py STORE OUT.png LON LAT METRES_PER_PIXEL WIDTH HEIGHT
    python3 qgis_render.py STORE OUT.png full full 0 WIDTH HEIGHT      # the layers' full extent

The layers are the store's resources and area levels (GeoPackage, through OGR, with their
R*Trees), in QGIS's default symbols, projected to the JGD2011 UTM zone of the view's centre as
CareAtlas projects its map.
"""
import os
import sys

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsProject, QgsRectangle,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QSize


def utm_epsg(lon):
    zone = min(max(int((lon + 180.0) // 6.0) + 1, 51), 55)
    return 6688 + zone - 51


def main():
    store, out, lon, lat, mpp, width, height = sys.argv[1:8]
    width, height = int(width), int(height)
    app = QgsApplication([], False)
    app.initQgis()
    layers = []
    for table in ("resources", "areas_school_district", "areas_city", "areas_prefecture"):
        layer = QgsVectorLayer(f"{store}|layername={table}", table, "ogr")
        if layer.isValid():
            layers.append(layer)
    geographic = QgsCoordinateReferenceSystem("EPSG:6668")
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setOutputSize(QSize(width, height))
    if lon == "full":
        extent = QgsRectangle()
        for layer in layers:
            extent.combineExtentWith(layer.extent())
        crs = QgsCoordinateReferenceSystem(f"EPSG:{utm_epsg(extent.center().x())}")
        settings.setDestinationCrs(crs)
        settings.setExtent(QgsCoordinateTransform(geographic, crs, QgsProject.instance()).transformBoundingBox(extent))
    else:
        crs = QgsCoordinateReferenceSystem(f"EPSG:{utm_epsg(float(lon))}")
        settings.setDestinationCrs(crs)
        centre = QgsCoordinateTransform(geographic, crs, QgsProject.instance()).transform(float(lon), float(lat))
        half_w, half_h = width / 2 * float(mpp), height / 2 * float(mpp)
        settings.setExtent(QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    saved = job.renderedImage().save(out)
    # Everything that holds a layer goes before QGIS itself (else the exit crashes).
    del job, settings, layers
    app.exitQgis()
    if not saved:
        sys.exit(f"could not write {out}")
    # Python's own teardown of the QGIS bindings crashes (SIGSEGV) after the work is done and
    # QGIS has exited: leave without it.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
