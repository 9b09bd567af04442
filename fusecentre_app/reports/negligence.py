"""The negligence case file PDF: one officer's record over a period, for the Executive
Engineer starting departmental action.

A4 landscape with the house page (`reports.page`): the officer, designation, jurisdiction and
period with a summary of the figures; then the complaints assigned to them, every contact
attempt and its outcome, each SoP breach with the hours late, the reopenings with the calls
that contradicted a resolution; and a closing block with the register digests of the days
involved and how to check them with `fusecentre verify`. Every line names the event (or
record) number that proves it. Made from `services.negligence.NegligenceFile`.

Column heads are in both languages, as on the register; `language="hi"` puts Hindi first in
the title, headings and labels, says the outcomes and states in Hindi, and prints the
officer's, the centres' and the complaint types' Hindi names where the store has them.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import BinaryIO, TypeVar

from reportlab.platypus import Flowable, KeepTogether, Spacer

from fusecentre_app import __version__
from fusecentre_app.domain.enums import Status
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.reports import register_cells as cells
from fusecentre_app.reports.grid import Caption, Column, Grid, SideBySide, StreamGrid, TextBlock
from fusecentre_app.reports.page import WIDTH, Masthead, SignBox, SignBoxes, Styles, build
from fusecentre_app.services.negligence import (
    Assignment,
    Breach,
    ComplaintRef,
    ContactFact,
    DayProof,
    NegligenceFile,
    Reopening,
    SampleContradiction,
)

TITLE = "Negligence Case File — लापरवाही प्रकरण संचिका"
TITLE_HI = "लापरवाही प्रकरण संचिका — Negligence Case File"
NONE = "None in the period. / इस अवधि में कोई नहीं।"
NONE_HI = "इस अवधि में कोई नहीं। / None in the period."
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
OUTCOMES_HI = {
    None: "परिणाम दर्ज नहीं",
    "answered": "बात हुई",
    "no_answer": "फ़ोन नहीं उठाया",
    "busy": "व्यस्त",
    "switched_off": "फ़ोन बंद",
    "message_sent": "संदेश भेजा",
}
CONTRADICTED_BY = {"callback": "Callback: not restored", "follow_up": "Consumer called again"}
CONTRADICTED_BY_HI = {
    "callback": "पुष्टि कॉल: सप्लाई बहाल नहीं",
    "follow_up": "उपभोक्ता ने फिर कॉल किया",
}
SAMPLE_OUTCOMES = {
    "not_restored": "Consumer says supply was not restored",
    "never_complained": "Consumer says no complaint was made",
}
SAMPLE_OUTCOMES_HI = {
    "not_restored": "उपभोक्ता के अनुसार सप्लाई बहाल नहीं हुई",
    "never_complained": "उपभोक्ता के अनुसार कोई शिकायत नहीं की गई",
}
STATUS_HI = {
    Status.NEW: "नई",
    Status.ASSIGNED: "सौंपी गई",
    Status.ATTENDING: "कार्य जारी",
    Status.RESOLVED: "निवारित, पुष्टि कॉल बाकी",
    Status.REOPENED: "पुनः खुली",
    Status.CLOSED_VERIFIED: "बंद, पुष्टि हुई",
    Status.CLOSED_UNVERIFIED: "बंद, पुष्टि नहीं",
    Status.CANCELLED: "रद्द",
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


def _both(en: str, hi: str, language: str) -> str:
    """A label in both languages, the sheet's language first."""
    return f"{hi} / {en}" if language == "hi" else f"{en} / {hi}"


def _one(en: str, hi: str, language: str) -> str:
    """The Hindi name on a Hindi sheet where the store has one, else the English."""
    return hi if language == "hi" and hi else en


def _designation_hi(code: str) -> str:
    words = DESIGNATIONS.get(code, "")
    return words.split(" / ", 1)[1] if " / " in words else code


