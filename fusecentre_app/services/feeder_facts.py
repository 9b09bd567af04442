"""The feeders' facts as the desk keeps them: a centre's feeders with their consumers
connected, area and agricultural flag, changed one at a time with the day the change takes
effect (the same `FeederFact` rows as `interruptions.import_feeders`), and each DT's
consumers connected, which a DT failure's compensation is owed to — in the desk, or as a
file (`export_dts`, `import_dts`, refused whole naming every bad row).

A DT's consumers have no history of their own: the new count holds from the moment it is
saved, and the day the office says it took effect goes on the audit record with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Dt, Feeder, FeederFact, Pss
from fusecentre_app.domain.interruption_rows import (
    AREAS,
    DT_COLUMNS,
    DtKey,
    dated_after_today,
    parse_dts,
)
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.spreadsheet import RowProblem, RowsRefused
from fusecentre_app.domain.timeutil import local_day
from fusecentre_app.services.csvfile import write_csv
from fusecentre_app.services.errors import NotFound, ValidationError
from fusecentre_app.services.interruptions import ImportRefused, put_fact
from fusecentre_app.services.sheets import read_records
from fusecentre_app.services.uow import Change, Who, changing

DESK_SOURCE = "desk"


def _not_after_today(c: Change, day: date) -> None:
    """A feeder's (or DT's) row takes its latest facts at once, so a change dated after
    today would change today's deadlines and counts: refused, as the imports refuse it."""
    if day > local_day(c.now):
        raise ValidationError(
            {
                "effective_from": Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "A change cannot take effect after today: record it on "
                        "{day:%d-%m-%Y} or later.",
                    ),
                    day=day,
                )
            }
        )


@dataclass(frozen=True)
class FeederLine:
    """A feeder with the facts it has now, and the day the latest of them took effect."""

    id: int
    code: str
    name_en: str
    name_hi: str
    pss_code: str
    area: str
    agricultural: bool
    consumers: int
    effective_from: date | None  # None: loaded with the division, never changed since
    dt_consumers: int  # the sum over its DTs


@dataclass(frozen=True)
class DtLine:
    id: int
    feeder_id: int
    feeder_code: str
    code: str
    name_en: str
    name_hi: str
    consumers: int


def centre_feeders(db: Database, centre_id: int | None = None) -> list[FeederLine]:
    """A centre's feeders (or the division's, `centre_id` None), by PSS and code."""
    latest = (
        select(FeederFact.feeder_id, func.max(FeederFact.effective_from).label("day"))
        .group_by(FeederFact.feeder_id)
        .subquery()
    )
    dts = select(Dt.feeder_id, func.sum(Dt.consumers).label("n")).group_by(Dt.feeder_id).subquery()
    query = (
        select(Feeder, Pss.code, latest.c.day, dts.c.n)
        .join(Pss, Pss.id == Feeder.pss_id)
        .outerjoin(latest, latest.c.feeder_id == Feeder.id)
        .outerjoin(dts, dts.c.feeder_id == Feeder.id)
        .order_by(Pss.code, Feeder.code)
    )
    if centre_id is not None:
        query = query.where(Pss.centre_id == centre_id)
    with db.read() as s:
        return [
            FeederLine(
                f.id,
                f.code,
                f.name_en,
                f.name_hi,
                pss,
                f.area,
                f.agricultural,
                f.consumers,
                day,
                int(n or 0),
            )
            for f, pss, day, n in s.execute(query)
        ]


def feeder_dts(db: Database, feeder_id: int) -> list[DtLine]:
    """A feeder's DTs with their consumers connected, by code."""
    with db.read() as s:
        return [
            DtLine(dt.id, dt.feeder_id, code, dt.code, dt.name_en, dt.name_hi, dt.consumers)
            for dt, code in s.execute(
                select(Dt, Feeder.code)
                .join(Feeder, Feeder.id == Dt.feeder_id)
                .where(Dt.feeder_id == feeder_id)
                .order_by(Dt.code)
            )
        ]


