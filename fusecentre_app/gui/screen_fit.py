"""Fitting the desk to a centre PC's screen (1366×768 and 1280×720 are the common ones): a
window asks for the size it would like and gets no more than the screen it opens on, so its
buttons stay on screen; tall contents scroll inside it; table columns with words in them
give way before the short ones; the fault banners keep one band of fixed height, so the
queue under them never moves when a banner comes or goes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

FRAME_ALLOWANCE = QSize(16, 48)  # a window's title bar and borders, around its contents
WANTED = "fitWanted"  # the property keeping the size a window asked for
BANNER_ROWS = 2  # banners shown at once; more scroll within the band


def available_size(widget: QWidget | None = None) -> QSize:
    """The room on the screen the widget is on (or the main screen), less the task bar."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def fit_to_screen(widget: QWidget, wanted: QSize, screen: QSize | None = None) -> QSize:
    """Resize to `wanted`, or to what the screen (`screen`, else the widget's) leaves."""
    room = (screen or available_size(widget)) - FRAME_ALLOWANCE
    size = wanted.boundedTo(room).expandedTo(QSize(200, 120))
    widget.setProperty(WANTED, wanted)
    widget.resize(size)
    return size


def wanted_size(widget: QWidget) -> QSize:
    """The size the window asked `fit_to_screen` for, else its own size if it was given
    one, else the size its layout would like."""
    wanted = widget.property(WANTED)
    if isinstance(wanted, QSize):
        return wanted
    if widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
        return widget.size()
    return widget.sizeHint()


def once_settled(widget: QWidget, work: Callable[[], None]) -> None:
    """Run `work` once the event loop is free, once however often this is asked meanwhile.
    A change of language sends a LanguageChange for each translator taken out and put in:
    the window retranslates (and re-reads its lists) once, not four times."""
    if widget.property("_settling"):
        return
    widget.setProperty("_settling", True)

    def run() -> None:
        widget.setProperty("_settling", False)
        work()

    QTimer.singleShot(0, widget, run)


class VerticalScroll(QScrollArea):
    """Contents that scroll up and down only: the area is never narrower than what its
    contents need across (their buttons are never cut), and shortens with its pane."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return QSize(80, 80)
        across = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
        return QSize(across + self.verticalScrollBar().sizeHint().width(), 80)


class ColumnFitter(QObject):
    """Column widths for a table that follow its width. Each column is as wide as a sample
    of its text; the `giving` columns (names, places: words that read well cut short) share
    what room is left and shrink first, down to `GIVING_MIN` pixels each, before a scroll
    bar appears. The `leading` columns are shown first, in that order, whatever their place
    in the model, so what a clerk reads first stays in sight on a narrow pane."""

    GIVING_MIN = 80

    def __init__(
        self,
        table: QTableView,
        samples: Mapping[int, str],
        giving: Iterable[int],
        *,
        leading: Iterable[int] = (),
    ) -> None:
        super().__init__(table)
        self.table = table
        self.giving = tuple(giving)
        metrics = table.fontMetrics()
        pad = 2 * metrics.horizontalAdvance("M")
        self.widths = {col: metrics.horizontalAdvance(text) + pad for col, text in samples.items()}
        header = table.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for place, column in enumerate(leading):
            header.moveSection(header.visualIndex(column), place)
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        room = self.table.viewport().width()
        fixed = sum(w for col, w in self.widths.items() if col not in self.giving)
        wanted = sum(self.widths.get(col, 0) for col in self.giving)
        spare = max(0, room - fixed)
        for col, width in self.widths.items():
            if col in self.giving and wanted:
                width = max(self.GIVING_MIN, min(width, spare * width // wanted))
                if spare > wanted:  # room to spare: the wordy columns take it
                    width = spare * self.widths[col] // wanted
            self.table.setColumnWidth(col, width)


class BannerArea(QScrollArea):
    """A band of fixed height for the fault banners: room for `BANNER_ROWS` of them, a
    scroll bar for more, a quiet line when there are none. Its height never changes, so a
    refresh that brings or clears a banner never shifts the rows under the clerk's mouse."""

    def __init__(self, banners: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bannerArea")
        self.banners = banners
        self.quiet = QLabel()
        self.quiet.setObjectName("quiet")
        self.quiet.setEnabled(False)
        holder = QWidget()
        holder.setObjectName("bannerHolder")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.quiet)
        layout.addWidget(banners)
        layout.addStretch(1)
        self.setWidget(holder)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(BANNER_ROWS * (2 * line + 16) + 4)
        self._retranslate()
        banners.installEventFilter(self)
        self._show_quiet()

    def _retranslate(self) -> None:
        self.quiet.setText(self.tr("No probable feeder fault and no open incident."))
        self.setAccessibleName(self.tr("Feeder faults"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.banners and event.type() in (
            QEvent.Type.ShowToParent,
            QEvent.Type.HideToParent,
        ):
            self._show_quiet()
        return super().eventFilter(watched, event)

    def _show_quiet(self) -> None:
        self.quiet.setVisible(self.banners.isHidden())
