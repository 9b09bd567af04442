"""The shift handover sheet PDF: what the outgoing clerk hands to the incoming one.

A4 landscape with the register's header (see `reports.page`). The first page has the shift
and its counts, the complaints open at the handover by status, the outgoing clerk's note,
the open incidents and the pending escalations; then every open complaint, feeder by feeder
(each feeder headed with its counts, repeated as "continued" on a new page), oldest first;
and last the acknowledgement the two clerks sign. Everything is as of the handover moment
(see `services.handover`).

Run as a program, it prints a sheet straight from a database:

    python -m fusecentre_app.reports.handover --db FILE --centre BXR \
        --at "2026-11-29 14:00" -o out.pdf [--user NAME] [--note TEXT]
"""

from __future__ import annotations

import argparse
import getpass
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from reportlab.platypus import Flowable, KeepTogether

from fusecentre_app.domain.enums import Status
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Lookup, Message, english, say
from fusecentre_app.domain.timeutil import LOCAL_TZ
from fusecentre_app.reports import register_cells as cells
from fusecentre_app.reports.grid import Caption, Column, Grid, SideBySide, StreamGrid, TextBlock
from fusecentre_app.reports.page import WIDTH, Masthead, SignBox, SignBoxes, Styles, build
from fusecentre_app.reports.text import Writer
from fusecentre_app.services.handover import (
    FeederGroup,
    HandoverData,
    HandoverRow,
    HandoverRun,
    OpenIncident,
    PendingEscalation,
)

if TYPE_CHECKING:
    from fusecentre_app.db.engine import Database

TITLE = "Shift Handover Sheet — पाली हस्तांतरण पत्रक"
INCIDENT_KINDS = {
    "feeder_trip": "Feeder trip / फीडर ट्रिप",
    "dt_failure": "DT failure / ट्रांसफार्मर खराब",
}

ROW_COLUMNS: tuple[Column, ...] = (
    Column("#", "क्रम", 22, "right"),
    Column("Docket", "शिकायत संख्या", 66),
    Column("Received", "प्राप्त", 46),
    Column("Age", "अवधि", 32),
    Column("Caller, mobile", "शिकायतकर्ता, मोबाइल", 78),
    Column("Village", "गाँव", 78),
    Column("Type", "प्रकार", 84),
    Column("Status", "स्थिति", 58),
    Column("Officer", "अधिकारी", 72),
    Column("SoP due", "मानक समय", 46),
    Column("SoP", "मानक", 56),
    Column("Incident", "घटना", 32, "right"),
)
NOTES = ("Notes", "टिप्पणी")
INCIDENT_COLUMNS: tuple[Column, ...] = (
    Column("Incident", "घटना", 36, "right"),
    Column("Kind", "प्रकार", 86),
    Column("Feeder", "फीडर", 120),
    Column("DT", "ट्रांसफार्मर", 70),
    Column("Since", "कब से", 52),
    Column("Opened by", "किसने खोली", 70),
    Column("Linked", "जुड़ी", 34, "right"),
    Column("Open", "लंबित", 34, "right"),
)
ESCALATION_COLUMNS: tuple[Column, ...] = (
    Column("Docket", "शिकायत संख्या", 66),
    Column("When", "कब", 52),
    Column("From", "किससे", 130),
    Column("To", "किसको", 130),
)
COUNT_COLUMNS = (Column("Open at handover", "हस्तांतरण पर लंबित", 150), Column("", "", 40, "right"))
FEEDER_COLUMNS = (
    Column("Feeder", "फीडर", 120),
    Column("Open", "लंबित", 36, "right"),
    Column("Pending", "बहाली शेष", 40, "right"),
    Column("Overdue", "विलंबित", 38, "right"),
    Column("Awaiting callback", "पुष्टि शेष", 46, "right"),
)


def _filling(columns: tuple[Column, ...], title: tuple[str, str]) -> tuple[Column, ...]:
    """The columns and a last one taking what is left of the page width."""
    used = sum(c.width for c in columns)
    return (*columns, Column(*title, max(60.0, WIDTH - used)))


def _local(moment: datetime, fmt: str = "%d-%m %H:%M") -> str:
    return moment.astimezone(LOCAL_TZ).strftime(fmt)


