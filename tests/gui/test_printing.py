"""Printing as an office does it: the PDF itself handed to CUPS, landscape A4 at full size with
Hindi shaped as drawn; elsewhere pages drawn on a worker thread with Cancel.

The CUPS test prints a real register through the desk's own print path (the register dialog,
a real `QPrinter`, only the native dialog answered) to a cups-pdf queue and reads back what
the queue wrote. `.ci/run` installs CUPS with cups-pdf and sets FUSECENTRE_REQUIRE_CUPS=1,
so there it cannot skip; elsewhere it skips saying what is missing.
"""

from __future__ import annotations

import getpass
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.pdf_dialogs import RegisterDialog
from fusecentre_app.gui.printing import (
    Chosen,
    CupsJob,
    Paper,
    RasterJob,
    lp_arguments,
    paper_of,
)
from fusecentre_app.reports import text as text_module
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.inspection import prints_of

pytestmark = pytest.mark.gui

QUEUE = os.environ.get("FUSECENTRE_TEST_CUPS_QUEUE", "FusecentrePDF")
A4_LANDSCAPE = (841.89, 595.28)
BLOCK = 4
SAME_PAGE = 0.006  # share of blocks that may differ between a page and its printout
HINDI_NAMES = ["शत्रुघ्न क्षत्रिय", "मोहम्मद रिज़वान ख़ान", "श्रीकृष्ण द्विवेदी"]


def _cups_queue() -> str:
    """The cups-pdf queue, or skip (fail where FUSECENTRE_REQUIRE_CUPS is set)."""
    problem = ""
    if shutil.which("lp") is None or shutil.which("lpstat") is None:
        problem = "CUPS's lp and lpstat are not installed (cups-client)"
    elif subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode != 0:
        problem = f"the CUPS queue {QUEUE} (cups-pdf) is not set up; see .ci/run"
    elif shutil.which("pdftoppm") is None:
        problem = "pdftoppm (poppler-utils) is not installed"
    if problem:
        if os.environ.get("FUSECENTRE_REQUIRE_CUPS"):
            pytest.fail(f"FUSECENTRE_REQUIRE_CUPS is set but {problem}")
        pytest.skip(problem)
    return QUEUE


def _cups_pdf_out() -> Path:
    """Where cups-pdf writes a job of this user (its `Out` setting)."""
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text().splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", str(Path.home())).replace("${USER}", getpass.getuser()))


def _wait_for_output(job_id: str, timeout: float = 60) -> Path:
    number = job_id.rsplit("-", 1)[-1]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted(_cups_pdf_out().glob(f"*job_{number}.pdf"))
        # cups-pdf writes in place; the job is done when CUPS says so.
        done = subprocess.run(["lpstat", "-W", "completed", "-o", QUEUE], capture_output=True)
        if found and job_id in done.stdout.decode():
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"cups-pdf wrote no file for {job_id} in {_cups_pdf_out()}")


def _page_blocks(pdf: Path, page: int) -> tuple[int, int, list[int]]:
    """Page `page` as pdftoppm draws it (with any /Rotate applied), in grey at 100 dpi, as
    the ink of each 4×4-pixel block: robust to a fraction of a point's shift, not to glyphs
    moved or replaced."""
    drawn = subprocess.run(
        ["pdftoppm", "-r", "100", "-gray", "-f", str(page), "-l", str(page), str(pdf)],
        capture_output=True,
        check=True,
    ).stdout
    _magic, size, _depth, pixels = drawn.split(b"\n", 3)
    width, height = map(int, size.split())
    columns, rows = width // BLOCK, height // BLOCK
    blocks = []
    for by in range(rows):
        for bx in range(columns):
            blocks.append(
                sum(
                    sum(pixels[y * width + bx * BLOCK : y * width + bx * BLOCK + BLOCK])
                    for y in range(by * BLOCK, by * BLOCK + BLOCK)
                )
                // (BLOCK * BLOCK)
            )
    return columns, rows, blocks


