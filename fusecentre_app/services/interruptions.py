"""The interruption register and the feeders' facts, and the month's reliability indices.

Interruptions come from four places (`Source`): a confirmed feeder-trip incident when it is
resolved (`from_incident`, called in the incident's own transaction), the PSS log book keyed
in (`record_interruption`) or imported (`import_interruptions`, refused whole naming every
bad row), and planned shutdowns. Nothing is deleted: `correct_interruption` changes one with
a reason, on the audit record.

A feeder's consumers, area and agricultural flag change with a `feeder_fact` row holding the
day it takes effect (`import_feeders`); the feeder row keeps the latest values, and
`month_indices_of` uses for each month the facts in force on its last day. An interruption
belongs to the month (India time) in which it started.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import accumulate
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fusecentre_app.db.audit import ENTITIES
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    Centre,
    Complaint,
    Feeder,
    FeederFact,
    Incident,
    Interruption,
    Pss,
)
from fusecentre_app.domain.interruption_rows import (
    FEEDER_COLUMNS,
    InterruptionRow,
    dated_after_today,
    parse_feeders,
    parse_interruptions,
)
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.reliability import (
    BERC_DEFAULTS,
    FeederCount,
    IndexSettings,
    MonthIndices,
    Outage,
    month_indices,
)
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.spreadsheet import RowProblem, RowsRefused
from fusecentre_app.domain.timeutil import LOCAL_TZ, as_utc, format_local, local_day
from fusecentre_app.services.errors import NotFound, ValidationError
from fusecentre_app.services.sheets import FileRefused, read_records, write_table
from fusecentre_app.services.uow import Change, Who, changing


class Source(StrEnum):
    INCIDENT = "incident"
    LOG_BOOK = "log_book"
    IMPORT = "import"
    SHUTDOWN = "shutdown"


class ImportRefused(FileRefused):
    """An interruptions or feeders file with problems; nothing of it was saved."""


@dataclass(frozen=True)
class InterruptionDraft:
    feeder_code: str
    start: datetime
    end: datetime
    planned: bool = False
    cause: str = ""
    consumers_affected: int | None = None


@dataclass(frozen=True)
class FeederSummary:
    """What a feeders import did, counted in feeders."""

    changed: int
    unchanged: int


@dataclass(frozen=True)
class InterruptionLine:
    """One interruption of the register, as the desk's list shows it."""

    id: int
    feeder_code: str
    feeder_name_en: str
    feeder_name_hi: str
    centre_code: str
    start: datetime
    end: datetime
    planned: bool
    cause: str
    consumers_affected: int | None  # None: every consumer of the feeder
    source: Source

    @property
    def minutes(self) -> float:
        return (self.end - self.start).total_seconds() / 60


def _month_bounds(month: date) -> tuple[datetime, datetime, date]:
    """UTC start and end (exclusive) of a local calendar month, and its last day."""
    first = month.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    start = datetime.combine(first, time.min, tzinfo=LOCAL_TZ)
    end = datetime.combine(following, time.min, tzinfo=LOCAL_TZ)
    return as_utc(start), as_utc(end), following - timedelta(days=1)


def _feeder_ids(s: Session) -> dict[str, tuple[int, int]]:
    """Every feeder's code → (id, consumers now)."""
    return {
        code: (fid, n)
        for fid, code, n in s.execute(select(Feeder.id, Feeder.code, Feeder.consumers))
    }


def _centre_of(s: Session, feeder_id: int) -> int:
    return int(
        s.execute(
            select(Pss.centre_id)
            .join(Feeder, Feeder.pss_id == Pss.id)
            .where(Feeder.id == feeder_id)
        ).scalar_one()
    )


def _add(
    c: Change,
    feeder_id: int,
    draft: InterruptionDraft,
    source: Source,
    *,
    incident_id: int | None = None,
    **extra: Any,
) -> int:
    row = _new(c, feeder_id, draft, source, incident_id)
    c.session.add(row)
    c.session.flush()
    c.saved("interruption", row.id, None, kind="interruption_recorded", **extra)
    return row.id


def _new(
    c: Change,
    feeder_id: int,
    draft: InterruptionDraft,
    source: Source,
    incident_id: int | None = None,
) -> Interruption:
    return Interruption(
        feeder_id=feeder_id,
        started_at=as_utc(draft.start),
        ended_at=as_utc(draft.end),
        planned=draft.planned,
        cause=draft.cause,
        consumers_affected=draft.consumers_affected,
        source=source.value,
        recorded_by_id=c.user_id,
        created_at=c.now,
        incident_id=incident_id,
    )


