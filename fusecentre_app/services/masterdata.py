"""The centre's network and reference tables: loading them from CSV, and reading them back.

`load_division` reads the CSV files of a division (the demo one lives in `seeds/`) in one
transaction: a bad row stops the load, names the file and row, and changes nothing.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    Centre,
    ChainHead,
    ComplaintType,
    Dt,
    Feeder,
    FeederFact,
    Locality,
    Officer,
    OfficerFeeder,
    Pss,
    SopRule,
)
from fusecentre_app.domain.chain import GENESIS
from fusecentre_app.domain.compensation import Basis, CompensationRule, DayRounding
from fusecentre_app.domain.enums import Area, Designation
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.sop import TO_CONFIRM, Clock, SopTable, WorkingDay
from fusecentre_app.domain.sop import SopRule as DomainSopRule
from fusecentre_app.paths import seeds_dir
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.uow import FIRST_RUN, CommandLine, Who, changing


class SeedError(ServiceError):
    """A master-data file that cannot be loaded; the message names the file and row."""


@dataclass(frozen=True)
class CentreInfo:
    id: int
    code: str
    name_en: str
    name_hi: str
    subdivision_en: str
    subdivision_hi: str
    division_en: str
    division_hi: str


@dataclass(frozen=True)
class FeederInfo:
    id: int
    code: str
    name_en: str
    name_hi: str
    area: Area
    pss_name_en: str
    centre_id: int


@dataclass(frozen=True)
class DtInfo:
    id: int
    code: str
    name_en: str
    name_hi: str
    feeder_id: int


@dataclass(frozen=True)
class LocalityInfo:
    name_en: str
    name_hi: str
    feeder_id: int
    dt_id: int | None


@dataclass(frozen=True)
class TypeInfo:
    code: str
    name_en: str
    name_hi: str
    danger: bool


@dataclass(frozen=True)
class OfficerInfo:
    id: int
    employee_id: str
    name_en: str
    name_hi: str
    designation: Designation
    mobile: str


@dataclass(frozen=True)
class FormChoices:
    """Everything the complaint form offers, read once when it opens."""

    feeders: list[FeederInfo]
    dts: list[DtInfo]
    localities: list[LocalityInfo]
    types: list[TypeInfo]
    officers: list[OfficerInfo]


def _rows(path: Path, required: set[str]) -> Iterator[tuple[int, dict[str, str]]]:
    if not path.exists():
        raise SeedError(
            Message(
                QT_TRANSLATE_NOOP("messages", "{name}: file is missing"),
                name=path.name,
            )
        )
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = required - set(reader.fieldnames or [])
        if missing:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{name}: missing column(s) {columns}"),
                    name=path.name,
                    columns=", ".join(sorted(missing)),
                )
            )
        for number, row in enumerate(reader, start=2):
            yield number, {k: (v or "").strip() for k, v in row.items() if k}


def _need(row: dict[str, str], where: str, *names: str) -> None:
    for name in names:
        if not row.get(name):
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: {name} is empty"),
                    where=where,
                    name=name,
                )
            )


def has_division(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(Centre)))


# A division's own files give the feeders' counts as they have long stood: in force for any
# month the store can report on (a later change is a fact with its own day, see
# services.interruptions).
FACTS_SINCE = date(2000, 1, 1)
YES_NO = {"yes": True, "y": True, "1": True, "true": True, "no": False, "n": False}
YES_NO.update({"0": False, "false": False, "": False})

# What a division's files hold, in the order they are loaded (and put on record).
DIVISION_ENTITIES = ("centre", "pss", "feeder", "dt", "locality", "officer", "complaint_type")


def load_division(db: Database, folder: Path | None = None, *, by: Who | None = None) -> None:
    """Load centres, PSS, feeders, DTs, localities, officers, complaint types and SoP hours
    into a store that has none; every row is put on record in the name of `by` (the desk's
    first run, or the command line)."""
    folder = folder or seeds_dir()
    by = by if by is not None else CommandLine.current()
    use_case = UseCase.SET_UP_STORE if by is FIRST_RUN else UseCase.LOAD_DIVISION
    with changing(db, by, use_case) as c:
        if c.session.scalar(select(func.count()).select_from(Centre)):
            raise ServiceError(
                Message(QT_TRANSLATE_NOOP("messages", "This store already holds a division."))
            )
        _load(c.session, folder)
        c.session.flush()
        for feeder in c.session.scalars(select(Feeder).order_by(Feeder.id)):
            c.session.add(
                FeederFact(
                    feeder_id=feeder.id,
                    effective_from=FACTS_SINCE,
                    consumers=feeder.consumers,
                    area=feeder.area,
                    agricultural=feeder.agricultural,
                    recorded_by_id=c.user_id,
                    recorded_at=c.now,
                    source=f"{folder.name}/feeders.csv",
                )
            )
        for entity in (*DIVISION_ENTITIES, "feeder_fact", "sop_rule"):
            c.saved_all(entity, {}, source=folder.name)


def _load(s: Session, folder: Path) -> None:
    centres: dict[str, Centre] = {}
    for n, row in _rows(folder / "centres.csv", {"code", "name_en", "name_hi"}):
        where = f"centres.csv row {n}"
        _need(row, where, "code", "name_en", "name_hi")
        if row["code"] in centres:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: centre {code} appears twice"),
                    where=where,
                    code=row["code"],
                )
            )
        centres[row["code"]] = Centre(
            code=row["code"],
            name_en=row["name_en"],
            name_hi=row["name_hi"],
            subdivision_en=row.get("subdivision_en", ""),
            subdivision_hi=row.get("subdivision_hi", ""),
            division_en=row.get("division_en", ""),
            division_hi=row.get("division_hi", ""),
        )
    s.add_all(centres.values())
    s.flush()
    # Each centre's event chain starts here.
    s.add_all(
        ChainHead(centre_id=c.id, last_event_id=0, last_hash=GENESIS) for c in centres.values()
    )

    substations: dict[str, Pss] = {}
    for n, row in _rows(folder / "pss.csv", {"code", "centre_code", "name_en", "name_hi"}):
        where = f"pss.csv row {n}"
        _need(row, where, "code", "centre_code", "name_en", "name_hi")
        if row["centre_code"] not in centres:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: unknown centre {centre}"),
                    where=where,
                    centre=row["centre_code"],
                )
            )
        substations[row["code"]] = Pss(
            code=row["code"],
            centre=centres[row["centre_code"]],
            name_en=row["name_en"],
            name_hi=row["name_hi"],
        )
    s.add_all(substations.values())

    feeders: dict[str, Feeder] = {}
    cols = {"code", "pss_code", "name_en", "name_hi", "area", "consumers"}
    for n, row in _rows(folder / "feeders.csv", cols):
        where = f"feeders.csv row {n}"
        _need(row, where, "code", "pss_code", "name_en", "name_hi", "area")
        if row["pss_code"] not in substations:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: unknown PSS {pss}"),
                    where=where,
                    pss=row["pss_code"],
                )
            )
        if row["area"] not in {a.value for a in Area}:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{where}: area must be urban or rural, not {area!r}"
                    ),
                    where=where,
                    area=row["area"],
                )
            )
        if row.get("agricultural", "").casefold() not in YES_NO:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: agricultural must be yes or no"),
                    where=where,
                )
            )
        if not (row["consumers"] or "0").isdigit():
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: consumers must be a whole number"),
                    where=where,
                )
            )
        feeders[row["code"]] = Feeder(
            code=row["code"],
            pss=substations[row["pss_code"]],
            name_en=row["name_en"],
            name_hi=row["name_hi"],
            area=row["area"],
            consumers=int(row["consumers"] or 0),
            agricultural=YES_NO[row.get("agricultural", "").casefold()],
        )
    s.add_all(feeders.values())

    dts: dict[str, Dt] = {}
    for n, row in _rows(folder / "dts.csv", {"code", "feeder_code", "name_en", "name_hi"}):
        where = f"dts.csv row {n}"
        _need(row, where, "code", "feeder_code", "name_en")
        if row["feeder_code"] not in feeders:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: unknown feeder {feeder}"),
                    where=where,
                    feeder=row["feeder_code"],
                )
            )
        if not (row.get("consumers") or "0").isdigit():
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: consumers must be a whole number"),
                    where=where,
                )
            )
        dts[row["code"]] = Dt(
            code=row["code"],
            feeder=feeders[row["feeder_code"]],
            name_en=row["name_en"],
            name_hi=row["name_hi"],
            kva=int(row.get("kva") or 0),
            consumers=int(row.get("consumers") or 0),
        )
    s.add_all(dts.values())
    s.flush()

    seen_localities: set[str] = set()
    cols = {"name_en", "name_hi", "feeder_code", "dt_code"}
    for n, row in _rows(folder / "localities.csv", cols):
        where = f"localities.csv row {n}"
        _need(row, where, "name_en", "name_hi", "feeder_code")
        feeder = feeders.get(row["feeder_code"])
        if feeder is None:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: unknown feeder {feeder}"),
                    where=where,
                    feeder=row["feeder_code"],
                )
            )
        dt = dts.get(row["dt_code"]) if row["dt_code"] else None
        if row["dt_code"] and (dt is None or dt.feeder is not feeder):
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: DT {dt} is not on feeder {code}"),
                    where=where,
                    dt=row["dt_code"],
                    code=feeder.code,
                )
            )
        if row["name_en"].casefold() in seen_localities:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: locality {locality} appears twice"),
                    where=where,
                    locality=row["name_en"],
                )
            )
        seen_localities.add(row["name_en"].casefold())
        s.add(
            Locality(
                name_en=row["name_en"],
                name_hi=row["name_hi"],
                kind=row.get("kind") or "village",
                feeder_id=feeder.id,
                dt_id=dt.id if dt else None,
            )
        )

    _load_officers(s, folder, feeders)

    types: set[str] = set()
    for order, (n, row) in enumerate(
        _rows(folder / "complaint_types.csv", {"code", "name_en", "name_hi", "danger"})
    ):
        where = f"complaint_types.csv row {n}"
        _need(row, where, "code", "name_en", "name_hi")
        types.add(row["code"])
        s.add(
            ComplaintType(
                code=row["code"],
                name_en=row["name_en"],
                name_hi=row["name_hi"],
                danger=row["danger"] in {"1", "true", "yes"},
                sort_order=order,
            )
        )
    s.flush()
    for n, row in _rows(folder / "sop_hours.csv", {"complaint_type", "area", "hours"}):
        where = f"sop_hours.csv row {n}"
        if row["complaint_type"] not in types:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: unknown complaint type {type}"),
                    where=where,
                    type=row["complaint_type"],
                )
            )
        try:
            rule = sop_rule_from_row(row)
        except ValueError as exc:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: {exc}"),
                    where=where,
                    exc=exc,
                )
            ) from None
        s.add(SopRule(**sop_rule_columns(rule)))


def sop_rule_from_row(row: dict[str, str]) -> DomainSopRule:
    """One row of `sop_hours.csv` as a rule. Only type, area and hours are required: a file
    of the older three columns still loads, with every other figure to be confirmed."""
    if row.get("area") not in {a.value for a in Area}:
        raise ValueError("area must be urban or rural")
    try:
        hours = float(row["hours"])
    except ValueError:
        raise ValueError("hours must be a number") from None
    if hours <= 0:
        raise ValueError("hours must be more than zero")
    clock_text = row.get("clock") or Clock.CONTINUOUS.value
    if clock_text not in {c.value for c in Clock}:
        raise ValueError("clock must be continuous or working")
    working_day = None
    if row.get("working_day"):
        try:
            working_day = WorkingDay.parse(row["working_day"])
        except ValueError:
            raise ValueError("working_day must read like 10:00-17:00") from None
    if clock_text == Clock.WORKING and working_day is None:
        raise ValueError("a working-hours clock needs its working_day, like 10:00-17:00")
    basis_text = row.get("compensation") or Basis.NONE.value
    if basis_text not in {b.value for b in Basis}:
        raise ValueError("compensation must be none, per_case or per_day")
    rounding_text = row.get("rounding") or DayRounding.PART_DAY_COUNTS.value
    if rounding_text not in {r.value for r in DayRounding}:
        raise ValueError("rounding must be part_day_counts or whole_days")
    amounts: list[int | None] = []
    for name in ("single_rs", "each_rs"):
        text = row.get(name, "")
        if not text:
            amounts.append(None)
            continue
        if not text.isdigit():
            raise ValueError(f"{name} must be a whole number of rupees")
        amounts.append(int(text))
    single, each = amounts
    if basis_text != Basis.NONE and not (single or each):
        raise ValueError("a compensation rule needs single_rs or each_rs")
    effective = None
    if row.get("effective_from"):
        try:
            effective = date.fromisoformat(row["effective_from"])
        except ValueError:
            raise ValueError("effective_from must be a date YYYY-MM-DD") from None
    for name in ("hours_source", "compensation_source"):
        if len(row.get(name, "")) > 200:
            raise ValueError(f"{name} is longer than 200 characters")
    return DomainSopRule(
        type_code=row["complaint_type"],
        area=Area(row["area"]),
        hours=hours,
        clock=Clock(clock_text),
        working_day=working_day,
        compensation=CompensationRule(
            basis=Basis(basis_text),
            single=single if single is not None else (each or 0),
            each=each,
            rounding=DayRounding(rounding_text),
            day_hours=working_day.hours if working_day and clock_text == Clock.WORKING else 24.0,
        ),
        effective_from=effective,
        hours_source=row.get("hours_source") or TO_CONFIRM,
        compensation_source=row.get("compensation_source") or TO_CONFIRM,
    )


def sop_rule_columns(rule: DomainSopRule) -> dict[str, Any]:
    """A rule as the columns of its `sop_rule` row."""
    comp = rule.compensation
    return {
        "type_code": rule.type_code,
        "area": rule.area.value,
        "hours": rule.hours,
        "clock": rule.clock.value,
        "working_day": rule.working_day.text() if rule.working_day else None,
        "comp_basis": comp.basis.value,
        "comp_single": comp.single,
        "comp_each": comp.each,
        "comp_rounding": comp.rounding.value,
        "effective_from": rule.effective_from,
        "hours_source": rule.hours_source,
        "compensation_source": rule.compensation_source,
    }


def rule_of(row: SopRule) -> DomainSopRule:
    """A stored `sop_rule` row as the domain's rule."""
    working_day = WorkingDay.parse(row.working_day) if row.working_day else None
    clock = Clock(row.clock)
    return DomainSopRule(
        type_code=row.type_code,
        area=Area(row.area),
        hours=row.hours,
        clock=clock,
        working_day=working_day,
        compensation=CompensationRule(
            basis=Basis(row.comp_basis),
            single=row.comp_single,
            each=row.comp_each,
            rounding=DayRounding(row.comp_rounding),
            day_hours=working_day.hours if working_day and clock is Clock.WORKING else 24.0,
        ),
        effective_from=row.effective_from,
        hours_source=row.hours_source or TO_CONFIRM,
        compensation_source=row.compensation_source or TO_CONFIRM,
    )


