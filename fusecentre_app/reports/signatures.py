"""Signature blocks at the end of a register: one per shift's clerk, the JE in charge, and
the inspecting officer with room for remarks. Each is kept whole on one page."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from fusecentre_app.reports.text import Setter, Writer
from fusecentre_app.services.register import RegisterData, RegisterRun

BOX_GAP = 8.0
PAD = 4.0


def _hours(start: int, end: int) -> str:
    return f"{start:02d}:00–{end:02d}:00"


class _Boxes(Flowable):
    """Boxes side by side, each with a title, notes, and a signature line at the bottom."""

    def __init__(
        self,
        boxes: Sequence[tuple[str, str, str]],
        title: Setter,
        note: Setter,
        height: float,
    ) -> None:
        super().__init__()
        self.boxes = list(boxes)  # (title, notes, signature label)
        self.title = title
        self.note = note
        self.box_height = height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.box_height
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        n = len(self.boxes)
        w = (self.width - BOX_GAP * (n - 1)) / n
        inner = w - 2 * PAD
        writer = Writer(canvas)
        canvas.setLineWidth(0.5)
        for i, (title, notes, label) in enumerate(self.boxes):
            x = i * (w + BOX_GAP)
            canvas.rect(x, 0, w, self.height)
            y = self.height - PAD - self.title.size
            lines = self.title.lines(title, inner)
            writer.lines(lines, x + PAD, y, self.title)
            y -= len(lines) * self.title.leading
            writer.lines(self.note.lines(notes, inner, 4), x + PAD, y, self.note)
            writer.lines(self.note.lines(label, inner, 1), x + PAD, PAD + 1, self.note)
            canvas.line(
                x + PAD, PAD + self.note.leading + 8, x + w - PAD, PAD + self.note.leading + 8
            )
        writer.finish()


def signature_row(data: RegisterData | RegisterRun, title: Setter, note: Setter) -> Flowable:
    """A box per shift for its clerk(s), and one for the JE in charge."""
    boxes = []
    for shift in data.shifts:
        clerks = ", ".join(shift.clerks) or "no complaint logged"
        boxes.append(
            (
                f"Clerk, {shift.name_en} shift {_hours(shift.start, shift.end)} / "
                f"{shift.name_hi} पाली के लिपिक",
                f"{shift.complaints} complaints logged; by {clerks}",
                "Name and signature / नाम व हस्ताक्षर",
            )
        )
    jes = ", ".join(data.je_names) or "—"
    boxes.append(
        (
            "JE in charge / प्रभारी कनीय अभियंता",
            f"JEs of the centre's feeders: {jes}",
            "Name, signature, date / नाम, हस्ताक्षर, दिनांक",
        )
    )
    return _Boxes(boxes, title, note, 74.0)


class InspectionBox(Flowable):
    """The inspecting officer's block: ruled room for remarks, or, once inspections of the
    day are finished, their remarks under the heading "Inspection remarks"; a signature
    line at the bottom right."""

    RULED_LINES = 4
    RULE_GAP = 15.0

    def __init__(self, remarks: Sequence[str], title: Setter, note: Setter) -> None:
        super().__init__()
        self.remarks = list(remarks)
        self.title = title
        self.note = note

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._lines = self.note.lines("\n".join(self.remarks), availWidth - 2 * PAD, 30)
        self._body = max(self.RULED_LINES * self.RULE_GAP, len(self._lines) * self.note.leading)
        self._foot = self.note.leading + 14.0
        self.height = PAD + self.title.leading + self._body + self._foot + PAD
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height)
        writer = Writer(canvas)
        y = self.height - PAD - self.title.size
        if self._lines:
            heading = "Inspection remarks / निरीक्षण टिप्पणी"
        else:
            heading = "Inspecting officer: remarks / निरीक्षी पदाधिकारी: टिप्पणी"
        writer.lines(self.title.lines(heading, self.width), PAD, y, self.title)
        body_top = self.height - PAD - self.title.leading
        if self._lines:
            writer.lines(self._lines, PAD, body_top - self.note.size, self.note)
        else:
            canvas.setLineWidth(0.25)
            for i in range(1, self.RULED_LINES + 1):
                ruled = body_top - self.RULE_GAP * i
                canvas.line(PAD, ruled, self.width - PAD, ruled)
        label = "Name, designation, signature, date / नाम, पद, हस्ताक्षर, दिनांक"
        lines = self.note.lines(label, self.width / 2)
        writer.lines(lines, self.width - PAD - lines[0].width, PAD + 2, self.note)
        writer.finish()
        canvas.setLineWidth(0.5)
        sign_y = PAD + self.note.leading + 8
        canvas.line(self.width / 2, sign_y, self.width - PAD, sign_y)
