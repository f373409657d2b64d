"""Log in: user and password, checked by ``AuthService``; errors are shown in the dialog."""

from __future__ import annotations

from collections.abc import Callable

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from console.domain.errors import ConsoleError
from console.domain.workflow import Actor
from console.services.app import Services
from console.widgets.error_text import error_text


def safe_url(url) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(str(url)).render_as_string(hide_password=True)
    except Exception:
        return str(url)


def database_name(url) -> str:
    """A short name of a database for the status bar: the SpatiaLite file's name, or
    host/database (or the service name) on PostgreSQL; never a password."""
    from sqlalchemy.engine import make_url

    try:
        u = make_url(str(url))
    except Exception:  # not a URL at all: say so rather than fail
        return str(url)
    if u.get_backend_name() == "sqlite":
        from pathlib import Path

        return Path(u.database).name if u.database else "sqlite"
    service = u.query.get("service") if u.query else None
    if service and not u.host:
        return f"service={service}"
    where = u.host or "localhost"
    if u.port:
        where += f":{u.port}"
    return f"{where}/{u.database or ''}"


class _ZoneContext:
    """The little of a panel context ``error_text`` needs before anyone is logged in."""

    def __init__(self, services):
        calendar = getattr(getattr(services, "policy", None), "calendar", None)
        self.zone = getattr(calendar, "zone", None)


class LoginDialog(QDialog):
    """Modal. After ``exec_() == Accepted``, ``actor`` is the logged-in user and ``services``
    the (possibly re-opened) services. ``reconnect(url)`` opens services on another database
    when the user changes it in the settings."""

    def __init__(self, services: Services, user: str = "",
                 reconnect: Callable[[str], Services] | None = None,
                 open_settings: Callable[[QDialog], str | None] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("LoginDialog")
        self.setWindowTitle(self.tr("Digital urban management console — log in"))
        self.services = services
        self.actor: Actor | None = None
        self._reconnect = reconnect
        self._open_settings = open_settings

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Digital urban management command console"), self)
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignCenter)
        layout.addWidget(title)

        form = QFormLayout()
        self.user_edit = QLineEdit(user, self)
        self.user_edit.setObjectName("user")
        form.addRow(self.tr("User"), self.user_edit)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("Password"), self.password_edit)
        self.database_label = QLabel(safe_url(services.db.url), self)
        self.database_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.database_label.setStyleSheet("color: #666;")
        self.database_label.setWordWrap(True)
        form.addRow(self.tr("Database"), self.database_label)
        layout.addLayout(form)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(self)
        self.login_button = buttons.addButton(self.tr("Log in"), QDialogButtonBox.AcceptRole)
        buttons.addButton(QDialogButtonBox.Cancel)
        if open_settings is not None:
            settings_button = QPushButton(self.tr("Settings…"), self)
            buttons.addButton(settings_button, QDialogButtonBox.ActionRole)
            settings_button.clicked.connect(self._on_settings_clicked)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.password_edit if user else self.user_edit).setFocus()

    def try_login(self) -> bool:
        name = self.user_edit.text().strip()
        if not name:
            self._show_error(self.tr("Enter your user name."))
            return False
        try:
            self.actor = self.services.auth.authenticate(name, self.password_edit.text())
        except ConsoleError as exc:
            # one wording for unknown user and wrong password; a lock names its end in the
            # center's time zone (the work calendar's), not the workstation's
            self._show_error(self.tr("Login failed: {reason}").format(
                reason=error_text(exc, _ZoneContext(self.services))))
            self.password_edit.clear()
            self.password_edit.setFocus()
            return False
        except Exception as exc:  # database unreachable, no schema, ...
            self._show_error(self.tr("Cannot reach the database: {reason}").format(
                reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
            return False
        self.accept()
        return True

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _on_settings_clicked(self) -> None:
        url = self._open_settings(self)
        if url and self._reconnect and url != str(self.services.db.url):
            try:
                self.services = self._reconnect(url)
            except Exception as exc:
                self._show_error(self.tr("Cannot open the database: {reason}").format(
                    reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
                return
            self.database_label.setText(safe_url(url))
            self.error_label.setVisible(False)