def sop_rules(s: Session) -> dict[tuple[str, Area], DomainSopRule]:
    """The whole SoP table, by complaint type and area."""
    return {(r.type_code, Area(r.area)): rule_of(r) for r in s.scalars(select(SopRule))}


def _load_officers(s: Session, folder: Path, feeders: dict[str, Feeder]) -> None:
    cols = {"employee_id", "name", "name_hi", "designation", "mobile", "reports_to", "feeders"}
    officers: dict[str, Officer] = {}
    pending: list[tuple[str, Officer, str, list[str]]] = []
    for n, row in _rows(folder / "officers.csv", cols):
        where = f"officers.csv row {n}"
        _need(row, where, "employee_id", "name", "designation", "mobile")
        if row["designation"] not in {d.value for d in Designation}:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: unknown designation {designation!r}"),
                    where=where,
                    designation=row["designation"],
                )
            )
        try:
            mobile = normalise_phone(row["mobile"], mobile_only=True)
            alternate = normalise_phone(row["alternate"]) if row.get("alternate") else None
        except InvalidPhoneNumber as exc:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: {exc}"),
                    where=where,
                    exc=exc,
                )
            ) from None
        officer = Officer(
            employee_id=row["employee_id"],
            name_en=row["name"],
            name_hi=row["name_hi"],
            designation=row["designation"],
            mobile=mobile,
            alternate_mobile=alternate,
            active=True,
        )
        if row["employee_id"] in officers:
            raise SeedError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{where}: employee {employee} appears twice"),
                    where=where,
                    employee=row["employee_id"],
                )
            )
        officers[row["employee_id"]] = officer
        codes = [c.strip() for c in row["feeders"].split(";") if c.strip()]
        pending.append((where, officer, row["reports_to"], codes))
    s.add_all(officers.values())
    s.flush()
    for where, officer, boss, codes in pending:
        if boss:
            if boss not in officers:
                raise SeedError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{where}: reports to unknown employee {boss}"
                        ),
                        where=where,
                        boss=boss,
                    )
                )
            officer.reports_to_id = officers[boss].id
        for code in codes:
            if code not in feeders:
                raise SeedError(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{where}: unknown feeder {code}"),
                        where=where,
                        code=code,
                    )
                )
            s.add(OfficerFeeder(officer_id=officer.id, feeder_id=feeders[code].id))