def _differing(a: Path, b: Path, page: int) -> float:
    """The share of blocks of a page whose ink differs between two PDFs."""
    (ac, ar, ax), (bc, br, bx) = _page_blocks(a, page), _page_blocks(b, page)
    columns, rows = min(ac, bc), min(ar, br)
    assert abs(ac - bc) <= 1 and abs(ar - br) <= 1, "the printed page is not the original's size"
    differ = sum(
        1 for y in range(rows) for x in range(columns) if abs(ax[y * ac + x] - bx[y * bc + x]) > 32
    )
    return differ / (columns * rows)


@pytest.fixture
def register(qtbot, desk):  # type: ignore[no-untyped-def]
    """A register dialog for a day of 60 complaints (several pages), many in Hindi."""
    for i in range(60):
        log_complaint(
            desk.db,
            ComplaintDraft(
                caller_mobile=f"98350{i:05d}",
                caller_name=HINDI_NAMES[i % 3] if i % 2 else "Sunita Devi",
                locality="सोहनी पट्टी" if i % 2 else "Sohni Patti",
                landmark="दुर्गा मंदिर के पास",
                type_code="FUSE_OFF",
            ),
            centre_id=desk.centre.id,
            user_id=desk.user.id,
        )
    dialog = RegisterDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_paper_and_lp_options() -> None:
    paper = paper_of(QSizeF(*A4_LANDSCAPE))
    assert paper.size.id() == QPageSize.PageSizeId.A4 and paper.name == "A4"
    assert paper.orientation == QPageLayout.Orientation.Landscape
    assert paper_of(QSizeF(297.64, 419.53)).name == "A6"
    chosen = Chosen("Office", "", copies=2, first_page=2, last_page=3)
    args = lp_arguments(chosen, paper, "register-BXR-2026-12-01.pdf")
    # The PDF is sent as it is: no "landscape" (the pages already are), no fitting.
    assert args == [
        "-d", "Office", "-t", "register-BXR-2026-12-01.pdf", "-o", "media=A4",
        "-n", "2", "-o", "page-ranges=2-3", "--", "-",
    ]  # fmt: skip
    assert Chosen("Office", "", 1, 0, 0).pages(5) == range(5)
    assert chosen.pages(5) == range(1, 3)


