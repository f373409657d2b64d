"""Spatial bookmarks of one user, kept by QGIS's own ``QgsBookmarkManager``.

Each user's bookmarks live in their own XML file beside the console's settings
(``bookmarks-<user>.xml``, QGIS's bookmark export format), written on every change, so they survive
restarts and follow the user from desk to desk when the settings folder does. The model
for views is QGIS's ``QgsBookmarkManagerModel``.
"""

from __future__ import annotations

import re
from pathlib import Path

from qgis.core import (
    QgsBookmark,
    QgsBookmarkManager,
    QgsBookmarkManagerModel,
    QgsCoordinateReferenceSystem,
    QgsReferencedRectangle,
)
from qgis.PyQt.QtCore import QObject, QSettings

GROUP = "console"


def bookmarks_path(user: str) -> Path:
    """The user's bookmark file, in the folder of the console's (INI) settings."""
    settings = QSettings(QSettings.IniFormat, QSettings.UserScope, "city-console", "console")
    folder = Path(settings.fileName()).parent
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", user) or "user"
    return folder / f"bookmarks-{safe}.xml"


class BookmarkStore(QObject):
    def __init__(self, user: str, crs: str, path: Path | None = None, parent=None):
        super().__init__(parent)
        self.path = Path(path) if path is not None else bookmarks_path(user)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.crs = QgsCoordinateReferenceSystem(crs)
        self.manager = QgsBookmarkManager(self)
        # QGIS's own file format (Bookmark Manager → Import/Export): read now, written on
        # every change (3.22's initialize() writes an empty file, so import/export it is)
        if self.path.exists():
            self.manager.importFromFile(str(self.path))
        for signal in (self.manager.bookmarkAdded, self.manager.bookmarkRemoved,
                       self.manager.bookmarkChanged):
            signal.connect(self._save)
        # the model shows an application and a project manager; it needs both (a null
        # project manager crashes it on the first change): the second one stays empty
        self._unused = QgsBookmarkManager(self)
        self.model = QgsBookmarkManagerModel(self.manager, self._unused, self)

    def _save(self, *args) -> None:
        QgsBookmarkManager.exportToFile(str(self.path), [self.manager])

    def add(self, name: str, extent) -> str:
        bookmark = QgsBookmark()
        bookmark.setName(name.strip())
        bookmark.setGroup(GROUP)
        bookmark.setExtent(QgsReferencedRectangle(extent, self.crs))
        bookmark_id, ok = self.manager.addBookmark(bookmark)
        if not ok:
            raise ValueError(f"cannot add bookmark {name!r}")
        return bookmark_id

    def remove(self, bookmark_id: str) -> bool:
        return self.manager.removeBookmark(bookmark_id)

    def bookmarks(self) -> list[QgsBookmark]:
        return sorted(self.manager.bookmarks(), key=lambda b: b.name())

    def get(self, bookmark_id: str) -> QgsBookmark | None:
        bookmark = self.manager.bookmarkById(bookmark_id)
        return bookmark if bookmark.id() else None
