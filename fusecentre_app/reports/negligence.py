"""The negligence case file PDF: one officer's record over a period, for the Executive
Engineer starting departmental action.

A4 landscape with the house page (`reports.page`): the officer, designation, jurisdiction and
period with a summary of the figures; then the complaints assigned to them, every contact
attempt and its outcome, each SoP breach with the hours late, the reopenings with the calls
that contradicted a resolution; and a closing block with the register digests of the days
involved and how to check them with `fusecentre verify`. Every line names the event (or
record) number that proves it. Made from `services.negligence.NegligenceFile`.
"""

from __future__ import annotations

import io
import os
from datetime import datetime
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Spacer

from fusecentre_app import __version__
from fusecentre_app.domain.enums import Status
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.reports import register_cells as cells
from fusecentre_app.reports.grid import Caption, Column, Grid, SideBySide, TextBlock
from fusecentre_app.reports.page import WIDTH, Masthead, SignBox, SignBoxes, Styles, build
from fusecentre_app.services.negligence import (
    Assignment,
    Breach,
    ContactFact,
    DayProof,
    NegligenceFile,
    Reopening,
    SampleContradiction,
)

TITLE = "Negligence Case File — लापरवाही प्रकरण संचिका"
NONE = "None in the period. / इस अवधि में कोई नहीं।"
DESIGNATIONS = {
    "LINEMAN": "Lineman / लाइनमैन",
    "JE": "Junior Engineer / कनीय अभियंता",
    "SDO": "Sub-Divisional Officer / सहायक अभियंता",
    "EE": "Executive Engineer / कार्यपालक अभियंता",
}
OUTCOMES = {
    None: "No outcome recorded",
    "answered": "Answered",
    "no_answer": "No answer",
    "busy": "Busy",
    "switched_off": "Switched off",
    "message_sent": "Message sent",
}
CONTRADICTED_BY = {"callback": "Callback: not restored", "follow_up": "Consumer called again"}
SAMPLE_OUTCOMES = {
    "not_restored": "Consumer says supply was not restored",
    "never_complained": "Consumer says no complaint was made",
}

DETAIL_COLUMNS = (Column("Officer", "पदाधिकारी", 150), Column("", "", 330))
SUMMARY_COLUMNS = (Column("Summary", "सारांश", 230), Column("", "", 50, "right"))
ASSIGNED_COLUMNS = (
    Column("#", "क्रम", 18, "right"),
    Column("Docket", "शिकायत संख्या", 78),
    Column("Received", "प्राप्त", 58),
    Column("Type", "प्रकार", 92),
    Column("Feeder", "फीडर", 50),
    Column("Village / mohalla", "गाँव / मोहल्ला", 92),
    Column("Assigned (event)", "सौंपी गई (घटना)", 78),
    Column("Attended", "पहुँचे", 58),
    Column("Resolved (event)", "निवारण (घटना)", 78),
    Column("SoP due", "मानक समय", 58),
)
CONTACT_COLUMNS = (
    Column("#", "क्रम", 18, "right"),
    Column("When", "कब", 62),
    Column("Channel", "माध्यम", 50),
    Column("Number", "नंबर", 62),
    Column("Docket", "शिकायत संख्या", 78),
    Column("Outcome", "परिणाम", 84),
    Column("Outcome recorded", "परिणाम दर्ज", 62),
    Column("Attempt / events", "प्रयास / घटनाएँ", 120),
)
BREACH_COLUMNS = (
    Column("#", "क्रम", 18, "right"),
    Column("Docket", "शिकायत संख्या", 78),
    Column("Type", "प्रकार", 92),
    Column("SoP due", "मानक समय", 62),
    Column("Theirs since (event)", "कब से उनकी (घटना)", 92),
    Column("Put right (event)", "निवारण (घटना)", 92),
    Column("Hours late", "घंटे विलंब", 50, "right"),
)
REOPEN_COLUMNS = (
    Column("#", "क्रम", 18, "right"),
    Column("Docket", "शिकायत संख्या", 78),
    Column("Resolved by them (event)", "उनके द्वारा निवारण (घटना)", 100),
    Column("Contradicted by (event)", "खंडन (घटना)", 120),
    Column("Reopened (event)", "पुनः खोली गई (घटना)", 92),
)
SAMPLE_COLUMNS = (
    Column("#", "क्रम", 18, "right"),
    Column("Docket", "शिकायत संख्या", 78),
    Column("Resolved by them (event)", "उनके द्वारा निवारण (घटना)", 100),
    Column("Inspector called", "निरीक्षक ने कॉल किया", 62),
    Column("What the consumer said", "उपभोक्ता ने क्या कहा", 170),
    Column("Sample", "नमूना", 50),
)
DIGEST_COLUMNS = (
    Column("Centre", "सेंटर", 40),
    Column("Day", "दिवस", 54),
    Column("Complaints", "शिकायतें", 44, "right"),
    Column("Digest now, at event", "वर्तमान डाइजेस्ट, घटना तक", 300),
)