def _hours_minutes(hours: float) -> str:
    minutes = max(0, round(hours * 60))
    return f"{minutes // 60}:{minutes % 60:02d}"


def sop_state(row: HandoverRow, at: datetime) -> str:
    """Met or late (resolved), overdue by how long, or the time left (a countdown)."""
    if row.status == Status.RESOLVED and row.resolved_at is not None:
        late = (row.resolved_at - row.sop_due_at).total_seconds() / 3600
        return f"{cells.CHECK} met" if late <= 0 else f"{cells.CROSS} late {cells.hours(late)}"
    left = (row.sop_due_at - at).total_seconds() / 3600
    if left < 0:
        return f"{cells.CROSS} overdue {cells.hours(-left)}"
    return f"due in {_hours_minutes(left)}"


def _notes(row: HandoverRow, lookup: Lookup) -> str:
    """What the incoming clerk should know of a complaint, in the language of `lookup`."""
    notes: list[str] = []
    if row.danger:
        notes.append(
            f"{cells.DANGER} " + say(Message(QT_TRANSLATE_NOOP("handover", "Danger")), lookup)
        )
    if row.status == Status.RESOLVED and row.resolved_at is not None:
        resolved = Message(
            QT_TRANSLATE_NOOP("handover", "Resolved {at}: call the consumer back"),
            at=_local(row.resolved_at),
        )
        notes.append(say(resolved, lookup))
    if row.call_count > 1:
        calls = Message(QT_TRANSLATE_NOOP("handover", "{count} calls"), count=row.call_count)
        notes.append(say(calls, lookup))
    if row.reopen_count:
        reopened = Message(
            QT_TRANSLATE_NOOP("handover", "reopened {count}×"), count=row.reopen_count
        )
        notes.append(say(reopened, lookup))
    if row.escalations:
        escalated = Message(
            QT_TRANSLATE_NOOP("handover", "escalated {count}×"), count=row.escalations
        )
        notes.append(say(escalated, lookup))
    return "; ".join(notes)


def row_cells(
    number: int, row: HandoverRow, at: datetime, lookup: Lookup = english
) -> tuple[str, ...]:
    kind = f"{row.type_name_en}\n{row.type_name_hi}"
    return (
        str(number),
        row.docket,
        _local(row.received_at),
        cells.duration(at - row.received_at),
        "\n".join(p for p in (row.caller_name, cells.mobile(row.caller_mobile)) if p),
        row.locality,
        f"{cells.DANGER} {kind}" if row.danger else kind,
        cells.STATUS_TEXT[row.status],
        cells.officer_label(row.officer_name, row.officer_designation),
        _local(row.sop_due_at),
        sop_state(row, at),
        f"#{row.incident_id}" if row.incident_id else "",
        _notes(row, lookup),
    )


def feeder_title(group: FeederGroup) -> str:
    if group.code:
        names = " / ".join(n for n in (group.name_en, group.name_hi) if n)
        title = f"{group.code} {names}".strip()
    else:
        title = "Feeder not known / फीडर ज्ञात नहीं"
    late = f" ({group.overdue} overdue)" if group.overdue else ""
    return (
        f"{title} — {group.open} open: {group.pending} pending{late}, "
        f"{group.awaiting_callback} awaiting callback"
    )


def incident_cells(incident: OpenIncident) -> tuple[str, ...]:
    feeder = " ".join(p for p in (incident.feeder_code, incident.feeder_name_en) if p)
    return (
        f"#{incident.id}",
        INCIDENT_KINDS.get(incident.kind.value, incident.kind.value),
        f"{feeder}\n{incident.feeder_name_hi}" if incident.feeder_name_hi else feeder,
        incident.dt_name_en,
        _local(incident.opened_at),
        incident.opened_by,
        str(incident.linked),
        str(incident.open_linked),
        incident.note,
    )


def escalation_cells(e: PendingEscalation) -> tuple[str, ...]:
    return (
        e.docket,
        _local(e.at),
        cells.officer_label(e.from_officer, e.from_designation) or "—",
        cells.officer_label(e.to_officer, e.to_designation) or e.to_designation or "—",
        e.reason,
    )


