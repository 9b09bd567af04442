"""The rows of the two files the EE's office keeps for reliability: the PSS log book's
interruptions (`feeder,start,end,planned,cause,consumers_affected`) and the feeders' facts
(`code,area,agricultural,consumers`, optionally `effective_from`).

Every cell of every row is checked and each problem reported with its spreadsheet row
(header = row 1), so the service can refuse a whole file naming every bad row. Times are
`YYYY-MM-DD HH:MM` India time; `planned` and `agricultural` are yes or no.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.spreadsheet import (
    RowProblem,
    cell_text,
    header_key,
    lost_text_problems,
)
from fusecentre_app.domain.timeutil import LOCAL_TZ

INTERRUPTION_COLUMNS = ("feeder", "start", "end", "planned", "cause", "consumers_affected")
FEEDER_COLUMNS = ("code", "area", "agricultural", "consumers")
AREAS = ("urban", "rural")
_YES = {"yes", "y", "1", "true"}
_NO = {"no", "n", "0", "false"}


@dataclass(frozen=True)
class InterruptionRow:
    row: int
    feeder: str  # code, as the store spells it
    start: datetime  # aware (India time)
    end: datetime
    planned: bool
    cause: str
    consumers_affected: int | None


@dataclass(frozen=True)
class FeederRow:
    row: int
    code: str
    area: str
    agricultural: bool
    consumers: int
    effective_from: date | None  # None: the day the import names


def _columns(
    records: Sequence[Sequence[str]],
    wanted: Sequence[str],
    optional: Sequence[str],
    problems: list[RowProblem],
) -> dict[str, int]:
    """Where each column is in the file's header row; an empty header, or one lacking a wanted
    column, is a problem of row 1 (and no columns)."""
    if not records or not any(c.strip() for c in records[0]):
        problems.append(
            RowProblem(
                1, Message(QT_TRANSLATE_NOOP("messages", "the header row is empty or missing"))
            )
        )
        return {}
    header = records[0]
    keys = [header_key(h) for h in header]
    found = {k: i for i, k in enumerate(keys) if k in (*wanted, *optional)}
    missing = [c for c in wanted if c not in found]
    if missing and any(
        {header_key(part) for part in cell.split(sep)} >= set(missing)
        for cell in header
        for sep in ";\t"
    ):
        # Excel set to a European list separator saves "CSV" with ';' between the columns.
        sep_name = "';'" if any(";" in cell for cell in header) else "tabs"
        problems.append(
            RowProblem(
                1,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the columns are separated by {separator}, not commas: save the sheet "
                        'as "CSV UTF-8 (Comma delimited)" or as an Excel workbook (.xlsx)',
                    ),
                    separator=sep_name,
                ),
            )
        )
    elif missing:
        problems.append(
            RowProblem(
                1,
                Message(
                    QT_TRANSLATE_NOOP("messages", "the header lacks {missing} (wanted: {wanted})"),
                    missing=", ".join(missing),
                    wanted=", ".join(wanted),
                ),
            )
        )
    return found


def _cells(
    number: int, record: Sequence[str], columns: Mapping[str, int], problems: list[RowProblem]
) -> dict[str, str | None]:
    def bad(message: str) -> None:
        problems.append(RowProblem(number, message))

    return {
        name: cell_text(record[i] if i < len(record) else "", name, bad)
        for name, i in columns.items()
    }


def parse_moment(text: str) -> datetime | None:
    """`YYYY-MM-DD HH:MM` India time as an aware datetime (None: not that shape)."""
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TZ)
    except ValueError:
        return None


def yes_no(text: str) -> bool | None:
    folded = text.strip().casefold()
    return True if folded in _YES else False if folded in _NO else None


def _whole(text: str) -> int | None:
    cleaned = text.replace(",", "").strip()
    return int(cleaned) if cleaned.isdigit() else None


def parse_interruptions(
    records: Sequence[Sequence[str]],
    feeders: Mapping[str, int],
    problems: list[RowProblem],
    name: str = "the file",
) -> list[InterruptionRow]:
    """The log book's rows; `feeders` maps each known feeder code to its consumers. A cause
    written in Hindi that the file's save turned into question marks refuses the file
    (`name` is the file's, for the advice)."""
    columns = _columns(records, INTERRUPTION_COLUMNS[:4], INTERRUPTION_COLUMNS[4:], problems)
    if "cause" in columns:
        problems.extend(lost_text_problems(records, {"cause": columns["cause"]}, name))
    if problems:
        return []
    folded = {code.casefold(): code for code in feeders}
    rows: list[InterruptionRow] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(c.strip() for c in record):
            continue
        before = len(problems)
        cells = _cells(number, record, columns, problems)

        def bad(message: str, number: int = number) -> None:
            problems.append(RowProblem(number, message))

        code = folded.get((cells.get("feeder") or "").casefold())
        if not cells.get("feeder"):
            bad(Message(QT_TRANSLATE_NOOP("messages", "feeder is empty")))
        elif code is None:
            bad(
                Message(
                    QT_TRANSLATE_NOOP("messages", "feeder {feeder} is not in the division"),
                    feeder=cells["feeder"],
                )
            )
        start = parse_moment(cells.get("start") or "")
        end = parse_moment(cells.get("end") or "")
        for name, value in (("start", start), ("end", end)):
            if value is None:
                bad(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{name} {text!r} is not YYYY-MM-DD HH:MM"),
                        name=name,
                        text=cells.get(name) or "(empty)",
                    )
                )
        if start is not None and end is not None and end <= start:
            bad(Message(QT_TRANSLATE_NOOP("messages", "end is not after start")))
        planned = yes_no(cells.get("planned") or "")
        if planned is None:
            bad(
                Message(
                    QT_TRANSLATE_NOOP("messages", "planned must be yes or no, not {planned!r}"),
                    planned=cells.get("planned") or "(empty)",
                )
            )
        raw_affected = cells.get("consumers_affected") or ""
        affected = _whole(raw_affected) if raw_affected else None
        if raw_affected and affected is None:
            bad(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "consumers_affected {raw_affected!r} is not a whole number"
                    ),
                    raw_affected=raw_affected,
                )
            )
        elif affected is not None and code is not None and affected > feeders[code] > 0:
            bad(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "consumers_affected {affected} is more than {code}'s {feeders} consumers",
                    ),
                    affected=affected,
                    code=code,
                    feeders=feeders[code],
                )
            )
        cause = cells.get("cause") or ""
        if len(cause) > 200:
            bad(Message(QT_TRANSLATE_NOOP("messages", "cause is longer than 200 characters")))
        if len(problems) > before or code is None or start is None or end is None:
            continue
        rows.append(InterruptionRow(number, code, start, end, bool(planned), cause, affected))
    return rows


