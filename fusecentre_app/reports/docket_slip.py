"""The docket slip handed to a caller who came to the centre: an A6 card with the docket to
quote when calling again, the complaint, and the time by which supply is to be restored,
in English and Hindi, and who gave it when.

Drawn with the register's own setters (`reports.text`), so Hindi is shaped exactly as on the
register and Latin runs stay in the Latin font.
"""

from __future__ import annotations

from datetime import datetime
from typing import BinaryIO

from reportlab.lib.pagesizes import A6
from reportlab.pdfgen.canvas import Canvas

from fusecentre_app import __version__
from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.reports.fonts import BOLD, REGULAR
from fusecentre_app.reports.text import Setter, Writer
from fusecentre_app.services.contact import CallerDocket

PAGE = A6  # portrait, 105 × 148 mm
MARGIN = 16.0
WIDTH = PAGE[0] - 2 * MARGIN


def render_docket_slip(
    docket_of: CallerDocket, out: BinaryIO, *, given_by: str, given_at: datetime
) -> int:
    """Draw the slip into `out` as a one-page PDF; returns the number of pages (1)."""
    f, c = docket_of.facts, docket_of.centre
    small = Setter(REGULAR, 7.0, 9.0)
    body = Setter(REGULAR, 9.0, 11.5)
    label = Setter(BOLD, 8.0, 10.0)
    heading = Setter(BOLD, 10.0, 12.5)
    docket = Setter(BOLD, 19.0, 23.0)
    canvas = Canvas(out, pagesize=PAGE, pageCompression=1, invariant=1)
    canvas.setTitle(f"Docket {f.docket}")
    canvas.setAuthor(given_by)
    writer = Writer(canvas)
    top = PAGE[1] - MARGIN  # the top of the next line; each line's baseline is below it

    def put(setter: Setter, text: str, *, centre: bool = False, most: int = 0) -> None:
        nonlocal top
        lines = setter.lines(text, WIDTH, most)
        align = "centre" if centre else "left"
        writer.lines(lines, MARGIN, top - setter.size, setter, width=WIDTH, align=align)
        top -= setter.leading * len(lines)

    def centred(setter: Setter, text: str) -> None:
        put(setter, text, centre=True)

    def field(title: str, value: str, setter: Setter = body) -> None:
        nonlocal top
        put(label, title, most=1)
        put(setter, value or "—", most=3)
        top -= 4

    centred(small, f"{c.division_en} — {c.division_hi}")
    centred(heading, f"Fuse call centre {c.name_en} ({c.code})")
    centred(heading, f"फ्यूज कॉल सेंटर {c.name_hi}")
    top -= 8
    centred(label, "Complaint docket / शिकायत संख्या")
    top -= 2
    centred(docket, f.docket)
    writer.finish()
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, top - 2, PAGE[0] - MARGIN, top - 2)
    top -= 10
    field("Received / प्राप्त", format_local(docket_of.received_at, "%d-%m-%Y %H:%M"))
    field("Complaint / शिकायत", f"{f.type_name_en} / {f.type_name_hi}")
    caller = " ".join(
        p for p in (f.caller_name, display_phone(f.caller_mobile) if f.caller_mobile else "") if p
    )
    field("Caller / उपभोक्ता", caller)
    place = ", ".join(p for p in (f.locality, f.address, f.landmark) if p)
    field("Place / स्थान", place)
    field(
        "Supply to be restored by (SoP) / सप्लाई बहाल होने का मानक समय",
        format_local(f.sop_due_at, "%d-%m-%Y %H:%M"),
        heading,
    )
    top -= 2
    put(body, "Quote this docket number if you call again.")
    put(body, "दोबारा कॉल करें तो यह शिकायत संख्या बताएँ।")
    footer = (
        f"Given by {given_by}, {format_local(given_at, '%d-%m-%Y %H:%M')} IST"
        f" — Fuse Call Centre Desk {__version__}"
    )
    writer.lines(small.lines(footer, WIDTH, 2), MARGIN, MARGIN + small.leading, small)
    writer.finish()
    canvas.showPage()
    canvas.save()
    return 1
