"""The demo division as the generator sees it (centres, feeders, callers, types), and the
demo desk users."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import (
    select,
)
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    AppUser,
    Centre,
    ComplaintType,
    Dt,
    Feeder,
    Locality,
    Officer,
    OfficerFeeder,
    Pss,
)
from fusecentre_app.demo.constants import (
    DEMO_PASSWORD,
    DEMO_USERNAME,
    DEMO_USERS,
    SHIFT_HOURS,
)
from fusecentre_app.demo.tables import _SEASON_BOOST, OTHER_WEIGHT, TYPE_WEIGHTS
from fusecentre_app.domain.enums import (
    Area,
    Designation,
)
from fusecentre_app.services import accounts, masterdata
from fusecentre_app.services.errors import ServiceError


@dataclass
class _FeederRef:
    id: int
    code: str
    name_en: str
    name_hi: str
    area: Area
    consumers: int
    localities: list[tuple[str, str, int | None]] = field(default_factory=list)
    dts: list[int] = field(default_factory=list)
    linemen: list[int] = field(default_factory=list)
    officers: list[int] = field(default_factory=list)
    sop_hours: dict[str, float] = field(default_factory=dict)


@dataclass
class _Caller:
    """What a repeat caller says again: the same number, name, consumer and place."""

    mobile: str | None
    name: str
    name_en: str
    hindi: bool
    consumer_no: str
    feeder: _FeederRef
    locality: str
    dt_id: int | None
    address: str
    landmark: str
    # Until then (their last complaint still open) a second call is a follow-up, not new.
    busy_until: int = 0


@dataclass
class _CentreRef:
    id: int
    code: str
    clerk_id: int | None  # the first shift's clerk: the one who stands for the centre
    feeders: list[_FeederRef]
    feeder_cum: list[float]
    pool: list[_Caller] = field(default_factory=list)
    # The clerk of each shift (SHIFT_HOURS), so that each event names who was on duty.
    shift_clerks: tuple[int | None, ...] = ()

    def clerk_at(self, ts: int) -> int | None:
        """The clerk on duty at a moment (seconds since the epoch, UTC)."""
        if not self.shift_clerks:
            return self.clerk_id
        hour = (ts + _IST_OFFSET) // 3600 % 24
        for (start, end), clerk in zip(SHIFT_HOURS, self.shift_clerks, strict=False):
            inside = start <= hour < end if start < end else hour >= start or hour < end
            if inside:
                return clerk if clerk is not None else self.clerk_id
        return self.clerk_id


_IST_OFFSET = 5 * 3600 + 30 * 60


@dataclass
class _Types:
    codes: list[str]
    danger: dict[str, bool]
    cum_by_season: dict[str, list[float]]


def _cumulative(weights: Sequence[float]) -> list[float]:
    total = 0.0
    out: list[float] = []
    for w in weights:
        total += w
        out.append(total)
    return out


def _season(day: date) -> str:
    if day.month in (4, 5):
        return "summer"
    if day.month in (6, 7, 8, 9):
        return "monsoon"
    if day.month in (11, 12, 1, 2):
        return "winter"
    return "shoulder"


def _load_network(s: Session, users: dict[str, int]) -> tuple[list[_CentreRef], _Types]:
    sop = masterdata.sop_table(s)
    type_rows = s.execute(
        select(ComplaintType.code, ComplaintType.danger).order_by(
            ComplaintType.sort_order, ComplaintType.code
        )
    ).all()
    if not type_rows:
        raise ServiceError("This database has no complaint types: load a division first.")
    codes = [code for code, _danger in type_rows]
    base = [TYPE_WEIGHTS.get(code, OTHER_WEIGHT) for code in codes]
    types = _Types(
        codes,
        {code: bool(danger) for code, danger in type_rows},
        {
            season: _cumulative([w * boost.get(c, 1.0) for c, w in zip(codes, base, strict=True)])
            for season, boost in _SEASON_BOOST.items()
        },
    )

    feeders: dict[int, _FeederRef] = {}
    by_centre: dict[int, list[_FeederRef]] = {}
    for f, centre_id in s.execute(
        select(Feeder, Pss.centre_id).join(Pss, Pss.id == Feeder.pss_id).order_by(Feeder.id)
    ):
        area = Area(f.area)
        ref = _FeederRef(f.id, f.code, f.name_en, f.name_hi, area, max(int(f.consumers), 1))
        ref.sop_hours = {code: sop.hours_for(code, area) for code in codes}
        feeders[f.id] = ref
        by_centre.setdefault(centre_id, []).append(ref)
    for name_en, name_hi, feeder_id, dt_id in s.execute(
        select(Locality.name_en, Locality.name_hi, Locality.feeder_id, Locality.dt_id).order_by(
            Locality.id
        )
    ):
        if feeder_id in feeders:
            feeders[feeder_id].localities.append((name_en, name_hi, dt_id))
    for dt_id, feeder_id in s.execute(select(Dt.id, Dt.feeder_id).order_by(Dt.id)):
        if feeder_id in feeders:
            feeders[feeder_id].dts.append(dt_id)
    for officer_id, feeder_id, designation in s.execute(
        select(OfficerFeeder.officer_id, OfficerFeeder.feeder_id, Officer.designation)
        .join(Officer, Officer.id == OfficerFeeder.officer_id)
        .where(Officer.active.is_(True))
        .order_by(OfficerFeeder.feeder_id, OfficerFeeder.officer_id)
    ):
        if feeder_id in feeders:
            feeders[feeder_id].officers.append(officer_id)
            if designation == Designation.LINEMAN.value:
                feeders[feeder_id].linemen.append(officer_id)

    by_name = {u.username: u for u in DEMO_USERS}
    codes = dict(s.execute(select(Centre.id, Centre.code)).all())
    shift_clerks: dict[int, list[int | None]] = {}
    for centre_id, username, user_id in s.execute(
        select(AppUser.centre_id, AppUser.username, AppUser.id)
        .where(AppUser.username.in_(list(by_name)))
        .order_by(AppUser.id)
    ):
        demo_user = by_name[username]
        if centre_id is None or demo_user.shift is None or codes.get(centre_id) is None:
            continue
        slots = shift_clerks.setdefault(centre_id, [None] * len(SHIFT_HOURS))
        slots[demo_user.shift] = user_id
    centres: list[_CentreRef] = []
    for centre_id, code in s.execute(select(Centre.id, Centre.code).order_by(Centre.code)):
        refs = by_centre.get(centre_id, [])
        if refs:
            slots = shift_clerks.get(centre_id, [])
            clerk = next((c for c in slots if c is not None), users.get(DEMO_USERNAME))
            cum = _cumulative([f.consumers for f in refs])
            centres.append(_CentreRef(centre_id, code, clerk, refs, cum, shift_clerks=tuple(slots)))
    if not centres:
        raise ServiceError("This database has no centre with feeders: load a division first.")
    return centres, types


# ------------------------------------------------------------------------------ users


def ensure_demo_users(db: Database) -> dict[str, int]:
    """Create those of the demo desk users that are missing (a clerk for each shift at each
    centre, a JE supervisor at each, an inspector and an administrator for the division);
    username -> id for all of them."""
    with db.read() as s:
        existing = dict(
            s.execute(
                select(AppUser.username, AppUser.id).where(
                    AppUser.username.in_([u.username for u in DEMO_USERS])
                )
            ).all()
        )
        centre_ids = dict(s.execute(select(Centre.code, Centre.id).order_by(Centre.code)).all())
    for user in DEMO_USERS:
        if user.username in existing:
            continue
        if user.centre_code is not None and user.centre_code not in centre_ids:
            continue  # a division without that centre
        info = accounts.create_user(
            db,
            username=user.username,
            full_name=user.full_name,
            password=DEMO_PASSWORD,
            centre_id=centre_ids.get(user.centre_code) if user.centre_code else None,
            role=user.role,
        )
        existing[user.username] = info.id
    return existing
