"""The officer directory as a CSV file: importing a published staff list, exporting it back.

The file has the shape of `seeds/officers.csv` (`COLUMNS`); common header spellings such as
"Employee ID" or "Hindi name" are accepted too. An import checks every row against the file
and the store before it writes anything, reports every bad row at once (spreadsheet row
numbers, header = row 1) and then writes in one transaction, so a refused file changes
nothing.

Decisions a reader of the code should know:

- Officers are matched by employee id or by mobile and updated in place, never duplicated.
  A row whose employee id is one officer's and whose mobile is another's is refused.
- The feeders listed replace the officer's feeders; an empty cell means none.
- Officers missing from the file are left as they are (not deactivated): a list from one
  sub-division must not retire everyone else. The `active` flag is never changed here.
- A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
  carriage return) is refused, except a phone number such as `+91 98350 12345` in the mobile
  and alternate columns. A cell starting with an apostrophe before such a character is the
  spreadsheet's "this is text" marker, which `export_officers` writes: the apostrophe is
  removed and the text taken as it is.
- The alternate number may be a landline (as `load_division` allows); the mobile may not.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Feeder, Officer, OfficerFeeder
from fusecentre_app.domain.enums import Designation
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.services.csvfile import FORMULA_START, write_csv
from fusecentre_app.services.errors import ServiceError, ValidationError
from fusecentre_app.services.uow import Who, changing, permitted

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

# Header spellings seen in published lists, after `_header_key` (lower case, "_" for gaps).
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
_PHONE_TEXT = re.compile(r"\+[\d\s().-]+")
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")
_LIMITS = {"employee_id": 20, "name": 120, "name_hi": 120}


@dataclass(frozen=True)
class RowProblem:
    """One reason a file was refused; `row` is the spreadsheet row (None: the whole file)."""

    row: int | None
    message: str

    def __str__(self) -> str:
        return self.message if self.row is None else f"row {self.row}: {self.message}"


class ImportRefused(ValidationError):
    """A directory file with problems; nothing was imported. `problems` lists all of them."""

    def __init__(self, problems: Iterable[RowProblem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: p.row or 0))
        grouped: dict[str, str] = {}
        for p in self.problems:
            key = "file" if p.row is None else f"row {p.row}"
            grouped[key] = f"{grouped[key]}; {p.message}" if key in grouped else p.message
        super().__init__(grouped)


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, for a dry run, would do), counted in officers."""

    added: int
    updated: int
    unchanged: int


@dataclass
class _Row:
    number: int
    employee_id: str = ""
    name: str = ""
    name_hi: str = ""
    designation: Designation | None = None
    mobile: str | None = None  # E.164 once valid
    alternate: str | None = None
    reports_to: str = ""
    feeder_ids: frozenset[int] = frozenset()
    target: Officer | None = None  # the existing officer this row updates
    changed: bool = True
    officer: Officer | None = field(default=None, repr=False)


# A node of the final reports-to graph: ("row", row number) or ("db", officer id).
_Node = tuple[str, int]


def import_officers(
    db: Database, path: Path, *, by: Who, dry_run: bool = False
) -> ImportSummary:
    """Add and update officers from a directory CSV; raise `ImportRefused` listing every problem.

    With `dry_run` the file is checked and counted against the store but nothing is saved.
    Each officer added or changed is an audit record naming `by` and the file."""
    text = _read_text(path)
    if dry_run:
        with db.read() as s:
            permitted(s, by, UseCase.IMPORT_DIRECTORY)
            return _import(s, text, write=False)
    with changing(db, by, UseCase.IMPORT_DIRECTORY) as c:
        before = c.snapshots("officer")
        summary = _import(c.session, text, write=True)
        c.saved_all("officer", before, file=path.name)
        return summary


