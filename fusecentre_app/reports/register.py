"""The daily register PDF: A4 landscape, one row per complaint received that day.

Every page carries the division, sub-division and centre in English and Hindi, the date,
"Page X of Y", and a footer saying when, by whom and with which version it was made, with
the integrity digest of the day's records (see `services.register.digest_of`). The body is
the day's complaints in serial order, then the complaints from earlier days still open at
the end of the day, the summary, and the signature blocks.

The header and footer are the same on every page, so each is drawn once as a PDF form and
placed on every page; the total page count is a form too, filled in when the document is
saved, so the document is built in one pass.

Run as a program, it prints a register straight from a database:

    python -m fusecentre_app.reports.register --db FILE --centre BXR --date 2026-11-29 -o out.pdf
"""

from __future__ import annotations

import argparse
import getpass
import io
import os
import sys
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Spacer,
)

from fusecentre_app.domain.timeutil import LOCAL_TZ, local_day_bounds
from fusecentre_app.reports import register_cells as cells
from fusecentre_app.reports.fonts import BOLD, LATIN, REGULAR
from fusecentre_app.reports.grid import Caption, Grid, GridStyle, SideBySide, TextBlock
from fusecentre_app.reports.signatures import InspectionBox, signature_row
from fusecentre_app.reports.text import Setter, Writer
from fusecentre_app.services.register import RegisterData, collector_paused

PAGE = landscape(A4)
MARGIN_X = 18.0
MARGIN_TOP = 16.0
MARGIN_BOTTOM = 14.0
HEADER_HEIGHT = 40.0
FOOTER_HEIGHT = 20.0
BODY_SIZE = 6.5
_HEADER_FORM = "fcRegisterHeader"
_FOOTER_FORM = "fcRegisterFooter"
_PAGES_FORM = "fcRegisterPages"
TITLE = "Daily Complaint Register — दैनिक शिकायत पंजी"


class _Styles:
    """The setters of one document (each remembers the words and cells it has set)."""

    def __init__(self) -> None:
        self.body = Setter(REGULAR, BODY_SIZE, 8.0)
        self.grid = GridStyle(
            body=self.body, head_en=Setter(BOLD, 6.2, 7.4), head_hi=Setter(REGULAR, 6.0, 7.6)
        )
        self.heading = Setter(BOLD, 9.5, 12.0)
        self.note = Setter(REGULAR, 7.5, 9.5)
        self.small = Setter(REGULAR, 6.5, 8.0)
        self.title = Setter(BOLD, 11.0, 13.5)
        self.head_bold = Setter(BOLD, 8.5, 10.5)
        self.head = Setter(REGULAR, 7.5, 9.5)