def parse_feeders(
    records: Sequence[Sequence[str]], codes: Sequence[str], problems: list[RowProblem]
) -> list[FeederRow]:
    """The feeders' rows, matched by code against `codes` (the division's feeders)."""
    columns = _columns(records, FEEDER_COLUMNS, ("effective_from",), problems)
    if problems:
        return []
    folded = {code.casefold(): code for code in codes}
    seen: dict[str, int] = {}
    rows: list[FeederRow] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(c.strip() for c in record):
            continue
        before = len(problems)
        cells = _cells(number, record, columns, problems)

        def bad(message: str, number: int = number) -> None:
            problems.append(RowProblem(number, message))

        code = folded.get((cells.get("code") or "").casefold())
        if code is None:
            bad(
                Message(
                    QT_TRANSLATE_NOOP("messages", "feeder {feeder} is not in the division"),
                    feeder=cells.get("code") or "(empty)",
                )
            )
        elif code in seen:
            bad(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "feeder {code} appears twice (also on row {seen})"
                    ),
                    code=code,
                    seen=seen[code],
                )
            )
        else:
            seen[code] = number
        area = (cells.get("area") or "").casefold()
        if area not in AREAS:
            bad(
                Message(
                    QT_TRANSLATE_NOOP("messages", "area must be urban or rural, not {area!r}"),
                    area=cells.get("area") or "(empty)",
                )
            )
        agricultural = yes_no(cells.get("agricultural") or "")
        if agricultural is None:
            bad(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "agricultural must be yes or no, not {agricultural!r}"
                    ),
                    agricultural=cells.get("agricultural") or "(empty)",
                )
            )
        consumers = _whole(cells.get("consumers") or "")
        if consumers is None and cells.get("consumers") is not None:
            bad(
                Message(
                    QT_TRANSLATE_NOOP("messages", "consumers {consumers!r} is not a whole number"),
                    consumers=cells.get("consumers") or "(empty)",
                )
            )
        effective: date | None = None
        if cells.get("effective_from"):
            try:
                effective = date.fromisoformat(cells["effective_from"] or "")
            except ValueError:
                bad(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "effective_from {text!r} is not YYYY-MM-DD"),
                        text=cells["effective_from"],
                    )
                )
        if len(problems) > before or code is None or consumers is None:
            continue
        rows.append(FeederRow(number, code, area, bool(agricultural), consumers, effective))
    return rows


