"""The monthly Reg. 13 sheet PDF: BERC Regulation 13(3)'s feeder-wise reliability indices of
one month, for a centre or the division, in English or Hindi.

On the house page (`reports.page`, A4 landscape, which gives a feeder table its eleven
columns): the settings the figures were worked out with (so a reader can tell a 5-minute
BERC sheet from a 3-minute Rules one), the totals, a chart of the twelve months ending with
the sheet's (SAIFI and SAIDI month by month, drawn with `reportlab.graphics`), and the
feeders worst first by SAIDI, then SAIFI. Words go through the house setters, so Hindi is
shaped; the chart's own strings are only digits and Latin abbreviations, and its titles and
legend are set beside it in the house fonts. Made from `services.reg13.Reg13Sheet`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from fusecentre_app import __version__
from fusecentre_app.domain.reliability import Indices
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.reports.fonts import LATIN
from fusecentre_app.reports.grid import Column, Grid, TextBlock
from fusecentre_app.reports.page import Masthead, Styles, build
from fusecentre_app.reports.text import Setter, Writer
from fusecentre_app.services.reg13 import Reg13Sheet, TrendPoint

LANGUAGES = ("en", "hi")
SAIFI_COLOUR = Color(0.16, 0.36, 0.62)
SAIDI_COLOUR = Color(0.85, 0.45, 0.10)


@dataclass(frozen=True)
class Words:
    title: str
    month: str
    division: str
    centre: str
    settings: str
    sustained: str  # {minutes}
    planned_in: str
    planned_out: str
    agricultural: str  # {count}
    consumers: str  # {n}
    totals: str
    feeders: str
    no_feeders: str
    saifi_chart: str
    saidi_chart: str
    saifi_legend: str
    saidi_legend: str
    months_axis: str
    agri_note: str
    footer: str  # {made} {by} {version}
    totals_columns: tuple[tuple[str, str], ...]
    feeder_columns: tuple[tuple[str, str], ...]


_TOTAL_HEADS_EN = (
    "Consumers (N_T)",
    "SAIFI",
    "SAIDI min",
    "SAIDI hours",
    "MAIFI",
    "CAIDI min",
    "CAIFI",
    "Sustained",
    "Momentary",
)
_TOTAL_HEADS_HI = (
    "उपभोक्ता (N_T)",
    "SAIFI",
    "SAIDI मिनट",
    "SAIDI घंटे",
    "MAIFI",
    "CAIDI मिनट",
    "CAIFI",
    "दीर्घ बाधाएँ",
    "क्षणिक बाधाएँ",
)
_FEEDER_HEADS_EN = ("#", "Feeder", "Consumers", "Sustained", "Momentary", *_TOTAL_HEADS_EN[1:7])
_FEEDER_HEADS_HI = ("क्रम", "फीडर", "उपभोक्ता", "दीर्घ", "क्षणिक", *_TOTAL_HEADS_HI[1:7])

WORDS = {
    "en": Words(
        title="Reliability Indices — BERC Reg. 13(3)",
        month="Month: {month}",
        division="Division: all centres",
        centre="Centre {code}",
        settings="Settings",
        sustained="Sustained: an interruption longer than {minutes} min; {minutes} min or "
        "shorter is momentary.",
        planned_in="Planned interruptions (shutdowns): included.",
        planned_out="Planned interruptions (shutdowns): left out.",
        agricultural="Feeders serving predominantly agricultural load: left out of the sums "
        "({count} this month); their consumers count in N_T.",
        consumers="Consumers served (N_T): {n}.",
        totals="Totals",
        feeders="Feeders, worst first (by SAIDI, then SAIFI)",
        no_feeders="No feeder has its consumers on record for this month.",
        saifi_chart="SAIFI month by month",
        saidi_chart="SAIDI (hours) month by month",
        saifi_legend="SAIFI: sustained interruptions per consumer",
        saidi_legend="SAIDI: hours without supply per consumer",
        months_axis="Month (MM-YY)",
        agri_note="agricultural: left out of the sums",
        footer="Generated {made} IST by {by} — Fuse Call Centre Desk {version}",
        totals_columns=tuple(zip(_TOTAL_HEADS_EN, _TOTAL_HEADS_HI, strict=True)),
        feeder_columns=tuple(zip(_FEEDER_HEADS_EN, _FEEDER_HEADS_HI, strict=True)),
    ),
    "hi": Words(
        title="विश्वसनीयता सूचकांक — बीईआरसी विनियम 13(3)",
        month="माह: {month}",
        division="प्रमंडल: सभी केंद्र",
        centre="केंद्र {code}",
        settings="मानदंड",
        sustained="दीर्घ बाधा: {minutes} मिनट से अधिक की बाधा; {minutes} मिनट या उससे कम "
        "की बाधा क्षणिक है।",
        planned_in="नियोजित बाधाएँ (शटडाउन): शामिल।",
        planned_out="नियोजित बाधाएँ (शटडाउन): शामिल नहीं।",
        agricultural="मुख्यतः कृषि भार वाले फीडर: योग से बाहर (इस माह {count}); उनके "
        "उपभोक्ता N_T में गिने गए।",
        consumers="कुल उपभोक्ता (N_T): {n}।",
        totals="कुल",
        feeders="फीडर, सबसे खराब पहले (SAIDI, फिर SAIFI के अनुसार)",
        no_feeders="इस माह किसी फीडर के उपभोक्ता दर्ज नहीं हैं।",
        saifi_chart="SAIFI माहवार",
        saidi_chart="SAIDI (घंटे) माहवार",
        saifi_legend="SAIFI: प्रति उपभोक्ता दीर्घ बाधाएँ",
        saidi_legend="SAIDI: प्रति उपभोक्ता बिना बिजली के घंटे",
        months_axis="माह (MM-YY)",
        agri_note="कृषि फीडर: योग से बाहर",
        footer="{made} IST पर {by} द्वारा बनाया गया — फ्यूज कॉल सेंटर डेस्क {version}",
        totals_columns=tuple(zip(_TOTAL_HEADS_HI, _TOTAL_HEADS_EN, strict=True)),
        feeder_columns=tuple(zip(_FEEDER_HEADS_HI, _FEEDER_HEADS_EN, strict=True)),
    ),
}

_TOTAL_WIDTHS = (80, 56, 56, 56, 56, 56, 56, 56, 56)
_FEEDER_WIDTHS = (24, 190, 62, 54, 54, 60, 64, 60, 60, 64, 60)


# ---------------------------------------------------------------------------- the chart


def trend_labels(trend: tuple[TrendPoint, ...]) -> list[str]:
    return [f"{p.month:%m-%y}" for p in trend]


def trend_drawing(
    values: list[float], labels: list[str], colour: Color, width: float, height: float
) -> Drawing:
    """One bar chart of the twelve months: the value on each bar, months along the bottom."""
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 20
    chart.width, chart.height = width - 44, height - 30
    chart.data = [values]
    chart.bars[0].fillColor = colour
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 6
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = LATIN
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.dy = -2
    chart.valueAxis.valueMin = 0
    top = max(values, default=0.0)
    if top <= 0:
        chart.valueAxis.valueMax = 1
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = "%.2f" if top < 10 else "%.0f"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = Color(0.82, 0.82, 0.82)
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barLabelFormat = "%.2f" if top < 100 else "%.0f"
    chart.barLabels.fontName = LATIN
    chart.barLabels.fontSize = 5.5
    chart.barLabels.nudge = 5
    drawing.add(chart, name="chart")
    return drawing


def trend_drawings(sheet: Reg13Sheet, width: float, height: float) -> tuple[Drawing, Drawing]:
    """The SAIFI and the SAIDI (hours) charts of the sheet's twelve months."""
    labels = trend_labels(sheet.trend)
    saifi = trend_drawing([p.saifi for p in sheet.trend], labels, SAIFI_COLOUR, width, height)
    saidi = trend_drawing([p.saidi_hours for p in sheet.trend], labels, SAIDI_COLOUR, width, height)
    return saifi, saidi


