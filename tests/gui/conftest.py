"""GUI fixtures: a signed-in desk on a real store; widgets are built per test, never shared."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from fusecentre_app.gui.app import make_application
from fusecentre_app.gui.session import DeskSession

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(qapp, db, clerk, centre) -> DeskSession:  # type: ignore[no-untyped-def]
    make_application()  # bundled fonts and the desk's font on the test QApplication
    return DeskSession(db, clerk, centre)


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """A message box a test did not expect would wait for a click forever: fail instead.
    Tests that expect one patch it themselves (their patch wins inside their `with`)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(name: str):  # type: ignore[no-untyped-def]
        def refuse(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise AssertionError(f"unexpected QMessageBox.{name}: {title}: {text}")

        return staticmethod(refuse)

    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected(name))


class PrintDialogChoice:
    """What the (patched) system print dialog answers: print to a file, to a queue, or
    cancel. The printer itself is a real `QPrinter`; only the native dialog is replaced."""

    def __init__(self) -> None:
        self.answer: tuple[str, str] = ("cancel", "")
        self.shown = 0

    def to_file(self, path: object) -> None:
        self.answer = ("file", str(path))

    def to_queue(self, name: str) -> None:
        self.answer = ("queue", name)

    def cancel(self) -> None:
        self.answer = ("cancel", "")

    def exec(self, dialog) -> int:  # type: ignore[no-untyped-def]
        from PySide6.QtPrintSupport import QPrinter
        from PySide6.QtWidgets import QDialog

        self.shown += 1
        how, where = self.answer
        printer = dialog.printer()
        if how == "file":
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(where)
        elif how == "queue":
            printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
            printer.setPrinterName(where)
        else:
            return QDialog.DialogCode.Rejected.value
        return QDialog.DialogCode.Accepted.value


@pytest.fixture(autouse=True)
def print_dialog(monkeypatch) -> PrintDialogChoice:  # type: ignore[no-untyped-def]
    """The print dialog never waits for a click and never prints on a real queue unless the
    test says so (a desk PC may have printers): by default it is cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog

    choice = PrintDialogChoice()
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: choice.exec(dialog))
    return choice


class Catcher(QObject):
    """Stands in for the OS: records every URL the desk asks it to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)

    def last(self) -> str:
        return bytes(self.urls[-1].toEncoded()).decode("ascii")


@pytest.fixture
def catcher() -> Iterator[Catcher]:
    """The phone app the desk hands `tel:`, `sms:` and WhatsApp links to, captured."""
    catcher = Catcher()
    for scheme in ("tel", "sms", "https"):
        QDesktopServices.setUrlHandler(scheme, catcher, "open")
    yield catcher
    for scheme in ("tel", "sms", "https"):
        QDesktopServices.unsetUrlHandler(scheme)
