"""Printing a register the way the desk and the command line both do it: gather the day
(with the remarks of finished inspections), render the PDF, and record the print with its
digest so a paper copy can later be matched to the records."""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from fusecentre_app.db.engine import Database
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.reports.register import render_register
from fusecentre_app.services.inspection import PrintRecord, inspection_remarks, record_print
from fusecentre_app.services.register import RegisterData, gather_register


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
    remarks = inspection_remarks(db, centre_code, day)
    if remarks:
        data = dataclasses.replace(data, inspection_remarks=remarks)
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


def save_pdf(pdf: bytes, path: Path) -> None:
    """Write beside the target, then move into place: a half-written register never exists."""
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(pdf)
    partial.replace(path)
