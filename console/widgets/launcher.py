"""The composition root of the desktop console (``console run``).

Creates the one ``QgsApplication`` of the process, installs the translator chosen in the
settings, opens the services, logs the user in, and hands services, actor and map to the
main window. Nothing else creates an application, a database engine or a translator.
"""

from __future__ import annotations

import os
import sys
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog

from console.domain.errors import ConsoleError
from console.services.app import Services, open_services
from console.store.engine import default_url
from console.widgets.i18n import install_translator, remove_translators
from console.widgets.settings import APPLICATION, ORGANIZATION, ConsoleSettings

EXIT_LOGIN_FAILED = 4
EXIT_CANCELLED = 1


def _application() -> tuple[QgsApplication, bool]:
    """The process's QgsApplication; created (and initialised) only if there is none."""
    app = QgsApplication.instance()
    if app is not None:
        return app, False
    app = QgsApplication([], True)
    app.initQgis()
    return app, True


def _install_excepthook(window_ref: list):
    """Last resort: an unexpected error is printed and shown in the message bar, and the
    console keeps running (a Python exception in a Qt slot would otherwise abort).
    Returns the previous hook (restored when the console ends)."""
    previous = sys.excepthook

    def hook(kind, value, tb):
        traceback.print_exception(kind, value, tb)
        window = window_ref[0] if window_ref else None
        if window is not None:
            try:
                window.show_error(QCoreApplication.translate("MainWindow", "Unexpected error"),
                                  f"{kind.__name__}: {value}")
            except Exception:  # the window itself is broken: stderr must do
                previous(kind, value, tb)

    sys.excepthook = hook
    return previous


def _open_settings_dialog(settings: ConsoleSettings, current_url: str):
    def run(parent) -> str | None:
        from console.widgets.settings_dialog import SettingsDialog

        dialog = SettingsDialog(settings, current_url, parent)
        if dialog.exec_() == QDialog.Accepted:
            return settings.db_url or None
        return None

    return run


def resolve_db_url(db_url: str | None, settings: ConsoleSettings) -> tuple[str, str]:
    """(url, where it came from): ``--db``, then ``CONSOLE_DB``, then the database saved in
    the settings dialog, then the default SpatiaLite file. The environment outranks the
    saved setting: a kiosk or a script sets it on purpose, the setting may be months old."""
    if db_url:
        return db_url, "option"
    env = os.environ.get("CONSOLE_DB")
    if env:
        return env, "environment"
    if settings.db_url:
        return settings.db_url, "settings"
    return default_url(), "default"


def resolve_server_url(server: str | None, settings: ConsoleSettings) -> str | None:
    """The application server, in the same order as the database: option, environment,
    saved setting; none means embedded mode (this process writes the database itself)."""
    return server or os.environ.get("CONSOLE_SERVER") or settings.server_url or None


def open_workstation(url: str, server: str | None) -> Services:
    """In a center the workstation reads ``url`` (the read-only role) and writes through the
    server; alone, it runs the services in-process on ``url``."""
    services = open_services(url)
    if not server:
        return services
    from console.services.remote import RemoteServices

    return RemoteServices(server, reader=services)


def login(services: Services, settings: ConsoleSettings, as_user: str | None,
          password: str | None, server: str | None = None):
    """(actor, services) or (None, services) when the user cancels. Raises on a failed
    non-interactive login (``as_user`` with ``password``)."""
    if as_user and password is not None:
        return services.auth.authenticate(as_user, password), services
    from console.widgets.login_dialog import LoginDialog

    opened = [services]

    def reconnect(url: str) -> Services:
        fresh = open_workstation(url, server)
        opened[0].close()
        opened[0] = fresh
        return fresh

    dialog = LoginDialog(services, user=as_user or settings.last_user, reconnect=reconnect,
                         open_settings=_open_settings_dialog(settings, str(services.db.url)))
    if dialog.exec_() != QDialog.Accepted:
        return None, dialog.services
    return dialog.actor, dialog.services


