"""A directory file's rows, read and checked, with no store behind them: the header's
spellings, each cell (a formula-like cell refused, a phone number as people write it), each
row's designation, numbers and feeders, and rows that repeat an employee id or a mobile.

Every problem is collected with its spreadsheet row number (header = row 1) so the whole
file can be refused at once, naming each bad row (see `services.directory`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers

from fusecentre_app.domain.enums import Designation
from fusecentre_app.domain.limits import OFFICER_FIELDS, text_problem
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone
from fusecentre_app.domain.spreadsheet import (
    RowProblem,
    RowsRefused,
    cell_text,
    csv_records,
    header_key,
    lost_text_problems,
)

COLUMNS = (
    "employee_id",
    "name",
    "name_hi",
    "designation",
    "mobile",
    "alternate",
    "reports_to",
    "feeders",
)

# Header spellings seen in published lists, after `header_key` (lower case, "_" for gaps).
_ALIASES = {
    **dict.fromkeys(
        ("employee_id", "employee_no", "employee_number", "employee_code", "emp_id", "emp_no"),
        "employee_id",
    ),
    **dict.fromkeys(("name", "name_en", "name_english", "english_name", "officer_name"), "name"),
    **dict.fromkeys(("name_hi", "hindi_name", "name_hindi", "name_in_hindi"), "name_hi"),
    **dict.fromkeys(("designation", "post"), "designation"),
    **dict.fromkeys(("mobile", "mobile_no", "mobile_number", "phone", "phone_number"), "mobile"),
    **dict.fromkeys(
        ("alternate", "alternate_no", "alternate_number", "alternate_mobile", "alt_mobile"),
        "alternate",
    ),
    **dict.fromkeys(("reports_to", "reporting_to", "reporting_officer"), "reports_to"),
    **dict.fromkeys(("feeders", "feeder", "feeder_codes"), "feeders"),
}

_DESIGNATIONS = {d.value: d for d in Designation} | {"AEE": Designation.SDO}
_RANK = {Designation.EE: 0, Designation.SDO: 1, Designation.JE: 2, Designation.LINEMAN: 3}
_PHONE_COLUMNS = {"mobile", "alternate"}


@dataclass
class OfficerRow:
    number: int
    employee_id: str = ""
    name: str = ""
    name_hi: str = ""
    designation: Designation | None = None
    mobile: str | None = None  # E.164 once valid
    alternate: str | None = None
    reports_to: str = ""
    feeder_ids: frozenset[int] = frozenset()


def columns_of(header: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, title in enumerate(header):
        column = _ALIASES.get(header_key(title))
        if column is None:
            continue  # other columns are ignored
        if column in found:
            first = header[found[column]].strip()
            problems.append(
                RowProblem(
                    1,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "columns {first!r} and {second!r} both give {column}"
                        ),
                        first=first,
                        second=title.strip(),
                        column=column,
                    ),
                )
            )
        else:
            found[column] = index
    missing = [c for c in COLUMNS if c not in found]
    if missing:
        problems.append(
            RowProblem(
                1,
                Message(
                    QT_TRANSLATE_NOOP("messages", "missing column(s): {columns}"),
                    columns=", ".join(missing),
                ),
            )
        )
    if problems:
        raise RowsRefused(problems)
    return found


def parse_rows(text: str, feeders: dict[str, int], problems: list[RowProblem]) -> list[OfficerRow]:
    return parse_records(csv_records(text), feeders, problems, "the file")


def parse_records(
    records: Sequence[Sequence[str]],
    feeders: dict[str, int],
    problems: list[RowProblem],
    name: str,
) -> list[OfficerRow]:
    """The rows of a CSV or a worksheet (cells as text); a file whose Hindi names were lost
    on a save is refused whole (`lost_text_problems`)."""
    if not records or not any(c.strip() for c in records[0]):
        raise RowsRefused(
            [
                RowProblem(
                    1, Message(QT_TRANSLATE_NOOP("messages", "the header row is empty or missing"))
                )
            ]
        )
    columns = columns_of(records[0])
    lost = lost_text_problems(records, {"name_hi": columns["name_hi"]}, name)
    if lost:
        raise RowsRefused(lost)
    width = len(records[0])
    folded = {code.casefold(): fid for code, fid in feeders.items()}
    rows: list[OfficerRow] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(c.strip() for c in record):
            continue  # blank rows are common at the end of a sheet
        if any(c.strip() for c in record[width:]):
            problems.append(
                RowProblem(
                    number,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "has more cells than the header (an unquoted comma?)"
                        ),
                    ),
                )
            )
        rows.append(_parse_row(number, record, columns, feeders, folded, problems))
    return rows


def _parse_row(
    number: int,
    record: Sequence[str],
    columns: dict[str, int],
    feeders: dict[str, int],
    folded: dict[str, int],
    problems: list[RowProblem],
) -> OfficerRow:
    def bad(message: str) -> None:
        problems.append(RowProblem(number, message))

    cells: dict[str, str | None] = {}
    for column, index in columns.items():
        raw = record[index] if index < len(record) else ""
        cells[column] = cell_text(raw, column, bad, phone=column in _PHONE_COLUMNS)
    row = OfficerRow(number)
    for column in ("employee_id", "name", "designation", "mobile"):
        if cells[column] == "":
            bad(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{column} is empty"),
                    column=column.replace("_", " "),
                )
            )
    for column, (label, limit) in OFFICER_FIELDS.items():
        problem = text_problem(label, cells.get(column) or "", limit)
        if problem is not None:
            bad(problem[0].lower() + problem[1:].rstrip("."))
    row.employee_id = cells["employee_id"] or ""
    row.name = cells["name"] or ""
    row.name_hi = cells["name_hi"] or ""
    row.reports_to = cells["reports_to"] or ""

    designation = cells["designation"]
    if designation:
        row.designation = _DESIGNATIONS.get(re.sub(r"[\s.]+", "", designation).upper())
        if row.designation is None:
            bad(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "designation {designation!r} is not one of EE, SDO, JE, LINEMAN"
                    ),
                    designation=designation,
                )
            )

    mobile, alternate = cells["mobile"], cells["alternate"]
    if mobile:
        try:
            row.mobile = normalise_phone(mobile, mobile_only=True)
        except InvalidPhoneNumber as exc:
            bad(
                Message(
                    QT_TRANSLATE_NOOP("messages", "mobile {mobile}: {exc}"),
                    mobile=mobile,
                    exc=_sentence_part(exc),
                )
            )
    if alternate:
        try:
            row.alternate = normalise_phone(alternate)
        except InvalidPhoneNumber as exc:
            bad(
                Message(
                    QT_TRANSLATE_NOOP("messages", "alternate {alternate}: {exc}"),
                    alternate=alternate,
                    exc=_sentence_part(exc),
                )
            )

    ids: set[int] = set()
    unknown: list[str] = []
    for code in re.split(r"[;,]", cells["feeders"] or ""):
        code = code.strip()
        if not code:
            continue
        fid = feeders.get(code, folded.get(code.casefold()))
        if fid is None:
            unknown.append(code)
        else:
            ids.add(fid)
    if unknown:
        bad(
            Message(
                QT_TRANSLATE_NOOP("messages", "unknown feeder(s) {feeders}"),
                feeders=", ".join(unknown),
            )
        )
    row.feeder_ids = frozenset(ids)
    return row


def _sentence_part(exc: Exception) -> str:
    text = str(exc).rstrip(".")
    return text[:1].lower() + text[1:]


def check_duplicates(rows: list[OfficerRow], problems: list[RowProblem]) -> set[int]:
    """Report a second row with the same employee id or mobile; return those rows' numbers."""
    repeated: set[int] = set()
    first: dict[tuple[str, str], int] = {}
    for r in rows:
        keys = [("employee id", r.employee_id)] if r.employee_id else []
        if r.mobile:
            keys.append(("mobile", r.mobile))
        for key in keys:
            if key in first:
                shown = plain_phone(key[1]) if key[0] == "mobile" else key[1]
                problems.append(
                    RowProblem(
                        r.number,
                        Message(
                            QT_TRANSLATE_NOOP("messages", "{key} {shown} is also on row {first}"),
                            key=key[0],
                            shown=shown,
                            first=first[key],
                        ),
                    )
                )
                repeated.add(r.number)
            else:
                first[key] = r.number
    return repeated


def rank(designation: str) -> int:
    try:
        return _RANK[Designation(designation)]
    except ValueError:
        return len(_RANK)


def plain_phone(e164: str | None) -> str:
    """`+919835012345` as `9835012345`; a landline keeps its trunk 0 (`06183223344`)."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, "IN")
    except phonenumbers.NumberParseException:
        return e164.removeprefix("+91")
    national = phonenumbers.national_significant_number(number)
    kind = phonenumbers.number_type(number)
    mobile = kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    return national if mobile else "0" + national
