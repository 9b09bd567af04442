"""The monthly Reg. 13 sheet's facts: a month's reliability indices for a centre or the
division, with the eleven months before it for the trend, and the sheet put on record once
it is written (a `register_print` of kind `reg13` per centre it covers, with the PDF's
SHA-256, like a negligence case file), so the EE can later say which paper came from where.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Centre, Pss, RegisterPrint
from fusecentre_app.domain.reliability import BERC_DEFAULTS, IndexSettings, MonthIndices
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.services.errors import NotFound
from fusecentre_app.services.interruptions import indices_by_month
from fusecentre_app.services.register import CentreHeading, centre_heading, heading_of
from fusecentre_app.services.register_day import current_cut
from fusecentre_app.services.uow import Who, changing, permitted

KIND = "reg13"  # the kind of its print on record
TREND_MONTHS = 12


@dataclass(frozen=True)
class TrendPoint:
    month: date  # its first day
    saifi: float
    saidi_hours: float
    feeders: int  # feeders with facts in force that month (0: nothing to count yet)


@dataclass(frozen=True)
class Reg13Sheet:
    month: date  # its first day
    centre_code: str | None  # None: the division
    heading: CentreHeading
    indices: MonthIndices
    trend: tuple[TrendPoint, ...]  # oldest first, ending with `month`

    @property
    def settings(self) -> IndexSettings:
        return self.indices.settings


def trend_months(month: date, count: int = TREND_MONTHS) -> list[date]:
    """The first days of the `count` months ending with `month`'s, oldest first."""
    out = [month.replace(day=1)]
    while len(out) < count:
        out.append((out[-1] - timedelta(days=1)).replace(day=1))
    return out[::-1]


def gather_sheet(
    db: Database,
    month: date,
    *,
    centre_code: str | None = None,
    settings: IndexSettings = BERC_DEFAULTS,
) -> Reg13Sheet:
    """The sheet's month and its twelve-month trend, read in one pass."""
    months = trend_months(month)
    results = indices_by_month(db, months, centre_code=centre_code, settings=settings)
    trend = tuple(
        TrendPoint(m, r.total.saifi, r.total.saidi_hours, len(r.feeders))
        for m, r in zip(months, results, strict=True)
    )
    code = centre_code.strip().upper() if centre_code else None
    heading = centre_heading(db, code) if code else _division_heading(db)
    return Reg13Sheet(months[-1], code, heading, results[-1], trend)


def _division_heading(db: Database) -> CentreHeading:
    with db.read() as s:
        first = s.scalars(select(Centre).order_by(Centre.code)).first()
    if first is None:
        raise NotFound("The store has no centre yet.")
    whole = heading_of(first)
    return CentreHeading("", "All centres", "सभी केंद्र", "", "", whole.division_en, whole.division_hi)


def _centres(db_session: Session, centre_code: str | None) -> list[Centre]:
    query = select(Centre).order_by(Centre.code)
    if centre_code is not None:
        query = query.where(Centre.code == centre_code)
    else:  # the centres whose feeders the division's sheet counts
        query = query.where(Centre.id.in_(select(Pss.centre_id)))
    found = list(db_session.scalars(query))
    if not found:
        raise NotFound(
            f"There is no centre with code {centre_code!r}."
            if centre_code
            else "The store has no centre yet."
        )
    return found


def check_may_print(db: Database, centre_code: str | None, by: Who) -> str:
    """Refuse (NotPermitted) before anything is drawn when `by` may not put the sheet on
    record for every centre it covers; returns the name the sheet is printed by."""
    name = ""
    with db.read() as s:
        for centre in _centres(s, centre_code):
            actor = permitted(s, by, UseCase.PRINT, centre.id)
            name = actor.full_name or actor.via
    return name


def pdf_digest(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def record_sheet(
    db: Database,
    sheet: Reg13Sheet,
    *,
    pdf: bytes,
    pages: int,
    by: Who,
    now: datetime | None = None,
) -> list[int]:
    """Put the written sheet on record, one print per centre it covers, on the month's last
    day; returns the prints' ids."""
    last_day = (sheet.month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    s = sheet.settings
    where = sheet.centre_code or "division"
    note = (
        f"Reg. 13 sheet {sheet.month:%Y-%m}, {where}; sustained over "
        f"{s.sustained_over_minutes:g} min, planned "
        f"{'included' if s.include_planned else 'excluded'}"
    )
    ids: list[int] = []
    with changing(db, by, UseCase.PRINT, now=now) as c:
        for centre in _centres(c.session, sheet.centre_code):
            c.require(UseCase.PRINT, centre.id)
            row = RegisterPrint(
                centre_id=centre.id,
                day=last_day,
                kind=KIND,
                digest=pdf_digest(pdf),
                cut_event_id=current_cut(c.session, centre.id),
                pages=pages,
                printed_at=c.now,
                user_id=c.user_id,
                note=note,
            )
            c.session.add(row)
            c.session.flush()
            c.saved("print", row.id, None, kind=f"{KIND}_printed", centre_id=centre.id)
            ids.append(row.id)
        c.force_anchor = True
    return ids
