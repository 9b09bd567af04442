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
from fusecentre_app.domain.enums import (
    Area,
    Designation,
)
from fusecentre_app.services import auth, masterdata
from fusecentre_app.services.demo.constants import (
    DEMO_PASSWORD,
    DEMO_USERNAME,
    DEMO_USERS,
    DMR_USERNAME,
)
from fusecentre_app.services.demo.tables import _SEASON_BOOST, OTHER_WEIGHT, TYPE_WEIGHTS
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
    clerk_id: int | None
    feeders: list[_FeederRef]
    feeder_cum: list[float]
    pool: list[_Caller] = field(default_factory=list)


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

    clerks: dict[int, int] = {}
    for centre_id, user_id in s.execute(
        select(AppUser.centre_id, AppUser.id)
        .where(AppUser.username.in_([DEMO_USERNAME, DMR_USERNAME]))
        .order_by(AppUser.id)
    ):
        if centre_id is not None:
            clerks.setdefault(centre_id, user_id)
    centres: list[_CentreRef] = []
    for centre_id, code in s.execute(select(Centre.id, Centre.code).order_by(Centre.code)):
        refs = by_centre.get(centre_id, [])
        if refs:
            clerk = clerks.get(centre_id, users.get(DEMO_USERNAME))
            cum = _cumulative([f.consumers for f in refs])
            centres.append(_CentreRef(centre_id, code, clerk, refs, cum))
    if not centres:
        raise ServiceError("This database has no centre with feeders: load a division first.")
    return centres, types


# ------------------------------------------------------------------------------ users


def ensure_demo_users(db: Database) -> dict[str, int]:
    """Create those of the demo desk users that are missing; username -> id for all three."""
    with db.read() as s:
        existing = dict(
            s.execute(
                select(AppUser.username, AppUser.id).where(
                    AppUser.username.in_([u.username for u in DEMO_USERS])
                )
            ).all()
        )
        centre_ids = dict(s.execute(select(Centre.code, Centre.id).order_by(Centre.code)).all())
    fallback = next(iter(centre_ids.values()), None)
    for user in DEMO_USERS:
        if user.username not in existing:
            info = auth.create_user(
                db,
                username=user.username,
                full_name=user.full_name,
                password=DEMO_PASSWORD,
                centre_id=centre_ids.get(user.centre_code, fallback),
                role=user.role,
            )
            existing[user.username] = info.id
    return existing
