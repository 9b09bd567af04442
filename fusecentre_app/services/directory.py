"""The officer directory as a CSV file or an Excel workbook (.xlsx): importing a published
staff list, exporting it back.

The file (a workbook's first sheet) has the shape of `seeds/officers.csv` (`COLUMNS`); common
header spellings such as "Employee ID" or "Hindi name" are accepted too. An import checks
every row against the file and the store before it writes anything, reports every bad row at
once (spreadsheet row numbers, header = row 1) and then writes in one transaction, so a
refused file changes nothing.

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
- Cells are text: an employee id 00123 stays 00123 (in a workbook, a number cell shown as
  00123 through a "00000" number format too, see `services.sheets`).
- A CSV whose Hindi names came back as "????" (Excel's "CSV (Comma delimited)" save) or as
  "à¤…" (read as ANSI and saved again) is refused whole, naming the rows, with what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Feeder, Officer, OfficerFeeder
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.officer_rows import (
    COLUMNS,
    OfficerRow,
    check_duplicates,
    parse_records,
    plain_phone,
    rank,
)
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.spreadsheet import RowProblem, RowsRefused
from fusecentre_app.services.csvfile import write_csv
from fusecentre_app.services.sheets import FileRefused, read_records
from fusecentre_app.services.uow import Who, changing, permitted


class ImportRefused(FileRefused):
    """A directory file with problems; nothing was imported. `problems` lists all of them."""


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (or, for a dry run, would do), counted in officers."""

    added: int
    updated: int
    unchanged: int


@dataclass
class _Row(OfficerRow):
    """A row of the file, and the officer it updates or adds."""

    target: Officer | None = None  # the existing officer this row updates
    changed: bool = True
    officer: Officer | None = field(default=None, repr=False)


# A node of the final reports-to graph: ("row", row number) or ("db", officer id).
_Node = tuple[str, int]


def import_officers(db: Database, path: Path, *, by: Who, dry_run: bool = False) -> ImportSummary:
    """Add and update officers from a directory CSV; raise `ImportRefused` listing every problem.

    With `dry_run` the file is checked and counted against the store but nothing is saved.
    Each officer added or changed is an audit record naming `by` and the file."""
    try:
        records = read_records(path)
    except RowsRefused as exc:
        raise ImportRefused(exc.problems) from None
    if dry_run:
        with db.read() as s:
            permitted(s, by, UseCase.IMPORT_DIRECTORY)
            return _import(s, records, path.name, write=False)
    with changing(db, by, UseCase.IMPORT_DIRECTORY) as c:
        before = c.snapshots("officer")
        summary = _import(c.session, records, path.name, write=True)
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
    officers.sort(key=lambda o: (rank(o.designation), o.name_en.casefold(), o.employee_id))
    rows = []
    for o in officers:
        boss = by_id.get(o.reports_to_id) if o.reports_to_id else None
        rows.append(
            (
                o.employee_id,
                o.name_en,
                o.name_hi,
                o.designation,
                plain_phone(o.mobile),
                plain_phone(o.alternate_mobile),
                boss.employee_id if boss else "",
                ";".join(codes.get(o.id, [])),
            )
        )
    write_csv(path, COLUMNS, rows)
    return len(officers)


def _import(s: Session, records: list[list[str]], name: str, *, write: bool) -> ImportSummary:
    feeders = {code: fid for code, fid in s.execute(select(Feeder.code, Feeder.id))}
    officers = list(s.scalars(select(Officer)))
    current_feeders: dict[int, set[int]] = {}
    for officer_id, feeder_id in s.execute(
        select(OfficerFeeder.officer_id, OfficerFeeder.feeder_id)
    ):
        current_feeders.setdefault(officer_id, set()).add(feeder_id)

    problems: list[RowProblem] = []
    rows = _parse(records, name, feeders, problems)
    repeated = check_duplicates(rows, problems)
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


def _parse(
    records: list[list[str]], name: str, feeders: dict[str, int], problems: list[RowProblem]
) -> list[_Row]:
    try:
        parsed = parse_records(records, feeders, problems, name)
    except RowsRefused as exc:
        raise ImportRefused(exc.problems) from None
    return [_Row(**{f.name: getattr(row, f.name) for f in fields(OfficerRow)}) for row in parsed]


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
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "employee id {employee_id} is {name_en}'s but "
                            "mobile {mobile} is {name_en2}'s "
                            "({employee_id2}); one row cannot update two officers",
                        ),
                        employee_id=r.employee_id,
                        name_en=a.name_en,
                        mobile=plain_phone(r.mobile),
                        name_en2=b.name_en,
                        employee_id2=b.employee_id,
                    ),
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
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "updates the same officer ({employee_id}, "
                                "{name_en}) as row {claimed}",
                            ),
                            employee_id=target.employee_id,
                            name_en=target.name_en,
                            claimed=claimed[target.id],
                        ),
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
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "reports to {reports_to}, who is neither in "
                                "this file nor in the directory",
                            ),
                            reports_to=r.reports_to,
                        ),
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
            problems.append(
                RowProblem(
                    r.number,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "reports-to loop: {loop}"),
                        loop=loop,
                    ),
                )
            )