def export_officers(db: Database, path: Path) -> int:
    """Write every officer to a CSV that Excel opens with Hindi intact; return how many.

    UTF-8 with a BOM, CRLF rows, EE first down to linemen, then by name. Mobiles are plain
    10-digit numbers; any other cell that a spreadsheet would run as a formula gets a leading
    apostrophe. The file is written beside the target and moved into place when complete."""
    with db.read() as s:
        officers = list(s.scalars(select(Officer)))
        codes: dict[int, list[str]] = {}
        for officer_id, code in s.execute(
            select(OfficerFeeder.officer_id, Feeder.code)
            .join(Feeder, Feeder.id == OfficerFeeder.feeder_id)
            .order_by(Feeder.code)
        ):
            codes.setdefault(officer_id, []).append(code)
    by_id = {o.id: o for o in officers}
    officers.sort(key=lambda o: (_rank(o.designation), o.name_en.casefold(), o.employee_id))
    rows = []
    for o in officers:
        boss = by_id.get(o.reports_to_id) if o.reports_to_id else None
        rows.append(
            (
                o.employee_id,
                o.name_en,
                o.name_hi,
                o.designation,
                _plain_phone(o.mobile),
                _plain_phone(o.alternate_mobile),
                boss.employee_id if boss else "",
                ";".join(codes.get(o.id, [])),
            )
        )
    write_csv(path, COLUMNS, rows)
    return len(officers)


def _import(s: Session, text: str, *, write: bool) -> ImportSummary:
    feeders = {code: fid for code, fid in s.execute(select(Feeder.code, Feeder.id))}
    officers = list(s.scalars(select(Officer)))
    current_feeders: dict[int, set[int]] = {}
    for officer_id, feeder_id in s.execute(
        select(OfficerFeeder.officer_id, OfficerFeeder.feeder_id)
    ):
        current_feeders.setdefault(officer_id, set()).add(feeder_id)

    problems: list[RowProblem] = []
    rows = _parse(text, feeders, problems)
    repeated = _check_duplicates(rows, problems)
    final = _match(rows, officers, repeated, problems)
    _check_hierarchy(rows, officers, final, problems)
    if problems:
        raise ImportRefused(problems)

    claimed = {r.target.id: r.number for r in rows if r.target is not None}

    def node_of_officer(officer_id: int | None) -> _Node | None:
        if officer_id is None:
            return None
        return ("row", claimed[officer_id]) if officer_id in claimed else ("db", officer_id)

    for r in rows:
        t = r.target
        if t is not None:
            r.changed = (
                (t.employee_id, t.name_en, t.name_hi, t.designation)
                != (r.employee_id, r.name, r.name_hi, r.designation)
                or (t.mobile, t.alternate_mobile) != (r.mobile, r.alternate)
                or node_of_officer(t.reports_to_id) != final.get(r.reports_to)
                or current_feeders.get(t.id, set()) != r.feeder_ids
            )
    summary = ImportSummary(
        added=sum(r.target is None for r in rows),
        updated=sum(r.target is not None and r.changed for r in rows),
        unchanged=sum(r.target is not None and not r.changed for r in rows),
    )
    if write:
        _apply(s, rows, final, current_feeders)
    return summary


