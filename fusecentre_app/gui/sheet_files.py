"""Choosing a spreadsheet file to read or write: the native file dialogs with the kinds the
office uses (CSV and Excel workbooks), and the ending added for the kind chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_open_sheet(parent: QWidget, title: str) -> Path | None:
    """A CSV or .xlsx file to read, or None if the clerk cancelled."""
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        title,
        "",
        QCoreApplication.translate(
            "sheet_files",
            "Spreadsheets (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)",
        ),
    )
    return Path(name) if name else None


def ask_save_sheet(parent: QWidget, title: str, suggested: str) -> Path | None:
    """Where to write a CSV or an .xlsx (by the kind chosen when the name has no ending),
    or None if the clerk cancelled."""
    workbook = QCoreApplication.translate("sheet_files", "Excel workbook (*.xlsx)")
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        suggested,
        ";;".join([workbook, QCoreApplication.translate("sheet_files", "CSV UTF-8 (*.csv)")]),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.casefold() not in (".csv", ".xlsx"):
        path = path.with_name(path.name + (".xlsx" if chosen == workbook else ".csv"))
    return path
