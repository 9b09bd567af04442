"""Cells a spreadsheet would run as a formula (CSV injection): which they are, and how an
exported cell is made plain text (OWASP's advice)."""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(cell: str) -> str:
    """A leading apostrophe makes the cell plain text. A cell that already starts with an
    apostrophe gets one more, so that an import which strips one marker apostrophe gives
    back exactly what was exported."""
    return "'" + cell if cell[:1] in (*FORMULA_START, "'") and cell else cell
