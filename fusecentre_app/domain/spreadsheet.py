"""Files the office keeps in a spreadsheet, as rows of text: the encodings Excel saves CSV in,
the Hindi a save can lose on the way, and cells a spreadsheet would run as a formula (CSV
injection: which they are, and how an exported cell is made plain text, OWASP's advice).

Problems carry the spreadsheet row (header = row 1) so that a whole file can be refused at
once, naming each bad row; the imports (officer directory, complaint intake) read through
here and add their own checks per row.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_PHONE_TEXT = re.compile(r"\+[\d\s().-]+")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")
# What Excel's "CSV (Comma delimited)" leaves of text it cannot encode: a question mark for
# each letter. A cell of nothing else (two or more), or a run of three, was Hindi once.
_LOST = re.compile(r"[?\s.,()/-]*\?[?\s.,()/-]*\?[?\s.,()/-]*|.*\?\?\?.*", re.DOTALL)
# UTF-8 Devanagari (E0 A4 xx / E0 A5 xx) read as Windows-1252 and saved again: "à¤…".
_MOJIBAKE = re.compile("à[¤¥]")

SAVE_ADVICE = Message(
    QT_TRANSLATE_NOOP(
        "messages",
        'save the sheet as "CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx) and '
        "use that file",
    )
)


@dataclass(frozen=True)
class RowProblem:
    """One reason a file was refused; `row` is the spreadsheet row (None: the whole file)."""

    row: int | None
    message: str

    def __str__(self) -> str:
        return str(self.as_message())

    def as_message(self) -> str:
        """The problem as one sentence to translate (`row 4: …`)."""
        if self.row is None:
            return self.message
        return Message(
            QT_TRANSLATE_NOOP("messages", "row {row}: {problem}"),
            row=self.row,
            problem=self.message,
        )


class RowsRefused(ValueError):
    """A file that cannot be read as rows at all (its encoding, its header, lost text)."""

    def __init__(self, problems: Iterable[RowProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems))


def inert(cell: str) -> str:
    """A leading apostrophe makes the cell plain text. A cell that already starts with an
    apostrophe gets one more, so that an import which strips one marker apostrophe gives
    back exactly what was exported."""
    return "'" + cell if cell[:1] in (*FORMULA_START, "'") and cell else cell


def decode_text(data: bytes, name: str) -> str:
    """A CSV file's text: UTF-8 (with or without BOM), else Windows-1252 (what Excel saves
    as "CSV"); a UTF-16 file, or UTF-8 with a damaged byte, is refused by name."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise RowsRefused(
            [
                RowProblem(
                    None,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{name} is UTF-16 ('Unicode text'); save it as CSV UTF-8"
                        ),
                        name=name,
                    ),
                )
            ]
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Windows-1252 text has no valid UTF-8 sequences of two or more bytes; a file that has
        # them is UTF-8 with a damaged byte, and reading it as 1252 would garble every Hindi name.
        if _UTF8_SEQUENCE.search(data):
            line = data.count(b"\n", 0, exc.start) + 1
            raise RowsRefused(
                [
                    RowProblem(
                        None,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages", "{name} is UTF-8 but line {line} is not; save it again"
                            ),
                            name=name,
                            line=line,
                        ),
                    )
                ]
            ) from None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise RowsRefused(
            [
                RowProblem(
                    None,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{name} is neither UTF-8 nor Windows-1252 text"
                        ),
                        name=name,
                    ),
                )
            ]
        ) from None


def csv_records(text: str) -> list[list[str]]:
    """The file's records; a quoted line break stays inside its cell (one spreadsheet row)."""
    records: list[list[str]] = []
    try:
        records.extend(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise RowsRefused(
            [
                RowProblem(
                    len(records) + 1,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "not readable as CSV ({exc})"),
                        exc=exc,
                    ),
                )
            ]
        ) from None
    return records


def cell_text(
    raw: str, column: str, bad: Callable[[str], None], *, phone: bool = False
) -> str | None:
    """The cell's text, or None when it was refused (already reported through `bad`). In a
    `phone` column a number written `+91 98350 12345` is a number, not a formula."""
    if raw[:1] == "'" and raw[1:2] and raw[1] in (*FORMULA_START, "'"):
        return raw[1:]  # text marked as text, as the exports write it
    if "\x00" in raw:
        bad(f"{column} holds a NUL character (\\x00), which cannot be stored")
        return None
    value = raw.strip()
    first = raw[:1] if raw[:1] in ("\t", "\r") else value[:1]
    if first and first in FORMULA_START:
        if phone and _PHONE_TEXT.fullmatch(value):
            return value
        shown = {"\t": "a tab", "\r": "a line break"}.get(first, repr(first))
        bad(f"{column} starts with {shown}, so a spreadsheet would run it as a formula")
        return None
    return value


def header_key(title: str) -> str:
    """A header cell as a key: lower case, "_" for gaps ("Mobile No." -> "mobile_no")."""
    return re.sub(r"[^0-9a-z]+", "_", title.strip().lstrip("\ufeff").casefold()).strip("_")


def row_list(rows: Sequence[int]) -> str:
    """Rows 2, 3, 4, 7 as "2-4, 7"."""
    spans: list[list[int]] = []
    for row in sorted(set(rows)):
        if spans and row == spans[-1][1] + 1:
            spans[-1][1] = row
        else:
            spans.append([row, row])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def _columns_on_rows(found: Mapping[str, list[int]]) -> Message:
    """`name_hi on row(s) 3-5; address on row(s) 7`, as one translatable message."""
    listed: Message | None = None
    for column, rows in found.items():
        item = Message(
            QT_TRANSLATE_NOOP("messages", "{column} on row(s) {rows}"),
            column=column,
            rows=row_list(rows),
        )
        listed = (
            item
            if listed is None
            else Message(QT_TRANSLATE_NOOP("messages", "{list}; {item}"), list=listed, item=item)
        )
    assert listed is not None
    return listed


def lost_text_problems(
    records: Sequence[Sequence[str]], columns: Mapping[str, int], name: str
) -> list[RowProblem]:
    """The Hindi a save lost: cells in `columns` (name -> index) that are only question marks,
    or Devanagari garbled into "à¤…" by a file read as ANSI and saved again. One problem per
    kind, naming the columns and rows, with what to do (said once)."""
    lost: dict[str, list[int]] = {}
    garbled: dict[str, list[int]] = {}
    for number, record in enumerate(records[1:], start=2):
        for column, index in columns.items():
            cell = record[index].strip() if index < len(record) else ""
            if cell and _LOST.fullmatch(cell):
                lost.setdefault(column, []).append(number)
            elif _MOJIBAKE.search(cell):
                garbled.setdefault(column, []).append(number)
    problems: list[RowProblem] = []
    if lost:
        where = _columns_on_rows(lost)
        problems.append(
            RowProblem(
                None,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{where} came back as question marks: the file was saved as "
                        '"CSV (Comma delimited)", which cannot keep Hindi; {advice}',
                    ),
                    where=where,
                    advice=SAVE_ADVICE,
                ),
            )
        )
    if garbled:
        where = _columns_on_rows(garbled)
        problems.append(
            RowProblem(
                None,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{where} reads as 'à¤…': the Hindi was garbled when "
                        "{name} was opened as ANSI text "
                        "and saved again; take the original list, or {advice}",
                    ),
                    where=where,
                    name=name,
                    advice=SAVE_ADVICE,
                ),
            )
        )
    return problems
