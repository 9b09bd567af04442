"""The monthly division console PDF: for the EE, the month of every centre on one sheet, A4
landscape on the house page (`reports.page`). The centres side by side (with the division's
sums), the median restoration hours by complaint type, the calls funnel, the worst feeders by
SAIFI and SAIDI, the claims awaiting a decision (overdue ones marked), and the officers ranked
with the change from the month before. Made from `services.console.Console`.

Column heads are in both languages, as on the register; `language="hi"` puts Hindi first in
the headings and prints the centres', officers' and complaint types' Hindi names.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime, timedelta

from reportlab.platypus import Flowable, KeepTogether

from fusecentre_app import __version__
from fusecentre_app.db.engine import Database
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.reports.grid import Caption, Column, Grid, SideBySide, TextBlock
from fusecentre_app.reports.page import Masthead, Styles, build
from fusecentre_app.services.console import CentreFigures, Console, division_sum
from fusecentre_app.services.register import CentreHeading, centre_heading

TITLE_EN = "Division Console"
TITLE_HI = "प्रमंडल कंसोल"
CENTRE_COLUMNS = (
    Column("Centre", "सेंटर", 110),
    Column("Received", "प्राप्त", 60, "right"),
    Column("Pending at month end", "माह के अंत में लंबित", 80, "right"),
    Column("Overdue (past SoP)", "मानक समय पार", 70, "right"),
    Column("SoP met", "मानक समय में", 60, "right"),
    Column("Callbacks verified", "पुष्टि कॉल सत्यापित", 70, "right"),
    Column("False closures found", "निरीक्षण में झूठा निवारण", 80, "right"),
    Column("Inspections done / required", "निरीक्षण किए / अपेक्षित", 90, "right"),
)
FUNNEL_COLUMNS = (
    Column("Calls", "कॉल", 56),
    Column("Received", "कुल कॉल", 40, "right"),
    Column("Registered", "दर्ज शिकायतें", 44, "right"),
    Column("Follow-ups", "पुनः कॉल", 40, "right"),
    Column("By 1912", "1912 से", 36, "right"),
)
FEEDER_COLUMNS = (
    Column("Feeder", "फीडर", 62),
    Column("SAIFI", "SAIFI", 40, "right"),
    Column("SAIDI min", "SAIDI मिनट", 44, "right"),
    Column("Rank", "क्रम", 44, "right"),
)
CLAIM_COLUMNS = (
    Column("Claim", "दावा", 30, "right"),
    Column("Received", "प्राप्त", 52),
    Column("Decide by", "निर्णय तिथि", 52),
    Column("Consumer", "उपभोक्ता", 130),
    Column("Docket", "शिकायत संख्या", 80),
    Column("Claimed Rs", "दावा रु.", 50, "right"),
    Column("Desk's liability Rs", "देय रु. (डेस्क)", 60, "right"),
    Column("State", "स्थिति", 90),
)
OFFICER_COLUMNS = (
    Column("#", "क्रम", 20, "right"),
    Column("Centre", "सेंटर", 40),
    Column("Officer", "पदाधिकारी", 150),
    Column("Designation", "पद", 60),
    Column("Assigned", "सौंपी गई", 50, "right"),
    Column("SoP breaches (change)", "मानक उल्लंघन (बदलाव)", 90, "right"),
    Column("Unanswered attempts (change)", "अनुत्तरित प्रयास (बदलाव)", 100, "right"),
    Column("Reopened (change)", "पुनः खोली गईं (बदलाव)", 90, "right"),
)
NONE_EN = "None this month."
NONE_HI = "इस माह कोई नहीं।"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def _change(now: int, change: int) -> str:
    return f"{now} ({change:+d})" if change else f"{now} (0)"


def _designation(code: str, language: str) -> str:
    """An officer's designation in words of the sheet's language (the case file's words)."""
    from fusecentre_app.reports.negligence import DESIGNATIONS

    both = DESIGNATIONS.get(code)
    if both is None:
        return code
    en, hindi = both.split(" / ")
    return hindi if language == "hi" else en


def _both(en: str, hi: str, language: str) -> str:
    return f"{hi} / {en}" if language == "hi" else f"{en} / {hi}"


def _centre_cells(c: CentreFigures, language: str) -> tuple[str, ...]:
    name = c.name_hi if language == "hi" and c.name_hi else c.name_en
    return (
        f"{name} ({c.code})" if c.code else name,
        str(c.received),
        str(c.pending),
        str(c.overdue),
        _pct(c.sop_met_percent),
        _pct(c.callbacks_verified_percent),
        str(c.false_closures),
        f"{c.inspections_done} / {c.inspections_required}",
    )


def _story(console: Console, styles: Styles, language: str) -> list[Flowable]:
    story: list[Flowable] = []
    hi = language == "hi"
    none = NONE_HI if hi else NONE_EN

    def caption(en: str, hindi: str) -> Caption:
        return Caption(_both(en, hindi, language), styles.heading, 8.0)

    def table(
        en: str, hindi: str, columns: tuple[Column, ...], rows: Sequence[Sequence[str]]
    ) -> Flowable:
        shown = list(rows) or [(none, *("" for _ in columns[1:]))]
        return Grid(columns, shown, styles.grid, caption=caption(en, hindi))

    def section(
        en: str, hindi: str, columns: tuple[Column, ...], rows: Sequence[Sequence[str]]
    ) -> Flowable:
        if rows:
            return table(en, hindi, columns, rows)
        return KeepTogether(
            [
                TextBlock(_both(en, hindi, language), styles.heading, space_before=8.0, rule=True),
                TextBlock(none, styles.note),
            ]
        )

    centre_rows = [_centre_cells(c, language) for c in console.centres]
    if console.centre_code is None and len(console.centres) > 1:
        centre_rows.append(_centre_cells(division_sum(console.centres), language))
    story.append(
        section(
            "The centres side by side: complaints received in the month",
            "केंद्रवार: माह में प्राप्त शिकायतें",
            CENTRE_COLUMNS,
            centre_rows,
        )
    )

    type_columns = (
        Column("Median hours to restore", "बहाली के मध्य घंटे", 130),
        *(Column(c.code, "", 40, "right") for c in console.centres),
    )
    type_rows = [
        (
            t.name_hi if hi else t.name_en,
            *(
                f"{c.median_hours_by_type[t.code]:.1f}" if t.code in c.median_hours_by_type else "—"
                for c in console.centres
            ),
        )
        for t in console.types
    ]
    funnel_rows = [
        (
            f.centre_code or ("प्रमंडल" if hi else "Division"),
            str(f.calls),
            str(f.complaints),
            str(f.follow_ups),
            str(f.forwarded_1912),
        )
        for f in console.funnels
    ]
    feeder_rows = [
        (
            f.feeder + (" (agri)" if f.agricultural else ""),
            f"{f.saifi:.4f}",
            f"{f.saidi_minutes:.1f}",
            f"{f.saifi_rank or '—'} / {f.saidi_rank or '—'}",
        )
        for f in console.feeders
    ]
    story.append(
        SideBySide(
            [
                table("By complaint type", "शिकायत प्रकार अनुसार", type_columns, type_rows),
                table("The calls funnel", "कॉल का विवरण", FUNNEL_COLUMNS, funnel_rows),
                table(
                    "Worst feeders (rank by SAIFI / SAIDI)",
                    "सबसे खराब फीडर",
                    FEEDER_COLUMNS,
                    feeder_rows,
                ),
            ]
        )
    )
    story.append(
        TextBlock(
            "Calls received = complaints registered + follow-up calls; forwarded by 1912 = "
            "complaints that came through the 1912 helpline. SoP met: restored within the "
            "deadline, of those restored in time or overdue. Callbacks verified: closed after the "
            "consumer confirmed, of those closed verified or unverified. Feeders: SAIFI and SAIDI "
            "as `fusecentre indices` gives them (BERC Reg. 13(3) defaults). / कुल कॉल = दर्ज "
            "शिकायतें + पुनः कॉल।",
            styles.note,
            space_before=4.0,
        )
    )
    claim_rows = []
    for c in console.claims:
        state = "OVERDUE / विलंबित" if c.overdue else ("awaiting / लंबित" if not hi else "लंबित")
        claim_rows.append(
            (
                str(c.id),
                f"{c.received_on:%d-%m-%Y}",
                f"{c.due_on:%d-%m-%Y}",
                c.consumer_name,
                c.docket or "—",
                f"{c.amount_claimed:,}" if c.amount_claimed is not None else "—",
                f"{c.desk_liability:,}" if c.desk_liability is not None else "—",
                state,
            )
        )
    overdue = console.overdue_claims
    story.append(
        section(
            f"Claims pending decision: {len(console.claims)}, {overdue} overdue",
            f"निर्णय हेतु लंबित दावे: {len(console.claims)}, विलंबित {overdue}",
            CLAIM_COLUMNS,
            claim_rows,
        )
    )
    officer_rows = [
        (
            str(n),
            o.centre_code,
            f"{o.name_hi or o.name_en}" if hi else o.name_en,
            _designation(o.designation.value, language),
            str(o.assigned),
            _change(o.breaches, o.breaches_change),
            _change(o.unanswered, o.unanswered_change),
            _change(o.reopened, o.reopened_change),
        )
        for n, o in enumerate(console.officers, start=1)
    ]
    story.append(
        section(
            "Officers ranked: SoP breaches, unanswered attempts, reopened (change from last month)",
            "पदाधिकारी क्रमवार: मानक उल्लंघन, अनुत्तरित प्रयास, पुनः खोली गईं (पिछले माह से बदलाव)",
            OFFICER_COLUMNS,
            officer_rows,
        )
    )
    story.append(
        TextBlock(
            "The officers' figures are those of the desk's accountability tab for the month, "
            "centre by centre. / पदाधिकारियों के आँकड़े जवाबदेही टैब के अनुसार हैं।",
            styles.note,
            space_before=4.0,
        )
    )
    return story


def _as_of(console: Console) -> str:
    if console.as_of < console.drawn_at:  # a month over: its figures stand at its end
        last = format_local(console.as_of - timedelta(seconds=1), "%d-%m-%Y")
        return f"to the end of {last} / {last} तक"
    return f"as of {format_local(console.as_of)} IST / अब तक"


def _heading(db: Database, console: Console) -> CentreHeading:
    if console.centre_code:
        return centre_heading(db, console.centre_code)
    from sqlalchemy import select

    from fusecentre_app.db.models import Centre

    with db.read() as s:
        first = s.scalars(select(Centre).order_by(Centre.code)).first()
    division_en = first.division_en if first else ""
    division_hi = first.division_hi if first else ""
    return CentreHeading(
        "", "All fuse call centres", "सभी फ्यूज कॉल सेंटर", "", "", division_en, division_hi
    )


def console_pdf(
    db: Database,
    console: Console,
    *,
    language: str = "en",
    made_by: str = "",
    made_at: datetime | None = None,
) -> tuple[bytes, int]:
    """The console as a PDF in memory, and its pages."""
    styles = Styles()
    made = format_local(made_at or utcnow(), "%d-%m-%Y %H:%M:%S")
    hi = language == "hi"
    where = console.centre_code or ("प्रमंडल" if hi else "the division")
    title = f"{TITLE_HI} — {TITLE_EN}" if hi else f"{TITLE_EN} — {TITLE_HI}"
    masthead = Masthead(
        centre=_heading(db, console),
        title=title,
        right=(
            _both(f"Month: {console.month:%m-%Y}", f"माह: {console.month:%m-%Y}", language),
            f"{where}; {_as_of(console)}",
        ),
        footer=(
            f"Generated {made} IST by {made_by or 'the command line'} — "
            f"Fuse Call Centre Desk {__version__}",
        ),
    )
    buffer = io.BytesIO()
    pages = build(
        _story(console, styles, language),
        buffer,
        masthead,
        styles,
        title=f"Division console {console.month:%Y-%m} {console.centre_code or ''}".strip(),
        author=made_by,
        subject="The EE's division console",
        creator=f"Fuse Call Centre Desk {__version__}",
    )
    return buffer.getvalue(), pages
