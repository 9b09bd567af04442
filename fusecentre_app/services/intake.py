"""Bulk intake: complaints that reach the centre as a list — forwarded by the 1912 helpline,
or written down at the Monday and Friday consumer hearings — logged one docket per row.

The list is a CSV or an .xlsx with the columns of `seeds/intake-sample.csv` (`COLUMNS`;
common spellings such as "Mobile No." or "Village" are accepted). `check_intake` reads every
row first and refuses the whole file if any row is bad, naming each by its spreadsheet row
(header = row 1) and column; `run_intake` then logs the rows through the same path as a call
at the desk (`complaints.log_within`: docket, SoP deadline, the `logged` event in the
signed-in person's name, which also names the file and row), in transactions of
`CHUNK` rows.

A second call about an open complaint is a follow-up on it, not a new complaint (as at the
desk): a row whose caller has a complaint of the same type at the centre still pending (new,
assigned, attending or reopened) is recorded on the latest such complaint through
`complaints.follow_up_within`, its event naming the list's channel, the file's row and the
1912 reference. Of rows in one list with the same caller and type, the first makes the
complaint and the later ones follow up on it. A resolved complaint awaits its callback,
which reopens it if the supply is still off, so a row about it gets a new docket.

Idempotent: a 1912 row is known by its 1912 reference (required), a hearing row by its
received time, caller mobile and complaint type, whether on a complaint or on a follow-up
event. Rows already on record at the centre are
counted and skipped, so running the same list again adds nothing and says so, and a run cut
short (a power cut) is finished by running it again.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintEvent, ComplaintType, Feeder, Pss
from fusecentre_app.domain.enums import PENDING_STATUS_VALUES, Channel, EventKind
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.spreadsheet import (
    RowProblem,
    RowsRefused,
    cell_text,
    header_key,
    lost_text_problems,
    row_list,
)
from fusecentre_app.domain.timeutil import LOCAL_TZ, as_utc, utcnow
from fusecentre_app.services.complaints import (
    BACKDATE_LIMIT,
    ComplaintDraft,
    follow_up_within,
    log_within,
    validate_draft,
)
from fusecentre_app.services.errors import NotPermitted, ServiceError
from fusecentre_app.services.sheets import FileRefused, read_records
from fusecentre_app.services.uow import Who, changing, permitted

CHANNELS = (Channel.HELPLINE_1912, Channel.HEARING)
CHUNK = 100  # rows per transaction: short enough not to hold up the other desks

COLUMNS = (
    "received_at",
    "ref_1912",
    "caller_mobile",
    "caller_name",
    "consumer_no",
    "locality",
    "address",
    "landmark",
    "feeder",
    "type",
    "description",
)
_ALIASES = {
    **dict.fromkeys(
        ("received_at", "received", "date_time", "datetime", "date_and_time", "complaint_time"),
        "received_at",
    ),
    **dict.fromkeys(
        ("ref_1912", "1912_ref", "1912_reference", "reference", "ref", "ref_no", "1912_no"),
        "ref_1912",
    ),
    **dict.fromkeys(
        ("caller_mobile", "mobile", "mobile_no", "mobile_number", "phone"), "caller_mobile"
    ),
    **dict.fromkeys(("caller_name", "name", "consumer_name", "complainant"), "caller_name"),
    **dict.fromkeys(
        ("consumer_no", "consumer_number", "ca_no", "account_no", "consumer_id"), "consumer_no"
    ),
    **dict.fromkeys(("locality", "village", "mohalla", "village_mohalla"), "locality"),
    **dict.fromkeys(("address",), "address"),
    **dict.fromkeys(("landmark",), "landmark"),
    **dict.fromkeys(("feeder", "feeder_code", "feeder_name"), "feeder"),
    **dict.fromkeys(("type", "complaint_type", "type_code", "nature"), "type"),
    **dict.fromkeys(("description", "details", "remarks", "complaint"), "description"),
}
_REQUIRED = ("received_at", "caller_mobile", "type")
_TEXT = ("caller_name", "locality", "address", "landmark", "description")
_FIELD_COLUMN = {
    "caller_mobile": "caller_mobile",
    "type_code": "type",
    "received_at": "received_at",
}
_FIELD_COLUMN |= {"consumer_no": "consumer_no", "locality": "locality"}
_LIMITS = {"ref_1912": 60, "caller_name": 120, "locality": 120, "landmark": 120, "address": 255}
_TIME_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%d-%m-%Y %H:%M",
    "%d/%m/%Y %H:%M",
    "%d.%m.%Y %H:%M",
    "%d-%m-%Y %I:%M %p",
    "%d/%m/%Y %I:%M %p",
)


class IntakeRefused(FileRefused):
    """A list with problems; nothing of it was logged. `problems` names every one."""


@dataclass(frozen=True)
class IntakeRow:
    number: int  # the spreadsheet row
    draft: ComplaintDraft
    key: tuple[str, ...]  # what makes it the same complaint as one already logged
    # As checked: the docket of the caller's pending complaint this row follows up on, or
    # the earlier row of the list whose new complaint it follows up on (neither: a new one).
    follows: str = ""
    follows_row: int | None = None

    @property
    def caller(self) -> tuple[str, str]:
        """Whose complaint about what: rows with the same caller are one complaint."""
        return _mobile(self.draft.caller_mobile), self.draft.type_code

    @property
    def is_follow_up(self) -> bool:
        return bool(self.follows) or self.follows_row is not None


@dataclass(frozen=True)
class IntakePlan:
    """A checked list: the rows to log, and how many were on record already."""

    path: Path
    centre_id: int
    channel: Channel
    rows: tuple[IntakeRow, ...]
    already: int
    checked_at: datetime

    @property
    def total(self) -> int:
        return len(self.rows) + self.already

    @property
    def follow_ups(self) -> tuple[IntakeRow, ...]:
        """The rows to be recorded as follow-up calls rather than new complaints."""
        return tuple(r for r in self.rows if r.is_follow_up)

    @property
    def new(self) -> int:
        """How many rows will be new complaints."""
        return len(self.rows) - len(self.follow_ups)


@dataclass
class IntakeResult:
    logged: int = 0
    already: int = 0
    dockets: list[str] = field(default_factory=list)
    follow_ups: list[str] = field(default_factory=list)  # the docket of each follow-up call
    stopped: bool = False  # the person stopped it between transactions


def check_intake(
    db: Database,
    path: Path,
    *,
    centre_id: int,
    channel: Channel,
    by: Who,
    now: datetime | None = None,
) -> IntakePlan:
    """Read and check every row; raise `IntakeRefused` naming every problem (a dry run)."""
    if channel not in CHANNELS:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "A list is taken in from the 1912 helpline or a consumer hearing."
                ),
            )
        )
    now = now or utcnow()
    try:
        records = read_records(path)
    except RowsRefused as exc:
        raise IntakeRefused(exc.problems) from None
    with db.read() as s:
        actor = permitted(s, by, UseCase.LOG_COMPLAINT, centre_id)
        try:
            permitted(s, by, UseCase.BACKDATE, centre_id)
            may_backdate = True
        except NotPermitted:
            may_backdate = False
        problems: list[RowProblem] = []
        rows = _parse(s, records, path.name, centre_id, channel, now, problems)
        limit = now - BACKDATE_LIMIT
        old = [r.number for r in rows if r.draft.received_at and r.draft.received_at < limit]
        if old and not may_backdate:
            problems.append(
                RowProblem(
                    None,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "row(s) {old} were received more than two days "
                            "ago; only a supervisor can record "
                            "them ({person} is not one)",
                        ),
                        old=row_list(old),
                        person=actor.full_name or actor.username,
                    ),
                )
            )
        if problems:
            raise IntakeRefused(problems)
        known = _on_record(s, centre_id, channel, rows)
        fresh = [r for r in rows if r.key not in known]
        pending = {
            caller: docket for caller, (_id, docket) in _pending(s, centre_id, fresh).items()
        }
    planned: list[IntakeRow] = []
    first_row: dict[tuple[str, str], int] = {}
    for row in fresh:
        if row.caller in pending:
            row = replace(row, follows=pending[row.caller])
        elif row.caller in first_row:
            row = replace(row, follows_row=first_row[row.caller])
        else:
            first_row[row.caller] = row.number
        planned.append(row)
    return IntakePlan(path, centre_id, channel, tuple(planned), len(rows) - len(fresh), now)


def run_intake(
    db: Database,
    plan: IntakePlan,
    *,
    by: Who,
    progress: Callable[[int, int], bool] | None = None,
    now: datetime | None = None,
) -> IntakeResult:
    """Log the plan's rows, `CHUNK` to a transaction; `progress(done, total)` after each, and
    a False from it stops before the next. Rows logged meanwhile (another desk running the
    same list) are skipped, not logged twice. Whether a row follows up on a pending complaint
    is decided again here, in the transaction that records it (the plan's say is a preview:
    a complaint may have been resolved since)."""
    result = IntakeResult(already=plan.already)
    total = len(plan.rows)
    for start in range(0, total, CHUNK):
        chunk = plan.rows[start : start + CHUNK]
        with changing(db, by, UseCase.LOG_COMPLAINT, centre_id=plan.centre_id, now=now) as change:
            known = _on_record(change.session, plan.centre_id, plan.channel, chunk)
            pending = _pending(change.session, plan.centre_id, chunk)
            for row in chunk:
                if row.key in known:
                    result.already += 1
                    continue
                source = {"intake": {"file": plan.path.name, "row": row.number}}
                if row.caller in pending:
                    extra = {"channel_ref": row.draft.channel_ref} if row.draft.channel_ref else {}
                    followed = follow_up_within(
                        change,
                        pending[row.caller][0],
                        channel=plan.channel,
                        note=row.draft.description,
                        received_at=row.draft.received_at,
                        extra={**extra, **source},
                    )
                    result.follow_ups.append(followed.docket)
                    continue
                logged = log_within(change, row.draft, centre_id=plan.centre_id, note=source)
                result.dockets.append(logged.docket)
                pending[row.caller] = (logged.id, logged.docket)
        result.logged = len(result.dockets)
        done = min(start + CHUNK, total)
        if progress is not None and not progress(done, total) and done < total:
            result.stopped = True
            break
    return result


def _parse(
    s: Session,
    records: Sequence[Sequence[str]],
    name: str,
    centre_id: int,
    channel: Channel,
    now: datetime,
    problems: list[RowProblem],
) -> list[IntakeRow]:
    if not records or not any(c.strip() for c in records[0]):
        raise IntakeRefused(
            [
                RowProblem(
                    1, Message(QT_TRANSLATE_NOOP("messages", "the header row is empty or missing"))
                )
            ]
        )
    columns = _columns(records[0], channel)
    lost = lost_text_problems(records, {c: columns[c] for c in _TEXT if c in columns}, name)
    if lost:
        raise IntakeRefused(lost)
    feeders = _feeders(s, centre_id)
    types = _types(s)
    rows: list[IntakeRow] = []
    first_of: dict[tuple[str, ...], int] = {}
    for number, record in enumerate(records[1:], start=2):
        if not any(c.strip() for c in record):
            continue
        row = _parse_row(number, record, columns, channel, feeders, types, now, problems)
        if row is None:
            continue
        if row.key in first_of:
            what = "1912 reference" if channel == Channel.HELPLINE_1912 else "complaint"
            problems.append(
                RowProblem(
                    number,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "the same {what} as row {first_of}"),
                        what=what,
                        first_of=first_of[row.key],
                    ),
                )
            )
            continue
        first_of[row.key] = number
        rows.append(row)
    if not rows and not problems:
        raise IntakeRefused(
            [
                RowProblem(
                    None,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{name} has no complaints under its header"),
                        name=name,
                    ),
                )
            ]
        )
    return rows


def _columns(header: Sequence[str], channel: Channel) -> dict[str, int]:
    found: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, title in enumerate(header):
        column = _ALIASES.get(header_key(title))
        if column is None:
            continue
        if column in found:
            first = header[found[column]].strip()
            problems.append(
                RowProblem(
                    1,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "columns {first!r} and {second!r} both give {column}"
                        ),
                        first=first,
                        second=title.strip(),
                        column=column,
                    ),
                )
            )
        else:
            found[column] = index
    needed = [*_REQUIRED, "ref_1912"] if channel == Channel.HELPLINE_1912 else list(_REQUIRED)
    if not ({"locality", "address", "consumer_no"} & found.keys()):
        needed.append("locality")
    missing = [c for c in needed if c not in found]
    if missing:
        problems.append(
            RowProblem(
                1,
                Message(
                    QT_TRANSLATE_NOOP("messages", "missing column(s): {columns}"),
                    columns=", ".join(missing),
                ),
            )
        )
    if problems:
        raise IntakeRefused(problems)
    return found


def _parse_row(
    number: int,
    record: Sequence[str],
    columns: dict[str, int],
    channel: Channel,
    feeders: dict[str, int],
    types: dict[str, str],
    now: datetime,
    problems: list[RowProblem],
) -> IntakeRow | None:
    before = len(problems)

    def bad(message: str) -> None:
        problems.append(RowProblem(number, message))

    cells: dict[str, str] = {}
    for column, index in columns.items():
        raw = record[index] if index < len(record) else ""
        cells[column] = cell_text(raw, column, bad, phone=column == "caller_mobile") or ""
    for column, limit in _LIMITS.items():
        if len(cells.get(column, "")) > limit:
            bad(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{column} is longer than {limit} characters"),
                    column=column,
                    limit=limit,
                )
            )
    ref = cells.get("ref_1912", "")
    if channel == Channel.HELPLINE_1912 and not ref:
        bad(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "ref_1912 is empty: a 1912 complaint is known by its reference"
                ),
            )
        )
    received = _received(cells["received_at"], bad)
    type_code = types.get(cells["type"].casefold()) if cells["type"] else None
    if cells["type"] and type_code is None:
        bad(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "type {type!r} is not a complaint type (give its code, such as FUSE_OFF)",
                ),
                type=cells["type"],
            )
        )
    feeder_id = None
    if cells.get("feeder"):
        feeder_id = feeders.get(cells["feeder"].casefold())
        if feeder_id is None:
            bad(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "feeder {feeder!r} is not a feeder of this centre"
                    ),
                    feeder=cells["feeder"],
                )
            )
    draft = ComplaintDraft(
        caller_mobile=cells["caller_mobile"],
        caller_name=cells.get("caller_name", ""),
        consumer_no=cells.get("consumer_no", ""),
        locality=cells.get("locality", ""),
        address=cells.get("address", ""),
        landmark=cells.get("landmark", ""),
        feeder_id=feeder_id,
        type_code=type_code or "",
        channel=channel,
        channel_ref=ref,
        description=cells.get("description", ""),
        received_at=received,
    )
    for name, message in validate_draft(draft, now).items():
        if name == "type_code" and cells["type"]:
            continue  # already said which type is unknown
        if name == "received_at" and received is None:
            continue
        bad(
            Message(
                QT_TRANSLATE_NOOP("messages", "{column}: {message}"),
                column=_FIELD_COLUMN.get(name, name),
                message=message,
            )
        )
    if len(problems) > before or received is None:
        return None
    if channel == Channel.HELPLINE_1912:
        key: tuple[str, ...] = (ref,)
    else:
        key = (as_utc(received).isoformat(), _mobile(draft.caller_mobile), draft.type_code)
    return IntakeRow(number, draft, key)


def _received(text: str, bad: Callable[[str], None]) -> datetime | None:
    if not text:
        bad(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "received_at is empty: give the date and time the complaint was made",
                ),
            )
        )
        return None
    cleaned = re.sub(r"\s+", " ", text.strip())
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(cleaned, fmt).replace(tzinfo=LOCAL_TZ)
        except ValueError:
            continue
    bad(
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "received_at {text!r} is not a date and time such "
                "as 2026-06-01 10:30 or 01-06-2026 "
                "10:30",
            ),
            text=text,
        )
    )
    return None


def _mobile(text: str) -> str:
    try:
        return normalise_phone(text, mobile_only=True)
    except InvalidPhoneNumber:
        return text


def _feeders(s: Session, centre_id: int) -> dict[str, int]:
    """A feeder of the centre by code, English or Hindi name (any case)."""
    found: dict[str, int] = {}
    for fid, code, name_en, name_hi in s.execute(
        select(Feeder.id, Feeder.code, Feeder.name_en, Feeder.name_hi)
        .join(Pss, Pss.id == Feeder.pss_id)
        .where(Pss.centre_id == centre_id)
    ):
        for key in (name_hi, name_en, code):
            found[key.casefold()] = fid
    return found


def _types(s: Session) -> dict[str, str]:
    found: dict[str, str] = {}
    for code, name_en, name_hi in s.execute(
        select(ComplaintType.code, ComplaintType.name_en, ComplaintType.name_hi)
    ):
        for key in (name_hi, name_en, code):
            found[key.casefold()] = code
    return found


def _on_record(
    s: Session, centre_id: int, channel: Channel, rows: Sequence[IntakeRow]
) -> set[tuple[str, ...]]:
    """The keys of these rows that are on record at the centre already: as complaints, or as
    follow-up calls on one."""
    if not rows:
        return set()
    where = [Complaint.centre_id == centre_id, Complaint.channel == channel.value]
    found: set[tuple[str, ...]] = set()
    follow_ups = (
        select(ComplaintEvent.data, Complaint.caller_mobile, Complaint.type_code)
        .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
        .where(
            Complaint.centre_id == centre_id,
            ComplaintEvent.kind == EventKind.FOLLOW_UP.value,
            ComplaintEvent.data["channel"].as_string() == channel.value,
        )
    )
    if channel == Channel.HELPLINE_1912:
        refs = sorted({r.draft.channel_ref for r in rows})
        for i in range(0, len(refs), 500):
            batch = refs[i : i + 500]
            for (ref,) in s.execute(
                select(Complaint.channel_ref).where(*where, Complaint.channel_ref.in_(batch))
            ):
                found.add((ref,))
            for data, _mobile_no, _type in s.execute(
                follow_ups.where(ComplaintEvent.data["channel_ref"].as_string().in_(batch))
            ):
                found.add((data["channel_ref"],))
        return found
    mobiles = sorted({r.caller[0] for r in rows})
    for i in range(0, len(mobiles), 500):
        for data, mobile, type_code in s.execute(
            follow_ups.where(Complaint.caller_mobile.in_(mobiles[i : i + 500]))
        ):
            if data.get("received_at"):  # a desk's follow-up always has one; demo data not
                received = as_utc(datetime.fromisoformat(data["received_at"]))
                found.add((received.isoformat(), mobile or "", type_code))
    times = [r.draft.received_at for r in rows if r.draft.received_at is not None]
    for received_at, mobile, type_code in s.execute(
        select(Complaint.received_at, Complaint.caller_mobile, Complaint.type_code).where(
            *where, Complaint.received_at.between(min(times), max(times))
        )
    ):
        found.add((as_utc(received_at).isoformat(), mobile or "", type_code))
    return found


def _pending(
    s: Session, centre_id: int, rows: Sequence[IntakeRow]
) -> dict[tuple[str, str], tuple[int, str]]:
    """Id and docket of the latest pending complaint at the centre of each row's caller and
    complaint type (the one the desk would offer a follow-up on)."""
    mobiles = sorted({r.caller[0] for r in rows})
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for i in range(0, len(mobiles), 500):
        for cid, docket, mobile, type_code in s.execute(
            select(Complaint.id, Complaint.docket, Complaint.caller_mobile, Complaint.type_code)
            .where(
                Complaint.centre_id == centre_id,
                Complaint.status.in_(PENDING_STATUS_VALUES),
                Complaint.caller_mobile.in_(mobiles[i : i + 500]),
            )
            .order_by(Complaint.received_at, Complaint.id)
        ):
            found[(mobile or "", type_code)] = (cid, docket)  # the latest wins
    return found
