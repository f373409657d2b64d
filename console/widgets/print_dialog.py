"""打印: the 派遣单 / 案卷 of the selected case, and the monthly report, to PDF or a printer.

QGIS renders print layouts on the GUI thread only (QgsLayoutExporter), so the export runs
there under a busy cursor: a few hundred milliseconds for one case (its map extract reads
only the neighbourhood). The command line uses the same functions headless.
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsLayoutExporter
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QMenu

from console.maps import print_layouts
from console.widgets import labels
from console.widgets.i18n import I18N_DIR

#: the language of the printed forms: the center's documents are Chinese whatever the UI's
FORM_LANGUAGE = "zh_CN"
_FORM_TRANSLATOR: list = []


def form_labels() -> print_layouts.Labels:
    """The display names the printed forms use: ``labels``' tables through a private Chinese
    translator (never installed, so the UI's language stays as the user chose)."""
    if not _FORM_TRANSLATOR:
        translator = QTranslator()
        translator.load(f"console_{FORM_LANGUAGE}", str(I18N_DIR))
        _FORM_TRANSLATOR.append(translator)
    translator = _FORM_TRANSLATOR[0]

    def named(table):
        def label(key) -> str:
            if key is None or key == "":
                return ""
            source = table.get(key)
            return (translator.translate("Labels", source) or source) if source else str(key)
        return label

    yes, no = (translator.translate("Labels", t) or t for t in ("Yes", "No"))
    return print_layouts.Labels(
        state=named(labels.STATES), action=named(labels.ACTIONS), kind=named(labels.KINDS),
        source=named(labels.SOURCES), close_type=named(labels.CLOSE_TYPES),
        yes_no=lambda v: "" if v is None else (yes if v else no),
        check_result=named(labels.CHECK_RESULTS))


def form_titles() -> dict[str, str]:
    return {"dispatch": QCoreApplication.translate("PrintDialog", "Dispatch slip"),
            "case": QCoreApplication.translate("PrintDialog", "Case file")}


# --- the command line --------------------------------------------------------------------


_HEADLESS: list = []


def headless_application():
    """The process's QgsApplication (offscreen unless a platform is set)."""
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
        app = QgsApplication([], True)
        app.initQgis()
        # held for the process: a QgsApplication whose wrapper is collected is deleted
        _HEADLESS.append(app)
    return app


def print_case(services, ref: str, out: str, form: str = print_layouts.DEFAULT_FORM) -> dict:
    """`console case print`: one case's form to a PDF file."""
    headless_application()
    printed = print_layouts.case_form(services, ref, form, form_labels())
    try:
        result = print_layouts.export_pdf(printed, out)
    finally:
        printed.close()
    return {"case": printed.variables["case_code"], "form": form, **result}


def print_monthly(services, month: str, out: str) -> dict:
    """`console report monthly`: the month's evaluation report to a PDF file."""
    headless_application()
    print_layouts.month_bounds(month)  # a bad month is refused before QGIS works
    printed = print_layouts.monthly_report(services, month)
    try:
        result = print_layouts.export_pdf(printed, out)
    finally:
        printed.close()
    return {"month": month, **result}


# --- the console -------------------------------------------------------------------------


def print_menu(parent, on_form) -> QMenu:
    """打印 ▸ 派遣单 / 案卷, each to a PDF file or to a printer: ``on_form(form, printer)``
    is called with the choice."""
    menu = QMenu(QCoreApplication.translate("PrintDialog", "Print"), parent)
    menu.setObjectName("print_menu")
    for printer in (False, True):
        for form, title in form_titles().items():
            text = (QCoreApplication.translate("PrintDialog", "{form} to printer…") if printer
                    else QCoreApplication.translate("PrintDialog", "{form} as PDF…"))
            action = menu.addAction(text.format(form=title))
            action.setObjectName(f"print_{form}_{'printer' if printer else 'pdf'}")
            action.triggered.connect(lambda _=False, f=form, p=printer: on_form(f, p))
        if not printer:
            menu.addSeparator()
    return menu


def save_form(parent, services, case: dict, form: str, path: str | None = None) -> str | None:
    """Ask where to save (unless ``path`` is given) and write the PDF; returns the path or
    None when the user cancelled. Errors propagate as ConsoleError for the caller to show."""
    if path is None:
        title = form_titles()[form]
        suggested = str(Path.home() / f"{case['code']}-{title}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("PrintDialog", "Save {form} as PDF").format(
                form=title), suggested, QCoreApplication.translate("PrintDialog", "PDF (*.pdf)"))
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        printed = print_layouts.case_form(services, case["id"], form, form_labels())
        try:
            print_layouts.export_pdf(printed, path)
        finally:
            printed.close()
    finally:
        QApplication.restoreOverrideCursor()
    return path


def send_to_printer(parent, services, case: dict, form: str) -> bool:
    """The system print dialog (QPrinter); True when the form was sent."""
    from qgis.PyQt.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec_() != QPrintDialog.Accepted:
        return False
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        printed = print_layouts.case_form(services, case["id"], form, form_labels())
        try:
            result = QgsLayoutExporter(printed.layout).print(
                printer, QgsLayoutExporter.PrintExportSettings())
        finally:
            printed.close()
    finally:
        QApplication.restoreOverrideCursor()
    return result == QgsLayoutExporter.Success
