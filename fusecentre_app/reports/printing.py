"""Printing the way the desk and the command line both do it: gather, render the PDF, and
record the print (who, when; for a register its digest, so a paper copy can later be matched
to the records). The register carries the remarks of the day's finished inspections."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fusecentre_app.db.engine import Database
from fusecentre_app.domain.timeutil import format_local, local_day, utcnow
from fusecentre_app.reports.handover import render_handover
from fusecentre_app.reports.inspection_report import render_inspection
from fusecentre_app.reports.register import render_register
from fusecentre_app.services.handover import HandoverData, gather_handover
from fusecentre_app.services.inspection import PrintRecord, inspection_info, record_print
from fusecentre_app.services.register import RegisterData, centre_heading, gather_register


@dataclass(frozen=True)
class PrintedRegister:
    data: RegisterData
    pdf: bytes
    pages: int
    record: PrintRecord | None


def register_pdf(
    db: Database,
    centre_code: str,
    day: date,
    *,
    user_id: int | None,
    user_name: str,
    record: bool = True,
    now: datetime | None = None,
) -> PrintedRegister:
    """The day's register as PDF bytes; `record` (the default) puts the print on record —
    a preview on screen does not."""
    now = now or utcnow()
    data = gather_register(db, centre_code, day, generated_by=user_name, now=now)
    buffer = io.BytesIO()
    pages = render_register(data, buffer)
    printed = None
    if record:
        printed = record_print(
            db,
            centre_code=centre_code,
            day=day,
            kind="register",
            digest=data.digest,
            cut_event_id=data.cut_event_id,
            pages=pages,
            user_id=user_id,
            now=now,
        )
    return PrintedRegister(data, buffer.getvalue(), pages, printed)


@dataclass(frozen=True)
class PrintedHandover:
    data: HandoverData
    pdf: bytes
    pages: int
    summary: str
    record: PrintRecord | None


def handover_pdf(
    db: Database,
    centre_code: str,
    at: datetime,
    *,
    outgoing_clerk: str,
    note: str = "",
    user_id: int | None,
    record: bool = True,
    now: datetime | None = None,
) -> PrintedHandover:
    """The handover sheet for the shift ending at (or running at) `at`."""
    now = now or utcnow()
    data = gather_handover(
        db, centre_code, at, outgoing_clerk=outgoing_clerk, note=note, generated_by=outgoing_clerk
    )
    buffer = io.BytesIO()
    pages = render_handover(data, buffer)
    summary = (
        f"{data.shift.name_en} shift to {format_local(data.shift_end, '%d-%m-%Y %H:%M')}: "
        f"{len(data.rows)} open complaints, {len(data.incidents)} open incidents, "
        f"{len(data.escalations)} escalations, {pages} pages"
    )
    printed = None
    if record:
        printed = record_print(
            db,
            centre_code=centre_code,
            day=local_day(data.at),
            kind="handover",
            digest="",
            cut_event_id=0,
            pages=pages,
            user_id=user_id,
            now=now,
        )
    return PrintedHandover(data, buffer.getvalue(), pages, summary, printed)


def inspection_pdf(
    db: Database, inspection_id: int, *, user_id: int | None, user_name: str = ""
) -> bytes:
    """The inspection report, its print on record."""
    info = inspection_info(db, inspection_id)
    heading = centre_heading(db, info.centre_code)
    buffer = io.BytesIO()
    pages = render_inspection(info, heading, buffer, generated_by=user_name or info.inspector_name)
    record_print(
        db,
        centre_code=info.centre_code,
        day=info.day,
        kind="inspection",
        digest=info.digest_checked,
        cut_event_id=0,
        pages=pages,
        user_id=user_id,
    )
    return buffer.getvalue()


def save_pdf(pdf: bytes, path: Path) -> None:
    """Write beside the target, then move into place: a half-written register never exists."""
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(pdf)
    partial.replace(path)
