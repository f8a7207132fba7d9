#!/usr/bin/env python3
"""Writes seed inputs for careatlas-fuzz-areas into the folder given (uses ogr2ogr)."""
import os, struct, subprocess, sys, tempfile

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
geojson = '''{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"名称":"長町小学校","CODE":"S1"},"geometry":{"type":"Polygon","coordinates":[[[136.60,36.50],[136.62,36.50],[136.62,36.60],[136.60,36.60],[136.60,36.50]]]}},
{"type":"Feature","properties":{"名称":"蝶形","CODE":"S2"},"geometry":{"type":"Polygon","coordinates":[[[136.6,36.5],[136.7,36.6],[136.7,36.5],[136.6,36.6],[136.6,36.5]]]}},
{"type":"Feature","properties":{"名称":"穴","CODE":"S3"},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[1,2],[2,2],[2,1],[1,1]]]]}}]}'''
with open(os.path.join(out, 'geojson.bin'), 'wb') as f:
    f.write(b'\x00' + geojson.encode('utf-8'))
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, 'a.geojson')
    open(src, 'w', encoding='utf-8').write(geojson)
    for encoding in ('CP932', 'UTF-8'):
        shp = os.path.join(tmp, 'a_%s.shp' % encoding)
        subprocess.run(['ogr2ogr', '-f', 'ESRI Shapefile', '-lco', 'ENCODING=' + encoding, shp, src], check=True)
        parts = [open(shp[:-4] + s, 'rb').read() for s in ('.shp', '.shx', '.dbf')]
        with open(os.path.join(out, 'shape_%s.bin' % encoding), 'wb') as f:
            f.write(b'\x80' + struct.pack('<II', len(parts[0]), len(parts[1])) + b''.join(parts))
