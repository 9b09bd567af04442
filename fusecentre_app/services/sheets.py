"""Spreadsheet files in and out: a CSV or an Excel workbook (.xlsx) read as rows of text, and
a table written as either, by the name's ending.

Reading: a CSV goes through `domain.spreadsheet.decode_text`; a workbook's first sheet is
read with openpyxl, each cell as the text Excel shows for it. A whole number whose number
format is only zeros ("00000", how Excel keeps an employee id's leading zeros in a number
cell) comes back padded: 123 shown as 00123 is "00123". A formula cell comes back as its
formula ("=…"), which the imports refuse like a formula in a CSV. An old .xls is refused.

Writing: a CSV is UTF-8 with a BOM (`csvfile.write_csv`); a workbook has every text cell as
text (a mobile, a docket, a consumer number stay as typed, and a cell starting with "=" is
text, never a formula), numbers as numbers, a bold header and frozen first row. Either is
written beside the target and moved into place when complete.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from pathlib import Path

from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.spreadsheet import RowProblem, RowsRefused, csv_records, decode_text
from fusecentre_app.services.csvfile import write_csv
from fusecentre_app.services.errors import ServiceError, ValidationError

Cell = str | int | float


class FileRefused(ValidationError):
    """A file with problems; nothing of it was taken. `problems` lists all of them, by row
    (the message groups them: "file", "row 2", …)."""

    def __init__(self, problems: Iterable[RowProblem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: p.row or 0))
        grouped: dict[str, str] = {}
        for p in self.problems:
            key = "file" if p.row is None else f"row {p.row}"
            grouped[key] = f"{grouped[key]}; {p.message}" if key in grouped else p.message
        super().__init__(grouped)


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
_ZEROS = re.compile(r"0+")


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{name}: there is no such file."),
                name=path.name,
            )
        ) from None
    except OSError as exc:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{name}: cannot be read ({reason})."),
                name=path.name,
                reason=exc.strerror or exc,
            )
        ) from exc


def read_records(path: Path) -> list[list[str]]:
    """The file's rows as text (CSV or the first sheet of a workbook); `RowsRefused` for a
    file that cannot be read as rows (its encoding, its kind)."""
    data = read_bytes(path)
    suffix = path.suffix.casefold()
    if suffix == ".xls" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise RowsRefused(
            [
                RowProblem(
                    None,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{name} is an old Excel 97-2003 workbook; save it as "
                            "an Excel workbook (.xlsx) or as "
                            '"CSV UTF-8 (Comma delimited)"',
                        ),
                        name=path.name,
                    ),
                )
            ]
        )
    if suffix in WORKBOOK_SUFFIXES or data[:4] == b"PK\x03\x04":
        return workbook_records(data, path.name)
    return csv_records(decode_text(data, path.name))


def workbook_records(data: bytes, name: str) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise RowsRefused(
            [
                RowProblem(
                    None,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{name} is not an Excel workbook (.xlsx) that can be read"
                        ),
                        name=name,
                    ),
                )
            ]
        ) from None
    try:
        sheet = book.worksheets[0]
        records = [
            [_cell_text(cell.value, getattr(cell, "number_format", None)) for cell in row]
            for row in sheet.iter_rows()
        ]
    finally:
        book.close()
    while records and not any(records[-1]):
        records.pop()
    return records


def _cell_text(value: object, number_format: str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        if number_format and _ZEROS.fullmatch(number_format):
            return str(value).zfill(len(number_format))
        return str(value)
    if isinstance(value, datetime):
        shows_time = value.time() != time() or "h" in (number_format or "").casefold()
        return f"{value:%Y-%m-%d %H:%M}" if shows_time else f"{value:%Y-%m-%d}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, time):
        return f"{value:%H:%M}"
    return str(value)


def write_table(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    sheet_title: str = "Sheet1",
) -> None:
    """Write a CSV or, for a name ending in .xlsx, a workbook (see the module)."""
    if path.suffix.casefold() in WORKBOOK_SUFFIXES:
        _write_workbook(path, header, rows, sheet_title)
    else:
        write_csv(path, header, ([str(cell) for cell in row] for row in rows))


def _write_workbook(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], title: str
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    sheet.freeze_panes = "A2"
    widths = [len(h) for h in header]
    rows = [list(row) for row in rows]
    for row in rows:
        for i, cell in enumerate(row[: len(widths)]):
            widths[i] = max(widths[i], min(len(str(cell)), 60))
    for i, width in enumerate(widths):
        sheet.column_dimensions[_column_letter(i)].width = width + 2
    bold = Font(bold=True)
    titles = []
    for text in header:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        titles.append(cell)
    sheet.append(titles)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
                cell.data_type = "s"  # text as typed: "=…" is not a formula, 00123 keeps its 0s
            else:
                cell = WriteOnlyCell(sheet, value=value)
            cells.append(cell)
        sheet.append(cells)
    partial = path.with_name(path.name + ".part")
    try:
        book.save(partial)
        os.replace(partial, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{name}: cannot be written ({reason}); if it is open "
                    "in a spreadsheet, close it and "
                    "try again.",
                ),
                name=path.name,
                reason=exc.strerror or exc,
            )
        ) from exc


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))
