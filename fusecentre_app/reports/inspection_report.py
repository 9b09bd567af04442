"""The inspection report PDF: what an inspecting officer checked at a centre and found.

A4 landscape with the register's header (see `reports.page`): who inspected, when, which
day's records; the register digest compared and whether it matched the records; the sample
of closed complaints whose consumers were called back, with what each said; the remarks;
and the inspecting officer's signature. Made from `services.inspection.InspectionInfo`.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from datetime import datetime
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Spacer

from fusecentre_app import __version__
from fusecentre_app.domain.enums import Status
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Lookup, Message, english, say
from fusecentre_app.domain.timeutil import LOCAL_TZ, utcnow
from fusecentre_app.reports import register_cells as cells
from fusecentre_app.reports.grid import Caption, Column, Grid, SideBySide, TextBlock
from fusecentre_app.reports.page import WIDTH, Masthead, SignBox, SignBoxes, Styles, build
from fusecentre_app.services.inspection import NOT_CALLED as SKIPPED
from fusecentre_app.services.inspection import SAMPLE_OUTCOMES, InspectionInfo, SampleLine
from fusecentre_app.services.register import CentreHeading

TITLE = "Inspection Report — निरीक्षण प्रतिवेदन"
NOT_CALLED = Message(QT_TRANSLATE_NOOP("inspection report", "Not called yet"))
NOT_CALLED_REASON = Message(QT_TRANSLATE_NOOP("inspection report", "Not called (reason given)"))
_OUTCOMES = {
    "confirmed": Message(
        QT_TRANSLATE_NOOP("inspection report", "Consumer confirms supply restored")
    ),
    "not_restored": Message(
        QT_TRANSLATE_NOOP("inspection report", "Consumer says supply was not restored")
    ),
    "unreachable": Message(QT_TRANSLATE_NOOP("inspection report", "Consumer could not be reached")),
    "never_complained": Message(
        QT_TRANSLATE_NOOP("inspection report", "Consumer says no complaint was made")
    ),
}
SAMPLE_COLUMNS: tuple[Column, ...] = (
    Column("#", "क्रम", 20, "right"),
    Column("Docket", "शिकायत संख्या", 66),
    Column("Consumer", "उपभोक्ता", 90),
    Column("Mobile", "मोबाइल", 52),
    Column("Village", "गाँव", 80),
    Column("Type", "प्रकार", 84),
    Column("Status", "स्थिति", 62),
    Column("Outcome of the call", "कॉल का परिणाम", 120),
    Column("When called", "कब कॉल किया", 52),
)
NOTE = ("Note", "टिप्पणी")
DETAIL_COLUMNS = (Column("Inspection", "निरीक्षण", 170), Column("", "", 400))
TALLY_COLUMNS = (Column("Sample called back", "नमूना पुष्टि कॉल", 150), Column("", "", 36, "right"))


def _local(moment: datetime | None, fmt: str = "%d-%m-%Y %H:%M") -> str:
    return "" if moment is None else moment.astimezone(LOCAL_TZ).strftime(fmt)


def outcome_text(outcome: str | None, lookup: Lookup = english) -> str:
    """A sample result in words ("Consumer confirms supply restored"), in the language of
    `lookup`'s catalogue."""
    if not outcome:
        return say(NOT_CALLED, lookup)
    if outcome == SKIPPED:
        return say(NOT_CALLED_REASON, lookup)
    if outcome in _OUTCOMES:
        return say(_OUTCOMES[outcome], lookup)
    words = SAMPLE_OUTCOMES.get(outcome, outcome.replace("_", " "))
    return words[:1].upper() + words[1:]


def digest_text(info: InspectionInfo) -> str:
    if not info.digest_checked or info.digest_ok is None:
        return "Not checked / जाँच नहीं की गई"
    if info.digest_ok:
        return "Yes: the printed register matches the records / हाँ, पंजी अभिलेखों से मेल खाती है"
    return "NO: the printed register does not match the records / नहीं, पंजी अभिलेखों से मेल नहीं खाती"


def sample_cells(number: int, line: SampleLine, lookup: Lookup = english) -> tuple[str, ...]:
    try:
        status = cells.STATUS_TEXT[Status(line.status)]
    except ValueError:
        status = line.status
    return (
        str(number),
        line.docket,
        line.caller_name,
        cells.mobile(line.caller_mobile or ""),
        line.locality,
        f"{line.type_name_en}\n{line.type_name_hi}",
        status,
        outcome_text(line.outcome, lookup),
        _local(line.called_at, "%d-%m %H:%M"),
        line.note,
    )


