"""The page of the desk's other printed documents (handover sheet, inspection report): A4
landscape, the register's header (division, sub-division and centre in English and Hindi on
the left; the title and what the document covers on the right), a footer saying when, by
whom and with which version it was made, and "Page X of Y" on every page.

As in the register, the header and footer are drawn once as PDF forms and placed on every
page, and the page count is a form filled in when the document is saved, so a document is
built in one pass (`build`). The footer is filled in at saving too, so that it may say what
is known only at the end (the register's digest, worked out as its rows are printed), and
each page is compressed as soon as it is finished: a document of a thousand pages holds
only its compressed pages, never their drawing operators.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFStream,
    PDFZCompress,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from fusecentre_app.reports.fonts import BOLD, LATIN, REGULAR
from fusecentre_app.reports.grid import GridStyle
from fusecentre_app.reports.text import Setter, Writer
from fusecentre_app.services.register import CentreHeading, collector_paused

PAGE = landscape(A4)
MARGIN_X = 18.0
MARGIN_TOP = 16.0
MARGIN_BOTTOM = 14.0
HEADER_HEIGHT = 40.0
FOOTER_HEIGHT = 20.0
BODY_SIZE = 6.5
WIDTH = PAGE[0] - 2 * MARGIN_X
_HEADER_FORM = "fcPageHeader"
_FOOTER_FORM = "fcPageFooter"
_PAGES_FORM = "fcPageCount"


class Styles:
    """The setters of one document (each remembers the words and cells it has set)."""

    def __init__(self, body_size: float = BODY_SIZE) -> None:
        self.body = Setter(REGULAR, body_size, body_size + 1.5)
        self.grid = GridStyle(
            body=self.body, head_en=Setter(BOLD, 6.2, 7.4), head_hi=Setter(REGULAR, 6.0, 7.6)
        )
        self.heading = Setter(BOLD, 9.5, 12.0)
        self.group = Setter(BOLD, 7.8, 9.8)
        self.note = Setter(REGULAR, 7.5, 9.5)
        self.small = Setter(REGULAR, 6.5, 8.0)
        self.title = Setter(BOLD, 11.0, 13.5)
        self.head_bold = Setter(BOLD, 8.5, 10.5)
        self.head = Setter(REGULAR, 7.5, 9.5)


@dataclass(frozen=True)
class Masthead:
    """What every page of a document says besides its body."""

    centre: CentreHeading
    title: str  # e.g. "Shift Handover Sheet — पाली हस्तांतरण पत्रक"
    right: tuple[str, ...]  # under the title: the first line bold, the others plain
    # Up to two lines: who made it when, and any reference; or what gives them once the
    # body is printed (the register's digest is known only after its last row).
    footer: tuple[str, ...] | Callable[[], tuple[str, ...]]


class _CountingCanvas(Canvas):
    """Counts its pages and, on saving, fills in the "of Y" form used on every page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages = 0
        self.on_save: Callable[[Canvas], None] | None = None

    def showPage(self) -> None:
        self.pages += 1
        super().showPage()
        _compress_now(self._doc.Pages.pages[-1])

    def save(self) -> None:
        if self.on_save is not None:
            self.on_save(self)
        self.beginForm(_PAGES_FORM, lowerx=0, lowery=-3, upperx=40, uppery=10)
        self.setFont(LATIN, BODY_SIZE)
        self.drawString(0, 0, str(self.pages))
        self.endForm()
        super().save()


class _PageStream(PDFStream):
    """A page's encoded content, let go of once it is written into the file's bytes."""

    def format(self, document: Any) -> bytes:
        formatted: bytes = super().format(document)
        self.content = b""
        return formatted


def _compress_now(page: Any) -> None:
    """Compress a finished page's content now, so that only the compressed page is kept
    until the document is saved. Binary, not also ASCII85-encoded as ReportLab's own
    streams are: a quarter smaller, and every reader of PDF 1.2 on takes it."""
    stream = page.stream
    if not page.compression or not stream or page.Contents:
        return
    contents = _PageStream(
        PDFDictionary({"Filter": PDFArray([PDFName(PDFZCompress.pdfname)])}),
        PDFZCompress.encode(stream),
    )
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.stream = None