def record_interruption(
    db: Database, draft: InterruptionDraft, *, by: Who, source: Source = Source.LOG_BOOK
) -> int:
    """Key one interruption in (from the PSS log book); returns its id."""
    with changing(db, by, UseCase.RECORD_INTERRUPTION) as c:
        feeders = _feeder_ids(c.session)
        match = {code.casefold(): code for code in feeders}.get(draft.feeder_code.casefold())
        if match is None:
            raise ValidationError(
                {
                    "feeder": Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Feeder {feeder_code} is not in the division."
                        ),
                        feeder_code=draft.feeder_code,
                    )
                }
            )
        if draft.end <= draft.start:
            raise ValidationError(
                {
                    "end": Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "The interruption's end is not after its start."
                        )
                    )
                }
            )
        if as_utc(draft.end) > c.now:
            raise ValidationError({"end": _LATER_THAN_NOW})
        if draft.consumers_affected is not None and draft.consumers_affected < 0:
            raise ValidationError({"consumers_affected": _NEGATIVE})
        if len(draft.cause.strip()) > 200:
            raise ValidationError({"cause": _CAUSE_TOO_LONG})
        draft = replace(draft, cause=draft.cause.strip())
        feeder_id = feeders[match][0]
        c.require(UseCase.RECORD_INTERRUPTION, _centre_of(c.session, feeder_id))
        same = c.session.scalar(
            select(Interruption.id).where(
                Interruption.feeder_id == feeder_id,
                Interruption.started_at == as_utc(draft.start),
            )
        )
        if same is not None:  # keyed in twice, it would count twice in the indices
            raise ValidationError(
                {
                    "start": Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{feeder} from {start} is already on record (interruption {same}); "
                            "correct that one instead.",
                        ),
                        feeder=match,
                        start=format_local(draft.start, "%Y-%m-%d %H:%M"),
                        same=same,
                    )
                }
            )
        return _add(c, feeder_id, draft, source)


def month_interruptions(
    db: Database, month: date, *, centre_id: int | None = None
) -> list[InterruptionLine]:
    """The interruptions that started in a month (India time), earliest first: one centre's
    feeders', or the division's (`centre_id` None)."""
    start, end, _last = _month_bounds(month)
    query = (
        select(Interruption, Feeder.code, Feeder.name_en, Feeder.name_hi, Centre.code)
        .join(Feeder, Feeder.id == Interruption.feeder_id)
        .join(Pss, Pss.id == Feeder.pss_id)
        .join(Centre, Centre.id == Pss.centre_id)
        .where(Interruption.started_at >= start, Interruption.started_at < end)
        .order_by(Interruption.started_at, Interruption.id)
    )
    if centre_id is not None:
        query = query.where(Pss.centre_id == centre_id)
    with db.read() as s:
        return [
            InterruptionLine(
                row.id,
                code,
                name_en,
                name_hi,
                centre,
                as_utc(row.started_at),
                as_utc(row.ended_at),
                row.planned,
                row.cause,
                row.consumers_affected,
                Source(row.source),
            )
            for row, code, name_en, name_hi, centre in s.execute(query)
        ]


def from_incident(c: Change, incident: Incident) -> int | None:
    """The interruption a resolved feeder-trip incident stands for, in its transaction:
    from its first complaint (or its opening, if earlier) to its resolution."""
    if incident.kind != "feeder_trip" or incident.resolved_at is None:
        return None
    first = c.session.scalar(
        select(func.min(Complaint.received_at)).where(Complaint.incident_id == incident.id)
    )
    start = min(incident.opened_at, first) if first is not None else incident.opened_at
    draft = InterruptionDraft(
        feeder_code="",
        start=start,
        end=max(incident.resolved_at, start + timedelta(minutes=1)),
        cause=incident.resolution_cause,
    )
    return _add(c, incident.feeder_id, draft, Source.INCIDENT, incident_id=incident.id)


def for_shutdown(c: Change, feeder_id: int, start: datetime, end: datetime, cause: str) -> int:
    """The interruption a planned shutdown stands for, in the shutdown's transaction."""
    draft = InterruptionDraft("", start, end, planned=True, cause=cause)
    return _add(c, feeder_id, draft, Source.SHUTDOWN)