def test_register_prints_through_cups_as_the_pdf_itself(  # type: ignore[no-untyped-def]
    qtbot, register, desk, print_dialog, tmp_path, monkeypatch
) -> None:
    queue = _cups_queue()
    print_dialog.to_queue(queue)
    started = time.monotonic()
    job = register.print_pdf()
    assert isinstance(job, CupsJob)
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    queued = time.monotonic() - started
    assert f"Sent to {job.job_id} (on record)" in register.status.text()
    (record,) = prints_of(desk.db, desk.centre.code, local_day(utcnow()))
    assert record.pages == register.rendered.pages >= 2

    original = tmp_path / "original.pdf"
    original.write_bytes(register.rendered.pdf)
    printed = _wait_for_output(job.job_id)
    written = time.monotonic() - started
    pages = PdfReader(printed).pages
    assert len(pages) == register.rendered.pages
    for page in pages:
        # Landscape A4 at full size: either as it is, or A4 upright turned by 90°.
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if page.rotation % 180:
            w, h = h, w
        assert (round(w), round(h)) == (842, 595), (w, h, page.rotation)
    # Hindi as drawn: the printed pages look like the original. The check would fail on
    # unshaped Devanagari (matras and conjuncts misplaced): the same register unshaped is
    # farther from the original than the printout may be.
    for number in (1, len(pages)):
        share = _differing(original, printed, number)
        assert share < SAME_PAGE, f"page {number}: {share:.2%} of the page differs"
    monkeypatch.setattr(text_module, "SHAPING", False)
    unshaped = tmp_path / "unshaped.pdf"
    unshaped.write_bytes(register.render().pdf)
    assert _differing(original, unshaped, 1) > 2 * SAME_PAGE
    fonts = {
        str(font["/BaseFont"])
        for page in pages
        for font in page["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert any("Devanagari" in name for name in fonts), fonts
    print(
        f"\nregister {len(pages)} pages: PDF {len(register.rendered.pdf)} bytes sent as the "
        f"job; cups-pdf wrote {printed.stat().st_size} bytes; queued in {queued:.2f} s, "
        f"written in {written:.2f} s"
    )


def test_a_queue_refusing_the_job_is_one_sentence(qtbot, register) -> None:  # type: ignore[no-untyped-def]
    _cups_queue()
    register.preview()
    job = CupsJob(
        register.rendered.pdf,
        Chosen("NoSuchPrinter", "", 1, 0, 0),
        paper_of(QSizeF(*A4_LANDSCAPE)),
        "register",
        shutil.which("lp") or "lp",
    )
    with qtbot.waitSignal(job.failed, timeout=30_000) as refused:
        job.start()
    assert refused.args[0].startswith("The printer NoSuchPrinter did not take the job: ")
    assert "does not exist" in refused.args[0] and not job.job_id


def test_a_print_that_failed_is_said_and_not_on_record(  # type: ignore[no-untyped-def]
    qtbot, register, desk, print_dialog, tmp_path
) -> None:
    print_dialog.to_file(tmp_path / "no such folder" / "register.pdf")
    job = register.print_pdf()
    assert job is not None
    with qtbot.waitSignal(job.failed):
        pass
    assert register.status.text().startswith("Not printed to ")
    assert prints_of(desk.db, desk.centre.code, local_day(utcnow())) == []
    assert register.print_button.isEnabled()


def _raster_printer(path: Path) -> QPrinter:
    """A printer that takes no PDF, as on Windows: Qt's own PDF engine stands in for the
    driver and records what was drawn on which paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def test_pages_drawn_off_the_ui_thread_on_landscape_a4(qtbot, register, tmp_path) -> None:  # type: ignore[no-untyped-def]
    register.preview()
    pdf = register.rendered.pdf
    out = tmp_path / "drawn.pdf"
    paper = paper_of(QSizeF(*A4_LANDSCAPE))
    job = RasterJob(pdf, Chosen("", "", 1, 0, 0), paper, "register", _raster_printer(out))
    seen: list[tuple[int, int]] = []
    job.progress.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(job.done, timeout=60_000):
        job.start()
        assert job.drawer.isRunning() or job.finished  # the UI thread is not drawing
    pages = register.rendered.pages
    assert seen == [(n, pages) for n in range(1, pages + 1)]
    drawn = PdfReader(out).pages
    assert len(drawn) == pages
    for page in drawn:  # full size, not shrunk onto portrait
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            842,
            595,
        )


def test_cancel_stops_between_pages_and_nothing_is_on_record(  # type: ignore[no-untyped-def]
    qtbot, register, desk, tmp_path
) -> None:
    register.preview()
    job = RasterJob(
        register.rendered.pdf,
        Chosen("", "", 1, 0, 0),
        Paper(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape),
        "register",
        _raster_printer(tmp_path / "cancelled.pdf"),
    )
    # Cancel as page 1 is done, on the drawing thread itself (as the dialog's Cancel would
    # be seen between pages): the pages after it are not drawn.
    seen: list[int] = []

    def drawn(done: int, _total: int) -> None:
        seen.append(done)
        job.cancel()

    job.drawer.drawn.connect(drawn, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.cancelled, timeout=60_000):
        job.start()
    assert job.finished and not job.drawer.completed
    assert seen == [1]  # no page drawn after Cancel; the printer's job was abandoned
    assert prints_of(desk.db, desk.centre.code, local_day(utcnow())) == []
