"""Pure domain: no Qt, no QGIS, no SQL. Everything here is testable with plain pytest."""