def _at(moment: datetime | None) -> str:
    return format_local(moment, "%d-%m-%Y %H:%M") if moment is not None else "—"


def _with_event(moment: datetime | None, event_id: int | None) -> str:
    if moment is None:
        return "—"
    return f"{_at(moment)}\n#{event_id}" if event_id is not None else _at(moment)


def _rest(columns: tuple[Column, ...], title_en: str, title_hi: str) -> tuple[Column, ...]:
    used = sum(c.width for c in columns)
    return (*columns, Column(title_en, title_hi, max(60.0, WIDTH - used)))


def _status(value: str) -> str:
    try:
        return cells.STATUS_TEXT[Status(value)]
    except ValueError:
        return value


def assignment_cells(n: int, a: Assignment) -> tuple[str, ...]:
    c = a.complaint
    return (
        str(n),
        c.docket,
        _at(c.received_at),
        f"{c.type_en}\n{c.type_hi}",
        c.feeder_code,
        c.locality,
        _with_event(a.at, a.event_id),
        _at(a.attended_at),
        _with_event(a.resolved_at, a.resolved_event_id),
        _at(c.sop_due_at),
        _status(c.status),
    )


def contact_cells(n: int, c: ContactFact) -> tuple[str, ...]:
    events = [f"attempt #{c.attempt_id}"]
    if c.event_id is not None:
        events.append(f"contacted #{c.event_id}")
    if c.outcome_event_id is not None:
        events.append(f"outcome #{c.outcome_event_id}")
    return (
        str(n),
        _at(c.at),
        c.channel,
        cells.mobile(c.number),
        c.complaint.docket if c.complaint else "— (no complaint)",
        OUTCOMES.get(c.outcome, c.outcome or ""),
        _at(c.outcome_at),
        "\n".join(events),
    )


def breach_cells(n: int, b: Breach) -> tuple[str, ...]:
    put_right = (
        _with_event(b.put_right_at, b.put_right_event_id)
        if b.put_right_at is not None
        else "Not put right yet / अभी तक नहीं"
    )
    return (
        str(n),
        b.complaint.docket,
        f"{b.complaint.type_en}\n{b.complaint.type_hi}",
        _at(b.due_at),
        f"#{b.holder_event_id}",
        put_right,
        f"{b.hours_late:.1f}",
    )


def reopening_cells(n: int, r: Reopening) -> tuple[str, ...]:
    by = "—"
    if r.contradicted_by_event_id is not None:
        what = CONTRADICTED_BY.get(r.contradicted_by, r.contradicted_by)
        by = f"{what}\n#{r.contradicted_by_event_id}"
    return (
        str(n),
        r.complaint.docket,
        _with_event(r.resolved_at, r.resolved_event_id),
        by,
        _with_event(r.reopened_at, r.reopened_event_id),
        r.reason,
    )


def sample_cells(n: int, x: SampleContradiction) -> tuple[str, ...]:
    said = SAMPLE_OUTCOMES.get(x.outcome, x.outcome)
    return (
        str(n),
        x.complaint.docket,
        f"#{x.resolved_event_id}",
        _at(x.called_at),
        f"{said}. {x.note}".strip() if x.note else said,
        f"#{x.sample_id}",
    )