class TrendChart(Flowable):
    """The two charts side by side, each with its title and legend set in the house fonts."""

    GAP = 24.0
    CHART_HEIGHT = 102.0

    def __init__(self, sheet: Reg13Sheet, words: Words, title: Setter, note: Setter) -> None:
        super().__init__()
        self.sheet = sheet
        self.words = words
        self.title = title
        self.note = note
        self.spaceBefore = 3.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = self.title.leading + self.note.leading * 2 + self.CHART_HEIGHT
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        w = (self.width - self.GAP) / 2
        drawings = trend_drawings(self.sheet, w, self.CHART_HEIGHT)
        words = self.words
        parts = (
            (words.saifi_chart, words.saifi_legend, SAIFI_COLOUR),
            (words.saidi_chart, words.saidi_legend, SAIDI_COLOUR),
        )
        writer = Writer(canvas)
        for i, (drawing, (title, legend, colour)) in enumerate(zip(drawings, parts, strict=True)):
            x = i * (w + self.GAP)
            y = self.height - self.title.size
            writer.lines(self.title.lines(title, w, 1), x, y, self.title)
            y -= self.title.leading
            writer.lines(self.note.lines(legend, w - 14, 1), x + 12, y, self.note)
            writer.finish()
            canvas.saveState()
            canvas.setFillColor(colour)
            canvas.rect(x, y - 0.5, 8, 7, stroke=0, fill=1)
            canvas.restoreState()
            renderPDF.draw(drawing, canvas, x, self.note.leading)
            axis = self.note.lines(words.months_axis, w, 1)
            writer.lines(axis, x + (w - axis[0].width) / 2, 1.5, self.note)
        writer.finish()


