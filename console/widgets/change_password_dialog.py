"""Change my password: the old one, the new one twice (``AccountService``)."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from console.domain.errors import ConsoleError
from console.services.account_service import AccountService

MIN_LENGTH = 6  # the services refuse shorter ones (auth_service.hash_password)


class ChangePasswordDialog(QDialog):
    def __init__(self, accounts: AccountService, user: str, parent=None):
        super().__init__(parent)
        self.setObjectName("ChangePasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.accounts = accounts
        self.user = user
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("User"), QLabel(user, self))
        self.old_edit = self._password_edit("old_password")
        self.new_edit = self._password_edit("new_password")
        self.repeat_edit = self._password_edit("repeat_password")
        form.addRow(self.tr("Current password"), self.old_edit)
        form.addRow(self.tr("New password"), self.new_edit)
        form.addRow(self.tr("New password again"), self.repeat_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.try_change)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _password_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.Password)
        return edit

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def try_change(self) -> bool:
        old, new, repeat = self.old_edit.text(), self.new_edit.text(), self.repeat_edit.text()
        if not old:
            self._show_error(self.tr("Enter your current password."))
            return False
        if len(new) < MIN_LENGTH:
            self._show_error(self.tr("The new password needs at least {n} characters.").format(
                n=MIN_LENGTH))
            return False
        if new != repeat:
            self._show_error(self.tr("The two new passwords differ."))
            self.repeat_edit.clear()
            return False
        try:
            self.accounts.change_own_password(self.user, old, new)
        except ConsoleError as exc:
            if exc.code == "wrong_password":
                self._show_error(self.tr("The current password is wrong."))
                self.old_edit.clear()
            elif exc.code == "password_unchanged":
                self._show_error(self.tr("The new password must differ from the current one."))
            else:
                self._show_error(self.tr("The password was not changed."))
            return False
        self.accept()
        return True
