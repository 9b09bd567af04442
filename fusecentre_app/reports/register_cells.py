"""What each column of the daily register says: column titles (English over Hindi), widths,
and the text of every cell, made from `services.register` data.

Times print in India time, as `HH:MM` on the register's own day and `DD-MM HH:MM` on any
other. Marks the text fonts lack (✓, ✗, ⚠) come from the bundled symbols font.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from fusecentre_app.domain.enums import PENDING_STATUSES, Channel, Status
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Lookup, Message, english, say
from fusecentre_app.domain.timeutil import LOCAL_TZ
from fusecentre_app.reports.grid import Column
from fusecentre_app.services.register import (
    CarriedRow,
    CountLine,
    OfficerPending,
    RegisterRow,
    Summary,
)

CHECK = "✓"
CROSS = "✗"
DANGER = "⚠"
_DEVANAGARI = re.compile("[\u0900-\u097f]")

CHANNELS = {
    Channel.PHONE.value: "Phone",
    Channel.HELPLINE_1912.value: "1912",
    Channel.SOCIAL.value: "Social media",
    Channel.WALK_IN.value: "Walk-in",
    Channel.OFFICER.value: "Officer",
    Channel.HEARING.value: "Hearing",
}
STATUS_TEXT: dict[Status, str] = {
    Status.NEW: Message(QT_TRANSLATE_NOOP("register", "New")),
    Status.ASSIGNED: Message(QT_TRANSLATE_NOOP("register", "Assigned")),
    Status.ATTENDING: Message(QT_TRANSLATE_NOOP("register", "Attending")),
    Status.RESOLVED: Message(QT_TRANSLATE_NOOP("register", "Resolved, awaiting callback")),
    Status.REOPENED: Message(QT_TRANSLATE_NOOP("register", "Reopened")),
    Status.CLOSED_VERIFIED: Message(QT_TRANSLATE_NOOP("register", "Closed, verified")),
    Status.CLOSED_UNVERIFIED: Message(QT_TRANSLATE_NOOP("register", "Closed, unverified")),
    Status.CANCELLED: Message(QT_TRANSLATE_NOOP("register", "Cancelled")),
}
CALLBACK_TEXT = {
    "restored": Message(QT_TRANSLATE_NOOP("register", "Restored")),
    "not_restored": Message(QT_TRANSLATE_NOOP("register", "Not restored")),
    "unreachable": Message(QT_TRANSLATE_NOOP("register", "No answer")),
}
DESIGNATION_SHORT = {"LINEMAN": "LM", "JE": "JE", "SDO": "SDO", "EE": "EE"}

DAY_COLUMNS: tuple[Column, ...] = (
    Column("S.No.", "क्रम", 22, "right"),
    Column("Docket", "शिकायत संख्या", 66),
    Column("Recd.", "प्राप्त", 25),
    Column("Channel", "माध्यम", 30),
    Column("Caller, mobile", "शिकायतकर्ता, मोबाइल", 66),
    Column("Consumer no.", "उपभोक्ता संख्या", 52),
    Column("Village / address", "गाँव / पता", 74),
    Column("Feeder / DT", "फीडर / ट्रांसफार्मर", 48),
    Column("Type", "प्रकार", 64),
    Column("Officer", "अधिकारी", 56),
    Column("Attended", "पहुँचे", 33),
    Column("Resolved", "निवारण", 33),
    Column("Time taken", "लगा समय", 27),
    Column("SoP", "मानक", 36),
    Column("Callback", "पुष्टि कॉल", 44),
    Column("Owed, Rs", "देय क्षतिपूर्ति", 48, "right"),
)
# The remarks column takes what is left of the page width.
REMARKS = ("Remarks", "टिप्पणी")

CARRIED_COLUMNS: tuple[Column, ...] = (
    Column("Docket", "शिकायत संख्या", 66),
    Column("Received", "प्राप्त", 48),
    Column("Caller, mobile", "शिकायतकर्ता, मोबाइल", 76),
    Column("Village", "गाँव", 76),
    Column("Feeder", "फीडर", 44),
    Column("Type", "प्रकार", 76),
    Column("Officer", "अधिकारी", 68),
    Column("Status at day end", "दिन के अंत में स्थिति", 62),
    Column("SoP due", "मानक समय", 48),
    Column("Overdue at day end", "दिन के अंत तक विलंब", 48),
    Column("Now", "अब", 70),
)


def with_remarks(columns: tuple[Column, ...], page_width: float) -> tuple[Column, ...]:
    used = sum(c.width for c in columns)
    return (*columns, Column(*REMARKS, max(40.0, page_width - used)))


def clock(moment: datetime | None, day: date) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(LOCAL_TZ)
    return local.strftime("%H:%M" if local.date() == day else "%d-%m %H:%M")


def duration(span: timedelta | None) -> str:
    if span is None:
        return ""
    minutes = max(0, int(span.total_seconds() // 60))
    days, minutes = divmod(minutes, 24 * 60)
    text = f"{minutes // 60}:{minutes % 60:02d}"
    return f"{days}d {text}" if days else text


def hours(value: float) -> str:
    return f"{value:.1f} h"


def mobile(number: str) -> str:
    return number[3:] if number.startswith("+91") and len(number) == 13 else number


def _join(*parts: str, sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def officer_label(name: str, designation: str) -> str:
    short = DESIGNATION_SHORT.get(designation, designation)
    return f"{name} ({short})" if name and short else name


def _sop(row: RegisterRow, as_of: datetime, lookup: Lookup) -> str:
    """Met, late or overdue by how much, or when it is due, in the language of `lookup`."""
    if row.status == Status.CANCELLED:
        return "—"
    if row.resolved_at is not None:
        late = row.hours_late
        if late <= 0:
            return f"{CHECK} " + say(Message(QT_TRANSLATE_NOOP("register", "met")), lookup)
        text = Message(QT_TRANSLATE_NOOP("register", "{hours} late"), hours=hours(late))
        return f"{CROSS} " + say(text, lookup)
    if row.status in PENDING_STATUSES and row.sop_due_at < as_of:
        over = (as_of - row.sop_due_at).total_seconds() / 3600
        text = Message(QT_TRANSLATE_NOOP("register", "overdue {hours}"), hours=hours(over))
        return f"{CROSS} " + say(text, lookup)
    due = Message(
        QT_TRANSLATE_NOOP("register", "due {at}"),
        at=f"{row.sop_due_at.astimezone(LOCAL_TZ):%d-%m %H:%M}",
    )
    return say(due, lookup)


def _callback(row: RegisterRow, day: date, lookup: Lookup) -> str:
    """The last callback's outcome, when, and which try it was, in the language of `lookup`."""
    cb = row.callback
    if cb is None:
        return ""
    text = say(CALLBACK_TEXT[cb.outcome], lookup) if cb.outcome in CALLBACK_TEXT else cb.outcome
    when = clock(cb.at, day)
    if cb.attempts > 1:
        when = say(
            Message(QT_TRANSLATE_NOOP("register", "{at}, try {n}"), at=when, n=cb.attempts),
            lookup,
        )
    return f"{text}\n{when}"