class _Decorator:
    """Draws the header and footer of every page."""

    def __init__(self, head: Masthead, styles: Styles) -> None:
        self.head = head
        self.styles = styles

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if not canvas.hasForm(_HEADER_FORM):
            canvas.beginForm(_HEADER_FORM)
            self._header(canvas)
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
        c, s = self.head.centre, self.styles
        top = PAGE[1] - MARGIN_TOP
        x = MARGIN_X
        writer = Writer(canvas)
        y = top - s.head_bold.size
        writer.lines(
            s.head_bold.lines(f"{c.division_en} — {c.division_hi}", 420), x, y, s.head_bold
        )
        y -= s.head_bold.leading
        if c.subdivision_en or c.subdivision_hi:
            subdivision = f"{c.subdivision_en} — {c.subdivision_hi}"
            writer.lines(s.head.lines(subdivision, 420), x, y, s.head)
        y -= s.head.leading
        if c.code:
            centre = f"Fuse call centre {c.name_en} ({c.code}) — फ्यूज कॉल सेंटर {c.name_hi}"
        else:  # a document of the whole division
            centre = "Every fuse call centre — सभी फ्यूज कॉल सेंटर"
        writer.lines(s.head_bold.lines(centre, 420), x, y, s.head_bold)
        right = PAGE[0] - MARGIN_X
        y = top - s.title.size
        title = s.title.lines(self.head.title, 360)
        writer.lines(title, right - title[0].width, y, s.title)
        y -= s.title.leading
        for i, text in enumerate(self.head.right):
            setter = s.head_bold if i == 0 else s.head
            line = setter.lines(text, 360, 1)
            writer.lines(line, right - line[0].width, y, setter)
            y -= setter.leading
        writer.finish()
        rule_y = PAGE[1] - MARGIN_TOP - HEADER_HEIGHT + 3
        canvas.setLineWidth(0.8)
        canvas.line(MARGIN_X, rule_y, right, rule_y)

    def footer_form(self, canvas: Canvas) -> None:
        """The footer, drawn once the body is done (see the module)."""
        canvas.beginForm(_FOOTER_FORM)
        self._footer(canvas)
        canvas.endForm()

    def _footer(self, canvas: Canvas) -> None:
        footer = self.head.footer
        lines = footer() if callable(footer) else footer
        s = self.styles
        y = MARGIN_BOTTOM + FOOTER_HEIGHT - 8
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, y + 8, PAGE[0] - MARGIN_X, y + 8)
        writer = Writer(canvas)
        for i, text in enumerate(lines[:2]):
            room = WIDTH - 80 if i == 0 else WIDTH
            writer.lines(s.small.lines(text, room, 1), MARGIN_X, y, s.small)
            y -= s.small.leading
        writer.finish()


class Later(Flowable):
    """A place in a story for flowables made only when the document reaches it (a summary
    counted while the rows above it were printed)."""

    def __init__(self, make: Callable[[], Sequence[Flowable]]) -> None:
        super().__init__()
        self.make = make


class _Document(BaseDocTemplate):
    def handle_flowable(self, flowables: list[Flowable]) -> None:
        first = flowables[0]
        if isinstance(first, Later):
            flowables[0:1] = list(first.make())
            return
        super().handle_flowable(flowables)


def build(
    story: Sequence[Flowable],
    out: str | os.PathLike[str] | BinaryIO,
    head: Masthead,
    styles: Styles,
    *,
    title: str,
    author: str,
    subject: str | Callable[[], str],
    creator: str,
) -> int:
    """Write the document to a path or a binary file; returns the number of pages. The
    story may hold `Later`s (made when reached) and a `subject` known only at the end."""
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM + FOOTER_HEIGHT,
        WIDTH,
        PAGE[1] - MARGIN_TOP - HEADER_HEIGHT - MARGIN_BOTTOM - FOOTER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    decorator = _Decorator(head, styles)
    doc = _Document(
        target,
        pagesize=PAGE,
        pageTemplates=[PageTemplate("page", [frame], onPage=decorator)],
        title=title,
        author=author,
        subject="" if callable(subject) else subject,
        creator=creator,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
    )
    made: list[_CountingCanvas] = []

    def finish(canvas: Canvas) -> None:
        decorator.footer_form(canvas)
        if callable(subject):
            canvas.setSubject(subject())

    def canvasmaker(*args: Any, **kwargs: Any) -> _CountingCanvas:
        canvas = _CountingCanvas(*args, **kwargs)
        canvas.on_save = finish
        made.append(canvas)
        return canvas

    with collector_paused():
        doc.build(list(story), canvasmaker=canvasmaker)
    return made[-1].pages


@dataclass(frozen=True)
class SignBox:
    """A box to sign: a title, a line or two of text, and labelled lines to fill in (a
    value given is printed on its line, e.g. the outgoing clerk's name)."""

    title: str
    text: str
    fields: tuple[tuple[str, str], ...]


class SignBoxes(Flowable):
    """Boxes side by side, each with ruled lines for name, signature and time; kept whole."""

    GAP = 14.0
    PAD = 5.0
    LINE_GAP = 18.0

    def __init__(
        self, boxes: Sequence[SignBox], title: Setter, note: Setter, *, width: float = 0.0
    ) -> None:
        super().__init__()
        self.boxes = list(boxes)
        self.title = title
        self.note = note
        self.box_width = width  # 0: share the frame's width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        fields = max(len(b.fields) for b in self.boxes)
        self.height = (
            2 * self.PAD + self.title.leading + 2 * self.note.leading + fields * self.LINE_GAP
        )
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        n = len(self.boxes)
        w = self.box_width or (self.width - self.GAP * (n - 1)) / n
        x0 = self.width - (n * w + self.GAP * (n - 1))  # narrow boxes sit on the right
        writer = Writer(canvas)
        for i, box in enumerate(self.boxes):
            x = x0 + i * (w + self.GAP)
            inner = w - 2 * self.PAD
            canvas.setLineWidth(0.5)
            canvas.rect(x, 0, w, self.height)
            y = self.height - self.PAD - self.title.size
            writer.lines(self.title.lines(box.title, inner, 1), x + self.PAD, y, self.title)
            y -= self.title.leading
            writer.lines(self.note.lines(box.text, inner, 2), x + self.PAD, y, self.note)
            y -= 2 * self.note.leading
            canvas.setLineWidth(0.3)
            for label, value in box.fields:
                y -= self.LINE_GAP - self.note.size
                line = self.note.lines(f"{label}: {value}".rstrip(), inner, 1)
                writer.lines(line, x + self.PAD, y, self.note)
                start = x + self.PAD + line[0].width + 4
                canvas.line(start, y - 2, x + w - self.PAD, y - 2)
                y -= self.note.size
        writer.finish()