# ---------------------------------------------------------------------------- the sheet


def _figures(ix: Indices) -> tuple[str, ...]:
    return (
        f"{ix.saifi:.4f}",
        f"{ix.saidi_minutes:.2f}",
        f"{ix.saidi_hours:.4f}",
        f"{ix.maifi:.4f}",
        f"{ix.caidi_minutes:.2f}",
        f"{ix.caifi:.3f}",
    )


def _columns(
    heads: tuple[tuple[str, str], ...], widths: tuple[int, ...], left: tuple[int, ...] = ()
) -> list[Column]:
    """Columns of figures, right-aligned, but for those numbered in `left`."""
    return [
        Column(first, second, width, "left" if i in left else "right")
        for i, ((first, second), width) in enumerate(zip(heads, widths, strict=True))
    ]


def _story(sheet: Reg13Sheet, words: Words, styles: Styles) -> list[Flowable]:
    settings = sheet.settings
    month = sheet.indices
    agricultural = sum(1 for f in month.feeders if f.agricultural)
    minutes = f"{settings.sustained_over_minutes:g}"
    lines = [
        words.sustained.format(minutes=minutes)
        + " "
        + (words.planned_in if settings.include_planned else words.planned_out),
        words.agricultural.format(count=agricultural)
        + " "
        + words.consumers.format(n=f"{month.total.consumers:,}"),
    ]
    story: list[Flowable] = [TextBlock(words.settings, styles.heading, rule=True)]
    story.extend(TextBlock(line, styles.note) for line in lines)
    total = month.total
    story.append(TextBlock(words.totals, styles.heading, space_before=6.0, rule=True))
    story.append(
        Grid(
            _columns(words.totals_columns, _TOTAL_WIDTHS),
            [
                (
                    f"{total.consumers:,}",
                    *_figures(total),
                    str(total.sustained),
                    str(total.momentary),
                )
            ],
            styles.grid,
        )
    )
    story.append(TrendChart(sheet, words, styles.group, styles.small))
    story.append(TextBlock(words.feeders, styles.heading, space_before=5.0, rule=True))
    if not month.feeders:
        story.append(TextBlock(words.no_feeders, styles.note))
        return story
    rows = [
        (
            str(n),
            f.feeder + (f" ({words.agri_note})" if f.agricultural else ""),
            f"{f.indices.consumers:,}",
            str(f.indices.sustained),
            str(f.indices.momentary),
            *_figures(f.indices),
        )
        for n, f in enumerate(month.feeders, start=1)
    ]
    story.append(Grid(_columns(words.feeder_columns, _FEEDER_WIDTHS, (1,)), rows, styles.grid))
    return story


def sheet_pdf(
    sheet: Reg13Sheet,
    *,
    language: str = "en",
    made_by: str = "",
    made_at: datetime | None = None,
) -> tuple[bytes, int]:
    """The sheet as PDF bytes in `language` ("en" or "hi"), and its number of pages."""
    if language not in WORDS:
        raise ValueError(f"no sheet language {language!r}; choose {' or '.join(LANGUAGES)}")
    words = WORDS[language]
    styles = Styles(body_size=7.2)
    made = format_local(made_at or utcnow(), "%d-%m-%Y %H:%M:%S")
    where = words.centre.format(code=sheet.centre_code) if sheet.centre_code else words.division
    masthead = Masthead(
        centre=sheet.heading,
        title=words.title,
        right=(words.month.format(month=f"{sheet.month:%m-%Y}"), where),
        footer=(
            words.footer.format(made=made, by=made_by or "the command line", version=__version__),
        ),
    )
    buffer = io.BytesIO()
    pages = build(
        _story(sheet, words, styles),
        buffer,
        masthead,
        styles,
        title=f"Reg. 13 sheet {sheet.month:%Y-%m} {sheet.centre_code or 'division'}",
        author=made_by,
        subject="Monthly reliability indices (BERC Reg. 13(3))",
        creator=f"Fuse Call Centre Desk {__version__}",
    )
    return buffer.getvalue(), pages