def _liability(row: RegisterRow, lookup: Lookup) -> str:
    """What a late complaint owes and to whom: "Rs 50" over "1 consumer", or for a failed DT
    the total and the sum to each of its consumers; "so far" while supply is still off."""
    owed = row.liability
    if owed is None:
        return ""
    if owed.counted_with is not None:  # another caller of the same DT failure
        counted = Message(
            QT_TRANSLATE_NOOP("register", "Rs 0\ncounted with {docket}"),
            docket=owed.counted_with,
        )
        return say(counted, lookup)
    if owed.total == 0:
        return say(Message(QT_TRANSLATE_NOOP("register", "Rs 0\nno rate set")), lookup)
    so_far = (
        ""
        if owed.restored
        else "\n" + say(Message(QT_TRANSLATE_NOOP("register", "so far")), lookup)
    )
    if owed.each_consumer_of and owed.consumers > 1:  # else the caller alone is counted
        each = Message(
            QT_TRANSLATE_NOOP(
                "register", "Rs {total}\nRs {each} each to the {n} consumers of {dt}"
            ),
            total=f"{owed.total:,}",
            each=f"{owed.per_consumer:,}",
            n=f"{owed.consumers:,}",
            dt=owed.each_consumer_of,
        )
        return say(each, lookup) + so_far
    if owed.consumers == 1:
        one = Message(
            QT_TRANSLATE_NOOP("register", "Rs {total}\n1 consumer"), total=f"{owed.total:,}"
        )
        return say(one, lookup) + so_far
    many = Message(
        QT_TRANSLATE_NOOP("register", "Rs {total}\n{n} consumers"),
        total=f"{owed.total:,}",
        n=f"{owed.consumers:,}",
    )
    return say(many, lookup) + so_far


def _sentence(text: str) -> str:
    """A remark ended as a sentence: with a danda if it is Hindi, else a full stop."""
    if text.endswith((".", "।", "?", "!")):
        return text
    return text + ("।" if _DEVANAGARI.search(text) else ".")


def remark_text(remarks: Sequence[str], lookup: Lookup = english) -> str:
    """A row's remarks as the register prints them, each in the catalogue's language."""
    return " ".join(_sentence(say(remark, lookup)) for remark in remarks)


def _remarks(row: RegisterRow, lookup: Lookup) -> str:
    notes: list[str] = []
    if row.status not in (Status.CLOSED_VERIFIED, Status.CLOSED_UNVERIFIED, Status.CANCELLED):
        notes.append(STATUS_TEXT[row.status])
    notes.extend(row.remarks)
    return remark_text(notes, lookup)