def _at(moment: datetime | None) -> str:
    return format_local(moment, "%d-%m-%Y %H:%M") if moment is not None else "—"


def _with_event(moment: datetime | None, event_id: int | None) -> str:
    if moment is None:
        return "—"
    return f"{_at(moment)}\n#{event_id}" if event_id is not None else _at(moment)


def _rest(columns: tuple[Column, ...], title_en: str, title_hi: str) -> tuple[Column, ...]:
    used = sum(c.width for c in columns)
    return (*columns, Column(title_en, title_hi, max(60.0, WIDTH - used)))


def _status(value: str, language: str = "en") -> str:
    try:
        status = Status(value)
    except ValueError:
        return value
    return STATUS_HI[status] if language == "hi" else cells.STATUS_TEXT[status]


def _type(c: ComplaintRef, language: str) -> str:
    if language == "hi" and c.type_hi:
        return f"{c.type_hi}\n{c.type_en}"
    return f"{c.type_en}\n{c.type_hi}"


def assignment_cells(n: int, a: Assignment, language: str = "en") -> tuple[str, ...]:
    c = a.complaint
    return (
        str(n),
        c.docket,
        _at(c.received_at),
        _type(c, language),
        c.feeder_code,
        c.locality,
        _with_event(a.at, a.event_id),
        _at(a.attended_at),
        _with_event(a.resolved_at, a.resolved_event_id),
        _at(c.sop_due_at),
        _status(c.status, language),
    )


def contact_cells(n: int, c: ContactFact, language: str = "en") -> tuple[str, ...]:
    hi = language == "hi"
    events = [f"{'प्रयास' if hi else 'attempt'} #{c.attempt_id}"]
    if c.event_id is not None:
        events.append(f"{'संपर्क' if hi else 'contacted'} #{c.event_id}")
    if c.outcome_event_id is not None:
        events.append(f"{'परिणाम' if hi else 'outcome'} #{c.outcome_event_id}")
    outcomes = OUTCOMES_HI if hi else OUTCOMES
    return (
        str(n),
        _at(c.at),
        c.channel,
        cells.mobile(c.number),
        c.complaint.docket if c.complaint else ("— (कोई शिकायत नहीं)" if hi else "— (no complaint)"),
        outcomes.get(c.outcome, c.outcome or ""),
        _at(c.outcome_at),
        "\n".join(events),
    )


def breach_cells(n: int, b: Breach, language: str = "en") -> tuple[str, ...]:
    put_right = (
        _with_event(b.put_right_at, b.put_right_event_id)
        if b.put_right_at is not None
        else _both("Not put right yet", "अभी तक नहीं", language)
    )
    return (
        str(n),
        b.complaint.docket,
        _type(b.complaint, language),
        _at(b.due_at),
        f"#{b.holder_event_id}",
        put_right,
        f"{b.hours_late:.1f}",
    )


def reopening_cells(n: int, r: Reopening, language: str = "en") -> tuple[str, ...]:
    by = "—"
    if r.contradicted_by_event_id is not None:
        words = CONTRADICTED_BY_HI if language == "hi" else CONTRADICTED_BY
        what = words.get(r.contradicted_by, r.contradicted_by)
        by = f"{what}\n#{r.contradicted_by_event_id}"
    return (
        str(n),
        r.complaint.docket,
        _with_event(r.resolved_at, r.resolved_event_id),
        by,
        _with_event(r.reopened_at, r.reopened_event_id),
        r.reason,
    )


def sample_cells(n: int, x: SampleContradiction, language: str = "en") -> tuple[str, ...]:
    said = (SAMPLE_OUTCOMES_HI if language == "hi" else SAMPLE_OUTCOMES).get(x.outcome, x.outcome)
    return (
        str(n),
        x.complaint.docket,
        f"#{x.resolved_event_id}",
        _at(x.called_at),
        f"{said}. {x.note}".strip() if x.note else said,
        f"#{x.sample_id}",
    )


