"""The workstation's own settings (QSettings): database, language, base map, dock layout.

Center-wide settings live in the database; these are per user account of the machine.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QByteArray, QSettings

from console.widgets.i18n import DEFAULT_LANGUAGE

ORGANIZATION = "city-console"
APPLICATION = "console"
BASEMAP_KINDS = ("none", "xyz", "wms", "file")


class ConsoleSettings:
    """Typed access to the workstation settings (an INI file in the user's config folder)."""

    def __init__(self, qsettings: QSettings | None = None):
        self._s = qsettings or QSettings(QSettings.IniFormat, QSettings.UserScope,
                                         ORGANIZATION, APPLICATION)

    def _get(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return default if value is None else str(value)

    @property
    def db_url(self) -> str:
        return self._get("database/url")

    @db_url.setter
    def db_url(self, value: str) -> None:
        self._s.setValue("database/url", value or "")

    @property
    def server_url(self) -> str:
        """The center's application server: with it, this workstation writes only through
        the server and reads the database above with a read-only login."""
        return self._get("database/server")

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._s.setValue("database/server", value or "")

    @property
    def language(self) -> str:
        return self._get("ui/language", DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def basemap_kind(self) -> str:
        kind = self._get("map/basemap_kind", "none")
        return kind if kind in BASEMAP_KINDS else "none"

    @basemap_kind.setter
    def basemap_kind(self, value: str) -> None:
        self._s.setValue("map/basemap_kind", value)

    @property
    def basemap_url(self) -> str:
        return self._get("map/basemap_url")

    @basemap_url.setter
    def basemap_url(self, value: str) -> None:
        self._s.setValue("map/basemap_url", value or "")

    @property
    def last_user(self) -> str:
        return self._get("login/last_user")

    @last_user.setter
    def last_user(self, value: str) -> None:
        self._s.setValue("login/last_user", value)

    def layout(self, user: str) -> tuple[QByteArray | None, QByteArray | None]:
        """(geometry, dock state) saved for ``user``, or Nones."""
        geometry = self._s.value(f"layout/{user}/geometry")
        state = self._s.value(f"layout/{user}/state")
        return (geometry if isinstance(geometry, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def save_layout(self, user: str, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue(f"layout/{user}/geometry", geometry)
        self._s.setValue(f"layout/{user}/state", state)

    def sync(self) -> None:
        self._s.sync()