def follow_shutdown(
    c: Change, interruption_id: int, start: datetime, end: datetime, cause: str, reason: str
) -> None:
    """Keep a shutdown's interruption in step with the shutdown's correction."""
    row = c.session.get(Interruption, interruption_id)
    if row is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no interruption {interruption_id}."),
                interruption_id=interruption_id,
            )
        )
    before = c.snapshot("interruption", row.id)
    row.started_at, row.ended_at, row.cause = as_utc(start), as_utc(end), cause
    c.saved("interruption", row.id, before, kind="interruption_corrected", reason=reason)


_NEGATIVE = Message(QT_TRANSLATE_NOOP("messages", "Consumers affected cannot be negative."))
_CAUSE_TOO_LONG = Message(
    QT_TRANSLATE_NOOP("messages", "Give the cause in 200 characters or fewer.")
)
_LATER_THAN_NOW = Message(
    QT_TRANSLATE_NOOP(
        "messages", "The interruption's end is later than now; record it once supply is back."
    )
)
CORRECTABLE = ("start", "end", "planned", "cause", "consumers_affected")


def correct_interruption(
    db: Database,
    interruption_id: int,
    *,
    by: Who,
    reason: str,
    start: datetime | None = None,
    end: datetime | None = None,
    planned: bool | None = None,
    cause: str | None = None,
    consumers_affected: int | str | None = "",
) -> None:
    """Change a recorded interruption; the reason and the old values go on the audit record.
    `consumers_affected=None` means every consumer of the feeder ("" leaves it as it is)."""
    if not reason.strip():
        raise ValidationError(
            {
                "reason": Message(
                    QT_TRANSLATE_NOOP("messages", "Give the reason for the correction.")
                )
            }
        )
    with changing(db, by, UseCase.CORRECT_INTERRUPTION) as c:
        row = c.session.get(Interruption, interruption_id)
        if row is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no interruption {interruption_id}."),
                    interruption_id=interruption_id,
                )
            )
        c.require(UseCase.CORRECT_INTERRUPTION, _centre_of(c.session, row.feeder_id))
        before = c.snapshot("interruption", row.id)
        if start is not None:
            row.started_at = as_utc(start)
        if end is not None:
            row.ended_at = as_utc(end)
        if row.ended_at <= row.started_at:
            raise ValidationError(
                {
                    "end": Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "The interruption's end is not after its start."
                        )
                    )
                }
            )
        if end is not None and as_utc(end) > c.now:
            raise ValidationError({"end": _LATER_THAN_NOW})
        if planned is not None:
            row.planned = planned
        if cause is not None:
            if len(cause.strip()) > 200:
                raise ValidationError({"cause": _CAUSE_TOO_LONG})
            row.cause = cause.strip()
        if consumers_affected != "":
            if isinstance(consumers_affected, int) and consumers_affected < 0:
                raise ValidationError({"consumers_affected": _NEGATIVE})
            row.consumers_affected = (
                consumers_affected if isinstance(consumers_affected, int) else None
            )
        c.saved(
            "interruption", row.id, before, kind="interruption_corrected", reason=reason.strip()
        )