def digest_cells(d: DayProof, language: str = "en") -> tuple[str, ...]:
    if language == "hi":
        prints = [
            f"{_at(p.printed_at)}, {p.printed_by or 'कमांड लाइन'} द्वारा: घटना {p.cut_event_id}, "
            + ("अब भी मेल खाता है" if p.still_matches else "मेल नहीं खाता (DOES NOT MATCH)")
            + f"\n{p.digest}"
            for p in d.prints
        ]
    else:
        prints = [
            f"{_at(p.printed_at)} by {p.printed_by or 'the command line'}: event "
            f"{p.cut_event_id}, "
            + ("still matches" if p.still_matches else "DOES NOT MATCH")
            + f"\n{p.digest}"
            for p in d.prints
        ]
    event = "घटना" if language == "hi" else "event"
    return (
        d.centre_code,
        f"{d.day:%d-%m-%Y}",
        str(d.complaints),
        f"{d.digest}\n{event} {d.cut_event_id}",
        "\n".join(prints) or _both("None printed", "कोई नहीं", language),
    )


def summary_rows(case: NegligenceFile, language: str = "en") -> list[tuple[str, str]]:
    rows = [
        ("Complaints assigned", "सौंपी गई शिकायतें", str(len(case.assignments))),
        ("SoP breaches", "मानक उल्लंघन", str(len(case.breaches))),
        ("Hours late in all", "कुल घंटे विलंब", f"{case.hours_late:.1f}"),
        ("Contact attempts", "संपर्क प्रयास", str(len(case.contacts))),
        ("Unanswered attempts", "अनुत्तरित प्रयास", str(case.unanswered)),
        ("Reopened", "पुनः खोली गईं", str(len(case.reopenings))),
        ("Calls contradicting a resolution", "निवारण का खंडन", str(case.contradicted)),
    ]
    return [(_both(en, hi, language), value) for en, hi, value in rows]


_T = TypeVar("_T")


