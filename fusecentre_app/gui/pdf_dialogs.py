"""Preview, print and save the centre's PDFs: the daily register and the shift handover.

The preview is not put on record. Printing or saving renders again and, once the file is
written or the pages are with the printer, records the print with its digest (who, when),
so the paper matches what is on record. The PDF is previewed from memory (a `QBuffer`),
never from a file the preview would keep open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QDate,
    QDateTime,
    QEvent,
    QIODevice,
    QObject,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.timeutil import LOCAL_TZ, local_day, to_local, utcnow
from fusecentre_app.gui.messages import qt_lookup, shown
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.printing import PrintJob, RasterJob, choose_printer, start_print
from fusecentre_app.gui.screen_fit import fit_to_screen
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.reports.printing import save_pdf_on_record
from fusecentre_app.services.handover import handover_moment
from fusecentre_app.services.masterdata import list_centres
from fusecentre_app.services.shifts import centre_shifts

ZOOM_STEP = 1.25  # each zoom in or out
ZOOM_RANGE = (0.25, 6.0)


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    summary: str  # one line: what was rendered, with its digest when it has one
    put_on_record: Callable[[], object]


class PdfDialog(QDialog):
    """A PDF of the centre's records: preview it, print it, save it."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.rendered: Rendered | None = None
        self._buffer: QBuffer | None = None
        self.job: PrintJob | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.centre = QComboBox()
        self.centre.setObjectName("centre")
        for c in list_centres(session.db):
            self.centre.addItem(f"{c.code} · {c.name_en} / {c.name_hi}", c.code)
        self.centre.setCurrentIndex(max(0, self.centre.findData(session.centre.code)))
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("preview")
        self.print_button = QPushButton()
        self.print_button.setObjectName("print")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setObjectName("zoomOut")
        self.zoom_out_button.setText("−")
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setObjectName("zoomIn")
        self.zoom_in_button.setText("+")
        self.fit_button = QToolButton()
        self.fit_button.setObjectName("fitWidth")
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoom")
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.controls = QHBoxLayout()
        self.controls.addWidget(self.centre)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        for zoom in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            buttons.addWidget(zoom)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.controls)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(lambda: self.print_pdf())
        self.save_button.clicked.connect(self.save)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, ZOOM_STEP),
            (QKeySequence("Ctrl+="), ZOOM_STEP),
            (QKeySequence.StandardKey.ZoomOut, 1 / ZOOM_STEP),
        ):
            QShortcut(keys, self, lambda step=step: self.zoom(step))
        QShortcut(QKeySequence("Ctrl+0"), self, self.fit_width)
        self.view.viewport().installEventFilter(self)
        self.view.zoomFactorChanged.connect(self._show_zoom)
        self._retranslate_controls()
        self._show_zoom()
        fit_to_screen(self, QSize(1100, 800))

    def _retranslate_controls(self) -> None:
        self.preview_button.setText(self.tr("&Preview"))
        self.print_button.setText(self.tr("P&rint…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.fit_button.setText(self.tr("Fit width"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.fit_button.setToolTip(self.tr("The page as wide as the window (Ctrl+0)"))
        self.view.setAccessibleName(self.tr("Preview"))
        self.centre.setAccessibleName(self.tr("Centre"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_controls()
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The subclass's own words (title, labels), in the language now installed."""

    # -- zoom -------------------------------------------------------------------------------

    def zoom(self, step: float) -> float:
        """Zoom the preview by `step` (×1.25 in, ÷1.25 out), within 25% to 600%."""
        low, high = ZOOM_RANGE
        factor = min(high, max(low, self._shown_factor() * step))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self._show_zoom()
        return factor

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def _shown_factor(self) -> float:
        """The scale the page is shown at now (in fit-to-width, what the fit came to)."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        page = self.document.pagePointSize(0).width() * self.logicalDpiX() / 72
        room = self.view.viewport().width() - 2 * self.view.documentMargins().left()
        return max(0.1, room / page) if page else 1.0

    def _show_zoom(self, *_args: object) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("fit width"))
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)}%")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl and the mouse wheel zoom, as in a browser."""
        if (
            watched is self.view.viewport()
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
            return True
        return super().eventFilter(watched, event)

    # -- for subclasses ---------------------------------------------------------------------

    def render(self) -> Rendered:
        raise NotImplementedError

    def file_name(self) -> str:
        raise NotImplementedError

    # -- actions ----------------------------------------------------------------------------

    def _attempt(self, work: Callable[[], Rendered]) -> Rendered | None:
        return (
            DeskOp(self.session, self, work, changes=Changed.NOTHING)
            .on_refused(self.status.setText)
            .run()
        )

    def _put_on_record(self, rendered: Rendered) -> str | None:
        """Put the print on record: None when it is, else the store's refusal in words."""
        refused: list[str] = []
        op = DeskOp(self.session, self, rendered.put_on_record, changes=Changed.PRINT)
        op.on_refused(refused.append).run()
        if op.error is None:
            return None
        return refused[0] if refused else str(op.error)

    def preview(self) -> None:
        rendered = self._attempt(self.render)
        if rendered is None:
            return
        self.show_pdf(rendered)
        self.status.setText(
            self.tr("Preview (not on record): %1").replace("%1", shown(rendered.summary))
        )

    def show_pdf(self, rendered: Rendered) -> None:
        self.rendered = rendered
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(rendered.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    def save(self) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.file_name(), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        rendered = self._attempt(self.render)
        if rendered is None:
            return None
        path = Path(name)
        # The file takes its name only once the print is on record: a refused record
        # leaves no PDF that looks like a printed register.
        op = DeskOp(
            self.session,
            self,
            lambda: save_pdf_on_record(rendered.pdf, path, rendered.put_on_record),
            changes=Changed.PRINT,
        )
        op.on_refused(
            lambda text: self.status.setText(
                self.tr("Not saved, and nothing put on record: %1").replace("%1", text)
            )
        ).run()
        if op.error is not None:
            return None
        self.show_pdf(rendered)
        self.status.setText(
            self.tr("Saved %1 (on record): %2")
            .replace("%1", path.name)
            .replace("%2", shown(rendered.summary))
        )
        return path

    def print_pdf(self, printer: QPrinter | None = None) -> PrintJob | None:
        """Start printing (see `gui.printing`); on record once the job is with the printer."""
        if self.job is not None and not self.job.finished:
            self.status.setText(self.tr("Still printing: wait for it, or cancel it."))
            return None
        chosen = choose_printer(self, printer, self.file_name())
        if chosen is None:
            return None
        rendered = self._attempt(self.render)
        if rendered is None:
            return None
        self.show_pdf(rendered)
        job = start_print(self, chosen, rendered.pdf, self.file_name())
        job.record = lambda: self._record_file(rendered)
        self.job = job
        self.print_button.setEnabled(False)
        job.done.connect(lambda where: self._printed(rendered, where))
        job.failed.connect(self._print_ended)
        job.cancelled.connect(
            lambda: self._print_ended(self.tr("Printing cancelled; nothing put on record."))
        )
        self.status.setText(self.tr("Sending to the printer…"))
        return job

    def _print_ended(self, text: str) -> None:
        self.print_button.setEnabled(True)
        self.status.setText(text)

    def _record_file(self, rendered: Rendered) -> str | None:
        """For a print to a file, which exists only once on record: None when on record."""
        refused = self._put_on_record(rendered)
        if refused is None:
            return None
        return self.tr("Not printed, and nothing put on record: %1").replace("%1", refused)

    def _printed(self, rendered: Rendered, where: str) -> None:
        self.print_button.setEnabled(True)
        if not (self.job is not None and self.job.recorded):
            refused = self._put_on_record(rendered)
            if refused is not None:
                self.status.setText(
                    self.tr("Printed, but not put on record: %1").replace("%1", refused)
                )
                return
        self.status.setText(
            self.tr("Sent to %1 (on record): %2")
            .replace("%1", where)
            .replace("%2", shown(rendered.summary))
        )

    def done(self, result: int) -> None:
        if isinstance(self.job, RasterJob):
            self.job.wait()  # a page being drawn is finished; the rest are not sent
        super().done(result)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class RegisterDialog(PdfDialog):
    """The daily register of a centre for a day."""

    def __init__(
        self, session: DeskSession, day: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.date = QDateEdit(_qdate(day or local_day(utcnow())))
        self.date.setObjectName("date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd-MM-yyyy")
        self.day_label = QLabel()
        self.day_label.setBuddy(self.date)
        self.controls.addWidget(self.day_label)
        self.controls.addWidget(self.date)
        self.controls.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Daily register"))
        self.day_label.setText(self.tr("Day"))
        self.date.setAccessibleName(self.tr("Day"))

    def day(self) -> date:
        value = self.date.date()
        return date(value.year(), value.month(), value.day())

    def file_name(self) -> str:
        return f"register-{self.centre.currentData()}-{self.day():%Y-%m-%d}.pdf"

    def render(self) -> Rendered:
        from fusecentre_app.reports.printing import register_pdf

        user = self.session.user
        printed = register_pdf(
            self.session.db,
            self.centre.currentData(),
            self.day(),
            user_name=user.full_name,
            lookup=qt_lookup,  # the remarks in the desk's language
        )
        return Rendered(
            printed.pdf,
            printed.pages,
            printed.summary,
            lambda: printed.put_on_record(self.session.db, by=user.id),
        )


class HandoverDialog(PdfDialog):
    """The shift handover sheet: everything open at a moment, with the outgoing note."""

    def __init__(
        self, session: DeskSession, at: datetime | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        moment = to_local(at or utcnow())
        self.at = QDateTimeEdit(QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute)))
        self.at.setObjectName("at")
        self.at.setDisplayFormat("dd-MM-yyyy HH:mm")
        # Opened on "now" and left so, the sheet is of the moment it is drawn, however long
        # the dialog has been open (a minute passing must not drop what was just logged).
        self._at_now = at is None
        self.at.dateTimeChanged.connect(self._at_chosen)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.at_label = QLabel()
        self.at_label.setBuddy(self.at)
        self.controls.addWidget(self.at_label)
        self.controls.addWidget(self.at)
        self.controls.addWidget(self.note, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shift handover"))
        self.at_label.setText(self.tr("At"))
        self.at.setAccessibleName(self.tr("At"))
        self.note.setPlaceholderText(self.tr("note for the incoming clerk"))
        self.note.setAccessibleName(self.tr("Note for the incoming clerk"))

    def _at_chosen(self, *_args: object) -> None:
        self._at_now = False

    def moment(self) -> datetime:
        value = self.at.dateTime()
        d, t = value.date(), value.time()
        chosen = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)
        now = utcnow()
        this_minute = chosen <= now < chosen + timedelta(minutes=1)
        if self._at_now or this_minute:
            if this_minute and self._shift_ends_at(chosen):
                return chosen  # at the end of a shift: that shift's sheet
            return now  # a new sheet, with what was logged seconds ago
        # A past minute: the sheet printed for it, printed again, if there was one.
        return handover_moment(self.session.db, self.centre.currentData(), chosen) or chosen

    def _shift_ends_at(self, moment: datetime) -> bool:
        if moment.minute:
            return False
        shifts = centre_shifts(self.session.db, self.centre.currentData())
        return any(shift.end == moment.hour for shift in shifts)

    def file_name(self) -> str:
        return f"handover-{self.centre.currentData()}-{self.moment():%Y-%m-%d-%H%M}.pdf"

    def render(self) -> Rendered:
        from fusecentre_app.reports.printing import handover_pdf

        user = self.session.user
        printed = handover_pdf(
            self.session.db,
            self.centre.currentData(),
            self.moment(),
            outgoing_clerk=user.full_name,
            note=self.note.text(),
            lookup=qt_lookup,
        )
        return Rendered(
            printed.pdf,
            printed.pages,
            printed.summary,
            lambda: printed.put_on_record(self.session.db, by=user.id),
        )