class _RegisterCanvas(Canvas):
    """Counts its pages and, on saving, fills in the "of Y" form used on every page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages = 0

    def showPage(self) -> None:
        self.pages += 1
        super().showPage()

    def save(self) -> None:
        self.beginForm(_PAGES_FORM, lowerx=0, lowery=-3, upperx=40, uppery=10)
        self.setFont(LATIN, BODY_SIZE)
        self.drawString(0, 0, str(self.pages))
        self.endForm()
        super().save()


class _Decorator:
    """Draws the header and footer of every page."""

    def __init__(self, data: RegisterData, styles: _Styles) -> None:
        self.data = data
        self.styles = styles
        self.width = PAGE[0] - 2 * MARGIN_X

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if not canvas.hasForm(_HEADER_FORM):
            canvas.beginForm(_HEADER_FORM)
            self._header(canvas)
            canvas.endForm()
            canvas.beginForm(_FOOTER_FORM)
            self._footer(canvas)
            canvas.endForm()
        canvas.doForm(_HEADER_FORM)
        canvas.doForm(_FOOTER_FORM)
        label = f"Page {canvas.getPageNumber()} of "
        x = PAGE[0] - MARGIN_X - 52
        y = MARGIN_BOTTOM + FOOTER_HEIGHT - 8
        canvas.setFont(LATIN, BODY_SIZE)
        canvas.drawString(x, y, label)
        canvas.saveState()
        canvas.translate(x + canvas.stringWidth(label, LATIN, BODY_SIZE), y)
        canvas.doForm(_PAGES_FORM)
        canvas.restoreState()

    def _header(self, canvas: Canvas) -> None:
        c, s = self.data.centre, self.styles
        top = PAGE[1] - MARGIN_TOP
        x = MARGIN_X
        writer = Writer(canvas)
        y = top - s.head_bold.size
        writer.lines(
            s.head_bold.lines(f"{c.division_en} — {c.division_hi}", 500), x, y, s.head_bold
        )
        y -= s.head_bold.leading
        writer.lines(s.head.lines(f"{c.subdivision_en} — {c.subdivision_hi}", 500), x, y, s.head)
        y -= s.head.leading
        centre = f"Fuse call centre {c.name_en} ({c.code}) — फ्यूज कॉल सेंटर {c.name_hi}"
        writer.lines(s.head_bold.lines(centre, 500), x, y, s.head_bold)
        day = self.data.day
        right = PAGE[0] - MARGIN_X
        y = top - s.title.size
        title = s.title.lines(TITLE, 300)
        writer.lines(title, right - title[0].width, y, s.title)
        y -= s.title.leading
        when = f"Date / दिनांक: {day:%d-%m-%Y} ({day:%A})"
        line = s.head_bold.lines(when, 300)
        writer.lines(line, right - line[0].width, y, s.head_bold)
        if not self.data.day_complete:
            y -= s.head_bold.leading
            note = s.head.lines("Provisional: printed before the day ended", 300)
            writer.lines(note, right - note[0].width, y, s.head)
        writer.finish()
        rule_y = PAGE[1] - MARGIN_TOP - HEADER_HEIGHT + 3
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, rule_y, right, rule_y)

    def _footer(self, canvas: Canvas) -> None:
        d, s = self.data, self.styles
        y = MARGIN_BOTTOM + FOOTER_HEIGHT - 8
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 8, PAGE[0] - MARGIN_X, y + 8)
        made = d.generated_at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M:%S")
        who = d.generated_by or "unknown"
        first = f"Generated {made} IST by {who} — Fuse Call Centre Desk {d.app_version}"
        second = (
            f"Integrity digest (SHA-256 of this day's records and their events up to "
            f"event #{d.cut_event_id}): {d.digest}"
        )
        writer = Writer(canvas)
        writer.lines(s.small.lines(first, self.width - 80), MARGIN_X, y, s.small)
        writer.lines(s.small.lines(second, self.width), MARGIN_X, y - s.small.leading, s.small)
        writer.finish()


def _story(data: RegisterData, styles: _Styles, width: float) -> list[Flowable]:
    day = data.day
    day_end = min(local_day_bounds(day)[1], data.generated_at)
    story: list[Flowable] = []

    def caption(en: str, hi: str, *, first: bool = False) -> Caption:
        return Caption(f"{en} / {hi}", styles.heading, space_before=0.0 if first else 8.0)

    def heading(text: Caption) -> TextBlock:
        return TextBlock(text.text, text.setter, space_before=text.space_before, rule=True)

    received = caption(f"Complaints received on {day:%d-%m-%Y}", "आज प्राप्त शिकायतें", first=True)
    if data.rows:
        columns = cells.with_remarks(cells.DAY_COLUMNS, width)
        rows = [cells.day_cells(r, day, data.as_of) for r in data.rows]
        story.append(Grid(columns, rows, styles.grid, caption=received))
    else:
        story.append(heading(received))
        story.append(TextBlock("No complaint was received on this day.", styles.note))

    carried = caption(
        "Complaints from earlier days still open at the end of the day",
        "पिछले दिनों की शिकायतें जो दिन के अंत तक लंबित रहीं",
    )
    if data.carried_over:
        columns = cells.with_remarks(cells.CARRIED_COLUMNS, width)
        rows = [cells.carried_cells(r, day, day_end) for r in data.carried_over]
        story.append(Grid(columns, rows, styles.grid, caption=carried))
    else:
        story.append(KeepTogether([heading(carried), TextBlock("None.", styles.note)]))

    s = data.summary
    tables = SideBySide(
        [
            Grid(cells.SUMMARY_COLUMNS, cells.summary_cells(s), styles.grid),
            Grid(cells.FEEDER_COLUMNS, [cells.count_cells(x) for x in s.by_feeder], styles.grid),
            Grid(cells.TYPE_COLUMNS, [cells.count_cells(x) for x in s.by_type], styles.grid),
        ]
    )
    story.append(KeepTogether([heading(caption("Summary", "सारांश")), tables]))
    if s.by_officer:
        pending = Caption(
            "Officer-wise pending / अधिकारीवार लंबित", styles.head_bold, 8.0, rule=False
        )
        rows = [cells.officer_cells(o) for o in s.by_officer]
        story.append(Grid(cells.OFFICER_COLUMNS, rows, styles.grid, caption=pending))
    story.append(
        KeepTogether(
            [
                heading(caption("Signatures", "हस्ताक्षर")),
                signature_row(data, styles.head_bold, styles.note),
                Spacer(1, 6),
                InspectionBox(data.inspection_remarks, styles.head_bold, styles.note),
            ]
        )
    )
    return story


def render_register(data: RegisterData, out: str | os.PathLike[str] | BinaryIO) -> int:
    """Write the register PDF to a path or a binary file; returns the number of pages."""
    styles = _Styles()
    width = PAGE[0] - 2 * MARGIN_X
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM + FOOTER_HEIGHT,
        width,
        PAGE[1] - MARGIN_TOP - HEADER_HEIGHT - MARGIN_BOTTOM - FOOTER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    c = data.centre
    doc = BaseDocTemplate(
        target,
        pagesize=PAGE,
        pageTemplates=[PageTemplate("register", [frame], onPage=_Decorator(data, styles))],
        title=f"Daily complaint register {c.code} {data.day:%d-%m-%Y}",
        author=data.generated_by,
        subject=f"{c.name_en} fuse call centre; digest {data.digest}",
        creator=f"Fuse Call Centre Desk {data.app_version}",
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    made: list[_RegisterCanvas] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> _RegisterCanvas:
        canvas = _RegisterCanvas(*args, **kwargs)
        made.append(canvas)
        return canvas

    with collector_paused():
        doc.build(_story(data, styles, width), canvasmaker=canvasmaker)
    return made[-1].pages


def register_bytes(data: RegisterData) -> bytes:
    """The register PDF in memory."""
    buffer = io.BytesIO()
    render_register(data, buffer)
    return buffer.getvalue()


# ------------------------------------------------------------------------------ program


def _date(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Print one register from a database; errors are one line on stderr, status 1."""
    parser = argparse.ArgumentParser(
        prog="python -m fusecentre_app.reports.register",
        description="Print a centre's daily complaint register as a PDF.",
    )
    parser.add_argument("--db", help="database: a SQLite file path or a SQLAlchemy URL")
    parser.add_argument("--centre", required=True, help="centre code, e.g. BXR")
    parser.add_argument("--date", required=True, type=_date, help="local day, YYYY-MM-DD")
    parser.add_argument("-o", "--out", required=True, type=Path, help="PDF file to write")
    parser.add_argument("--user", help="who prints it (default: the operating-system user)")
    args = parser.parse_args(argv)

    from sqlalchemy.exc import SQLAlchemyError

    from fusecentre_app.db.engine import Database, make_engine, resolve_url, sqlite_path
    from fusecentre_app.services.errors import ServiceError
    from fusecentre_app.services.register import gather_register

    url = resolve_url(args.db)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        print(f"register: there is no database at {path}", file=sys.stderr)
        return 1
    try:
        # Printing only reads: the store is opened as it is, never upgraded (the desk does
        # that, after a backup), and without loading the migration machinery.
        db = Database(url, make_engine(url))
        try:
            data = gather_register(
                db, args.centre, args.date, generated_by=args.user or getpass.getuser()
            )
        finally:
            db.dispose()
        pages = render_register(data, args.out)
    except (ServiceError, OSError) as exc:
        print(f"register: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        print(f"register: cannot read the database ({reason})", file=sys.stderr)
        return 1
    print(f"{args.out}: {len(data.rows)} complaints, {pages} pages, digest {data.digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
