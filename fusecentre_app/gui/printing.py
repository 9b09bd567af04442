"""Putting one of the desk's PDFs on paper: the register, the handover sheet, the inspection
report and the docket slip, each at full size on the paper it was drawn for.

The job is the PDF itself wherever the system takes PDF: on Linux and macOS the PDF bytes go
to CUPS with `lp` (its filters turn a landscape A4 page onto the A4 paper in the tray at
full size, the fonts — Hindi shaped as ReportLab drew it — untouched). A print dialog's
"print to file" gets the same bytes. Elsewhere (Windows) the pages are drawn one by one at
the printer's resolution onto a `QPrinter` laid out for the PDF's own paper and
orientation with no margins, on a worker thread, so the desk stays responsive; the
progress dialog's Cancel stops it between pages and abandons the job.

Every job says when it is with the printer (`done`, with the system's job id where there
is one), when it failed (`failed`, one sentence), or that it was cancelled (`cancelled`);
the caller puts a print on record only on `done`.
"""

from __future__ import annotations

import re
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QProcess,
    QRectF,
    QSize,
    QSizeF,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from fusecentre_app.gui.messages import error_text
from fusecentre_app.reports.printing import save_pdf_on_record
from fusecentre_app.services.errors import ServiceError

MAX_RASTER_DPI = 300  # a page drawn finer than this is slower and no sharper on office paper
_JOB_ID = re.compile(r"request id is (\S+)")


@dataclass(frozen=True)
class Paper:
    """The paper a PDF was drawn for, from its first page: A4 landscape for the register."""

    size: QPageSize
    orientation: QPageLayout.Orientation

    @property
    def name(self) -> str:
        """The paper's name as CUPS knows it (`A4`, `A6`), or a custom size in points."""
        if self.size.id() != QPageSize.PageSizeId.Custom:
            return self.size.key()
        points = self.size.sizePoints()
        return f"Custom.{points.width()}x{points.height()}"

    def layout(self) -> QPageLayout:
        """The whole sheet, no margins: the PDF carries its own margins."""
        return QPageLayout(self.size, self.orientation, QMarginsF(0, 0, 0, 0))


