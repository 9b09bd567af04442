"""Printing the way the desk and the command line both do it: read, render the PDF (a
register as its day is read), and, once the file is written or the pages sent to the
printer, put the print on record (who, when; for a register its digest, so a paper copy can
later be matched to the records). The register carries the remarks of the day's finished
inspections.

ReportLab is loaded by the first document made, not when the desk starts."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from fusecentre_app.db.backup import partial_name
from fusecentre_app.db.engine import Database
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Lookup, Message, english
from fusecentre_app.domain.timeutil import format_local, local_day, utcnow
from fusecentre_app.services.contact import CallerDocket, caller_docket
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.handover import HandoverRun, handover_run
from fusecentre_app.services.inspection import (
    InspectionInfo,
    PrintRecord,
    inspection_info,
    record_print,
)
from fusecentre_app.services.register import centre_heading, register_run
from fusecentre_app.services.uow import Who

T = TypeVar("T")


class _KeptPdf(io.BytesIO):
    """A binary file that keeps the bytes it is given instead of copying them: ReportLab
    writes its PDF in one piece, which a `BytesIO` would copy (a register of 1,000 pages
    was held twice)."""

    def __init__(self) -> None:
        super().__init__()
        self._parts: list[bytes] = []

    def write(self, data: bytes) -> int:  # type: ignore[override]  # ReportLab gives bytes
        part = bytes(data)  # the same object when given bytes
        self._parts.append(part)
        return len(part)

    def getvalue(self) -> bytes:
        return self._parts[0] if len(self._parts) == 1 else b"".join(self._parts)


@dataclass(frozen=True)
class PrintedRegister:
    """A register printed as its day was read: the PDF, and what its record needs (the day's
    rows are not kept, so a day of any size is printed in the same memory)."""

    centre_code: str
    day: date
    digest: str
    cut_event_id: int
    complaints: int
    pdf: bytes
    pages: int

    @property
    def summary(self) -> str:
        return Message(
            QT_TRANSLATE_NOOP(
                "printing", "{complaints} complaints, {pages} pages, digest {digest} (event {cut})"
            ),
            complaints=self.complaints,
            pages=self.pages,
            digest=self.digest,
            cut=self.cut_event_id,
        )

    def put_on_record(self, db: Database, *, by: Who) -> PrintRecord:
        return record_print(
            db,
            centre_code=self.centre_code,
            day=self.day,
            kind="register",
            digest=self.digest,
            cut_event_id=self.cut_event_id,
            pages=self.pages,
            by=by,
        )


def register_pdf(
    db: Database,
    centre_code: str,
    day: date,
    *,
    user_name: str,
    now: datetime | None = None,
    lookup: Lookup = english,
) -> PrintedRegister:
    """The day's register as PDF bytes (not yet on record: see `put_on_record`), its remarks
    in the language of `lookup`'s catalogue; printed while the day is read (`register_run`),
    in the same memory for a day of any size."""
    buffer = _KeptPdf()
    from fusecentre_app.reports.register import render_register

    with register_run(db, centre_code, day, generated_by=user_name, now=now) as run:
        pages = render_register(run, buffer, lookup)
        return PrintedRegister(
            centre_code=run.centre.code,
            day=run.day,
            digest=run.digest,
            cut_event_id=run.cut_event_id,
            complaints=run.received,
            pdf=buffer.getvalue(),
            pages=pages,
        )


@dataclass(frozen=True)
class PrintedHandover:
    """A handover sheet printed as it was read: the PDF, and the sheet's facts (its counts,
    incidents and escalations, not its rows, so a sheet of any size is printed in the same
    memory)."""

    data: HandoverRun
    pdf: bytes
    pages: int

    @property
    def summary(self) -> str:
        d = self.data
        text = Message(
            QT_TRANSLATE_NOOP(
                "printing",
                "{shift} shift to {end}: {complaints} open complaints, {incidents} open "
                "incidents, {escalations} escalations, {pages} pages",
            ),
            shift=d.shift.name_en,
            end=format_local(d.shift_end, "%d-%m-%Y %H:%M"),
            complaints=d.open,
            incidents=len(d.incidents),
            escalations=len(d.escalations),
            pages=self.pages,
        )
        if d.first_printed_at is not None:
            by = d.first_printed_by or d.outgoing_clerk
            text = Message(
                QT_TRANSLATE_NOOP(
                    "printing", "{summary}; printed again (first printed {at} by {by})"
                ),
                summary=text,
                at=format_local(d.first_printed_at, "%H:%M"),
                by=by or Message(QT_TRANSLATE_NOOP("printing", "the command line")),
            )
        if d.note_not_printed:
            text = Message(
                QT_TRANSLATE_NOOP(
                    "printing",
                    "{summary}; the note typed now is not on it (a sheet printed again keeps "
                    "its first note)",
                ),
                summary=text,
            )
        return text

    def put_on_record(self, db: Database, *, by: Who) -> PrintRecord:
        return record_print(
            db,
            centre_code=self.data.centre.code,
            day=local_day(self.data.at),
            kind="handover",
            digest=self.data.chain_head,
            cut_event_id=self.data.chain_head_event,
            pages=self.pages,
            by=by,
            as_of=self.data.at,
            note=self.data.note,
            outgoing_clerk=self.data.outgoing_clerk,
        )


def handover_pdf(
    db: Database,
    centre_code: str,
    at: datetime,
    *,
    outgoing_clerk: str,
    note: str = "",
    lookup: Lookup = english,
) -> PrintedHandover:
    """The handover sheet for the shift ending at (or running at) `at`, its notes in the
    language of `lookup`'s catalogue; printed while it is read (`handover_run`), in the
    same memory for any number of complaints open."""
    buffer = _KeptPdf()
    from fusecentre_app.reports.handover import render_handover

    with handover_run(
        db, centre_code, at, outgoing_clerk=outgoing_clerk, note=note, generated_by=outgoing_clerk
    ) as run:
        pages = render_handover(run, buffer, lookup)
    return PrintedHandover(run, buffer.getvalue(), pages)


@dataclass(frozen=True)
class PrintedInspection:
    info: InspectionInfo
    pdf: bytes
    pages: int

    def put_on_record(self, db: Database, *, by: Who) -> PrintRecord:
        return record_print(
            db,
            centre_code=self.info.centre_code,
            day=self.info.day,
            kind="inspection",
            digest=self.info.digest_checked,
            cut_event_id=0,
            pages=self.pages,
            by=by,
        )


def inspection_pdf(
    db: Database, inspection_id: int, *, user_name: str = "", lookup: Lookup = english
) -> PrintedInspection:
    info = inspection_info(db, inspection_id)
    heading = centre_heading(db, info.centre_code)
    buffer = io.BytesIO()
    from fusecentre_app.reports.inspection_report import render_inspection

    pages = render_inspection(
        info, heading, buffer, generated_by=user_name or info.inspector_name, lookup=lookup
    )
    return PrintedInspection(info, buffer.getvalue(), pages)


class PdfNotNamed(ServiceError):
    """The print is on record, but its PDF could not take its name (on Windows, an old
    copy still open in a viewer): the PDF is kept under its partial name."""


def save_pdf_on_record(pdf: bytes, path: Path, put_on_record: Callable[[], T]) -> T:
    """Write the PDF beside `path`, flushed to the disk, and give it its name only once
    `put_on_record()` has succeeded: a print the store could not record leaves no PDF
    behind, and a print on record has its PDF (named, or said where it is)."""
    partial = partial_name(path)
    try:
        with partial.open("wb") as file:
            file.write(pdf)
            file.flush()
            os.fsync(file.fileno())
        result = put_on_record()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    try:
        os.replace(partial, path)
    except OSError as exc:
        raise PdfNotNamed(
            f"The print is on record, but its PDF could not be named {path.name} "
            f"({exc.strerror or exc}); it is saved as {partial}."
        ) from exc
    return result


@dataclass(frozen=True)
class PrintedSlip:
    docket: CallerDocket
    pdf: bytes
    pages: int


def docket_slip_pdf(
    db: Database, complaint_id: int, *, given_by: str, now: datetime | None = None
) -> PrintedSlip:
    """The caller's docket slip (A6); given to the caller, it is put on record by
    `services.contact.record_docket_sent` with the slip as its channel."""
    docket = caller_docket(db, complaint_id)
    buffer = io.BytesIO()
    from fusecentre_app.reports.docket_slip import render_docket_slip

    pages = render_docket_slip(docket, buffer, given_by=given_by, given_at=now or utcnow())
    return PrintedSlip(docket, buffer.getvalue(), pages)


def save_pdf(pdf: bytes, path: Path) -> None:
    """Write beside the target, then move into place: a half-written PDF never exists."""
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_bytes(pdf)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