def import_interruptions(db: Database, path: Path, *, by: Who) -> int:
    """Record every interruption of a log-book CSV (or .xlsx); refuse the whole file, naming
    every bad row, if any row is bad or already on record. Returns how many were recorded."""
    try:
        records = read_records(path)
    except RowsRefused as exc:
        raise ImportRefused(exc.problems) from None
    problems: list[RowProblem] = []
    with changing(db, by, UseCase.RECORD_INTERRUPTION) as c:
        feeders = _feeder_ids(c.session)
        rows = parse_interruptions(
            records, {k: v[1] for k, v in feeders.items()}, problems, path.name
        )
        seen: dict[tuple[str, datetime], int] = {}
        on_record = {
            (fid, as_utc(at))
            for fid, at in c.session.execute(
                select(Interruption.feeder_id, Interruption.started_at)
            )
        }
        for r in rows:
            key = (r.feeder, as_utc(r.start))
            if as_utc(r.end) > c.now:
                problems.append(
                    RowProblem(
                        r.row,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages", "end {end} is later than now (India time)"
                            ),
                            end=f"{r.end:%Y-%m-%d %H:%M}",
                        ),
                    )
                )
            if key in seen:
                problems.append(
                    RowProblem(
                        r.row,
                        Message(
                            QT_TRANSLATE_NOOP("messages", "the same interruption as row {seen}"),
                            seen=seen[key],
                        ),
                    )
                )
            elif (feeders[r.feeder][0], as_utc(r.start)) in on_record:
                problems.append(
                    RowProblem(
                        r.row,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "{feeder} from {start:%Y-%m-%d %H:%M} is already on record",
                            ),
                            feeder=r.feeder,
                            start=r.start,
                        ),
                    )
                )
            seen.setdefault(key, r.row)
        problems.extend(
            _overlaps(
                c.session,
                [
                    r
                    for r in rows
                    if (feeders[r.feeder][0], as_utc(r.start)) not in on_record
                    and seen[(r.feeder, as_utc(r.start))] == r.row
                ],
                {code: v[0] for code, v in feeders.items()},
            )
        )
        if problems:
            raise ImportRefused(problems)
        centres: dict[int, int] = {}
        added: list[tuple[int, Interruption]] = []
        for r in rows:
            feeder_id = feeders[r.feeder][0]
            if feeder_id not in centres:
                centres[feeder_id] = _centre_of(c.session, feeder_id)
                c.require(UseCase.RECORD_INTERRUPTION, centres[feeder_id])
            draft = InterruptionDraft(
                r.feeder, r.start, r.end, r.planned, r.cause, r.consumers_affected
            )
            added.append((r.row, _new(c, feeder_id, draft, Source.IMPORT)))
        c.session.add_all(row for _n, row in added)
        c.session.flush()
        # Put on record from the rows as written (a query per row would take minutes for a
        # year's log book); `verify` compares these snapshots with the stored rows.
        audited = ENTITIES["interruption"]
        for number, row in added:
            values = {col.name: getattr(row, col.key) for col in audited.table.columns}
            c.record(
                "interruption_recorded",
                entity="interruption",
                key=row.id,
                data={"new": audited.snapshot(values), "file": path.name, "row": number},
            )
        return len(rows)


_SOURCE_WORDS = {
    Source.INCIDENT.value: "from a feeder-trip incident",
    Source.SHUTDOWN.value: "a planned shutdown",
    Source.LOG_BOOK.value: "keyed in",
    Source.IMPORT.value: "imported",
}


def _overlaps(
    s: Session, rows: Sequence[InterruptionRow], feeder_ids: dict[str, int]
) -> list[RowProblem]:
    """Rows cutting off every consumer of a feeder while another such interruption of it is
    on record, or on an earlier row: one trip written twice (the log book and the trip's
    incident, or its planned shutdown) would count twice in the indices. Interruptions of
    part of a feeder may overlap."""
    whole = sorted((r for r in rows if r.consumers_affected is None), key=lambda r: r.start)
    if not whole:
        return []
    problems: list[RowProblem] = []
    first, last = as_utc(whole[0].start), max(as_utc(r.end) for r in whole)
    recorded: dict[int, list[tuple[datetime, datetime, int, str]]] = {}
    for iid, fid, started, ended, source in s.execute(
        select(
            Interruption.id,
            Interruption.feeder_id,
            Interruption.started_at,
            Interruption.ended_at,
            Interruption.source,
        )
        .where(
            Interruption.consumers_affected.is_(None),
            Interruption.started_at < last,
            Interruption.ended_at > first,
            Interruption.feeder_id.in_(sorted({feeder_ids[r.feeder] for r in whole})),
        )
        .order_by(Interruption.started_at)
    ):
        recorded.setdefault(fid, []).append((as_utc(started), as_utc(ended), iid, source))
    # Per feeder, by start: the starts, and the furthest end reached up to each (to find an
    # overlap by bisection, not by reading every interruption for every row).
    starts = {fid: [x[0] for x in xs] for fid, xs in recorded.items()}
    reach = {fid: list(accumulate((x[1] for x in xs), max)) for fid, xs in recorded.items()}
    latest: dict[str, InterruptionRow] = {}  # per feeder, the row reaching furthest so far
    for r in whole:
        start, end = as_utc(r.start), as_utc(r.end)
        fid = feeder_ids[r.feeder]
        n = bisect_left(starts.get(fid, []), end)  # those that began before this row ended
        if n and reach[fid][n - 1] > start:
            j = n - 1
            while recorded[fid][j][1] <= start:
                j -= 1
            began, ended, iid, source = recorded[fid][j]
            problems.append(
                RowProblem(
                    r.row,
                    f"{r.feeder} {r.start:%Y-%m-%d %H:%M} to {r.end:%Y-%m-%d %H:%M} overlaps "
                    f"interruption {iid} on record ({_SOURCE_WORDS.get(source, source)}, "
                    f"{format_local(began, '%Y-%m-%d %H:%M')} to "
                    f"{format_local(ended, '%Y-%m-%d %H:%M')}); one trip would count twice: "
                    "leave the row out, or correct that interruption",
                )
            )
        before = latest.get(r.feeder)
        if before is not None and as_utc(before.end) > start:
            problems.append(
                RowProblem(
                    r.row,
                    f"{r.feeder} is already off on row {before.row} (to "
                    f"{before.end:%Y-%m-%d %H:%M}); one trip would count twice",
                )
            )
        if before is None or r.end > before.end:
            latest[r.feeder] = r
    return problems