def day_cells(
    row: RegisterRow, day: date, as_of: datetime, lookup: Lookup = english
) -> tuple[str, ...]:
    kind = f"{row.type_name_en}\n{row.type_name_hi}"
    return (
        str(row.serial),
        row.docket,
        clock(row.received_at, day),
        CHANNELS.get(row.channel, row.channel),
        _join(row.caller_name, mobile(row.caller_mobile), sep="\n"),
        row.consumer_no,
        _join(row.locality, row.address, row.landmark),
        _join(row.feeder_code, row.dt_code, sep="\n"),
        f"{DANGER} {kind}" if row.danger else kind,
        officer_label(row.officer_name, row.officer_designation),
        clock(row.attended_at, day),
        clock(row.resolved_at, day),
        duration(row.time_taken),
        _sop(row, as_of, lookup),
        _callback(row, day, lookup),
        _liability(row, lookup),
        _remarks(row, lookup),
    )


def carried_cells(
    row: CarriedRow, day: date, day_end: datetime, lookup: Lookup = english
) -> tuple[str, ...]:
    overdue = (day_end - row.sop_due_at).total_seconds() / 3600
    now = STATUS_TEXT[row.status_now]
    if row.closed_at is not None and row.status_now != row.status_at_day_end:
        now = f"{now} {row.closed_at.astimezone(LOCAL_TZ):%d-%m %H:%M}"
    return (
        row.docket,
        row.received_at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M"),
        _join(row.caller_name, mobile(row.caller_mobile), sep="\n"),
        row.locality,
        row.feeder_code,
        f"{row.type_name_en}\n{row.type_name_hi}",
        officer_label(row.officer_name, row.officer_designation),
        STATUS_TEXT[row.status_at_day_end],
        row.sop_due_at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M"),
        hours(overdue) if overdue > 0 else "",
        now,
        remark_text(row.remarks, lookup),
    )


# ------------------------------------------------------------------------------ summary

SUMMARY_COLUMNS = (
    Column("Complaints of the day", "दिन की शिकायतें", 150),
    Column("Count", "संख्या", 44, "right"),
)
COUNT_COLUMNS = (
    Column("Received", "प्राप्त", 34, "right"),
    Column("Resolved", "निवारण", 34, "right"),
    Column("Verified", "पुष्टि", 34, "right"),
    Column("Pending", "लंबित", 34, "right"),
    Column("Overdue", "विलंबित", 34, "right"),
)
FEEDER_COLUMNS = (Column("Feeder", "फीडर", 64), *COUNT_COLUMNS)
TYPE_COLUMNS = (Column("Type", "प्रकार", 120), *COUNT_COLUMNS)
OFFICER_COLUMNS = (
    Column("Officer", "अधिकारी", 150),
    Column("Designation", "पद", 50),
    Column("Pending, today's", "लंबित, आज की", 56, "right"),
    Column("Pending, earlier", "लंबित, पहले की", 56, "right"),
    Column("Overdue", "विलंबित", 44, "right"),
)


def summary_cells(s: Summary) -> list[tuple[str, str]]:
    lines = [
        ("Received / प्राप्त", s.received),
        ("Cancelled / रद्द", s.cancelled),
        ("Resolved / निवारण", s.resolved),
        ("Verified by callback / पुष्टि", s.verified),
        ("Closed unverified / बिना पुष्टि बंद", s.unverified),
        ("Awaiting callback / पुष्टि शेष", s.awaiting_callback),
        ("Pending / लंबित", s.pending),
        ("Overdue / विलंबित", s.overdue),
        ("Resolved within SoP / मानक में", s.sop_met),
        ("Resolved late / मानक के बाद", s.sop_late),
        ("Carried over / पिछले दिनों की", s.carried_over),
        ("Carried over, still pending / अब भी लंबित", s.carried_pending),
    ]
    cells = [(label, str(value)) for label, value in lines]
    cells.append(("Owing compensation / क्षतिपूर्ति देय", str(s.owing)))
    cells.append(("Compensation owed / देय क्षतिपूर्ति", f"Rs {s.compensation:,}"))
    return cells


def count_cells(line: CountLine) -> tuple[str, ...]:
    label = _join(line.label_en, line.label_hi, sep="\n")
    return (
        label,
        str(line.received),
        str(line.resolved),
        str(line.verified),
        str(line.pending),
        str(line.overdue),
    )


def officer_cells(o: OfficerPending) -> tuple[str, ...]:
    return (
        o.name or "Not assigned / असाइन नहीं",
        DESIGNATION_SHORT.get(o.designation, o.designation),
        str(o.pending_today),
        str(o.pending_earlier),
        str(o.overdue),
    )
