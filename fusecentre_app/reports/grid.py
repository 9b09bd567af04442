"""Platypus flowables for long bilingual tables, set once and split by arithmetic.

ReportLab's own `LongTable` with a `Paragraph` in every cell re-wraps the paragraphs of the
remaining rows at every page break, which makes a 5,000-row register slow. `Grid` sets every
cell once (through `reports.text.Setter`, which also remembers repeated texts), keeps the
running total of row heights, and splits at a page break by bisecting that total: the two
halves share the set rows and only hold different start and stop indexes. Its header row
(English over Hindi) repeats on every page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from fusecentre_app.reports.text import Line, Setter, Writer

PAD_X = 1.8
PAD_Y = 1.6
# A cell taller than this many lines ends in an ellipsis, so that one row always fits a page.
MAX_CELL_LINES = 24
RULE = 0.35
HEADER_SHADE = Color(0.88, 0.88, 0.88)


@dataclass(frozen=True)
class Column:
    title_en: str
    title_hi: str
    width: float
    align: str = "left"  # left, right or centre


@dataclass(frozen=True)
class GridStyle:
    body: Setter
    head_en: Setter
    head_hi: Setter


@dataclass(frozen=True)
class Caption:
    """A heading printed above a table's first rows (never left alone at a page foot)."""

    text: str
    setter: Setter
    space_before: float = 6.0
    rule: bool = True


class _Set:
    """A table's rows, set: cell lines per row, row heights and their running total."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        style: GridStyle,
        caption: Caption | None,
    ):
        self.columns = tuple(columns)
        self.style = style
        self.width = sum(c.width for c in columns)
        self.caption = caption
        self.caption_lines: tuple[Line, ...] = ()
        self.caption_height = 0.0
        if caption is not None:
            self.caption_lines = caption.setter.lines(caption.text, self.width)
            self.caption_height = len(self.caption_lines) * caption.setter.leading + 3.0
        self.head = [self._head_cell(c) for c in columns]
        self.head_height = (
            max(
                len(en) * style.head_en.leading + len(hi) * style.head_hi.leading
                for en, hi in self.head
            )
            + 2 * PAD_Y
        )
        self._inner = [c.width - 2 * PAD_X for c in columns]
        self.cells: list[tuple[tuple[Line, ...], ...]] = []
        self.heights: list[float] = []
        self.tops = [0.0]  # tops[i]: rows before i, stacked
        for row in rows:
            self.add(row)

    def add(self, row: Sequence[str]) -> None:
        """Set one more row under the others."""
        body = self.style.body
        cells = tuple(
            body.lines(text, w, MAX_CELL_LINES) if text else ()
            for text, w in zip(row, self._inner, strict=True)
        )
        height = max(1, *map(len, cells)) * body.leading + 2 * PAD_Y
        self.cells.append(cells)
        self.heights.append(height)
        self.tops.append(self.tops[-1] + height)

    def _head_cell(self, c: Column) -> tuple[tuple[Line, ...], tuple[Line, ...]]:
        inner = c.width - 2 * PAD_X
        return self.style.head_en.lines(c.title_en, inner), self.style.head_hi.lines(
            c.title_hi, inner
        )

    def rows_height(self, start: int, stop: int) -> float:
        return self.tops[stop] - self.tops[start]

    def above(self, start: int) -> float:
        """Height of what the piece starting at row `start` prints above its rows."""
        return self.head_height + (self.caption_height if start == 0 else 0.0)

    def fitting(self, start: int, stop: int, room: float) -> int:
        """The stop index of the most rows from `start` that fit in `room` under a header."""
        limit = self.tops[start] + room - self.above(start)
        return min(stop, max(start, bisect_right(self.tops, limit + 1e-6) - 1))


class Grid(Flowable):
    """A table of text cells with a repeated header; splits between rows."""

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        style: GridStyle,
        *,
        caption: Caption | None = None,
        _set: _Set | None = None,
        _start: int = 0,
        _stop: int | None = None,
    ) -> None:
        super().__init__()
        self._set = _set or _Set(columns, rows, style, caption)
        self._start = _start
        self._stop = len(self._set.cells) if _stop is None else _stop
        if _start == 0 and self._set.caption is not None:
            self.spaceBefore = self._set.caption.space_before

    def __len__(self) -> int:
        return self._stop - self._start

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        s = self._set
        self.width = s.width
        self.height = s.above(self._start) + s.rows_height(self._start, self._stop)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        s = self._set
        cut = s.fitting(self._start, self._stop, availHeight)
        if cut <= self._start or cut >= self._stop:
            return []
        return [
            Grid((), (), s.style, _set=s, _start=self._start, _stop=cut),
            Grid((), (), s.style, _set=s, _start=cut, _stop=self._stop),
        ]

    def draw(self) -> None:
        s = self._set
        canvas = self.canv
        style = s.style
        top = self.height
        xs = [0.0, *accumulate(c.width for c in s.columns)]
        canvas.saveState()
        writer = Writer(canvas)
        if self._start == 0 and s.caption is not None:
            setter = s.caption.setter
            writer.lines(s.caption_lines, 0, top - setter.size, setter)
            top -= s.caption_height
            if s.caption.rule:
                canvas.setLineWidth(0.6)
                canvas.line(0, top + 1.5, s.width, top + 1.5)
        canvas.setFillColor(HEADER_SHADE)
        canvas.rect(0, top - s.head_height, s.width, s.head_height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        for (en, hi), column, x in zip(s.head, s.columns, xs, strict=False):
            y = top - PAD_Y - style.head_en.size
            writer.lines(
                en, x + PAD_X, y, style.head_en, width=column.width - 2 * PAD_X, align=column.align
            )
            y -= len(en) * style.head_en.leading
            writer.lines(
                hi, x + PAD_X, y, style.head_hi, width=column.width - 2 * PAD_X, align=column.align
            )
        body = style.body
        rules = canvas.beginPath()
        y_row = top - s.head_height
        rules.moveTo(0, y_row)
        rules.lineTo(s.width, y_row)
        ascent = body.size * 1.0
        for i in range(self._start, self._stop):
            baseline = y_row - PAD_Y - ascent
            for lines, column, x in zip(s.cells[i], s.columns, xs, strict=False):
                if lines:
                    writer.lines(
                        lines,
                        x + PAD_X,
                        baseline,
                        body,
                        width=column.width - 2 * PAD_X,
                        align=column.align,
                    )
            y_row -= s.heights[i]
            rules.moveTo(0, y_row)
            rules.lineTo(s.width, y_row)
        writer.finish()
        for x in xs:
            rules.moveTo(x, top)
            rules.lineTo(x, y_row)
        rules.moveTo(0, top)
        rules.lineTo(s.width, top)
        canvas.setLineWidth(RULE)
        canvas.drawPath(rules, stroke=1, fill=0)
        canvas.restoreState()


class StreamGrid(Grid):
    """A `Grid` whose rows come from an iterator and are set only as pages need them.

    It prints exactly as a `Grid` of the same rows would (the same breaks, the header and
    caption in the same places) but holds at most a page of set rows: each page's piece
    takes the rows it prints, and what is left goes on with the rest of the iterator. For
    tables as long as a busy day's register, whose rows are read from the store in batches.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[str]],
        style: GridStyle,
        *,
        caption: Caption | None = None,
        _set: _Set | None = None,
    ) -> None:
        super().__init__(columns, (), style, caption=caption, _set=_set)
        self._rows = iter(rows)
        self._more = True

    def _pull(self, room: float) -> None:
        """Set rows until they overflow `room` (under the header) or there are no more."""
        s = self._set
        while self._more and s.above(0) + s.tops[-1] <= room + 1.0:
            row = next(self._rows, None)
            if row is None:
                self._more = False
            else:
                s.add(row)
        self._stop = len(s.cells)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._pull(availHeight)
        return super().wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        cut = self._cut(availHeight)
        if cut is None:
            return []
        s = self._set
        tail = StreamGrid((), (), s.style, _set=self._rest(cut))
        tail._rows, tail._more = self._rows, self._more
        return [Grid((), (), s.style, _set=s, _start=0, _stop=cut), tail]

    def _cut(self, room: float) -> int | None:
        """Where the rows set so far break in `room`; None if they need no break there."""
        self._pull(room)
        cut = self._set.fitting(0, self._stop, room)
        if cut <= 0 or (cut >= self._stop and not self._more):
            return None
        return cut

    def _rest(self, cut: int) -> _Set:
        """The set rows from `cut` on, moved to a set of their own (without the caption)."""
        s = self._set
        rest = _Set(s.columns, (), s.style, None)
        for i in range(cut, self._stop):
            rest.cells.append(s.cells[i])
            rest.heights.append(s.heights[i])
            rest.tops.append(rest.tops[-1] + s.heights[i])
        del s.cells[cut:], s.heights[cut:], s.tops[cut + 1 :]
        self._stop = cut
        return rest


