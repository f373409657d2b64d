"""A synthetic but believable demo city around Taizhou, Jiangsu (泰州), in EPSG:4549.

``geometry`` builds the districts, streets, communities, unit grid cells, roads, water and
buildings; ``components`` places the 部件 of a catalog on that grid. Pure Python, shapely,
numpy and pyproj: no Qt, QGIS or SQL here.
"""