def _story(info: InspectionInfo, styles: Styles, lookup: Lookup) -> list[Flowable]:
    story: list[Flowable] = []

    def heading(en: str, hi: str, *, first: bool = False) -> TextBlock:
        return TextBlock(
            f"{en} / {hi}", styles.heading, space_before=0.0 if first else 8.0, rule=True
        )

    finished = (
        f"finished {_local(info.finished_at)}"
        if info.finished_at
        else "not finished: results may still change / अधूरा"
    )
    details = [
        ("Inspecting officer / निरीक्षी पदाधिकारी", info.inspector_name or "—"),
        ("Date inspected / निरीक्षण की तिथि", f"{_local(info.started_at)}, {finished}"),
        (
            "Day inspected / निरीक्षित दिवस",
            f"{info.day:%d-%m-%Y} ({info.day:%A}), centre {info.centre_code}",
        ),
        ("Register digest checked / जाँचा गया डाइजेस्ट", info.digest_checked or "—"),
        ("Digest matched / डाइजेस्ट मिला", digest_text(info)),
        ("Inspection number / निरीक्षण संख्या", f"#{info.id}"),
    ]
    outcomes = Counter(line.outcome or "" for line in info.sample)
    tally = [("Drawn / चुनी गईं", str(len(info.sample)))]
    if len(info.draws) > 1:
        tally.append(("Draws on record / कुल ड्रॉ", str(len(info.draws))))
    tally += [(outcome_text(key, lookup), str(outcomes[key])) for key in SAMPLE_OUTCOMES]
    tally.append((say(NOT_CALLED_REASON, lookup), str(outcomes[SKIPPED])))
    tally.append((NOT_CALLED, str(outcomes[""])))
    story.append(heading("What was inspected", "क्या जाँचा गया", first=True))
    story.append(
        SideBySide(
            [
                Grid(DETAIL_COLUMNS, details, styles.grid),
                Grid(TALLY_COLUMNS, tally, styles.grid),
            ]
        )
    )

    caption = Caption(
        "Sample of closed complaints called back / बंद शिकायतों का नमूना (उपभोक्ता को कॉल)",
        styles.heading,
        8.0,
    )
    if info.sample:
        used = sum(c.width for c in SAMPLE_COLUMNS)
        columns = (*SAMPLE_COLUMNS, Column(*NOTE, max(60.0, WIDTH - used)))
        rows = [sample_cells(n, line, lookup) for n, line in enumerate(info.sample, start=1)]
        story.append(Grid(columns, rows, styles.grid, caption=caption))
    else:
        story.append(
            KeepTogether(
                [
                    TextBlock(caption.text, styles.heading, space_before=8.0, rule=True),
                    TextBlock("The day had no closed complaint to draw.", styles.note),
                ]
            )
        )

    remarks = info.remarks.strip() or "No remarks recorded yet. / अभी कोई टिप्पणी नहीं।"
    story.append(heading("Remarks", "टिप्पणी"))
    story.append(TextBlock(remarks, styles.note))
    fields = (
        ("Name / नाम", info.inspector_name),
        ("Designation / पद", ""),
        ("Signature / हस्ताक्षर", ""),
        ("Date / दिनांक", ""),
    )
    story.append(
        KeepTogether(
            [
                Spacer(1, 10),
                SignBoxes(
                    [
                        SignBox(
                            "Inspecting officer / निरीक्षी पदाधिकारी",
                            "The above was found on inspection. / निरीक्षण में उपरोक्त पाया गया।",
                            fields,
                        )
                    ],
                    styles.head_bold,
                    styles.note,
                    width=320.0,
                ),
            ]
        )
    )
    return story


def render_inspection(
    info: InspectionInfo,
    heading: CentreHeading,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    generated_by: str = "",
    generated_at: datetime | None = None,
    lookup: Lookup = english,
) -> int:
    """Write the inspection report PDF to a path or a binary file; returns the pages. The
    outcome of each call is in the language of `lookup`'s catalogue."""
    if heading.code != info.centre_code:
        raise ValueError(f"inspection of {info.centre_code} given the heading of {heading.code}")
    styles = Styles()
    made = _local(generated_at or utcnow(), "%d-%m-%Y %H:%M:%S")
    who = generated_by or info.inspector_name or "unknown"
    masthead = Masthead(
        centre=heading,
        title=TITLE,
        right=(
            f"Day inspected / निरीक्षित दिवस: {info.day:%d-%m-%Y}",
            f"Inspected / निरीक्षण: {_local(info.started_at)} by {info.inspector_name or '—'}",
        ),
        footer=(
            f"Generated {made} IST by {who} — Fuse Call Centre Desk {__version__}",
            f"Inspection #{info.id} of {info.centre_code} for {info.day:%d-%m-%Y}; register "
            f"digest checked: {info.digest_checked or 'none'}",
        ),
    )
    return build(
        _story(info, styles, lookup),
        out,
        masthead,
        styles,
        title=f"Inspection report {info.centre_code} {info.day:%d-%m-%Y}",
        author=info.inspector_name,
        subject=f"{heading.name_en} fuse call centre; inspection #{info.id}",
        creator=f"Fuse Call Centre Desk {__version__}",
    )


def inspection_bytes(
    info: InspectionInfo,
    heading: CentreHeading,
    *,
    generated_by: str = "",
    generated_at: datetime | None = None,
) -> bytes:
    """The inspection report PDF in memory."""
    buffer = io.BytesIO()
    render_inspection(info, heading, buffer, generated_by=generated_by, generated_at=generated_at)
    return buffer.getvalue()