class TextBlock(Flowable):
    """Lines of mixed text in one setter (headings, notes), not split."""

    def __init__(
        self,
        text: str,
        setter: Setter,
        *,
        space_before: float = 0.0,
        space_after: float = 2.0,
        rule: bool = False,
    ) -> None:
        super().__init__()
        self.text = text
        self.setter = setter
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.rule = rule

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lines = self.setter.lines(self.text, availWidth)
        self.width = availWidth
        self.height = len(self._lines) * self.setter.leading + (2.0 if self.rule else 0.0)
        return self.width, self.height

    def draw(self) -> None:
        writer = Writer(self.canv)
        baseline = self.height - self.setter.size
        writer.lines(self._lines, 0, baseline, self.setter)
        writer.finish()
        if self.rule:
            self.canv.setLineWidth(0.6)
            self.canv.line(0, 0.5, self.width, 0.5)


class SideBySide(Flowable):
    """Flowables next to each other, tops aligned (small tables of a summary); not split."""

    def __init__(self, parts: Sequence[Flowable], gap: float = 14.0) -> None:
        super().__init__()
        self.parts = list(parts)
        self.gap = gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._sizes = [p.wrap(availWidth, availHeight) for p in self.parts]
        self.width = sum(w for w, _h in self._sizes) + self.gap * (len(self.parts) - 1)
        self.height = max((h for _w, h in self._sizes), default=0.0)
        return self.width, self.height

    def draw(self) -> None:
        x = 0.0
        for part, (w, h) in zip(self.parts, self._sizes, strict=True):
            part.drawOn(self.canv, x, self.height - h)
            x += w + self.gap
