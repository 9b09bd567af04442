"""A centre's complaints of a date range as a spreadsheet for the office: CSV or .xlsx.

One row per complaint received on those India days, oldest first, in English and Hindi
(the complaint type in both). Times are India time as `YYYY-MM-DD HH:MM`; mobiles are plain
10-digit numbers (as the directory export writes them); dockets and consumer numbers as
logged. A CSV is UTF-8 with a BOM so that Excel and LibreOffice show the Hindi; a workbook
keeps every text cell as text, so Excel neither drops a leading zero nor turns a number
into 9.84E+09 (see `services.sheets`).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import aliased

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintType, Feeder, Officer
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.officer_rows import plain_phone
from fusecentre_app.domain.timeutil import to_local
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.sheets import Cell, write_table

COLUMNS = (
    "docket",
    "received_at",
    "channel",
    "reference",
    "caller_name",
    "caller_mobile",
    "consumer_no",
    "locality",
    "address",
    "landmark",
    "feeder",
    "type",
    "type_en",
    "type_hi",
    "danger",
    "description",
    "status",
    "sop_due_at",
    "assigned_to",
    "resolved_at",
    "closed_at",
    "call_count",
)
# A year of a busy centre is about 100,000 rows; more is a mistake in the dates.
MAX_DAYS = 400


def _moment(value: datetime | None) -> str:
    return "" if value is None else f"{to_local(value):%Y-%m-%d %H:%M}"


def export_complaints(db: Database, centre_id: int, first: date, last: date, path: Path) -> int:
    """Write the complaints received from `first` to `last` (both included) to `path`, a
    CSV or (name ending .xlsx) a workbook; return how many rows."""
    if last < first:
        first, last = last, first
    if (last - first).days + 1 > MAX_DAYS:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "Choose at most {days} days to export at a time."),
                days=MAX_DAYS,
            )
        )
    assigned = aliased(Officer)
    query = (
        select(Complaint, Feeder.code, ComplaintType.name_en, ComplaintType.name_hi, assigned)
        .join(ComplaintType, ComplaintType.code == Complaint.type_code)
        .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
        .outerjoin(assigned, assigned.id == Complaint.assigned_officer_id)
        .where(Complaint.centre_id == centre_id, Complaint.day.between(first, last))
        .order_by(Complaint.received_at, Complaint.id)
    )
    rows: list[tuple[Cell, ...]] = []
    with db.read() as s:
        for c, feeder, type_en, type_hi, officer in s.execute(query):
            rows.append(
                (
                    c.docket,
                    _moment(c.received_at),
                    c.channel,
                    c.channel_ref,
                    c.caller_name,
                    plain_phone(c.caller_mobile),
                    c.consumer_no,
                    c.locality,
                    c.address,
                    c.landmark,
                    feeder or "",
                    c.type_code,
                    type_en,
                    type_hi,
                    "yes" if c.priority else "",
                    c.description,
                    c.status,
                    _moment(c.sop_due_at),
                    f"{officer.name_en} / {officer.name_hi}" if officer is not None else "",
                    _moment(c.resolved_at),
                    _moment(c.closed_at),
                    c.call_count,
                )
            )
    write_table(path, COLUMNS, rows, sheet_title=f"Complaints {first}")
    return len(rows)