def screen_for(app, screen: int | str | None = None):
    """The screen the window is given: ``screen`` (index or name), else ``CONSOLE_SCREEN``,
    else the primary screen (on X11, the ``-display``/``DISPLAY`` one)."""
    wanted = screen if screen not in (None, "") else os.environ.get("CONSOLE_SCREEN")
    screens = app.screens()
    if wanted not in (None, ""):
        for i, s in enumerate(screens):
            if str(wanted) in (str(i), s.name()):
                return s
    return app.primaryScreen()


def place_window(window, app, video_wall: bool, screen: int | str | None = None) -> None:
    """Show the window on its screen: the video wall covers the whole screen, even without a
    window manager (which would otherwise leave it at its size hint, e.g. 200×175); a desk
    gets the user's saved geometry or, the first time, the whole available screen."""
    target = screen_for(app, screen)
    window.winId()  # creates the native window, so that it can be moved to the screen
    if window.windowHandle() is not None and target is not None:
        window.windowHandle().setScreen(target)
    if video_wall:
        window.setGeometry(target.geometry())
        window.showFullScreen()
        window.setGeometry(target.geometry())  # again: showFullScreen alone does not resize
    elif window.restored_geometry:
        window.show()
    else:  # first start of this user: the whole screen
        window.setGeometry(target.availableGeometry())
        window.showMaximized()


def wall_screens(app, screen: int | str | None, count: int) -> list:
    """The ``count`` screens of a video wall: the map's screen (``screen_for``) first, then the
    others in the system's order. Fewer attached than asked: those there, and a word on
    stderr (a kiosk whose monitor dropped out still starts)."""
    first = screen_for(app, screen)
    others = [s for s in app.screens() if s is not first]
    chosen = [first, *others][:max(count, 1)]
    if len(chosen) < count:
        print(f"console: --screens {count}, but {len(chosen)} screen(s) attached: the wall uses "
              f"{len(chosen)}", file=sys.stderr)
    return chosen


def launch(db_url: str | None = None, as_user: str | None = None, video_wall: bool = False,
           password: str | None = None, screen: int | str | None = None,
           server: str | None = None, screens: int = 1) -> int:
    """Run the console until its window closes; returns the process exit status."""
    app, created = _application()
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    settings = ConsoleSettings()
    translators = install_translator(app, settings.language)  # kept until the end
    url, _origin = resolve_db_url(db_url, settings)
    server = resolve_server_url(server, settings)
    services = open_workstation(url, server)
    try:
        try:
            actor, services = login(services, settings, as_user, password, server)
        except ConsoleError as exc:
            print(f"console: {exc.kind}: {exc.message}", file=sys.stderr)
            return EXIT_LOGIN_FAILED
        if actor is None:
            return EXIT_CANCELLED
        settings.last_user = actor.name

        from console.maps.city_map import CityMap
        from console.widgets.main_window import MainWindow

        window_ref: list = []
        previous_hook = _install_excepthook(window_ref)
        try:
            while True:  # once per login: 注销/切换用户 comes back here without a restart
                city_map = CityMap(str(services.db.url), video_wall=video_wall)
                window = MainWindow(services, actor, city_map, settings=settings,
                                    video_wall=video_wall)
                window_ref.append(window)
                place_window(window, app, video_wall, screen)
                if video_wall and getattr(window, "wall", None) is not None:  # panels: beside or on others
                    window.wall.place(wall_screens(app, screen, screens))
                city_map.zoom_to_city()
                status = app.exec_()
                window_ref.clear()
                if not getattr(window, "logout_requested", False):
                    return status
                window.deleteLater()
                try:
                    actor, services = login(services, settings, None, None, server)
                except ConsoleError as exc:
                    print(f"console: {exc.kind}: {exc.message}", file=sys.stderr)
                    return EXIT_LOGIN_FAILED
                if actor is None:  # the login dialog was closed: the console ends
                    return status
                settings.last_user = actor.name
        finally:
            window_ref.clear()
            sys.excepthook = previous_hook
    finally:
        services.close()
        remove_translators(app, translators)
        if created:
            app.exitQgis()
