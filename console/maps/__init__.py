"""Everything QGIS: layer specs and factory, the city map canvas, map tools, highlights.

Reads the database only through QGIS's own providers (SpatiaLite, PostGIS); never writes.
May import ``console.services`` and ``console.domain``; never ``console.widgets``.
"""