def set_feeder_facts(
    db: Database,
    feeder_id: int,
    *,
    consumers: int,
    area: str,
    agricultural: bool,
    effective_from: date,
    by: Who,
) -> bool:
    """One feeder's facts from `effective_from` on, keyed in at the desk; returns False when
    the facts in force that day already say so (nothing is recorded then)."""
    errors: dict[str, str] = {}
    if consumers < 0:
        errors["consumers"] = Message(
            QT_TRANSLATE_NOOP("messages", "Consumers connected cannot be negative.")
        )
    if area not in AREAS:
        errors["area"] = Message(
            QT_TRANSLATE_NOOP("messages", "The area must be urban or rural, not {area!r}."),
            area=area,
        )
    if errors:
        raise ValidationError(errors)
    with changing(db, by, UseCase.UPDATE_FEEDERS) as c:
        _not_after_today(c, effective_from)
        feeder = c.session.get(Feeder, feeder_id)
        if feeder is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no feeder {feeder_id}."),
                    feeder_id=feeder_id,
                )
            )
        return put_fact(
            c, feeder, (consumers, area, agricultural), effective_from, DESK_SOURCE, via="desk"
        )


def _set_dt(c: Change, dt: Dt, consumers: int, effective_from: date, **extra: Any) -> bool:
    if dt.consumers == consumers:
        return False
    c.require(UseCase.UPDATE_FEEDERS, c.session.get_one(Feeder, dt.feeder_id).pss.centre_id)
    before = c.snapshot("dt", dt.id)
    dt.consumers = consumers
    c.saved(
        "dt",
        dt.id,
        before,
        kind="dt_consumers_changed",
        effective_from=effective_from.isoformat(),
        **extra,
    )
    return True


def set_dt_consumers(
    db: Database, dt_id: int, consumers: int, *, effective_from: date, by: Who
) -> bool:
    """A DT's consumers connected, keyed in at the desk; False when it already says so."""
    if consumers < 0:
        raise ValidationError(
            {
                "consumers": Message(
                    QT_TRANSLATE_NOOP("messages", "Consumers connected cannot be negative.")
                )
            }
        )
    with changing(db, by, UseCase.UPDATE_FEEDERS) as c:
        _not_after_today(c, effective_from)
        dt = c.session.get(Dt, dt_id)
        if dt is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "There is no DT {dt_id}."), dt_id=dt_id)
            )
        return _set_dt(c, dt, consumers, effective_from, via="desk")


def export_dts(db: Database, path: Path) -> int:
    """Every DT's consumers connected, with its feeder, for the office to edit and import."""
    with db.read() as s:
        rows = s.execute(
            select(Feeder.code, Dt.code, Dt.consumers, Dt.name_en, Dt.name_hi, Dt.kva)
            .join(Feeder, Feeder.id == Dt.feeder_id)
            .order_by(Feeder.code, Dt.code)
        ).all()
    header = (*DT_COLUMNS, "name_en", "name_hi", "kva", "effective_from")
    write_csv(
        path,
        header,
        (
            (feeder, code, str(n), name_en, name_hi, str(kva), "")
            for feeder, code, n, name_en, name_hi, kva in rows
        ),
    )
    return len(rows)


@dataclass(frozen=True)
class DtSummary:
    """What a DT import did, counted in DTs."""

    changed: int
    unchanged: int


def import_dts(db: Database, path: Path, *, by: Who, effective_from: date) -> DtSummary:
    """Take each DT's consumers connected from a file (columns `feeder,dt,consumers`,
    optionally `effective_from`), matched by feeder code and DT code or name; a file with a
    bad row changes nothing."""
    try:
        records = read_records(path)
    except RowsRefused as exc:
        raise ImportRefused(exc.problems) from None
    problems: list[RowProblem] = []
    with changing(db, by, UseCase.UPDATE_FEEDERS) as c:
        keys = [
            DtKey(dt.id, code, dt.code, dt.name_en, dt.name_hi)
            for dt, code in c.session.execute(
                select(Dt, Feeder.code).join(Feeder, Feeder.id == Dt.feeder_id)
            )
        ]
        rows = parse_dts(records, keys, problems)
        # A DT's count takes effect at once: none may be dated after today (as the feeders').
        problems.extend(dated_after_today(rows, effective_from, local_day(c.now)))
        if problems:
            raise ImportRefused(problems)
        changed = 0
        for r in rows:
            dt = c.session.get_one(Dt, r.dt_id)
            day = r.effective_from or effective_from
            if _set_dt(c, dt, r.consumers, day, file=path.name, row=r.row):
                changed += 1
        return DtSummary(changed, len(rows) - changed)
