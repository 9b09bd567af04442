"""The monthly compensation statement PDF: for the EE, every complaint of the month restored
after its SoP deadline (or not restored yet), how late, under which rule, and what it owes;
then the rules used with the sources of their figures. Made from
`services.compensation.Statement`, on the page of the desk's other documents.
"""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.platypus import Flowable

from fusecentre_app import __version__
from fusecentre_app.db.engine import Database
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.reports.grid import Column, Grid, TextBlock
from fusecentre_app.reports.page import WIDTH, Masthead, Styles, build
from fusecentre_app.services.compensation import Statement
from fusecentre_app.services.register import CentreHeading, centre_heading

TITLE = "Compensation Statement — क्षतिपूर्ति विवरण"
LINE_COLUMNS: tuple[Column, ...] = (
    Column("#", "क्रम", 20, "right"),
    Column("Docket", "शिकायत संख्या", 70),
    Column("Type", "प्रकार", 80),
    Column("Area", "क्षेत्र", 34),
    Column("Received", "प्राप्त", 58),
    Column("SoP due", "मानक समय", 58),
    Column("Restored", "बहाल", 58),
    Column("Hours late", "घंटे विलंब", 40, "right"),
    Column("Rs each", "प्रति उपभोक्ता रु.", 46, "right"),
    Column("Rs owed", "देय रु.", 46, "right"),
)
RULE_COLUMNS: tuple[Column, ...] = (
    Column("Type", "प्रकार", 80),
    Column("Area", "क्षेत्र", 34),
    Column("Hours", "घंटे", 30, "right"),
    Column("Clock", "घड़ी", 60),
    Column("Compensation", "क्षतिपूर्ति", 200),
    Column("Effective from", "प्रभावी तिथि", 50),
)


def _story(statement: Statement, styles: Styles) -> list[Flowable]:
    story: list[Flowable] = []
    owed = statement.owed
    story.append(
        TextBlock(
            f"{len(statement.lines)} complaints restored late or not restored past their "
            f"deadline; {len(owed)} owe compensation, Rs {statement.total:,} in all. / "
            f"विलंबित शिकायतें: {len(statement.lines)}; कुल देय रु. {statement.total:,}",
            styles.heading,
            rule=True,
        )
    )
    if statement.lines:
        rows: list[tuple[str, ...]] = []
        for n, line in enumerate(statement.lines, start=1):
            restored = format_local(line.restored_at) if line.restored_at else "not yet / अभी नहीं"
            kind = line.type_name_en
            if line.counted_with:
                kind += f" ({line.each_consumer_of}: counted with {line.counted_with})"
            elif line.each_consumer_of:
                kind += f" (each of {line.consumers:,} consumers of {line.each_consumer_of})"
            rows.append(
                (
                    str(n),
                    line.docket,
                    kind,
                    line.area.value,
                    format_local(line.received_at),
                    format_local(line.due_at),
                    restored,
                    f"{line.hours_late:g}",
                    f"{line.per_consumer:,}",
                    f"{line.total:,}",
                )
            )
        story.append(Grid(LINE_COLUMNS, rows, styles.grid))
    story.append(
        TextBlock(
            "A DT failure owes each consumer of the transformer: Rs owed is Rs each times "
            "the DT's consumers connected (from the DT list), counted once for a failure "
            "however many of them called; for a DT whose consumers are not known, only the "
            "consumer who called is counted.",
            styles.note,
            space_before=4.0,
        )
    )
    if statement.rules:
        story.append(
            TextBlock("Rules applied / लागू मानक", styles.heading, space_before=8.0, rule=True)
        )
        used = sum(c.width for c in RULE_COLUMNS)
        columns = (*RULE_COLUMNS, Column("Source", "स्रोत", max(80.0, WIDTH - used)))
        rule_rows: list[tuple[str, ...]] = [
            (
                rule.type_code,
                rule.area.value,
                f"{rule.hours:g}",
                rule.clock.value + (f" {rule.working_day.text()}" if rule.working_day else ""),
                rule.compensation.describe(),
                f"{rule.effective_from:%d-%m-%Y}" if rule.effective_from else "—",
                f"hours: {rule.hours_source}; compensation: {rule.compensation_source}",
            )
            for rule in statement.rules
        ]
        story.append(Grid(columns, rule_rows, styles.grid))
    return story


def _heading(db: Database, statement: Statement) -> CentreHeading:
    if statement.centre_code:
        return centre_heading(db, statement.centre_code)
    from sqlalchemy import select

    from fusecentre_app.db.models import Centre

    with db.read() as s:
        first = s.scalars(select(Centre).order_by(Centre.code)).first()
    division_en = first.division_en if first else ""
    division_hi = first.division_hi if first else ""
    return CentreHeading("", "All centres", "सभी केंद्र", "", "", division_en, division_hi)


def statement_pdf(
    db: Database, statement: Statement, *, made_by: str = "", made_at: datetime | None = None
) -> bytes:
    """The statement as a PDF in memory."""
    return statement_bytes(db, statement, made_by=made_by, made_at=made_at)[0]


def statement_bytes(
    db: Database, statement: Statement, *, made_by: str = "", made_at: datetime | None = None
) -> tuple[bytes, int]:
    """The statement as a PDF in memory, and its pages."""
    styles = Styles()
    made = format_local(made_at or utcnow(), "%d-%m-%Y %H:%M:%S")
    where = statement.centre_code or "the division"
    masthead = Masthead(
        centre=_heading(db, statement),
        title=TITLE,
        right=(f"Month / माह: {statement.month:%m-%Y}", f"Complaints received in {where}"),
        footer=(
            f"Generated {made} IST by {made_by or 'the command line'} — "
            f"Fuse Call Centre Desk {__version__}",
        ),
    )
    buffer = io.BytesIO()
    pages = build(
        _story(statement, styles),
        buffer,
        masthead,
        styles,
        title=f"Compensation statement {statement.month:%Y-%m} {statement.centre_code or ''}",
        author=made_by,
        subject="Compensation for late restoration",
        creator=f"Fuse Call Centre Desk {__version__}",
    )
    return buffer.getvalue(), pages