def digest_cells(d: DayProof) -> tuple[str, ...]:
    prints = [
        f"{_at(p.printed_at)} by {p.printed_by or 'the command line'}: event {p.cut_event_id}, "
        + ("still matches" if p.still_matches else "DOES NOT MATCH")
        + f"\n{p.digest}"
        for p in d.prints
    ]
    return (
        d.centre_code,
        f"{d.day:%d-%m-%Y}",
        str(d.complaints),
        f"{d.digest}\nevent {d.cut_event_id}",
        "\n".join(prints) or "None printed / कोई नहीं",
    )


def summary_rows(case: NegligenceFile) -> list[tuple[str, str]]:
    return [
        ("Complaints assigned / सौंपी गई शिकायतें", str(len(case.assignments))),
        ("SoP breaches / मानक उल्लंघन", str(len(case.breaches))),
        ("Hours late in all / कुल घंटे विलंब", f"{case.hours_late:.1f}"),
        ("Contact attempts / संपर्क प्रयास", str(len(case.contacts))),
        ("Unanswered attempts / अनुत्तरित प्रयास", str(case.unanswered)),
        ("Reopened / पुनः खोली गईं", str(len(case.reopenings))),
        ("Calls contradicting a resolution / निवारण का खंडन", str(case.contradicted)),
    ]