def paper_of(page_points: QSizeF) -> Paper:
    """The standard paper a page of this size (in points) fits, turned as the page is."""
    landscape = page_points.width() > page_points.height()
    upright = QSizeF(
        min(page_points.width(), page_points.height()),
        max(page_points.width(), page_points.height()),
    )
    size = QPageSize(upright, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return Paper(size, orientation)


def paper_of_pdf(pdf: bytes) -> tuple[Paper, int]:
    """The paper of a PDF's first page and its number of pages."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise ValueError("not a PDF with pages")
        return paper_of(document.pagePointSize(0)), document.pageCount()
    finally:
        document.close()
        buffer.close()


@dataclass(frozen=True)
class Chosen:
    """What the person chose in the print dialog, read off its `QPrinter`."""

    printer_name: str
    output_file: str  # "print to file": the PDF is written there
    copies: int
    first_page: int  # 1-based, 0 for all pages
    last_page: int

    @classmethod
    def of(cls, printer: QPrinter) -> Chosen:
        to_file = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        ranged = printer.printRange() == QPrinter.PrintRange.PageRange
        return cls(
            printer_name=printer.printerName(),
            output_file=printer.outputFileName() if to_file else "",
            copies=max(1, printer.copyCount()),
            first_page=printer.fromPage() if ranged else 0,
            last_page=printer.toPage() if ranged else 0,
        )

    def pages(self, count: int) -> range:
        """The 0-based pages to print of a document of `count` pages."""
        if not self.first_page:
            return range(count)
        return range(max(0, self.first_page - 1), min(count, self.last_page or count))


def lp_arguments(chosen: Chosen, paper: Paper, title: str) -> list[str]:
    """`lp` options for the PDF as it is: the paper named, nothing turned or scaled by us —
    CUPS turns a landscape page onto the paper in the tray itself."""
    args = ["-d", chosen.printer_name, "-t", title, "-o", f"media={paper.name}"]
    if chosen.copies > 1:
        args += ["-n", str(chosen.copies)]
    if chosen.first_page:
        args += ["-o", f"page-ranges={chosen.first_page}-{chosen.last_page or chosen.first_page}"]
    return [*args, "--", "-"]  # the PDF on standard input


def cups_lp() -> str | None:
    """The `lp` command where CUPS prints (Linux, macOS); None on Windows."""
    if sys.platform == "win32":
        return None
    return shutil.which("lp")


class PrintJob(QObject):
    """One PDF on its way to a printer (see the module)."""

    progress = Signal(int, int)  # pages drawn, pages in all (0, 0 while not counted)
    done = Signal(str)  # where it went: the system's job id, a printer or a file
    failed = Signal(str)
    cancelled = Signal()

    pages_known = False  # whether `progress` counts pages (else the dialog shows it is busy)
    # Given by the dialog: put the print on record (None when done; else why not, a sentence).
    # A job that can wait for the record before its output exists (a file) does so.
    record: Callable[[], str | None] | None = None
    recorded = False

    def __init__(self, pdf: bytes, chosen: Chosen, paper: Paper, title: str) -> None:
        super().__init__()
        self.pdf = pdf
        self.chosen = chosen
        self.paper = paper
        self.title = title
        self.finished = False

    def start(self) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError

    def _done(self, where: str) -> None:
        self.finished = True
        self.done.emit(where)

    def _failed(self, text: str) -> None:
        self.finished = True
        self.failed.emit(text)

    def _cancelled(self) -> None:
        self.finished = True
        self.cancelled.emit()


class _NotOnRecord(Exception):
    """The store refused the print's record; the dialog has the sentence."""


class FileJob(PrintJob):
    """ "Print to file": the PDF written where the dialog said, as it is."""

    def start(self) -> None:
        QTimer.singleShot(0, self._write)

    def _write(self) -> None:
        if self.finished:
            return
        from pathlib import Path

        path = Path(self.chosen.output_file)
        refused: list[str] = []

        def put_on_record() -> None:
            if self.record is not None and (text := self.record()) is not None:
                refused.append(text)
                raise _NotOnRecord

        try:
            # The file takes its name only once the print is on record, as a saved PDF does.
            save_pdf_on_record(self.pdf, path, put_on_record)
        except _NotOnRecord:
            self._failed(refused[0])
            return
        except ServiceError as exc:  # on record, but the file kept its partial name
            self.recorded = True
            self._failed(error_text(exc))
            return
        except OSError as exc:
            self._failed(
                QCoreApplication.translate("Printing", "Not printed to %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            return
        self.recorded = self.record is not None
        self._done(str(path))

    def cancel(self) -> None:
        if not self.finished:
            self._cancelled()


class CupsJob(PrintJob):
    """The PDF handed to CUPS with `lp`: the job is the PDF's own bytes."""

    def __init__(self, pdf: bytes, chosen: Chosen, paper: Paper, title: str, lp: str) -> None:
        super().__init__(pdf, chosen, paper, title)
        self.lp = lp
        self.job_id = ""
        self.process = QProcess(self)
        self.process.started.connect(self._started)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self._cancelling = False

    def arguments(self) -> list[str]:
        return lp_arguments(self.chosen, self.paper, self.title)

    def start(self) -> None:
        self.process.start(self.lp, self.arguments())

    def _started(self) -> None:
        self.process.write(QByteArray(self.pdf))
        self.process.closeWriteChannel()

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self.finished:
            return
        if self._cancelling:
            self._cancelled()
            return
        out = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        err = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        found = _JOB_ID.search(out)
        if status == QProcess.ExitStatus.NormalExit and code == 0 and found:
            self.job_id = found.group(1)
            self._done(self.job_id)
            return
        reason = err.strip().splitlines()[-1] if err.strip() else f"lp exit status {code}"
        self._failed(
            QCoreApplication.translate("Printing", "The printer %1 did not take the job: %2")
            .replace("%1", self.chosen.printer_name)
            .replace("%2", reason)
        )

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self.finished:
            self._failed(
                QCoreApplication.translate(
                    "Printing", "The print system could not be started (%1)."
                ).replace("%1", self.lp)
            )

    def cancel(self) -> None:
        """Before `lp` has queued the job, nothing reaches the printer."""
        if self.finished or self.process.state() == QProcess.ProcessState.NotRunning:
            return
        self._cancelling = True
        self.process.kill()


class _PageDrawer(QThread):
    """Draws the pages onto the printer, off the UI thread (QPainter may paint a QPrinter in
    a worker thread)."""

    drawn = Signal(int, int)
    failed = Signal(str)

    def __init__(self, job: RasterJob) -> None:
        super().__init__()
        self.pdf = job.pdf
        self.printer = job.printer
        self.pages = job.chosen.pages
        self.stop = threading.Event()
        self.completed = False

    def run(self) -> None:
        buffer = QBuffer()
        buffer.setData(QByteArray(self.pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        try:
            self._draw(document)
        finally:
            document.close()
            buffer.close()

    def _draw(self, document: QPdfDocument) -> None:
        pages = self.pages(document.pageCount())
        painter = QPainter()
        if not painter.begin(self.printer):
            self.failed.emit(
                QCoreApplication.translate("Printing", "The printer could not be started.")
            )
            return
        dpi = min(self.printer.resolution(), MAX_RASTER_DPI)
        target = QRectF(self.printer.pageLayout().fullRectPixels(self.printer.resolution()))
        try:
            for done, page in enumerate(pages):
                if self.stop.is_set():
                    self.printer.abort()
                    return
                if done:
                    self.printer.newPage()
                points = document.pagePointSize(page)
                image = document.render(
                    page,
                    QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                )
                painter.drawImage(target, image)
                self.drawn.emit(done + 1, len(pages))
            self.completed = True
        finally:
            painter.end()


class RasterJob(PrintJob):
    """Where the system takes no PDF: each page drawn at the printer's resolution onto a
    `QPrinter` laid out for the PDF's paper, on a worker thread, with Cancel between pages."""

    pages_known = True

    def __init__(
        self, pdf: bytes, chosen: Chosen, paper: Paper, title: str, printer: QPrinter
    ) -> None:
        super().__init__(pdf, chosen, paper, title)
        self.printer = printer
        printer.setDocName(title)
        printer.setFullPage(True)
        printer.setPageLayout(paper.layout())
        self.drawer = _PageDrawer(self)
        self.drawer.drawn.connect(self.progress)
        self.drawer.failed.connect(self._failed)
        self.drawer.finished.connect(self._drawer_finished)

    def start(self) -> None:
        self.drawer.start()

    def cancel(self) -> None:
        self.drawer.stop.set()

    def _drawer_finished(self) -> None:
        if self.finished:
            return
        if self.drawer.completed:
            self._done(self.printer.printerName() or self.printer.outputFileName())
        else:
            self._cancelled()

    def wait(self) -> None:
        """For leaving: the worker ends before its printer goes."""
        self.drawer.stop.set()
        self.drawer.wait()


def job_for(printer: QPrinter, pdf: bytes, title: str) -> PrintJob:
    """The best way the system offers to print this PDF on the printer chosen."""
    chosen = Chosen.of(printer)
    paper, _pages = paper_of_pdf(pdf)
    if chosen.output_file:
        return FileJob(pdf, chosen, paper, title)
    lp = cups_lp()
    if lp is not None and chosen.printer_name:
        return CupsJob(pdf, chosen, paper, title, lp)
    return RasterJob(pdf, chosen, paper, title, printer)


class PrintProgress(QProgressDialog):
    """Pages sent so far, with Cancel; closes itself when the job ends."""

    def __init__(self, job: PrintJob, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("printProgress")
        self.setWindowTitle(self.tr("Printing"))
        self.setLabelText(self.tr("Sending %1 to the printer…").replace("%1", job.title))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        job.progress.connect(self._progress)
        self.canceled.connect(job.cancel)
        for ended in (job.done, job.failed, job.cancelled):
            ended.connect(self._end)

    def _progress(self, done: int, total: int) -> None:
        self.setRange(0, total)
        self.setValue(done)
        self.setLabelText(
            self.tr("Page %1 of %2 sent to the printer…")
            .replace("%1", str(done))
            .replace("%2", str(total))
        )

    def _end(self, *_args: object) -> None:
        self.canceled.disconnect()
        self.close()
        self.deleteLater()


def choose_printer(parent: QWidget, printer: QPrinter | None, title: str) -> QPrinter | None:
    """The system's print dialog (printer, copies, pages); None when it is cancelled."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def start_print(parent: QWidget, printer: QPrinter, pdf: bytes, title: str) -> PrintJob:
    """Start the job (see `job_for`) with its progress dialog; the job's signals come later,
    from the event loop, so the caller connects them after this returns."""
    job = job_for(printer, pdf, title)
    job.setParent(parent)
    if not isinstance(job, FileJob):
        PrintProgress(job, parent).show()
    job.start()
    return job
