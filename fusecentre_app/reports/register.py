"""The daily register PDF: A4 landscape, one row per complaint received that day.

Every page carries the division, sub-division and centre in English and Hindi, the date,
"Page X of Y", and a footer saying when, by whom and with which version it was made, with
the integrity digest of the day's records (see `services.register.digest_of`). The body is
the day's complaints in serial order, then the complaints from earlier days still open at
the end of the day, the summary, and the signature blocks.

The page itself (header, footer, "Page X of Y", built in one pass) is `reports.page`'s,
shared with the handover sheet and the inspection report.

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
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
)

from fusecentre_app.domain.messages import Lookup, english
from fusecentre_app.domain.timeutil import LOCAL_TZ, local_day_bounds
from fusecentre_app.reports import register_cells as cells
from fusecentre_app.reports.grid import Caption, Grid, SideBySide, StreamGrid, TextBlock
from fusecentre_app.reports.page import WIDTH, Later, Masthead, Styles, build
from fusecentre_app.reports.signatures import InspectionBox, signature_row
from fusecentre_app.services.register import RegisterData, RegisterRun

if TYPE_CHECKING:
    from fusecentre_app.db.engine import Database

TITLE = "Daily Complaint Register — दैनिक शिकायत पंजी"


def _masthead(data: RegisterData | RegisterRun) -> Masthead:
    day = data.day
    right = [f"Date / दिनांक: {day:%d-%m-%Y} ({day:%A})"]
    if not data.day_complete:
        right.append("Provisional: printed before the day ended")
    made = data.generated_at.astimezone(LOCAL_TZ).strftime("%d-%m-%Y %H:%M:%S")

    def footer() -> tuple[str, ...]:  # the digest is known once the rows are printed
        return (
            f"Generated {made} IST by {data.generated_by or 'unknown'} — "
            f"Fuse Call Centre Desk {data.app_version}",
            f"Integrity digest (SHA-256 of this day's records and their events up to "
            f"event #{data.cut_event_id}): {data.digest}",
        )

    return Masthead(data.centre, TITLE, tuple(right), footer)


def _story(
    data: RegisterData | RegisterRun, styles: Styles, width: float, lookup: Lookup
) -> list[Flowable]:
    """The register's body; the day's rows are set as the pages need them, and what is
    counted from them (the summary, the shifts' signature blocks) is made when reached."""
    day = data.day
    day_end = min(local_day_bounds(day)[1], data.generated_at)
    story: list[Flowable] = []

    def caption(en: str, hi: str, *, first: bool = False) -> Caption:
        return Caption(f"{en} / {hi}", styles.heading, space_before=0.0 if first else 8.0)

    def heading(text: Caption) -> TextBlock:
        return TextBlock(text.text, text.setter, space_before=text.space_before, rule=True)

    received = caption(f"Complaints received on {day:%d-%m-%Y}", "आज प्राप्त शिकायतें", first=True)
    rows_in = iter(data.rows)
    first = next(rows_in, None)
    if first is not None:
        columns = cells.with_remarks(cells.DAY_COLUMNS, width)
        as_of = data.as_of
        day_rows = (cells.day_cells(r, day, as_of, lookup) for r in chain((first,), rows_in))
        story.append(StreamGrid(columns, day_rows, styles.grid, caption=received))
    else:
        story.append(heading(received))
        story.append(TextBlock("No complaint was received on this day.", styles.note))

    carried = caption(
        "Complaints from earlier days still open at the end of the day",
        "पिछले दिनों की शिकायतें जो दिन के अंत तक लंबित रहीं",
    )
    if data.carried_over:
        columns = cells.with_remarks(cells.CARRIED_COLUMNS, width)
        rows = [cells.carried_cells(r, day, day_end, lookup) for r in data.carried_over]
        story.append(Grid(columns, rows, styles.grid, caption=carried))
    else:
        story.append(KeepTogether([heading(carried), TextBlock("None.", styles.note)]))

    def summary() -> list[Flowable]:
        s = data.summary
        grid = styles.grid
        tables = SideBySide(
            [
                Grid(cells.SUMMARY_COLUMNS, cells.summary_cells(s), grid),
                Grid(cells.FEEDER_COLUMNS, [cells.count_cells(x) for x in s.by_feeder], grid),
                Grid(cells.TYPE_COLUMNS, [cells.count_cells(x) for x in s.by_type], grid),
            ]
        )
        made: list[Flowable] = [KeepTogether([heading(caption("Summary", "सारांश")), tables])]
        if s.by_officer:
            pending = Caption(
                "Officer-wise pending / अधिकारीवार लंबित", styles.head_bold, 8.0, rule=False
            )
            rows = [cells.officer_cells(o) for o in s.by_officer]
            made.append(Grid(cells.OFFICER_COLUMNS, rows, grid, caption=pending))
        made.append(
            KeepTogether(
                [
                    heading(caption("Signatures", "हस्ताक्षर")),
                    signature_row(data, styles.head_bold, styles.note),
                    Spacer(1, 6),
                    InspectionBox(data.inspection_remarks, styles.head_bold, styles.note),
                ]
            )
        )
        return made

    story.append(Later(summary))
    return story


def render_register(
    data: RegisterData | RegisterRun,
    out: str | os.PathLike[str] | BinaryIO,
    lookup: Lookup = english,
) -> int:
    """Write the register PDF to a path or a binary file; returns the number of pages. The
    remarks are in the language of `lookup`'s catalogue (the desk's, when it prints). A
    `RegisterRun` is printed as its rows are read, in the same memory for any day."""
    styles = Styles()
    c = data.centre
    return build(
        _story(data, styles, WIDTH, lookup),
        out,
        _masthead(data),
        styles,
        title=f"Daily complaint register {c.code} {data.day:%d-%m-%Y}",
        author=data.generated_by,
        subject=lambda: f"{c.name_en} fuse call centre; digest {data.digest}",
        creator=f"Fuse Call Centre Desk {data.app_version}",
    )


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

    from fusecentre_app.reports.program import print_from_store
    from fusecentre_app.services.register import register_run

    def render(db: Database) -> str:
        with register_run(db, args.centre, args.date, generated_by=who) as run:
            pages = render_register(run, args.out)
            return f"{args.out}: {run.received} complaints, {pages} pages, digest {run.digest}"

    who = args.user or getpass.getuser()
    return print_from_store("register", args.db, render, lambda line: line)


if __name__ == "__main__":
    sys.exit(main())
