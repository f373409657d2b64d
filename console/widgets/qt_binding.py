"""Qt modules that ``qgis.PyQt`` does not wrap (Qt Charts, Qt Multimedia), taken from the
binding ``qgis.PyQt`` wraps — found from it, never named in the code — so the console always
runs on the one Qt that QGIS loaded (PyQt5 under QGIS 3, PyQt6 under QGIS 4)."""

from __future__ import annotations

import importlib
from types import ModuleType

from qgis.PyQt import QtCore

#: the package behind qgis.PyQt: its classes live in e.g. "PyQt5.QtCore"
BINDING = QtCore.QObject.__module__.split(".")[0]


def extra_module(*names: str) -> ModuleType | None:
    """The first of ``names`` (a module's name differs between bindings: ``QtChart`` in
    PyQt5, ``QtCharts`` in PyQt6) that the binding has installed, or None."""
    for name in names:
        try:
            return importlib.import_module(f"{BINDING}.{name}")
        except ImportError:
            continue
    return None
