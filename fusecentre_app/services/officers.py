"""The officer directory as the desk shows it: each officer with their jurisdiction, and a
search by name (English or Hindi), number, feeder or village.

Jurisdiction comes from the feeders an officer answers for: a lineman's and a JE's are
their own; an SDO's and an EE's are those of everyone below them. The sub-division is that
of the centres those feeders belong to.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Centre, Feeder, Locality, Officer, OfficerFeeder, Pss
from fusecentre_app.domain.enums import Designation


@dataclass(frozen=True)
class DirectoryEntry:
    id: int
    employee_id: str
    name_en: str
    name_hi: str
    designation: Designation
    mobile: str
    alternate_mobile: str | None
    reports_to_id: int | None
    active: bool
    feeder_codes: tuple[str, ...]
    subdivisions_en: tuple[str, ...]
    division_en: str


@dataclass(frozen=True)
class _Feeder:
    id: int
    code: str
    name_en: str
    name_hi: str
    subdivision_en: str
    division_en: str


def directory_entries(db: Database) -> list[DirectoryEntry]:
    """Every officer with their jurisdiction, EE first down to linemen, then by name."""
    with db.read() as s:
        officers = s.scalars(select(Officer)).all()
        feeders = {
            fid: _Feeder(fid, code, en, hi, sub, div)
            for fid, code, en, hi, sub, div in s.execute(
                select(
                    Feeder.id,
                    Feeder.code,
                    Feeder.name_en,
                    Feeder.name_hi,
                    Centre.subdivision_en,
                    Centre.division_en,
                )
                .join(Pss, Pss.id == Feeder.pss_id)
                .join(Centre, Centre.id == Pss.centre_id)
            )
        }
        own: defaultdict[int, set[int]] = defaultdict(set)
        for officer_id, feeder_id in s.execute(
            select(OfficerFeeder.officer_id, OfficerFeeder.feeder_id)
        ):
            own[officer_id].add(feeder_id)
    below: defaultdict[int, list[int]] = defaultdict(list)
    for o in officers:
        if o.reports_to_id is not None:
            below[o.reports_to_id].append(o.id)

    def covered(officer_id: int, seen: frozenset[int] = frozenset()) -> set[int]:
        if officer_id in seen:  # a loop in reports-to: stop rather than recurse forever
            return set()
        found = set(own[officer_id])
        for child in below[officer_id]:
            found |= covered(child, seen | {officer_id})
        return found

    divisions = sorted({f.division_en for f in feeders.values()})
    entries = []
    for o in officers:
        mine = sorted((feeders[f] for f in covered(o.id)), key=lambda f: f.code)
        entries.append(
            DirectoryEntry(
                id=o.id,
                employee_id=o.employee_id,
                name_en=o.name_en,
                name_hi=o.name_hi,
                designation=Designation(o.designation),
                mobile=o.mobile,
                alternate_mobile=o.alternate_mobile,
                reports_to_id=o.reports_to_id,
                active=o.active,
                feeder_codes=tuple(f.code for f in mine),
                subdivisions_en=tuple(sorted({f.subdivision_en for f in mine})),
                division_en=mine[0].division_en if mine else ", ".join(divisions),
            )
        )
    rank = {Designation.EE: 0, Designation.SDO: 1, Designation.JE: 2, Designation.LINEMAN: 3}
    entries.sort(key=lambda e: (rank[e.designation], e.name_en.casefold()))
    return entries


def matching_officers(db: Database, text: str) -> set[int]:
    """Officers whose name (English or Hindi), employee id or number contains `text`, or
    who answer for a feeder or village whose code or name contains it."""
    needle = text.strip().casefold()
    if not needle:
        return {e.id for e in directory_entries(db)}
    digits = "".join(ch for ch in needle if ch.isdigit())
    found: set[int] = set()
    with db.read() as s:
        feeder_ids = set(
            s.scalars(
                select(Feeder.id).where(
                    Feeder.code.icontains(needle, autoescape=True)
                    | Feeder.name_en.icontains(needle, autoescape=True)
                    | Feeder.name_hi.contains(text.strip(), autoescape=True)
                )
            )
        )
        feeder_ids |= set(
            s.scalars(
                select(Locality.feeder_id).where(
                    Locality.name_en.icontains(needle, autoescape=True)
                    | Locality.name_hi.contains(text.strip(), autoescape=True)
                )
            )
        )
        if feeder_ids:
            found |= set(
                s.scalars(
                    select(OfficerFeeder.officer_id).where(OfficerFeeder.feeder_id.in_(feeder_ids))
                )
            )
    for e in directory_entries(db):
        numbers = f"{e.mobile} {e.alternate_mobile or ''}"
        if (
            needle in e.name_en.casefold()
            or text.strip() in e.name_hi
            or needle == e.employee_id.casefold()
            or (len(digits) >= 4 and digits == needle.replace(" ", "") and digits in numbers)
        ):
            found.add(e.id)
    return found
