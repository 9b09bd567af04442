"""Setting mixed English/Hindi text into lines, fast, and drawing it on a canvas.

ReportLab shapes Devanagari only when asked, and Noto Sans Devanagari has no Latin letters,
so text is cut into runs that each go to one font: Devanagari (with the digits and
punctuation around it) to the Devanagari font, shaped through HarfBuzz; Latin letters (and
the digits and punctuation that follow them) to Noto Sans as a plain string; characters
neither font has to a symbols font (`reports.fonts`). Runs are positioned explicitly, never
by the font's own space, so the widths measured here are the widths printed.

Speed is the point of this module: a register sets tens of thousands of cells. Each word is
measured (and shaped) once per setter, each cell text is broken into lines once per column
width, and a cell that is plain ASCII and fits is one string in one font, never shaped. What
is remembered is bounded (`REMEMBERED`), so a long document does not grow the memory.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.pdfgen.canvas import Canvas

from fusecentre_app.reports.fonts import Face, fallback_for, has_glyph, register_fonts

# Shape Devanagari runs through HarfBuzz. Off only to show (in a test) what goes wrong.
SHAPING = True

ELLIPSIS = "…"
_VIRAMA = "\u094d"
_JOINERS = frozenset("\u200c\u200d")
# Character kinds: a strong script, a neutral (printable by both text fonts), a mark that
# stays with the character before it, or a font name for a fallback; _MISSING: no font.
_LATIN, _DEVA, _NEUTRAL, _MARK, _MISSING = "L", "D", "N", "M", "X"
# How many words, cells and drawn runs a setter or a document remembers: enough for every
# repeated text of a page and more, few enough that a register of any length stays within a
# fixed memory (a full memory is emptied and refilled from the texts that come next).
REMEMBERED = 1 << 12


class Piece(NamedTuple):
    """A run drawn in one font at `dx` from the start of its line."""

    dx: float
    font: str
    text: str


class Line(NamedTuple):
    width: float
    pieces: tuple[Piece, ...]


def _is_devanagari(code: int) -> bool:
    return 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF or 0x1CD0 <= code <= 0x1CFF


@cache
def _kind(char: str, face: Face) -> str:
    code = ord(char)
    if _is_devanagari(code):
        return _DEVA
    if char in _JOINERS or unicodedata.category(char).startswith("M"):
        return _MARK
    in_latin = has_glyph(face.latin, char)
    in_deva = has_glyph(face.devanagari, char)
    if in_latin and in_deva:
        return _NEUTRAL
    if in_latin:
        return _LATIN
    if in_deva:
        return _DEVA
    return fallback_for(char) or _MISSING


def _can_break_before(text: str, i: int) -> bool:
    """Whether a too-long word may be cut before position i without splitting a syllable."""
    if i <= 0 or i >= len(text):
        return False
    here, before = text[i], text[i - 1]
    if here in _JOINERS or unicodedata.category(here).startswith("M"):
        return False
    return before != _VIRAMA and before not in _JOINERS


class Setter:
    """Lays text out in one face and size; remembers every word and cell it has set."""

    def __init__(self, face: Face, size: float, leading: float | None = None) -> None:
        register_fonts()
        self.face = face
        self.size = size
        self.leading = leading if leading is not None else size * 1.2
        self.space = stringWidth(" ", face.latin, size)
        self._words: dict[str, tuple[float, tuple[Piece, ...]]] = {}
        self._lines: dict[tuple[str, float], tuple[Line, ...]] = {}

    # -------------------------------------------------------------------- measuring words

    def _runs(self, word: str) -> list[tuple[str, str]]:
        """(font kind, text) runs of one word; neutrals join the script before them (or,
        at the start of a word, the one after them; Latin if the word has no script)."""
        face = self.face
        kinds = [_kind(ch, face) for ch in word]
        strong = None
        pending: list[int] = []
        for i, kind in enumerate(kinds):
            if kind == _NEUTRAL:
                if strong is None:
                    pending.append(i)
                else:
                    kinds[i] = strong
            elif kind == _MARK:
                kinds[i] = self._mark_kind(word[i], kinds[i - 1] if i else _LATIN)
                if kinds[i] == _NEUTRAL:
                    pending.append(i)
            else:
                if kind in (_LATIN, _DEVA):
                    strong = kind
                for j in pending:
                    kinds[j] = kind if kind in (_LATIN, _DEVA) else _LATIN
                pending = []
        for j in pending:
            kinds[j] = _LATIN
        runs: list[tuple[str, str]] = []
        start = 0
        for i in range(1, len(word) + 1):
            if i == len(word) or kinds[i] != kinds[start]:
                runs.append((kinds[start], word[start:i]))
                start = i
        return runs

    def _mark_kind(self, mark: str, before: str) -> str:
        """A combining mark goes with the character before it, if that font has the mark."""
        if before in (_DEVA, _NEUTRAL, _MISSING):
            return before
        font = self.face.latin if before == _LATIN else before
        if has_glyph(font, mark):
            return before
        return fallback_for(mark) or _MISSING

    def _piece(self, kind: str, text: str) -> tuple[str, str, float]:
        """(font, text to draw, width) of one run."""
        size = self.size
        if kind == _LATIN:
            return self.face.latin, text, stringWidth(text, self.face.latin, size)
        if kind == _DEVA:
            font = self.face.devanagari
            if SHAPING:
                shaped = shapeStr(text, font, size)
                if isinstance(shaped, ShapedStr):
                    advance = sum(d.x_advance for d in shaped.__shapeData__)
                    return font, shaped, advance * size / 1000
                return font, shaped, stringWidth(shaped, font, size)
            return font, text, stringWidth(text, font, size)
        if kind == _MISSING:
            shown = "".join(f"[U+{ord(ch):04X}]" for ch in text)
            return self.face.latin, shown, stringWidth(shown, self.face.latin, size)
        return kind, text, stringWidth(text, kind, size)

    def word(self, word: str) -> tuple[float, tuple[Piece, ...]]:
        """Width and pieces of a word (no spaces inside), measured once."""
        found = self._words.get(word)
        if found is not None:
            return found
        if len(self._words) >= REMEMBERED:
            self._words.clear()
        if word.isascii():
            width = stringWidth(word, self.face.latin, self.size)
            found = (width, (Piece(0.0, self.face.latin, word),))
        else:
            pieces = []
            x = 0.0
            for kind, text in self._runs(word):
                font, drawn, width = self._piece(kind, text)
                pieces.append(Piece(x, font, drawn))
                x += width
            found = (x, tuple(pieces))
        self._words[word] = found
        return found

    # -------------------------------------------------------------------- lines

    def lines(self, text: str, width: float, max_lines: int = 0) -> tuple[Line, ...]:
        """Text broken into lines no wider than `width` (a word longer than that is cut
        between syllables); with `max_lines`, what does not fit ends in an ellipsis."""
        key = (text, width)
        found = self._lines.get(key)
        if found is None:
            if len(self._lines) >= REMEMBERED:
                self._lines.clear()
            found = self._lines[key] = self._break(text, width)
        if max_lines and len(found) > max_lines:
            last = found[max_lines - 1]
            dots = Piece(last.width + 1, self.face.latin, ELLIPSIS)
            found = (*found[: max_lines - 1], Line(last.width, (*last.pieces, dots)))
        return found

    def _break(self, text: str, width: float) -> tuple[Line, ...]:
        out: list[Line] = []
        for paragraph in text.split("\n"):
            if paragraph.isascii():
                out.extend(self._latin_paragraph(paragraph, width))
            else:
                out.extend(self._paragraph(paragraph.split(), width))
        return tuple(out)

    def _latin_paragraph(self, text: str, width: float) -> list[Line]:
        """Plain ASCII: whole lines as single strings in the Latin font, never shaped."""
        latin, size = self.face.latin, self.size
        if "  " not in text and text == text.strip():
            whole = stringWidth(text, latin, size)
            if whole <= width:
                return [Line(whole, (Piece(0.0, latin, text),))] if text else []
        lines: list[Line] = []
        current: list[str] = []
        used = 0.0
        queue = text.split()[::-1]
        while queue:
            word = queue.pop()
            w = self.word(word)[0]
            needed = w if not current else used + self.space + w
            if needed <= width:
                current.append(word)
                used = needed
                continue
            if current:
                lines.append(Line(used, (Piece(0.0, latin, " ".join(current)),)))
                current, used = [], 0.0
                queue.append(word)
                continue
            head, tail = self._cut(word, width)
            lines.append(Line(self.word(head)[0], (Piece(0.0, latin, head),)))
            if tail:
                queue.append(tail)
        if current:
            lines.append(Line(used, (Piece(0.0, latin, " ".join(current)),)))
        return lines

    def _paragraph(self, words: list[str], width: float) -> list[Line]:
        lines: list[Line] = []
        current: list[tuple[str, float, tuple[Piece, ...]]] = []
        used = 0.0
        queue = list(reversed(words))
        while queue:
            word = queue.pop()
            w, pieces = self.word(word)
            needed = w if not current else used + self.space + w
            if needed <= width:
                current.append((word, w, pieces))
                used = needed
                continue
            if current:
                lines.append(self._line(current))
                current, used = [], 0.0
                queue.append(word)
                continue
            head, tail = self._cut(word, width)
            hw, hp = self.word(head)
            lines.append(self._line([(head, hw, hp)]))
            if tail:
                queue.append(tail)
        if current:
            lines.append(self._line(current))
        return lines

    def _cut(self, word: str, width: float) -> tuple[str, str]:
        """The longest head of a too-long word that fits (at least one syllable), preferring
        a cut after a hyphen, slash, comma or full stop."""
        best = 0
        for i in range(1, len(word)):
            if not _can_break_before(word, i):
                continue
            if self.word(word[:i])[0] > width:
                break
            best = i
        if not best:
            best = next((i for i in range(1, len(word)) if _can_break_before(word, i)), len(word))
            return word[:best], word[best:]
        for i in range(best, 0, -1):
            if word[i - 1] in "-/,." and i > best // 2:
                return word[:i], word[i:]
        return word[:best], word[best:]

    def _line(self, words: list[tuple[str, float, tuple[Piece, ...]]]) -> Line:
        """One line's pieces; neighbouring words that are each one plain Latin piece become
        one string (drawn with the font's space, which is the gap measured here)."""
        latin = self.face.latin
        pieces: list[Piece] = []
        x = 0.0
        merging = False
        for text, w, word_pieces in words:
            plain = len(word_pieces) == 1 and word_pieces[0].font == latin
            if pieces and merging and plain:
                last = pieces[-1]
                pieces[-1] = Piece(last.dx, latin, f"{last.text} {text}")
            else:
                pieces.extend(Piece(x + p.dx, p.font, p.text) for p in word_pieces)
            merging = plain
            x += w + self.space
        return Line(x - self.space if words else 0.0, tuple(pieces))


class _Operators:
    """PDF text operators per (font, size, text) of one document, made once.

    A plain run becomes `(subset font, "(codes) Tj")` pairs through the font's own
    `splitString` (the subset codes a character gets stay fixed for the document). A shaped
    run's operators (with its glyph positioning) come from a ReportLab text object drawn
    once at the origin; they select their own font.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.doc = canvas._doc
        self.plain: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
        self.shaped: dict[tuple[str, float, str], str | None] = {}
        probe = canvas.beginText(0, 0).getCode()  # "BT 1 0 0 1 0 0 Tm ET"
        self._prefix = probe[: -len("ET")]

    def plain_ops(self, font: str, text: str) -> tuple[tuple[str, str], ...]:
        key = (font, text)
        found = self.plain.get(key)
        if found is None:
            f = getFont(font)
            doc = self.doc
            found = tuple(
                (f.getSubsetInternalName(subset, doc), f"({escapePDF(codes)}) Tj")
                for subset, codes in f.splitString(text, doc)
            )
            if len(self.plain) >= REMEMBERED:
                self.plain.clear()
            self.plain[key] = found
        return found

    def shaped_ops(self, font: str, size: float, text: str) -> str | None:
        """The operators drawing a shaped run from the text origin (None if ReportLab's
        output is not in the expected form; the run is then drawn on its own)."""
        key = (font, size, text)
        if key in self.shaped:
            return self.shaped[key]
        obj = self.canvas.beginText(0, 0)
        obj.setFont(font, size)
        obj.textOut(text)
        code = obj.getCode()
        ops = (
            code[len(self._prefix) : -len("ET")].strip() if code.startswith(self._prefix) else None
        )
        if len(self.shaped) >= REMEMBERED:
            self.shaped.clear()
        self.shaped[key] = ops
        return ops


_OPERATORS: WeakKeyDictionary[Any, _Operators] = WeakKeyDictionary()


class Writer:
    """Draws set lines as one BT…ET block per flowable, selecting fonts only when they
    change; cheap enough for every cell of a long register."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        ops = _OPERATORS.get(canvas._doc)
        if ops is None or ops.canvas is not canvas:
            ops = _OPERATORS[canvas._doc] = _Operators(canvas)
        self._ops = ops
        self._code: list[str] = []
        self._font: tuple[str, float] | None = None

    def line(self, line: Line, x: float, y: float, size: float) -> None:
        code = self._code
        for dx, font, drawn in line.pieces:
            where = f"1 0 0 1 {x + dx:.2f} {y:.2f} Tm"
            if isinstance(drawn, ShapedStr):
                ops = self._ops.shaped_ops(font, size, drawn)
                if ops is not None:
                    code.append(f"{where} {ops}")
                    self._font = None
                    continue
                self._draw_apart(font, size, drawn, x + dx, y)
                continue
            code.append(where)
            for subset_font, shown in self._ops.plain_ops(font, drawn):
                if self._font != (subset_font, size):
                    code.append(f"{subset_font} {size:g} Tf")
                    self._font = (subset_font, size)
                code.append(shown)

    def _draw_apart(self, font: str, size: float, drawn: str, x: float, y: float) -> None:
        self.finish()
        obj = self.canvas.beginText(x, y)
        obj.setFont(font, size)
        obj.textOut(drawn)
        self.canvas.drawText(obj)

    def lines(
        self,
        lines: tuple[Line, ...],
        x: float,
        y: float,
        setter: Setter,
        *,
        width: float = 0.0,
        align: str = "left",
    ) -> None:
        """Lines from baseline `y` downwards; `align` right or centre needs the `width`."""
        for line in lines:
            if align == "right":
                self.line(line, x + width - line.width, y, setter.size)
            elif align == "centre":
                self.line(line, x + (width - line.width) / 2, y, setter.size)
            else:
                self.line(line, x, y, setter.size)
            y -= setter.leading

    def finish(self) -> None:
        if self._code:
            self.canvas.addLiteral("BT " + " ".join(self._code) + " ET")
        self._code = []
        self._font = None