def _apply(
    s: Session, rows: list[_Row], final: dict[str, _Node], current: dict[int, set[int]]
) -> None:
    by_number = {r.number: r for r in rows}
    for r in rows:
        if not r.changed:
            continue
        officer = r.target or Officer(active=True)
        officer.employee_id = r.employee_id
        officer.name_en = r.name
        officer.name_hi = r.name_hi
        officer.designation = str(r.designation)
        officer.mobile = r.mobile or ""
        officer.alternate_mobile = r.alternate
        if r.target is None:
            s.add(officer)
        r.officer = officer
    s.flush()
    for r in rows:
        if r.officer is None:
            continue
        boss = final.get(r.reports_to) if r.reports_to else None
        if boss is None:
            r.officer.reports_to_id = None
        elif boss[0] == "db":
            r.officer.reports_to_id = boss[1]
        else:
            boss_row = by_number[boss[1]]
            boss_officer = boss_row.officer or boss_row.target
            assert boss_officer is not None
            r.officer.reports_to_id = boss_officer.id
        had = current.get(r.officer.id, set())
        if had - r.feeder_ids:
            s.execute(
                delete(OfficerFeeder).where(
                    OfficerFeeder.officer_id == r.officer.id,
                    OfficerFeeder.feeder_id.in_(sorted(had - r.feeder_ids)),
                )
            )
        s.add_all(
            OfficerFeeder(officer_id=r.officer.id, feeder_id=fid)
            for fid in sorted(r.feeder_ids - had)
        )


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ServiceError(f"{path.name}: there is no such file.") from None
    except OSError as exc:
        raise ServiceError(f"{path.name}: cannot be read ({exc.strerror or exc}).") from exc
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise ImportRefused(
            [RowProblem(None, f"{path.name} is UTF-16 ('Unicode text'); save it as CSV UTF-8")]
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Windows-1252 text has no valid UTF-8 sequences of two or more bytes; a file that has
        # them is UTF-8 with a damaged byte, and reading it as 1252 would garble every Hindi name.
        if _UTF8_SEQUENCE.search(data):
            line = data.count(b"\n", 0, exc.start) + 1
            raise ImportRefused(
                [RowProblem(None, f"{path.name} is UTF-8 but line {line} is not; save it again")]
            ) from None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise ImportRefused(
            [RowProblem(None, f"{path.name} is neither UTF-8 nor Windows-1252 text")]
        ) from None


def _header_key(title: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", title.strip().lstrip("\ufeff").casefold()).strip("_")


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, title in enumerate(header):
        column = _ALIASES.get(_header_key(title))
        if column is None:
            continue  # other columns are ignored
        if column in found:
            first = header[found[column]].strip()
            problems.append(
                RowProblem(1, f"columns {first!r} and {title.strip()!r} both give {column}")
            )
        else:
            found[column] = index
    missing = [c for c in COLUMNS if c not in found]
    if missing:
        problems.append(RowProblem(1, f"missing column(s): {', '.join(missing)}"))
    if problems:
        raise ImportRefused(problems)
    return found


def _parse(text: str, feeders: dict[str, int], problems: list[RowProblem]) -> list[_Row]:
    records: list[list[str]] = []
    try:
        records.extend(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ImportRefused(
            [RowProblem(len(records) + 1, f"not readable as CSV ({exc})")]
        ) from None
    if not records or not any(c.strip() for c in records[0]):
        raise ImportRefused([RowProblem(1, "the header row is empty or missing")])
    columns = _columns(records[0])
    width = len(records[0])
    folded = {code.casefold(): fid for code, fid in feeders.items()}
    rows: list[_Row] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(c.strip() for c in record):
            continue  # blank rows are common at the end of a sheet
        if any(c.strip() for c in record[width:]):
            problems.append(
                RowProblem(number, "has more cells than the header (an unquoted comma?)")
            )
        rows.append(_parse_row(number, record, columns, feeders, folded, problems))
    return rows


def _parse_row(
    number: int,
    record: list[str],
    columns: dict[str, int],
    feeders: dict[str, int],
    folded: dict[str, int],
    problems: list[RowProblem],
) -> _Row:
    def bad(message: str) -> None:
        problems.append(RowProblem(number, message))

    cells: dict[str, str | None] = {}
    for column, index in columns.items():
        cells[column] = _cell(record[index] if index < len(record) else "", column, bad)
    row = _Row(number)
    for column in ("employee_id", "name", "designation", "mobile"):
        if cells[column] == "":
            bad(f"{column.replace('_', ' ')} is empty")
    for column, limit in _LIMITS.items():
        if len(cells[column] or "") > limit:
            bad(f"{column.replace('_', ' ')} is longer than {limit} characters")
    row.employee_id = cells["employee_id"] or ""
    row.name = cells["name"] or ""
    row.name_hi = cells["name_hi"] or ""
    row.reports_to = cells["reports_to"] or ""

    designation = cells["designation"]
    if designation:
        row.designation = _DESIGNATIONS.get(re.sub(r"[\s.]+", "", designation).upper())
        if row.designation is None:
            bad(f"designation {designation!r} is not one of EE, SDO, JE, LINEMAN")

    mobile, alternate = cells["mobile"], cells["alternate"]
    if mobile:
        try:
            row.mobile = normalise_phone(mobile, mobile_only=True)
        except InvalidPhoneNumber as exc:
            bad(f"mobile {mobile}: {_sentence_part(exc)}")
    if alternate:
        try:
            row.alternate = normalise_phone(alternate)
        except InvalidPhoneNumber as exc:
            bad(f"alternate {alternate}: {_sentence_part(exc)}")

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
        bad(f"unknown feeder(s) {', '.join(unknown)}")
    row.feeder_ids = frozenset(ids)
    return row


def _cell(raw: str, column: str, bad: Callable[[str], None]) -> str | None:
    """The cell's text, or None when it was refused (already reported through `bad`)."""
    if raw[:1] == "'" and raw[1:2] and raw[1] in (*FORMULA_START, "'"):
        return raw[1:]  # text marked as text, as `export_officers` writes it
    value = raw.strip()
    first = raw[:1] if raw[:1] in ("\t", "\r") else value[:1]
    if first and first in FORMULA_START:
        if column in _PHONE_COLUMNS and _PHONE_TEXT.fullmatch(value):
            return value
        shown = {"\t": "a tab", "\r": "a line break"}.get(first, repr(first))
        bad(f"{column} starts with {shown}, so a spreadsheet would run it as a formula")
        return None
    return value


def _sentence_part(exc: Exception) -> str:
    text = str(exc).rstrip(".")
    return text[:1].lower() + text[1:]


def _check_duplicates(rows: list[_Row], problems: list[RowProblem]) -> set[int]:
    """Report a second row with the same employee id or mobile; return those rows' numbers."""
    repeated: set[int] = set()
    first: dict[tuple[str, str], int] = {}
    for r in rows:
        keys = [("employee id", r.employee_id)] if r.employee_id else []
        if r.mobile:
            keys.append(("mobile", r.mobile))
        for key in keys:
            if key in first:
                shown = _plain_phone(key[1]) if key[0] == "mobile" else key[1]
                problems.append(
                    RowProblem(r.number, f"{key[0]} {shown} is also on row {first[key]}")
                )
                repeated.add(r.number)
            else:
                first[key] = r.number
    return repeated


def _match(
    rows: list[_Row], officers: list[Officer], repeated: set[int], problems: list[RowProblem]
) -> dict[str, _Node]:
    """Find the officer each row updates; return employee id -> node after the import."""
    by_id = {o.employee_id: o for o in officers}
    by_mobile = {o.mobile: o for o in officers}
    claimed: dict[int, int] = {}
    for r in rows:
        a = by_id.get(r.employee_id) if r.employee_id else None
        b = by_mobile.get(r.mobile) if r.mobile else None
        if a is not None and b is not None and a is not b:
            problems.append(
                RowProblem(
                    r.number,
                    f"employee id {r.employee_id} is {a.name_en}'s but mobile "
                    f"{_plain_phone(r.mobile)} is {b.name_en}'s ({b.employee_id}); "
                    "one row cannot update two officers",
                )
            )
            continue
        target = a or b
        if target is None:
            continue
        if target.id in claimed:
            if r.number not in repeated:
                problems.append(
                    RowProblem(
                        r.number,
                        f"updates the same officer ({target.employee_id}, {target.name_en}) "
                        f"as row {claimed[target.id]}",
                    )
                )
            continue
        claimed[target.id] = r.number
        r.target = target
    final: dict[str, _Node] = {o.employee_id: ("db", o.id) for o in officers if o.id not in claimed}
    for r in rows:
        if r.employee_id:
            final[r.employee_id] = ("row", r.number)
    return final


def _check_hierarchy(
    rows: list[_Row],
    officers: list[Officer],
    final: dict[str, _Node],
    problems: list[RowProblem],
) -> None:
    """Every reports-to names someone who will exist, and nobody ends up their own superior."""
    claimed = {r.target.id: r.number for r in rows if r.target is not None}
    names: dict[_Node, str] = {("db", o.id): o.employee_id for o in officers}
    parent: dict[_Node, _Node | None] = {}
    for o in officers:
        if o.id in claimed:
            continue
        boss = o.reports_to_id
        parent[("db", o.id)] = (
            None if boss is None else ("row", claimed[boss]) if boss in claimed else ("db", boss)
        )
    for r in rows:
        node: _Node = ("row", r.number)
        names[node] = r.employee_id
        parent[node] = None
        if r.reports_to:
            if r.reports_to not in final:
                problems.append(
                    RowProblem(
                        r.number,
                        f"reports to {r.reports_to}, who is neither in this file nor in the "
                        "directory",
                    )
                )
            else:
                parent[node] = final[r.reports_to]
    for r in rows:
        start: _Node = ("row", r.number)
        path: list[_Node] = []
        node_or_none: _Node | None = start
        while node_or_none is not None and node_or_none not in path:
            path.append(node_or_none)
            node_or_none = parent.get(node_or_none)
        if node_or_none == start:
            loop = " -> ".join(names[n] for n in [*path, start])
            problems.append(RowProblem(r.number, f"reports-to loop: {loop}"))


def _rank(designation: str) -> int:
    try:
        return _RANK[Designation(designation)]
    except ValueError:
        return len(_RANK)


def _plain_phone(e164: str | None) -> str:
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