def _story(case: NegligenceFile, styles: Styles) -> list[Flowable]:
    o = case.officer
    story: list[Flowable] = []

    def section(en: str, hi: str, columns: tuple[Column, ...], rows: list[tuple[str, ...]]) -> None:
        caption = Caption(f"{en} / {hi}", styles.heading, 8.0)
        if rows:
            story.append(Grid(columns, rows, styles.grid, caption=caption))
        else:
            story.append(
                KeepTogether(
                    [
                        TextBlock(caption.text, styles.heading, space_before=8.0, rule=True),
                        TextBlock(NONE, styles.note),
                    ]
                )
            )

    mobiles = cells.mobile(o.mobile)
    if o.alternate_mobile:
        mobiles += f", {cells.mobile(o.alternate_mobile)}"
    details = [
        ("Name / नाम", f"{o.name_en} — {o.name_hi}" if o.name_hi else o.name_en),
        ("Employee id / कर्मचारी संख्या", o.employee_id + ("" if o.active else " (not in service)")),
        ("Designation / पद", DESIGNATIONS.get(o.designation.value, o.designation.value)),
        ("Mobile / मोबाइल", mobiles),
        ("Jurisdiction / क्षेत्राधिकार", ", ".join(o.feeders) or "No feeders on record"),
        ("Centres / सेंटर", ", ".join(o.centres) or case.centre.code),
        ("Reports to / नियंत्री पदाधिकारी", o.reports_to or "—"),
        (
            "Period / अवधि",
            f"{case.first:%d-%m-%Y} to {case.last:%d-%m-%Y} / {case.first:%d-%m-%Y} से "
            f"{case.last:%d-%m-%Y} तक (India time)",
        ),
        ("Drawn from the records / अभिलेख से तैयार", _at(case.drawn_at)),
    ]
    story.append(
        TextBlock("The officer and the period / पदाधिकारी एवं अवधि", styles.heading, rule=True)
    )
    story.append(
        SideBySide(
            [
                Grid(DETAIL_COLUMNS, details, styles.grid),
                Grid(SUMMARY_COLUMNS, summary_rows(case), styles.grid),
            ]
        )
    )
    section(
        "Complaints assigned",
        "सौंपी गई शिकायतें",
        _rest(ASSIGNED_COLUMNS, "Status now", "वर्तमान स्थिति"),
        [assignment_cells(n, a) for n, a in enumerate(case.assignments, start=1)],
    )
    section(
        "Contact attempts and their outcome",
        "संपर्क प्रयास एवं परिणाम",
        CONTACT_COLUMNS,
        [contact_cells(n, c) for n, c in enumerate(case.contacts, start=1)],
    )
    section(
        "SoP breaches, with hours late",
        "मानक समय का उल्लंघन, विलंब के घंटे",
        BREACH_COLUMNS,
        [breach_cells(n, b) for n, b in enumerate(case.breaches, start=1)],
    )
    section(
        "Reopenings: calls that contradicted a resolution",
        "पुनः खोली गई शिकायतें: निवारण का खंडन",
        _rest(REOPEN_COLUMNS, "Reason recorded", "दर्ज कारण"),
        [reopening_cells(n, r) for n, r in enumerate(case.reopenings, start=1)],
    )
    if case.samples:
        section(
            "Inspectors' call-backs that contradicted a resolution",
            "निरीक्षक की पुष्टि कॉल में खंडन",
            SAMPLE_COLUMNS,
            [sample_cells(n, x) for n, x in enumerate(case.samples, start=1)],
        )
    section(
        "Register digests that prove these records",
        "अभिलेखों को प्रमाणित करने वाले पंजी डाइजेस्ट",
        _rest(DIGEST_COLUMNS, "Register prints on record", "अभिलेख में मुद्रित पंजियाँ"),
        [digest_cells(d) for d in case.days],
    )
    example = case.days[0] if case.days else None
    how = (
        "How to verify / कैसे जाँचें: on the desk PC that holds the store, run "
        "fusecentre verify --db STORE --centre CODE --date YYYY-MM-DD --digest DIGEST "
        "--event N with a day's centre, date, digest and event number from the table above"
    )
    if example is not None:
        how += (
            f" (for example: fusecentre verify --centre {example.centre_code} --date "
            f"{example.day.isoformat()} --digest {example.digest} --event "
            f"{example.cut_event_id})"
        )
    how += (
        '. "OK" means the day\'s complaints and their hash-chained events are as they were '
        "when this file was drawn; anything recorded since is listed. A printed register's own "
        'digest is checked the same way. / "OK" का अर्थ है कि अभिलेख अपरिवर्तित हैं।'
    )
    story.append(TextBlock(how, styles.note, space_before=4.0))
    story.append(
        KeepTogether(
            [
                Spacer(1, 10),
                SignBoxes(
                    [
                        SignBox(
                            "Executive Engineer / कार्यपालक अभियंता",
                            "Examined; action as ordered. / जाँच की गई; आदेशानुसार कार्रवाई।",
                            (
                                ("Name / नाम", ""),
                                ("Signature / हस्ताक्षर", ""),
                                ("Date / दिनांक", ""),
                            ),
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


def render_negligence(
    case: NegligenceFile,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    generated_by: str = "",
) -> int:
    """Write the case file PDF to a path or a binary file; returns the pages."""
    styles = Styles()
    o = case.officer
    period = f"{case.first:%d-%m-%Y} to {case.last:%d-%m-%Y}"
    masthead = Masthead(
        centre=case.centre,
        title=TITLE,
        right=(
            f"{o.name_en} ({o.employee_id}, {o.designation.value}) — {o.name_hi}",
            f"Period / अवधि: {period}",
        ),
        footer=(
            f"Generated {format_local(case.drawn_at, '%d-%m-%Y %H:%M:%S')} IST by "
            f"{generated_by or 'unknown'} — Fuse Call Centre Desk {__version__}",
            f"Negligence case file of {o.employee_id} for {period}; event numbers refer to the "
            "complaints' hash-chained histories",
        ),
    )
    return build(
        _story(case, styles),
        out,
        masthead,
        styles,
        title=f"Negligence case file {o.employee_id} {period}",
        author=generated_by,
        subject=f"{o.name_en}, {o.designation.value}; {case.centre.name_en} fuse call centre",
        creator=f"Fuse Call Centre Desk {__version__}",
    )


def negligence_bytes(case: NegligenceFile, *, generated_by: str = "") -> tuple[bytes, int]:
    """The case file PDF in memory, and its pages."""
    buffer = io.BytesIO()
    pages = render_negligence(case, buffer, generated_by=generated_by)
    return buffer.getvalue(), pages