def _story(case: NegligenceFile, styles: Styles, language: str = "en") -> list[Flowable]:
    o = case.officer
    hi = language == "hi"
    story: list[Flowable] = []

    def section(
        en: str,
        hindi: str,
        columns: tuple[Column, ...],
        items: Sequence[_T],
        row: Callable[[int, _T], tuple[str, ...]],
    ) -> None:
        """A table of `items`, each row made and set only when its page is drawn."""
        caption = Caption(_both(en, hindi, language), styles.heading, 8.0)
        if items:
            rows = (row(n, item) for n, item in enumerate(items, start=1))
            story.append(StreamGrid(columns, rows, styles.grid, caption=caption))
        else:
            story.append(
                KeepTogether(
                    [
                        TextBlock(caption.text, styles.heading, space_before=8.0, rule=True),
                        TextBlock(NONE_HI if hi else NONE, styles.note),
                    ]
                )
            )

    def label(en: str, hindi: str) -> str:
        return _both(en, hindi, language)

    mobiles = cells.mobile(o.mobile)
    if o.alternate_mobile:
        mobiles += f", {cells.mobile(o.alternate_mobile)}"
    if hi:
        name = f"{o.name_hi} — {o.name_en}" if o.name_hi else o.name_en
        words = DESIGNATIONS.get(o.designation.value, f"{o.designation.value} / ")
        designation_en, designation_hi = words.split(" / ", 1)
        designation = _both(designation_en, designation_hi, language) if designation_hi else words
        feeders = ", ".join(o.feeders_hi or o.feeders) or "अभिलेख में कोई फीडर नहीं"
        centres = (
            ", ".join(o.centres_hi or o.centres) or f"{case.centre.code} {case.centre.name_hi}"
        )
        reports_to = o.reports_to_hi or o.reports_to or "—"
        period = (
            f"{case.first:%d-%m-%Y} से {case.last:%d-%m-%Y} तक (भारतीय समय) / "
            f"{case.first:%d-%m-%Y} to {case.last:%d-%m-%Y}"
        )
        service = "" if o.active else " (सेवा में नहीं)"
    else:
        name = f"{o.name_en} — {o.name_hi}" if o.name_hi else o.name_en
        designation = DESIGNATIONS.get(o.designation.value, o.designation.value)
        feeders = ", ".join(o.feeders) or "No feeders on record"
        centres = ", ".join(o.centres) or case.centre.code
        reports_to = o.reports_to or "—"
        period = (
            f"{case.first:%d-%m-%Y} to {case.last:%d-%m-%Y} / {case.first:%d-%m-%Y} से "
            f"{case.last:%d-%m-%Y} तक (India time)"
        )
        service = "" if o.active else " (not in service)"
    details = [
        (label("Name", "नाम"), name),
        (label("Employee id", "कर्मचारी संख्या"), o.employee_id + service),
        (label("Designation", "पद"), designation),
        (label("Mobile", "मोबाइल"), mobiles),
        (label("Jurisdiction", "क्षेत्राधिकार"), feeders),
        (label("Centres", "सेंटर"), centres),
        (label("Reports to", "नियंत्री पदाधिकारी"), reports_to),
        (label("Period", "अवधि"), period),
        (label("Drawn from the records", "अभिलेख से तैयार"), _at(case.drawn_at)),
    ]
    story.append(
        TextBlock(
            label("The officer and the period", "पदाधिकारी एवं अवधि"), styles.heading, rule=True
        )
    )
    story.append(
        SideBySide(
            [
                Grid(DETAIL_COLUMNS, details, styles.grid),
                Grid(SUMMARY_COLUMNS, summary_rows(case, language), styles.grid),
            ]
        )
    )
    section(
        "Complaints assigned",
        "सौंपी गई शिकायतें",
        _rest(ASSIGNED_COLUMNS, "Status now", "वर्तमान स्थिति"),
        case.assignments,
        lambda n, a: assignment_cells(n, a, language),
    )
    section(
        "Contact attempts and their outcome",
        "संपर्क प्रयास एवं परिणाम",
        CONTACT_COLUMNS,
        case.contacts,
        lambda n, c: contact_cells(n, c, language),
    )
    section(
        "SoP breaches, with hours late",
        "मानक समय का उल्लंघन, विलंब के घंटे",
        BREACH_COLUMNS,
        case.breaches,
        lambda n, b: breach_cells(n, b, language),
    )
    section(
        "Reopenings: calls that contradicted a resolution",
        "पुनः खोली गई शिकायतें: निवारण का खंडन",
        _rest(REOPEN_COLUMNS, "Reason recorded", "दर्ज कारण"),
        case.reopenings,
        lambda n, r: reopening_cells(n, r, language),
    )
    if case.samples:
        section(
            "Inspectors' call-backs that contradicted a resolution",
            "निरीक्षक की पुष्टि कॉल में खंडन",
            SAMPLE_COLUMNS,
            case.samples,
            lambda n, x: sample_cells(n, x, language),
        )
    section(
        "Register digests that prove these records",
        "अभिलेखों को प्रमाणित करने वाले पंजी डाइजेस्ट",
        _rest(DIGEST_COLUMNS, "Register prints on record", "अभिलेख में मुद्रित पंजियाँ"),
        case.days,
        lambda _n, d: digest_cells(d, language),
    )
    story.append(TextBlock(_how_to_verify(case, language), styles.note, space_before=4.0))
    story.append(
        KeepTogether(
            [
                Spacer(1, 10),
                SignBoxes(
                    [
                        SignBox(
                            label("Executive Engineer", "कार्यपालक अभियंता"),
                            label("Examined; action as ordered.", "जाँच की गई; आदेशानुसार कार्रवाई।"),
                            (
                                (label("Name", "नाम"), ""),
                                (label("Signature", "हस्ताक्षर"), ""),
                                (label("Date", "दिनांक"), ""),
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


def _how_to_verify(case: NegligenceFile, language: str) -> str:
    example = case.days[0] if case.days else None
    command = (
        "fusecentre verify --db STORE --centre CODE --date YYYY-MM-DD --digest DIGEST --event N"
    )
    sample = (
        f"fusecentre verify --centre {example.centre_code} --date {example.day.isoformat()} "
        f"--digest {example.digest} --event {example.cut_event_id}"
        if example is not None
        else ""
    )
    if language == "hi":
        how = (
            "कैसे जाँचें / How to verify: जिस डेस्क पीसी पर अभिलेख है, उस पर ऊपर की तालिका से किसी दिन "
            f"का सेंटर, तिथि, डाइजेस्ट और घटना संख्या लेकर {command} चलाएँ"
        )
        if sample:
            how += f" (उदाहरण: {sample})"
        return how + (
            '। "OK" का अर्थ है कि उस दिन की शिकायतें और उनकी हैश-शृंखलित घटनाएँ वैसी ही हैं जैसी यह '
            "संचिका बनाते समय थीं; उसके बाद जो भी दर्ज हुआ, वह सूचीबद्ध होता है। मुद्रित पंजी का अपना "
            "डाइजेस्ट भी इसी प्रकार जाँचा जाता है।"
        )
    how = (
        "How to verify / कैसे जाँचें: on the desk PC that holds the store, run "
        f"{command} with a day's centre, date, digest and event number from the table above"
    )
    if sample:
        how += f" (for example: {sample})"
    return how + (
        '. "OK" means the day\'s complaints and their hash-chained events are as they were '
        "when this file was drawn; anything recorded since is listed. A printed register's own "
        'digest is checked the same way. / "OK" का अर्थ है कि अभिलेख अपरिवर्तित हैं।'
    )


def render_negligence(
    case: NegligenceFile,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    generated_by: str = "",
    language: str = "en",
) -> int:
    """Write the case file PDF to a path or a binary file; returns the pages. `language`
    ("en" or "hi") is the file's first language."""
    styles = Styles()
    o = case.officer
    period = f"{case.first:%d-%m-%Y} to {case.last:%d-%m-%Y}"
    if language == "hi":
        right = (
            f"{o.name_hi or o.name_en} ({o.employee_id}, {_designation_hi(o.designation.value)})"
            f" — {o.name_en}",
            f"अवधि / Period: {case.first:%d-%m-%Y} से {case.last:%d-%m-%Y} तक",
        )
    else:
        right = (
            f"{o.name_en} ({o.employee_id}, {o.designation.value}) — {o.name_hi}",
            f"Period / अवधि: {period}",
        )
    masthead = Masthead(
        centre=case.centre,
        title=TITLE_HI if language == "hi" else TITLE,
        right=right,
        footer=(
            f"Generated {format_local(case.drawn_at, '%d-%m-%Y %H:%M:%S')} IST by "
            f"{generated_by or 'unknown'} — Fuse Call Centre Desk {__version__}",
            f"Negligence case file of {o.employee_id} for {period}; event numbers refer to the "
            "complaints' hash-chained histories",
        ),
    )
    return build(
        _story(case, styles, language),
        out,
        masthead,
        styles,
        title=f"Negligence case file {o.employee_id} {period}",
        author=generated_by,
        subject=f"{o.name_en}, {o.designation.value}; {case.centre.name_en} fuse call centre",
        creator=f"Fuse Call Centre Desk {__version__}",
    )


def negligence_bytes(
    case: NegligenceFile, *, generated_by: str = "", language: str = "en"
) -> tuple[bytes, int]:
    """The case file PDF in memory, and its pages."""
    buffer = io.BytesIO()
    pages = render_negligence(case, buffer, generated_by=generated_by, language=language)
    return buffer.getvalue(), pages