def export_feeders(db: Database, path: Path) -> int:
    """Every feeder's code, names, PSS and latest facts, for the office to edit and import
    (a CSV, or an Excel workbook for a name ending in .xlsx)."""
    with db.read() as s:
        rows = s.execute(
            select(
                Feeder.code,
                Feeder.name_en,
                Pss.code,
                Feeder.area,
                Feeder.agricultural,
                Feeder.consumers,
            )
            .join(Pss, Pss.id == Feeder.pss_id)
            .order_by(Pss.code, Feeder.code)
        ).all()
    header = (*FEEDER_COLUMNS, "name_en", "pss", "effective_from")
    # A CSV, or a workbook for a name ending in .xlsx (the import reads either).
    write_table(
        path,
        header,
        [
            (code, area, "yes" if agri else "no", n, name, pss, "")
            for code, name, pss, area, agri, n in rows
        ],
        sheet_title="Feeders",
    )
    return len(rows)


def import_feeders(db: Database, path: Path, *, by: Who, effective_from: date) -> FeederSummary:
    """Take feeders' area, agricultural flag and consumers from a file, matched by code; each
    feeder whose facts change gets a fact effective from the row's `effective_from` (or the
    day given; neither may be after today), on the audit record. A file with a bad row
    changes nothing."""
    try:
        records = read_records(path)
    except RowsRefused as exc:
        raise ImportRefused(exc.problems) from None
    problems: list[RowProblem] = []
    with changing(db, by, UseCase.UPDATE_FEEDERS) as c:
        feeders = {f.code: f for f in c.session.scalars(select(Feeder))}
        rows = parse_feeders(records, list(feeders), problems)
        # The feeder row is what a new complaint's area (its SoP hours) is read from, so a
        # fact cannot be dated after today: it would change today's deadlines.
        problems.extend(dated_after_today(rows, effective_from, local_day(c.now)))
        if problems:
            raise ImportRefused(problems)
        changed = 0
        for r in rows:
            feeder = feeders[r.code]
            fact = (r.consumers, r.area, r.agricultural)
            day = r.effective_from or effective_from
            if put_fact(c, feeder, fact, day, path.name, file=path.name, row=r.row):
                changed += 1
        return FeederSummary(changed, len(rows) - changed)


def put_fact(
    c: Change,
    feeder: Feeder,
    fact: tuple[int, str, bool],
    day: date,
    source: str,
    **extra: Any,
) -> bool:
    """Give a feeder `fact` (consumers, area, agricultural) from `day` on, unless the facts in
    force that day already say so; the feeder row takes the latest facts. Both on the audit
    record. Returns whether anything changed."""
    in_force = _fact_on(c.session, feeder.id, day)
    if in_force is not None and (in_force.consumers, in_force.area, in_force.agricultural) == fact:
        return False
    c.require(UseCase.UPDATE_FEEDERS, _centre_of(c.session, feeder.id))
    consumers, area, agricultural = fact
    row = FeederFact(
        feeder_id=feeder.id,
        effective_from=day,
        consumers=consumers,
        area=area,
        agricultural=agricultural,
        recorded_by_id=c.user_id,
        recorded_at=c.now,
        source=source[:120],
    )
    c.session.add(row)
    c.session.flush()
    c.saved("feeder_fact", row.id, None, kind="feeder_fact_added", **extra)
    latest = _fact_on(c.session, feeder.id, date.max)
    if latest is not None:
        before = c.snapshot("feeder", feeder.id)
        feeder.consumers, feeder.area = latest.consumers, latest.area
        feeder.agricultural = latest.agricultural
        c.saved(
            "feeder", feeder.id, before, kind="feeder_facts_changed", effective_from=day.isoformat()
        )
    return True