# ------------------------------------------------------------------------------ flowables


class _FeederGrid(Grid):
    """A page's piece of a feeder's table, under "continued" when it goes on from a page
    before (the heading is above the first piece)."""

    def __init__(self, style: Any, *, _set: Any, continued: Caption, continuing: bool) -> None:
        super().__init__((), (), style, _set=_set)
        self.continued = continued
        self._extra = continued.setter.leading + 2.0 if continuing else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = super().wrap(availWidth, availHeight)
        self.height = height + self._extra
        return width, self.height

    def draw(self) -> None:
        _draw_continued(self, self.continued, self._extra, super().draw)


class _FeederTable(StreamGrid):
    """A feeder's table, its rows set only as the pages need them (a feeder may have
    thousands open): its heading above the first rows, "continued" above the rest."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[str]],
        style: Any,
        *,
        continued: Caption,
        caption: Caption | None = None,
        _set: Any = None,
        _continuing: bool = False,
    ) -> None:
        super().__init__(columns, rows, style, caption=caption, _set=_set)
        self.continued = continued
        self._continuing = _continuing
        self._extra = continued.setter.leading + 2.0 if _continuing else 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._pull(availHeight - self._extra)
        width, height = Grid.wrap(self, availWidth, availHeight)
        self.height = height + self._extra
        return width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        cut = self._cut(availHeight - self._extra)
        if cut is None:
            return []
        s = self._set
        tail = _FeederTable(
            (), (), s.style, continued=self.continued, _set=self._rest(cut), _continuing=True
        )
        tail._rows, tail._more = self._rows, self._more
        head = _FeederGrid(s.style, _set=s, continued=self.continued, continuing=self._continuing)
        return [head, tail]

    def draw(self) -> None:
        _draw_continued(self, self.continued, self._extra, super().draw)


def _draw_continued(grid: Grid, continued: Caption, extra: float, draw: Callable[[], None]) -> None:
    """Draw `grid` (by `draw`), with the "continued" line above it if `extra` is its room."""
    if not extra:
        draw()
        return
    setter = continued.setter
    writer = Writer(grid.canv)
    lines = setter.lines(continued.text, grid._set.width, 1)
    writer.lines(lines, 0, grid.height - setter.size, setter)
    writer.finish()
    grid.height -= extra
    try:
        draw()
    finally:
        grid.height += extra


# ------------------------------------------------------------------------------ the story


def _story(data: HandoverData | HandoverRun, styles: Styles, lookup: Lookup) -> list[Flowable]:
    """The sheet's body; the open complaints are set as the pages need them, a feeder's
    rows read (from a `HandoverRun`) when its table is reached."""
    at = data.at
    story: list[Flowable] = []

    def heading(en: str, hi: str, *, first: bool = False) -> TextBlock:
        return TextBlock(
            f"{en} / {hi}", styles.heading, space_before=0.0 if first else 8.0, rule=True
        )

    shift = data.shift
    start = data.shift_start.astimezone(LOCAL_TZ)
    c = data.counts
    shift_rows = [
        ("Shift / पाली", f"{shift.label} ({shift.name_hi}), {start:%d-%m-%Y}"),
        ("Handover at / हस्तांतरण समय", _local(at, "%d-%m-%Y %H:%M")),
        ("Outgoing clerk / जाने वाले लिपिक", data.outgoing_clerk or "—"),
        *(
            [
                (
                    "Printed again / पुनः मुद्रित",
                    f"first printed {_local(data.first_printed_at, '%d-%m-%Y %H:%M')}"
                    + (f" by {data.first_printed_by}" if data.first_printed_by else ""),
                )
            ]
            if data.first_printed_at is not None
            else []
        ),
        ("Received during the shift / पाली में प्राप्त", str(c.received)),
        ("Resolved during the shift / पाली में निवारण", str(c.resolved)),
        ("Verified by callback / पुष्टि कॉल से बंद", str(c.verified)),
        ("Cancelled / रद्द", str(c.cancelled)),
    ]
    open_rows = [
        ("Open complaints / कुल लंबित", str(data.open)),
        ("Pending (supply not restored) / बहाली शेष", str(data.pending)),
        ("Overdue / विलंबित", str(data.overdue)),
        ("Awaiting callback / पुष्टि शेष", str(data.awaiting_callback)),
        ("Open incidents / खुली घटनाएँ", str(len(data.incidents))),
        ("Escalations pending / लंबित एस्केलेशन", str(len(data.escalations))),
    ]
    shift_table = Grid(
        (Column("Shift and handover", "पाली व हस्तांतरण", 150), Column("", "", 150)),
        shift_rows,
        styles.grid,
    )
    parts: list[Flowable] = [shift_table, Grid(COUNT_COLUMNS, open_rows, styles.grid)]
    feeders = [
        (
            g.code or "Not known / ज्ञात नहीं",
            str(g.open),
            str(g.pending),
            str(g.overdue),
            str(g.awaiting_callback),
        )
        for g in data.groups
    ]
    overview = Grid(FEEDER_COLUMNS, feeders, styles.grid) if feeders else None
    if overview is not None and len(feeders) <= 24:
        parts.append(overview)
        overview = None
    story.append(heading("Shift and counts", "पाली और संख्या", first=True))
    story.append(SideBySide(parts))
    if overview is not None:
        story.append(overview)

    note = data.note or "No note. / कोई टिप्पणी नहीं।"
    story.append(
        KeepTogether(
            [
                heading("Note from the outgoing clerk", "जाने वाले लिपिक की टिप्पणी"),
                TextBlock(note, styles.note),
            ]
        )
    )

    title = ("Open incidents", "खुली घटनाएँ (फीडर/ट्रांसफार्मर फॉल्ट)")
    if data.incidents:
        columns = _filling(INCIDENT_COLUMNS, ("Note", "टिप्पणी"))
        rows = [incident_cells(i) for i in data.incidents]
        caption = Caption(f"{title[0]} / {title[1]}", styles.heading, 8.0)
        story.append(Grid(columns, rows, styles.grid, caption=caption))
    else:
        story.append(KeepTogether([heading(*title), TextBlock("None.", styles.note)]))

    title = ("Pending escalations", "लंबित एस्केलेशन (शिकायत अब भी खुली)")
    if data.escalations:
        columns = _filling(ESCALATION_COLUMNS, ("Reason", "कारण"))
        rows = [escalation_cells(e) for e in data.escalations]
        caption = Caption(f"{title[0]} / {title[1]}", styles.heading, 8.0)
        story.append(Grid(columns, rows, styles.grid, caption=caption))
    else:
        story.append(KeepTogether([heading(*title), TextBlock("None.", styles.note)]))

    story.append(
        heading(
            f"Open complaints at {_local(at, '%d-%m-%Y %H:%M')}, by feeder, oldest first",
            "फीडरवार लंबित शिकायतें",
        )
    )
    if not data.groups:
        story.append(TextBlock("No complaint is open.", styles.note))
    columns = _filling(ROW_COLUMNS, NOTES)

    def numbered(group: FeederGroup, before: int) -> Iterator[tuple[str, ...]]:
        for i, row in enumerate(data.rows_of(group), start=before + 1):
            yield row_cells(i, row, at, lookup)

    before = 0  # the open complaints of the feeders before: the rows are numbered on
    for group in data.groups:
        feeder_rows = numbered(group, before)
        before += group.open
        text = feeder_title(group)
        name = text.split(" — ")[0]
        story.append(
            _FeederTable(
                columns,
                feeder_rows,
                styles.grid,
                caption=Caption(text, styles.group, 7.0, rule=False),
                continued=Caption(f"{name} (continued / जारी)", styles.group, 0.0, rule=False),
            )
        )
    handed = (
        f"{data.open} open complaints handed over ({data.pending} pending, {data.overdue} "
        f"overdue, {data.awaiting_callback} awaiting callback)."
    )
    fields = ("Name / नाम", "Signature / हस्ताक्षर", "Date and time / दिनांक व समय")
    boxes = [
        SignBox(
            "Handed over by (outgoing clerk) / सौंपने वाले लिपिक",
            handed,
            tuple((label, data.outgoing_clerk if i == 0 else "") for i, label in enumerate(fields)),
        ),
        SignBox(
            "Received by (incoming clerk) / प्राप्त करने वाले लिपिक",
            "I have received the open complaints listed above. / सूचीबद्ध लंबित शिकायतें प्राप्त कीं।",
            (
                (fields[0], data.incoming_clerk),
                (fields[1], ""),
                (
                    fields[2],
                    _local(data.acknowledged_at, "%d-%m-%Y %H:%M") + " (took over at the desk)"
                    if data.acknowledged_at
                    else "",
                ),
            ),
        ),
    ]
    story.append(
        KeepTogether(
            [
                heading("Acknowledgement", "पावती"),
                SignBoxes(boxes, styles.head_bold, styles.note),
            ]
        )
    )
    return story


def _masthead(data: HandoverData | HandoverRun) -> Masthead:
    shift = data.shift
    start = data.shift_start.astimezone(LOCAL_TZ)
    made = _local(data.generated_at, "%d-%m-%Y %H:%M:%S")
    return Masthead(
        centre=data.centre,
        title=TITLE,
        right=(
            f"Shift / पाली: {shift.label} ({shift.name_hi}), {start:%d-%m-%Y}",
            f"As of / तक: {_local(data.at, '%d-%m-%Y %H:%M')} IST",
        ),
        footer=(
            f"Generated {made} IST by {data.generated_by or 'unknown'} — Fuse Call Centre Desk "
            f"{data.app_version}",
            f"Outgoing clerk: {data.outgoing_clerk or '—'}"
            + (f", incoming: {data.incoming_clerk}" if data.incoming_clerk else "")
            + f"; chain head: event {data.chain_head_event} {data.chain_head or '—'}",
        ),
    )


def render_handover(
    data: HandoverData | HandoverRun,
    out: str | os.PathLike[str] | BinaryIO,
    lookup: Lookup = english,
) -> int:
    """Write the handover sheet PDF to a path or a binary file; returns the number of pages.
    The notes on each complaint are in the language of `lookup`'s catalogue. A `HandoverRun`
    is printed as its rows are read, in the same memory for any number open."""
    styles = Styles()
    c = data.centre
    return build(
        _story(data, styles, lookup),
        out,
        _masthead(data),
        styles,
        title=f"Shift handover {c.code} {_local(data.at, '%d-%m-%Y %H:%M')}",
        author=data.generated_by,
        subject=f"{c.name_en} fuse call centre; {data.shift.label}",
        creator=f"Fuse Call Centre Desk {data.app_version}",
    )


def handover_bytes(data: HandoverData) -> bytes:
    """The handover sheet PDF in memory."""
    buffer = io.BytesIO()
    render_handover(data, buffer)
    return buffer.getvalue()


# ------------------------------------------------------------------------------ program


def _moment(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TZ)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected India time as 'YYYY-MM-DD HH:MM', got {text!r}"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Print one handover sheet from a database; errors are one line on stderr, status 1."""
    parser = argparse.ArgumentParser(
        prog="python -m fusecentre_app.reports.handover",
        description="Print a centre's shift handover sheet as a PDF.",
    )
    parser.add_argument("--db", help="database: a SQLite file path or a SQLAlchemy URL")
    parser.add_argument("--centre", required=True, help="centre code, e.g. BXR")
    parser.add_argument(
        "--at", required=True, type=_moment, help="handover moment, India time 'YYYY-MM-DD HH:MM'"
    )
    parser.add_argument("-o", "--out", required=True, type=Path, help="PDF file to write")
    parser.add_argument(
        "--user", help="the outgoing clerk, who prints it (default: the operating-system user)"
    )
    parser.add_argument("--note", default="", help="the outgoing clerk's note")
    args = parser.parse_args(argv)

    from fusecentre_app.reports.program import print_from_store
    from fusecentre_app.services.handover import handover_run

    def render(db: Database) -> str:
        with handover_run(
            db, args.centre, args.at, outgoing_clerk=user, note=args.note, generated_by=user
        ) as run:
            pages = render_handover(run, args.out)
            return f"{args.out}: {run.open} open complaints, {pages} pages"

    user = args.user or getpass.getuser()
    return print_from_store("handover", args.db, render, lambda line: line)


if __name__ == "__main__":
    sys.exit(main())