DT_COLUMNS = ("feeder", "dt", "consumers")


@dataclass(frozen=True)
class DtRow:
    row: int
    dt_id: int
    consumers: int
    effective_from: date | None


@dataclass(frozen=True)
class DtKey:
    """A DT as a file may name it: by its code or by either of its names, on its feeder."""

    id: int
    feeder_code: str
    code: str
    name_en: str
    name_hi: str


def parse_dts(
    records: Sequence[Sequence[str]], dts: Sequence[DtKey], problems: list[RowProblem]
) -> list[DtRow]:
    """Each DT's consumers connected, matched by feeder code and DT code or name."""
    columns = _columns(records, DT_COLUMNS, ("effective_from",), problems)
    if problems:
        return []
    by_feeder: dict[str, dict[str, list[int]]] = {}
    for dt in dts:
        names = by_feeder.setdefault(dt.feeder_code.casefold(), {})
        for name in {dt.code, dt.name_en, dt.name_hi}:
            if name.strip():
                names.setdefault(name.strip().casefold(), []).append(dt.id)
    seen: dict[int, int] = {}
    rows: list[DtRow] = []
    for number, record in enumerate(records[1:], start=2):
        if not any(c.strip() for c in record):
            continue
        before = len(problems)
        cells = _cells(number, record, columns, problems)

        def bad(message: str, number: int = number) -> None:
            problems.append(RowProblem(number, message))

        feeder = (cells.get("feeder") or "").strip()
        named = (cells.get("dt") or "").strip()
        found: int | None = None
        if feeder.casefold() not in by_feeder:
            bad(f"feeder {feeder or '(empty)'} is not in the division")
        else:
            matches = sorted(set(by_feeder[feeder.casefold()].get(named.casefold(), [])))
            if not named:
                bad("dt is empty")
            elif not matches:
                bad(f"{feeder} has no DT with code or name {named!r}")
            elif len(matches) > 1:
                bad(f"{feeder} has {len(matches)} DTs named {named!r}; give its code")
            elif matches[0] in seen:
                bad(f"DT {named} appears twice (also on row {seen[matches[0]]})")
            else:
                found = matches[0]
                seen[found] = number
        consumers = _whole(cells.get("consumers") or "")
        if consumers is None and cells.get("consumers") is not None:  # None: refused above
            bad(f"consumers {cells.get('consumers') or '(empty)'!r} is not a whole number")
        effective: date | None = None
        if cells.get("effective_from"):
            try:
                effective = date.fromisoformat(cells["effective_from"] or "")
            except ValueError:
                bad(f"effective_from {cells['effective_from']!r} is not YYYY-MM-DD")
        if len(problems) > before or found is None or consumers is None:
            continue
        rows.append(DtRow(number, found, consumers, effective))
    return rows


class _Dated(Protocol):
    @property
    def row(self) -> int: ...
    @property
    def effective_from(self) -> date | None: ...


def dated_after_today(
    rows: Sequence[_Dated], effective_from: date, today: date
) -> list[RowProblem]:
    """The rows of a feeders' or DTs' file dated after today, and the file's own date if rows
    without one would take it: a count takes effect on the feeder or DT row at once."""
    problems: list[RowProblem] = []
    if effective_from > today and any(r.effective_from is None for r in rows):
        problems.append(
            RowProblem(
                None,
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "the changes take effect on {effective_from}, after today ({today}); "
                        "import them on or after that day",
                    ),
                    effective_from=effective_from,
                    today=today,
                ),
            )
        )
    problems.extend(
        RowProblem(
            r.row,
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "effective_from {effective_from} is after today ({today}); "
                    "import it on or after that day",
                ),
                effective_from=r.effective_from,
                today=today,
            ),
        )
        for r in rows
        if r.effective_from is not None and r.effective_from > today
    )
    return problems
