"""Persistence: SQLAlchemy/GeoAlchemy2 tables, engines for SpatiaLite and PostGIS, migrations."""