def list_centres(db: Database) -> list[CentreInfo]:
    with db.read() as s:
        return [_centre(c) for c in s.scalars(select(Centre).order_by(Centre.code))]


def get_centre(db: Database, centre_id: int) -> CentreInfo:
    with db.read() as s:
        centre = s.get(Centre, centre_id)
        if centre is None:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "This desk's centre is no longer in the database."
                    )
                )
            )
        return _centre(centre)


def centre_by_code(db: Database, code: str) -> CentreInfo:
    with db.read() as s:
        centre = s.scalar(select(Centre).where(Centre.code == code.upper()))
        if centre is None:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no centre with code {code!r}."),
                    code=code,
                )
            )
        return _centre(centre)


def _centre(c: Centre) -> CentreInfo:
    return CentreInfo(
        c.id,
        c.code,
        c.name_en,
        c.name_hi,
        c.subdivision_en,
        c.subdivision_hi,
        c.division_en,
        c.division_hi,
    )


def sop_table(s: Session) -> SopTable:
    rules = s.execute(select(SopRule.type_code, SopRule.area, SopRule.hours)).all()
    return SopTable({(code, Area(area)): hours for code, area, hours in rules})


def form_choices(db: Database, centre_id: int) -> FormChoices:
    """The feeders, DTs, localities, types and officers a centre's form offers."""
    with db.read() as s:
        feeder_rows = s.execute(
            select(Feeder, Pss.name_en)
            .join(Pss, Pss.id == Feeder.pss_id)
            .where(Pss.centre_id == centre_id)
            .order_by(Pss.code, Feeder.code)
        ).all()
        feeders = [
            FeederInfo(f.id, f.code, f.name_en, f.name_hi, Area(f.area), pss, centre_id)
            for f, pss in feeder_rows
        ]
        feeder_ids = [f.id for f in feeders]
        dts = [
            DtInfo(d.id, d.code, d.name_en, d.name_hi, d.feeder_id)
            for d in s.scalars(select(Dt).where(Dt.feeder_id.in_(feeder_ids)).order_by(Dt.code))
        ]
        localities = [
            LocalityInfo(loc.name_en, loc.name_hi, loc.feeder_id, loc.dt_id)
            for loc in s.scalars(
                select(Locality)
                .where(Locality.feeder_id.in_(feeder_ids))
                .order_by(Locality.name_en)
            )
        ]
        types = [
            TypeInfo(t.code, t.name_en, t.name_hi, t.danger)
            for t in s.scalars(select(ComplaintType).order_by(ComplaintType.sort_order))
        ]
        officers = [
            OfficerInfo(
                o.id, o.employee_id, o.name_en, o.name_hi, Designation(o.designation), o.mobile
            )
            for o in s.scalars(
                select(Officer).where(Officer.active.is_(True)).order_by(Officer.name_en)
            )
        ]
    return FormChoices(feeders, dts, localities, types, officers)
