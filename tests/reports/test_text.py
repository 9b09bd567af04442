"""Text in the PDFs: Hindi shaped as HarfBuzz shapes it, every character printed by a font
that has it (no empty boxes), and lines that keep within their width."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
import uharfbuzz
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from fusecentre_app.reports import text as text_module
from fusecentre_app.reports.fonts import DEVANAGARI, REGULAR, font_file
from fusecentre_app.reports.register import register_bytes
from fusecentre_app.reports.text import Setter, Writer
from tests.reports.conftest import Printed
from tests.reports.pdfread import PRIVATE, font_chars, runs

WORDS = ("शिकायत", "क्षत्रिय", "विद्युत", "बक्सर", "रिज़वान", "ख़ान", "श्रीवास्तव", "सिद्दीक़ी")


def _harfbuzz_pattern(word: str) -> re.Pattern[str]:
    """What a PDF that draws HarfBuzz's glyphs for `word` reads back as: each glyph as a
    character the font maps to it, or (a conjunct, a matra variant) a private-use one."""
    path = font_file(DEVANAGARI)
    with open(path, "rb") as handle:
        face = uharfbuzz.Face(uharfbuzz.Blob(handle.read()))
    font = uharfbuzz.Font(face)
    buf = uharfbuzz.Buffer()
    buf.add_str(word)
    buf.guess_segment_properties()
    uharfbuzz.shape(font, buf, {"kern": True, "liga": True, "dlig": True})  # as ReportLab
    cmap = face.unicodes  # characters the font maps
    by_glyph: dict[int, set[str]] = {}
    for char in cmap:
        gid = font.get_nominal_glyph(char)
        if gid:
            by_glyph.setdefault(gid, set()).add(chr(char))
    parts = []
    for info in buf.glyph_infos:
        chars = by_glyph.get(info.codepoint)
        parts.append(f"[{''.join(map(re.escape, sorted(chars)))}]" if chars else PRIVATE.pattern)
    return re.compile("".join(parts))


def _render_words(words: tuple[str, ...]) -> str:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    setter = Setter(REGULAR, 12)
    writer = Writer(canvas)
    for i, word in enumerate(words):
        writer.lines(setter.lines(f"{word} Buxar-{i}", 400), 40, 780 - 20 * i, setter)
    writer.finish()
    canvas.save()
    return PdfReader(buffer).pages[0].extract_text()


def _shaped_as_harfbuzz_says(extracted: str) -> list[str]:
    """The words that the PDF did not draw as HarfBuzz shapes them."""
    tokens = extracted.split()
    return [w for w in WORDS if not any(_harfbuzz_pattern(w).fullmatch(t) for t in tokens)]


def test_hindi_is_drawn_with_harfbuzz_glyphs() -> None:
    extracted = _render_words(WORDS)
    assert _shaped_as_harfbuzz_says(extracted) == []
    # the Latin run after each word went to the Latin font, unshaped
    for i in range(len(WORDS)):
        assert f"Buxar-{i}" in extracted


def test_the_check_fails_when_shaping_is_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_module, "SHAPING", False)
    extracted = _render_words(WORDS)
    # unshaped, the characters come back in logical order and the conjuncts are missing
    assert set(_shaped_as_harfbuzz_says(extracted)) >= {"शिकायत", "क्षत्रिय", "विद्युत"}
    assert "विद्युत" in extracted


def test_the_register_header_is_shaped(printed: Printed) -> None:
    extracted = printed.reader.pages[0].extract_text()
    assert _harfbuzz_pattern("विद्युत").search(extracted)
    assert "विद्युत" not in extracted  # the unshaped form


def _no_empty_boxes(reader: PdfReader) -> list[str]:
    """Characters drawn with a font that has no glyph for them (they print as boxes)."""
    missing = []
    for page in reader.pages:
        for run in runs(page):
            chars = font_chars(run.font)
            for ch in run.text:
                if ch.isspace() or PRIVATE.match(ch):
                    continue  # a shaped glyph without a character of its own
                if ord(ch) not in chars:
                    missing.append(f"{ch!r} (U+{ord(ch):04X}) in {run.font}")
    return missing


def test_every_character_of_the_register_has_a_glyph(printed: Printed) -> None:
    assert _no_empty_boxes(printed.reader) == []
    fonts = {r.font for page in printed.reader.pages for r in runs(page)}
    assert "NotoSansSymbols2-Regular" in fonts  # the ✓ of "SoP met"


def test_symbols_the_text_fonts_lack_print_from_the_fallbacks(printed: Printed) -> None:
    data = printed.data
    odd = dataclasses.replace(
        data.rows[0],
        caller_name="★ Ramesh → राम ✓ & ✗ ⚠ ☎ 😀",
        remarks=("Checked ✓ twice → ok", "𝄞", "Cafe\u0301 (१२) ✓\u0301"),
    )
    pdf = register_bytes(dataclasses.replace(data, rows=(odd, *data.rows[1:3])))
    reader = PdfReader(io.BytesIO(pdf))
    assert _no_empty_boxes(reader) == []
    first = reader.pages[0]
    drawn = {(ch, r.font) for r in runs(first) for ch in r.text}
    assert ("✓", "NotoSansSymbols2-Regular") in drawn
    assert ("★", "NotoSansSymbols2-Regular") in drawn
    assert ("→", "NotoSansMath-Regular") in drawn
    text = first.extract_text()
    assert "[U+1F600]" in text  # no bundled font has it: its code is printed instead
    assert "[U+1D11E]" in text


def test_lines_keep_within_their_width() -> None:
    setter = Setter(REGULAR, 6.5, 8)
    samples = [
        "Near SBI ATM, हनुमान मंदिर के पास (वार्ड नं. 12) & 3 houses",
        "BXR-20261128-1234/ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "श्रीवास्तवश्रीवास्तवश्रीवास्तवश्रीवास्तव",
        "plain words that wrap over a narrow column again and again",
    ]
    for sample in samples:
        lines = setter.lines(sample, 40)
        assert len(lines) > 1
        assert all(line.width <= 40 + 0.01 for line in lines)
        assert all(line.pieces for line in lines)
    assert setter.lines("", 40) == ()
    for odd in ("1\u0301", "a\u0301b", "✓\u0301", "\u0301", "राम\u200d", "(१२)"):
        assert setter.lines(odd, 40)
    assert len(setter.lines("one\ntwo", 400)) == 2
    # more lines than allowed end in an ellipsis
    cut = setter.lines(samples[3], 30, max_lines=2)
    assert len(cut) == 2 and cut[-1].pieces[-1].text == "…"
