"""Loading the UI language: our ``resources/i18n/console_<lang>.qm`` plus Qt's own strings.

The source texts are English, so ``en`` needs no translator. Translators are owned by the
caller (the launcher keeps them for the life of the application).
"""

from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")


def language_name(code: str) -> str:
    # Each language is named in itself, so a user who cannot read the current UI finds theirs.
    return {"zh_CN": "简体中文", "en": "English"}.get(code, code)


def install_translator(app: QCoreApplication, language: str | None) -> list[QTranslator]:
    """Install the translators of ``language`` on ``app``; returns them (keep a reference).

    Unknown languages fall back to the English source texts.
    """
    language = language or DEFAULT_LANGUAGE
    installed: list[QTranslator] = []
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        return installed
    # our texts, then the QGIS widget texts we show (when QGIS's own .qm is not installed)
    for name in (f"console_{language}", f"qgis_extra_{language}"):
        ours = QTranslator(app)
        if ours.load(name, str(I18N_DIR)):
            app.installTranslator(ours)
            installed.append(ours)
    qt_dir = QLibraryInfo.location(QLibraryInfo.TranslationsPath)
    for name in ("qtbase", "qt"):
        qt = QTranslator(app)
        if qt.load(f"{name}_{language}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
            break
    QLocale.setDefault(QLocale(language))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)
    translators.clear()