def _fact_on(s: Session, feeder_id: int, day: date) -> FeederFact | None:
    return s.scalar(
        select(FeederFact)
        .where(FeederFact.feeder_id == feeder_id, FeederFact.effective_from <= day)
        .order_by(FeederFact.effective_from.desc(), FeederFact.id.desc())
        .limit(1)
    )


def month_indices_of(
    db: Database,
    month: date,
    *,
    centre_code: str | None = None,
    settings: IndexSettings = BERC_DEFAULTS,
) -> MonthIndices:
    """The month's indices for the division (or one centre), from the interruption register
    and the feeders' facts in force on the month's last day."""
    return indices_by_month(db, [month], centre_code=centre_code, settings=settings)[0]


def indices_by_month(
    db: Database,
    months: Sequence[date],
    *,
    centre_code: str | None = None,
    settings: IndexSettings = BERC_DEFAULTS,
) -> list[MonthIndices]:
    """Each month's indices (as `month_indices_of` gives them), in the order given, from one
    read of the feeders' facts and one of the interruptions of the whole span: a year's
    trend costs about what one month does."""
    if not months:
        return []
    bounds = [_month_bounds(m) for m in months]
    first_start = min(b[0] for b in bounds)
    last_end = max(b[1] for b in bounds)
    with db.read() as s:
        feeder_query = select(Feeder.id, Feeder.code).join(Pss, Pss.id == Feeder.pss_id)
        if centre_code is not None:
            centre_id = s.scalar(select(Centre.id).where(Centre.code == centre_code.upper()))
            if centre_id is None:
                raise NotFound(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "There is no centre with code {centre_code!r}."
                        ),
                        centre_code=centre_code,
                    )
                )
            feeder_query = feeder_query.where(Pss.centre_id == centre_id)
        codes: dict[int, str] = {fid: code for fid, code in s.execute(feeder_query)}
        facts = list(
            s.scalars(
                select(FeederFact)
                .where(
                    FeederFact.feeder_id.in_(codes),
                    FeederFact.effective_from <= max(b[2] for b in bounds),
                )
                .order_by(FeederFact.effective_from, FeederFact.id)
            )
        )
        events = list(
            s.execute(
                select(
                    Interruption.feeder_id,
                    Interruption.started_at,
                    Interruption.ended_at,
                    Interruption.planned,
                    Interruption.consumers_affected,
                ).where(
                    Interruption.started_at >= first_start,
                    Interruption.started_at < last_end,
                    Interruption.feeder_id.in_(list(codes)),
                )
            )
        )
    by_month: dict[int, list[Outage]] = {i: [] for i in range(len(months))}
    starts = sorted((b[0], b[1], i) for i, b in enumerate(bounds))
    opens = [b[0] for b in starts]
    for fid, started, ended, planned, affected in events:  # aware UTC times, as stored
        k = bisect_right(opens, started) - 1
        if k < 0 or started >= starts[k][1]:
            continue
        minutes = (ended - started).total_seconds() / 60
        by_month[starts[k][2]].append(Outage(codes[fid], minutes, planned, affected))
    out: list[MonthIndices] = []
    for i, (_start, _end, last_day) in enumerate(bounds):
        in_force: dict[int, FeederFact] = {}
        for fact in facts:  # ordered by day: the last one by the month's end is in force
            if fact.effective_from <= last_day:
                in_force[fact.feeder_id] = fact
        counts = [
            FeederCount(codes[fid], fact.consumers, fact.agricultural)
            for fid, fact in sorted(in_force.items(), key=lambda kv: codes[kv[0]])
        ]
        known = {c.feeder for c in counts}
        outages = [o for o in by_month[i] if o.feeder in known]
        out.append(month_indices(counts, outages, settings))
    return out


def months_in(first: date, last: date) -> Sequence[date]:
    """The first days of the months from `first`'s to `last`'s."""
    out: list[date] = []
    day = first.replace(day=1)
    while day <= last:
        out.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return out
